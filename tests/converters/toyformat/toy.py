"""A toy format, whole in one file: what a new format package needs to be read by gongmun."""

from __future__ import annotations

from gongmun.converters.base import new_document
from gongmun.converters.formats import FormatSpec
from gongmun.converters.limits import Budget
from gongmun.schemas import Block, Document

MAGIC = b"TOYDOC1\n"


def sniff(data: bytes) -> str | None:
    return "toy" if data.startswith(MAGIC) else None


def convert(data: bytes, uri: str, budget: Budget) -> Document:
    lines = data[len(MAGIC) :].decode("utf-8").splitlines()
    return new_document(data, uri, "toy", "toy", blocks=[Block("paragraph", line) for line in lines])


SPEC = FormatSpec(name="toy", label="Toy", extensions=(".toy",), sniff=sniff, converter=f"{__name__}:convert")
