"""Hyperlinks (issue 14): Hancom's field command read into a target, kept as a link mark over the
link's words in HWP 5 and HWPX alike, and written as a Markdown link."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.converters.links import command_href
from gongmun.schemas import Block, Document

# (field command as stored, link target)
COMMANDS = [
    ("http\\://naver.com;1;0;0;", "http://naver.com"),
    (
        "https\\://apply.lh.or.kr/LH/index.html\\#MN\\:\\:CLCC_MN_0010\\:;1;0;0;",
        "https://apply.lh.or.kr/LH/index.html#MN::CLCC_MN_0010:",
    ),
    ("www.mct.go.kr;1;0;0;", "www.mct.go.kr"),
    (
        "mailto\\:someone@example.com\\?subject=제목|전자우편;2;0;0;",
        "mailto:someone@example.com?subject=제목",
    ),
    ("D\\:\\docs\\aligns.hml|얼라인;3;0;0;", "D:\\docs\\aligns.hml#얼라인"),  # a path's backslashes stay
    ("|얼라인;0;0;0;", "#얼라인"),  # a bookmark in this document
    ("?참조;0;0;0;", "#참조"),
    ("http\\://a.kr/x\\;y;1;0;0;", "http://a.kr/x;y"),
    (";0;0;0;", ""),  # no target
    ("javascript\\:\\;;1;0;0;", ""),  # a dead link from a web page
]


@pytest.mark.parametrize(("command", "href"), COMMANDS)
def test_field_command_targets(command: str, href: str) -> None:
    assert command_href(command) == href


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


def _links(blocks: list[Block]) -> Iterator[tuple[str, str]]:
    """(the link's words, its target) of every link, table cells' included, in reading order."""
    for block in blocks:
        for mark in block.marks:
            yield block.text[mark.start : mark.end], mark.attrs["href"]
        for row in block.rows or []:
            for cell in row:
                yield from _links(cell.blocks)


HYPERLINK = [
    ("하이퍼링크 테스트", "http://naver.com"),
    ("align.hwp", "D:\\ohah\\hwpjs\\crates\\hwp-core\\tests\\fixtures\\aligns.hml#얼라인"),
    ("문서의처음", "#얼라인"),
    ("전자우편", "mailto:bookyoon173@gmail.com?subject=전자우편주소제목"),
]
LH = [
    ("https://apply.lh.or.kr", "https://apply.lh.or.kr"),
    ("https://apply.lh.or.kr)", "https://apply.lh.or.kr/LH/index.html#MN::CLCC_MN_0010:"),
    ("https://apply.lh.or.kr", "https://apply.lh.or.kr"),
    ("www.lh.or.kr)", "http://www.lh.or.kr)"),  # the document's own link, closing bracket and all
]
LINKS = [
    (("hwp5", "hwpjs__hyperlink.hwp"), HYPERLINK),
    (("hwpx", "hwpjs__hyperlink.hwpx"), HYPERLINK),
    (("hwp5", "rhwp__hwpx_sample2.hwp"), LH),  # links in table cells, in both formats
    (("hwpx", "rhwp__hwpx_sample2.hwpx"), LH),
    (
        ("hwp5", "rhwp__pr-1674.hwp"),
        [("www.mcst.go.kr", "www.mct.go.kr"), ("https://www.e-revenuestamp.or.kr",) * 2],
    ),
    (
        ("hwpx", "rhwp__pr-1674.hwpx"),
        [("www.mcst.go.kr", "www.mct.go.kr"), ("https://www.e-revenuestamp.or.kr",) * 2],
    ),
    (
        ("hwp5", "rhwp__1341000_research_report_footnotes.hwp"),
        [("http://www.ncsl.org.uk/",) * 2] + [("www.ncpublicschools.org/fbs/finance/salary/",) * 2] * 2,
    ),
]


@pytest.mark.parametrize(("parts", "expected"), LINKS)
def test_links_keep_their_targets(parts: tuple[str, str], expected: list[tuple[str, str]]) -> None:
    assert list(_links(_convert(*parts).blocks)) == expected


# (file, lines of its Markdown)
MARKDOWN = [
    (("hwp5", "hwpjs__hyperlink.hwp"), "[하이퍼링크 테스트](http://naver.com) naver.com"),
    (("hwpx", "hwpjs__hyperlink.hwpx"), "[전자우편](mailto:bookyoon173@gmail.com?subject=전자우편주소제목)"),
    # the words of a link stay where they are after the text is normalised
    (("hwp5", "rhwp__KTX.hwp"), "(접수 URL) : [https://nxt.nipa.kr](https://nxt.nipa.kr)"),
    (
        ("hwp5", "rhwp__KTX.hwp"),
        "ㅇ (협약방법) 우리원 홈페이지([http://www.nipa.kr](http://www.nipa.kr))에 협약서 및 협약서에 "
        "명시된 첨부 서류를 등록하고 시스템을 통한 전자협약 체결",
    ),
    (
        ("hwpx", "rhwp__hwpx_sample2.hwpx"),
        "| 인 터 넷 | 한국토지주택공사 홈페이지([www.lh.or.kr)](http://www.lh.or.kr%29) → 청약플러스(apply.lh.or.kr) |",
    ),
]


@pytest.mark.parametrize(("parts", "line"), MARKDOWN)
def test_links_in_markdown(parts: tuple[str, str], line: str) -> None:
    assert line in _convert(*parts).to_markdown().split("\n")
