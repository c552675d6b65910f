"""HWP 3.x as a format gongmun reads."""

from ..formats import FormatSpec

MAGIC = b"HWP Document File V3.00"


def sniff(data: bytes) -> str | None:
    return "hwp3" if data.startswith(MAGIC) else None


SPEC = FormatSpec(
    name="hwp3",
    label="HWP 3",
    extensions=(".hwp", ".hwt"),
    sniff=sniff,
    converter="gongmun.converters.hwp3.document:convert",
)
