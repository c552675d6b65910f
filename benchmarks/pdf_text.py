"""PDF text-layer completeness and speed, gongmun beside kordoc, on the Korean text-layer PDFs.

Run: .venv/bin/python benchmarks/pdf_text.py [--only SUBSTR] [--kordoc DIR] [--no-kordoc]

Reference: PDFium's text layer, page by page, as a multiset of characters. Coverage of a tool is the
share of that multiset found in the tool's whole text output (gongmun: `Document.to_text()`, which
holds running heads and table cells too; kordoc: its Markdown with HTML tags and entities undone).
Both sides are NFC-normalised and whitespace, control and format characters (which no reader sees
and gongmun's normaliser removes) are left out. Extra characters in the output cost nothing here:
the point is that nothing on the page is lost; reading order is tested in tests/converters.

Speed: pages/s over the same files, each tool in one warm process (kordoc's time is measured inside
Node around `parse()`, so its start-up is not charged). gongmun is timed twice: as it runs by
default (image-only pages are OCR'd, which kordoc does not do unless asked) and on the text layer
alone, like for like with kordoc. CPU seconds (children included) are printed beside wall time,
since a shared machine makes wall time noisy. Run it alone.

Files: every PDF whose catalog row says `korean_text` (pdf/ and the HWP 3 prints in hwp3/).
Prints names and numbers only, never document text. Exits 0 without measuring when ../shared
(or $GONGMUN_SHARED) is absent; kordoc's columns are left out when kordoc is not installed
(`npm install kordoc` in ../kordoc-peer, or --kordoc pointing at node_modules/kordoc).
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kordoc_peer import find_kordoc, markdown_text, parse_all

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GONGMUN_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
TARGET = 0.995
_UNSEEN = frozenset(("Cc", "Cf", "Cs", "Zs", "Zl", "Zp"))


def visible(text: str) -> Counter[str]:
    """The characters a reader sees, as a multiset."""
    text = unicodedata.normalize("NFC", text)
    return Counter(
        c
        for c in text
        if not c.isspace() and unicodedata.category(c) not in _UNSEEN and c not in "\ufffe\uffff"
    )


def coverage(reference: Counter[str], output: Counter[str]) -> float:
    total = sum(reference.values())
    return sum((reference & output).values()) / total if total else 1.0


def pdfium_text(path: Path) -> tuple[str, int]:
    """PDFium's text layer of every page, and the page count."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts), len(pdf)
    finally:
        pdf.close()


def korean_text_pdfs(only: str) -> list[Path]:
    with (CORPUS / "catalog.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [
        CORPUS / r["local_path"]
        for r in rows
        if r["local_path"].lower().endswith(".pdf")
        and "korean_text" in r["features"].split()
        and not r["local_path"].startswith("bad/")
        and only in r["local_path"]
    ]


@dataclass(slots=True)
class Tool:
    name: str
    seconds: float = 0.0  # wall clock, summed per file
    cpu: float = 0.0  # CPU seconds of the whole run, child processes (Tesseract, Node) included
    pages: int = 0
    cover: dict[Path, float] = field(default_factory=dict)

    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def cpu_now() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_gongmun(
    files: list[Path], refs: dict[Path, Counter[str]], tool: Tool, pages: dict[Path, int], ocr: bool
) -> None:
    """gongmun as `convert_bytes` runs it; with `ocr` off, the text layer alone (kordoc's default)."""
    from gongmun.converters import ConversionError, Limits, convert_bytes
    from gongmun.converters.limits import Budget
    from gongmun.converters.normalize import normalize_document
    from gongmun.converters.pdf import OcrSettings
    from gongmun.converters.pdf.reader import convert

    started_cpu = cpu_now()
    for path in files:
        data = path.read_bytes()
        started = time.perf_counter()
        try:
            if ocr:
                text = convert_bytes(data, str(path)).to_text()
            else:
                doc = convert(data, str(path), Budget(Limits()), ocr=OcrSettings(enabled=False))
                text = normalize_document(doc).to_text()
        except ConversionError:
            text = ""
        tool.seconds += time.perf_counter() - started
        tool.pages += pages[path]
        tool.cover[path] = coverage(refs[path], visible(text))
    tool.cpu = cpu_now() - started_cpu


def run_kordoc(
    root: Path, files: list[Path], refs: dict[Path, Counter[str]], tool: Tool, pages: dict[Path, int]
) -> None:
    started_cpu = cpu_now()
    parsed = parse_all(root, files)
    tool.cpu = cpu_now() - started_cpu
    for path, out in parsed.items():
        tool.seconds += out.seconds
        tool.pages += pages[path]
        tool.cover[path] = coverage(refs[path], visible(markdown_text(out.markdown)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="only files whose path contains this")
    ap.add_argument("--kordoc", default=None, help="kordoc's package folder (node_modules/kordoc)")
    ap.add_argument("--no-kordoc", action="store_true", help="measure gongmun alone")
    args = ap.parse_args(argv)
    if not (CORPUS / "catalog.csv").exists():
        print(f"skipped: corpus not found at {CORPUS}")
        return 0
    files = korean_text_pdfs(args.only)
    refs: dict[Path, Counter[str]] = {}
    pages: dict[Path, int] = {}
    for path in files:
        text, pages[path] = pdfium_text(path)
        refs[path] = visible(text)
    ours, layer = Tool("gongmun"), Tool("gongmun text layer only (no OCR of image pages)")
    run_gongmun(files, refs, ours, pages, ocr=True)
    run_gongmun(files, refs, layer, pages, ocr=False)
    peer = None
    root = None if args.no_kordoc else find_kordoc(args.kordoc)
    if root is None:
        print("kordoc not installed: its columns are left out" if not args.no_kordoc else "kordoc left out")
    else:
        peer = Tool("kordoc")
        run_kordoc(root, files, refs, peer, pages)
    report(files, refs, pages, ours, layer, peer)
    return 0


def report(
    files: list[Path],
    refs: dict[Path, Counter[str]],
    pages: dict[Path, int],
    ours: Tool,
    layer: Tool,
    peer: Tool | None,
) -> None:
    tools = [ours] if peer is None else [ours, peer]
    head = " ".join(f"{t.name:>8s}" for t in tools)
    print(f"{'pages':>5s} {'chars':>7s} {head}  file")
    for path in files:
        cells = " ".join(f"{t.cover.get(path, 0.0):8.4f}" for t in tools)
        print(f"{pages[path]:5d} {sum(refs[path].values()):7d} {cells}  {path.parent.name}/{path.name}")
    print("--- summary")
    for t in tools:
        values = [t.cover.get(p, 0.0) for p in files]
        if values:
            good = sum(v >= TARGET for v in values)
            print(
                f"{t.name}: coverage min {min(values):.4f} mean {sum(values) / len(values):.4f}, "
                f"{good}/{len(values)} files >= {TARGET:.1%}"
            )
    for t in [ours, layer] + ([peer] if peer else []):
        cpu = t.pages / t.cpu if t.cpu else 0.0
        print(
            f"{t.name}: {t.pages} pages in {t.seconds:.1f}s = {t.rate():.2f} pages/s ({cpu:.2f} per CPU second)"
        )
    if peer is not None and peer.seconds:
        for t in (ours, layer):
            ratio = t.rate() / peer.rate()
            cpu_ratio = (t.pages / t.cpu) / (peer.pages / peer.cpu) if t.cpu and peer.cpu else 0.0
            print(f"pages/s ratio {t.name} / kordoc: {ratio:.2f} (per CPU second: {cpu_ratio:.2f})")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
