"""Paragraph numbering and bullets on real files (issue 14): the numbers Hancom draws in front of
numbered paragraphs, in HWP 5 and in the HWPX twin of the same document, with exact text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import needs_corpus

from gongmun.converters import convert_bytes
from gongmun.schemas import Block, Document


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


def _numbered(blocks: list[Block]) -> Iterator[Block]:
    """Every block whose paragraph draws a number or bullet, cells' paragraphs included."""
    for block in blocks:
        if "numbering" in block.attrs:
            yield block
        for row in block.rows or []:
            for cell in row:
                yield from _numbered(cell.blocks)


# pyhwp__lists.hwp and its HWPX twin: bullets, a numbering continued after a plain paragraph
# (번호 이어짐), a new numbering list in another shape (새 번호), outline numbering, and a second
# section whose outline numbering is 제^1장 / 제^2절 / 제^3항.
LISTS = (
    "글머리표|● 1|● 2|● 3|글머리표 두 번째|• 1|• 2|• 3|"
    "문단번호|1. 1|2. 2|가. 2-1|3. 3|가. 3-1|나. 3-2|1) 3-2-1|2) 3-2-2|3) 3-2-3|4. 4|"
    "문단번호 두 번째 (번호 이어짐)|5. 5|가. 5-1|"
    "문단번호 세 번째 (새 번호)|I. 1|II. 2|A. 2-1|III. 3|A. 3-1|B. 3-2|1. 3-2-1|2. 3-2-2|3. 3-2-3|IV. 4|"
    "개요|1. 1|2. 2|가. 2-1|3. 3|가. 3-1|나. 3-2|1) 3-2-1|2) 3-2-2|3) 3-2-3|4. 4|"
    "개요 두 번째 (번호 이어짐)|5. 5|가. 5-1|"
    "개요 세 번째 (새 번호)|제1장 1|제2장 2|제1절 2-1|제3장 3|제1절 3-1|제2절 3-2|제1항 3-2-1|제2항 3-2-2|제3항 3-2-3|제4장 4"
)


@pytest.mark.parametrize("parts", [("hwp5", "pyhwp__lists.hwp"), ("hwpx", "hwpjs__lists.hwpx")])
def test_lists_numbered_as_hancom_draws_them(parts: tuple[str, str]) -> None:
    doc = _convert(*parts)
    assert "|".join(b.text for b in doc.blocks) == LISTS
    heading = next(b for b in doc.blocks if b.text == "가. 2-1" and b.kind == "heading")
    assert (heading.level, heading.attrs["numbering"]) == (2, "가.")
    # Hancom's own preview leaves the numbers out, and so does the agreement measured against it
    assert doc.quality["prvtext_agreement"] == 1.0


