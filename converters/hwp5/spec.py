"""HWP 5 as a format gongmun reads."""

from ..formats import FormatSpec
from .sniff import sniff

SPEC = FormatSpec(
    name="hwp5",
    label="HWP 5",
    extensions=(".hwp", ".hwt"),
    sniff=sniff,
    converter="gongmun.converters.hwp5.document:convert",
)
