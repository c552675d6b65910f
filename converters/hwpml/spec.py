"""HWPML (Hancom's XML document format, `.hml`) as a format gongmun reads."""

from ..formats import FormatSpec
from .sniff import sniff

SPEC = FormatSpec(
    name="hwpml",
    label="HWPML",
    extensions=(".hml",),
    sniff=sniff,
    converter="gongmun.converters.hwpml.document:convert",
    other_names=(".xml",),
)
