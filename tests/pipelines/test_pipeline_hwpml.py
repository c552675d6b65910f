"""`gongmun run` on an archive folder holding HWPML: the .hml is scanned, converted, redacted and
lands as a corpus row; an .hml that is some other XML fails cleanly; other .xml files are not scanned."""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_runs import run_cli

HML = Path(__file__).resolve().parents[1] / "converters" / "data" / "hwpml"
HWPX_SECTION = (
    '<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section">'
    "</hs:sec>"
)


def test_a_directory_with_hml_files_yields_a_corpus_row(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(HML / "fire_report.hml", archive / "화재발생종합보고서.hml")
    (archive / "section0.hml").write_text(HWPX_SECTION, encoding="utf-8")  # an HWPX part, misnamed
    (archive / "settings.xml").write_text("<settings/>", encoding="utf-8")  # not a document extension
    run = run_cli([archive], tmp_path / "out")
    assert run.code == 1, run.stderr  # the misnamed part fails, on purpose
    (row,) = run.corpus()
    assert Path(row["uri"]).name == "화재발생종합보고서.hml"
    assert (row["format"], row["format_version"], row["converter"]) == ("hwpml", "2.8", "gongmun.hwpml")
    assert (row["title"], row["created"], row["n_tables"]) == ("1111", "2004-07-07T11:14:55", 1)
    assert row["text"].startswith(
        "문서번호\t현장대응단-5186\n결재일자\t2026. 6. 25.\n공개여부\t부분공개(6)\n"
    )
    assert row["text"].endswith("끝.\n강 남 소 방 서\n[현장대응단]")
    assert "강명현" not in row["text"] and "[PERSON_1]" in row["text"]  # redacted like any format
    assert (row["disclosure"], row["reasons"]) == ("partial", ["OIDA-9-1-6"])
    failed = [(Path(r["uri"]).name, r["stage"], r["error"]) for r in run.table("failed")]
    assert failed == [("section0.hml", "convert", "unsupported")]
    counts = run.manifest["counts"]
    assert (counts["inputs"], counts["corpus"], counts["failed"]) == (2, 1, 1) and counts[
        "reconciled"
    ] is True
