"""HWPX (OWPML) as a format gongmun reads."""

from ..formats import FormatSpec
from .sniff import sniff

SPEC = FormatSpec(
    name="hwpx",
    label="HWPX",
    extensions=(".hwpx", ".hwtx", ".hwpt"),
    sniff=sniff,
    converter="gongmun.converters.hwpx.document:convert",
    other_names=(".owpml", ".zip"),
)
