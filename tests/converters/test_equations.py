"""Equations on real files of ../shared/corpus: drawn as inline LaTeX inside the paragraph where
their control sits (HWP 5, HWPX, HWPML), the script Hancom wrote kept in an `equation` mark, and
left out of the text compared with Hancom's preview, which never has them."""

from __future__ import annotations

import pytest
from conftest import needs_corpus
from hwpml_writer import hwpx_to_hwpml

from gongmun.converters import convert_bytes
from gongmun.converters.quality import previewed_text
from gongmun.schemas import Block, Document


def _convert(*parts: str) -> Document:
    path = needs_corpus(*parts)
    return convert_bytes(path.read_bytes(), str(path))


def _texts(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


def _scripts(block: Block) -> list[tuple[str, str]]:
    """(the text a mark covers, the script it keeps) for each equation mark of the block."""
    return [(block.text[m.start : m.end], m.attrs["script"]) for m in block.marks if m.kind == "equation"]


SIGMA = [("paragraph", r"$y=\Sigma\,(x^{2}+2x\,+1)$")]

WHOLE_DOCUMENTS = [
    (
        ("hwp5", "rhwp__atop-equation-01.hwp"),
        [
            ("paragraph", r"$\genfrac{}{}{0pt}{}{a}{b}$"),
            ("paragraph", r"$\frac{a}{b}$"),
            ("paragraph", r"$\genfrac{}{}{0pt}{}{x+y}{u-v}$"),
        ],
    ),
    (("hwp5", "hwp2hwpx__equation__from.hwp"), SIGMA),
    (("hwpx", "hwp2hwpx__equation__from.hwpx"), SIGMA),
    # the caption follows the paragraph the equation sits in
    (("hwp5", "hwplib__수식.hwp"), [("paragraph", "$(a+b)^{2}=a^{2}+2ab+b^{2}$"), ("caption", "수식 1 A")]),
    (
        ("hwp5", "rhwp__issue-505-equations.hwp"),
        [
            ("paragraph", r"$g(x)=\begin{cases}f(x)&(f(x)\leq x) \\ x&(f(x)\,>\,x)\end{cases}$"),
            (
                "paragraph",
                r"$g(x)=\begin{cases}\frac{1}{2}x^{2}&(0\leq x\leq 2) \\ x&(x<0~\text{또는}~x>2)\end{cases}$",
            ),
            ("paragraph", r"$f(x)=\begin{cases}x^{3}-ax+bx&(x\leq 1) \\ 2x+b&(x>\,1)\end{cases}$"),
            ("paragraph", r"$f(x)=\begin{cases}x^{3}+ax+b&(x<\,1) \\ bx+4&(x\geq 1)\end{cases}$"),
        ],
    ),
    # not "treated as a character" (it floats), still drawn where its control sits
    (
        ("hwpx", "rhwp__수식-문자처럼취급-아님.hwpx"),
        [("paragraph", r"$\begin{matrix}2&12&18 \\ 3&6&9 \\ 2&3&\end{matrix}$1111111111111")],
    ),
]


@pytest.mark.parametrize(("path", "expected"), WHOLE_DOCUMENTS)
def test_whole_documents(path: tuple[str, str], expected: list[tuple[str, str]]) -> None:
    assert _texts(_convert(*path)) == expected


def test_hwpml_draws_the_equation_like_the_hwpx_it_was_written_from() -> None:
    path = needs_corpus("hwpx", "hwp2hwpx__equation__from.hwpx")
    doc = convert_bytes(hwpx_to_hwpml(path.read_bytes()), "equation.hml")
    assert _texts(doc) == SIGMA
    assert _scripts(doc.blocks[0]) == [(SIGMA[0][1], "y= SIGMA  `(x ^{2} +2x`+1)")]


# exam_math: equations inside sentences, in the paragraph where each sits, in both formats
EXAM_HWP5 = [
    (3, r"1.	$\sqrt[3]{5}\times 25^{\frac{1}{3}}$의 값은? [2점]"),
    (5, "① $1$\t② $2$\t③ $3$\t④ $4$\t⑤ $5$"),
    (
        6,
        r"2.	함수 $f\left(x\right)=x^{3}-8 x+7$에 대하여 "
        r"$\lim_{h\,\,\rightarrow\,\,0}\frac{f\left(2+h\right)-f\left(2\right)}{h}$의" + "\n값은? [2점]",
    ),
    (8, r"3.	첫째항과 공비가 모두 양수 $k$인 등비수열 $\left\{a_{n}\right\}$이"),
]


@pytest.mark.parametrize(("index", "text"), EXAM_HWP5)
def test_exam_math_hwp5_equations_sit_in_their_sentence(index: int, text: str) -> None:
    doc = _convert("hwp5", "rhwp__exam_math.hwp")
    assert (doc.blocks[index].kind, doc.blocks[index].text) == ("paragraph", text)


def test_exam_math_marks_keep_the_script() -> None:
    doc = _convert("hwp5", "rhwp__exam_math.hwp")
    assert _scripts(doc.blocks[6]) == [
        (r"$f\left(x\right)=x^{3}-8 x+7$", "f left(x  right)=x^{3}-8 x+7`"),
        (
            r"$\lim_{h\,\,\rightarrow\,\,0}\frac{f\left(2+h\right)-f\left(2\right)}{h}$",
            "lim _{h ``rarrow`` 0} {f left(2+h  right)-f left(2  right)} over {h}`",
        ),
    ]
    # Hancom's preview leaves equations out, and so does the text compared with it
    assert previewed_text(doc.blocks[3]) == "1.\t의 값은? [2점]"
    assert doc.quality["prvtext_agreement"] == 1.0


def test_exam_math_hwpx_twin_draws_the_same_equations() -> None:
    doc = _convert("hwpx", "rhwp__math-001.hwpx")
    texts = [b.text for b in doc.blocks]
    assert (
        r"첫째항과 공비가 모두 양수 $k$인 등비수열 $\left\{a_{n}\right\}$이 만족시킬 때, $k$의 값은? [3점]"
        in texts
    )
    assert r"$\frac{a_{4}}{a_{2}}+\frac{a_{2}}{a_{1}}=30$" in texts
    assert doc.quality["prvtext_agreement"] == 1.0


def test_equations_in_table_cells_keep_their_marks() -> None:
    doc = _convert("hwp5", "rhwp__exam_math.hwp")
    cells = [
        inner
        for block in doc.blocks
        if block.rows is not None
        for row in block.rows
        for cell in row
        for inner in cell.blocks
        if any(m.kind == "equation" for m in inner.marks)
    ]
    assert cells, "exam_math has equations inside table cells"
    for inner in cells:
        for drawn, script in _scripts(inner):
            assert drawn.startswith("$") and drawn.endswith("$") and script
