"""PDF as a format gongmun reads."""

from ..formats import FormatSpec


def sniff(data: bytes) -> str | None:
    # Writers put junk before the header; readers accept it within the first kilobyte.
    return "pdf" if b"%PDF-" in data[:1024] else None


SPEC = FormatSpec(
    name="pdf",
    label="PDF",
    extensions=(".pdf",),
    sniff=sniff,
    converter="gongmun.converters.pdf.reader:convert",
)