# (file, the first numbered paragraphs, exactly)
EXAMS = [
    (
        ("hwp5", "rhwp__exam_social.hwp"),
        [
            "1. 밑줄 친 ㉠∼㉤과 같은 현상의 일반적 특징에 대한 설명으로 옳은 것은?",
            "2. 다음 글에서 사회·문화 현상을 바라보는 필자의 관점에 대한 옳은 설명만을 <보기>에서 고른 것은? [3점]",
            "3. A, B의 일반적인 특징에 대한 설명으로 옳은 것은? (단, A, B는",
        ],
    ),
    (
        ("hwpx", "rhwp__exam_social.hwpx"),
        [
            "1. 밑줄 친 ㉠∼㉤과 같은 현상의 일반적 특징에 대한 설명으로 옳은 것은?",
            "2. 다음 글에서 사회·문화 현상을 바라보는 필자의 관점에 대한 옳은 설명만을 <보기>에서 고른 것은? [3점]",
            "3. A, B의 일반적인 특징에 대한 설명으로 옳은 것은? (단, A, B는",
        ],
    ),
    (
        ("hwpx", "python-hwpx__B_submitted.hwpx"),
        [
            "1. 다음 빈칸 ㄱ ∼ ㄷ에 알맞은 용어로 짝지어진 것은? [3.8점]",
            "2. <보기>의 설명 중 옳은 것만을 있는 대로 고른 것은? [3.6점]",
            "3. <보기>의 내용과 학습 유형이 적절히 짝지어진 것은? [3.9점]",
        ],
    ),
    # numbered paragraphs inside table cells, counted across the table (both formats)
    (("hwp5", "rhwp__k-water-rfp.hwp"), ["1. 서버 클라우드 환경 구축", "2. 전사 데이터 허브 구축"]),
    (("hwpx", "rhwp__k-water-rfp.hwpx"), ["1. 서버 클라우드 환경 구축", "2. 전사 데이터 허브 구축"]),
    (("hwp5", "rhwp__hwpx_sample2.hwp"), ["- 직권조사 등록"]),
    (("hwpx", "rhwp__hwpx_sample2.hwpx"), ["- 직권조사 등록"]),
    (
        ("hwpx", "rhwp__36388711_사회보장제도 신설 협의요청서(청년오피스)_260624.hwpx"),
        ["- 시범사업(2027년) 200명 운영", "- 사업성과에 따라 단계적 확대"],
    ),
]


@pytest.mark.parametrize(("parts", "expected"), EXAMS)
def test_numbered_paragraphs(parts: tuple[str, str], expected: list[str]) -> None:
    doc = _convert(*parts)
    assert [b.text.strip() for b in _numbered(doc.blocks)][: len(expected)] == expected


def test_cell_numbers_are_in_the_cell_text() -> None:
    doc = _convert("hwp5", "rhwp__k-water-rfp.hwp")
    cells = [c for b in doc.blocks for row in b.rows or [] for c in row]
    cell = next(c for c in cells if c.text == "1. 서버 클라우드 환경 구축")
    assert [(b.text, b.attrs) for b in cell.blocks] == [("1. 서버 클라우드 환경 구축", {"numbering": "1."})]


def test_start_numbers_and_shapes_past_the_first_letters() -> None:
    """Lower-case Roman outline numbers up to 100, and a Hangul numbering that starts at 46 (루)."""
    doc = _convert("hwp5", "hwplib__extracting_ParaHead.hwp")
    texts = [b.text for b in doc.blocks]
    assert texts[:3] == ["i. 1", "ii. 2", "iii. 3"]
    assert "xcix. 99" in texts and "c. 100" in texts
    # each numbered paragraph of a text box is its own block (it says which text was drawn)
    assert [b.text for b in doc.blocks if b.kind == "textbox"][-15:][:3] == ["루. 1", "무. 2", "부. 3"]
    assert doc.quality["prvtext_agreement"] == 1.0


def test_unnumbered_documents_are_unchanged() -> None:
    """A file that numbers nothing (an NTS ruling, all in table cells) gets no prefix anywhere."""
    doc = _convert("nts", "02_010000000000000615.hwp")
    assert doc.blocks[0].kind == "table"
    assert not list(_numbered(doc.blocks))


@pytest.mark.parametrize(
    ("parts", "drawn"), [(("hwp5", "pyhwp__lists.hwp"), 2), (("nts", "02_010000000000000615.hwp"), 1)]
)
def test_line_layout_tells_whether_a_section_numbers_anything(parts: tuple[str, str], drawn: int) -> None:
    """The splitter reads the paragraph-head flag of each paragraph's line layout, so sections
    that number nothing (most archive documents) skip numbering, and DocInfo, altogether."""
    from gongmun.converters.hwp5.cfb import CompoundFile
    from gongmun.converters.hwp5.records import inflate, split_records
    from gongmun.converters.limits import Budget

    container = CompoundFile(needs_corpus(*parts).read_bytes())
    section, _ = inflate(container.read("BodyText/Section0"), Budget())
    assert split_records(section, Budget()).heads == drawn
