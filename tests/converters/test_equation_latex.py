"""HWP equation scripts -> LaTeX: a table of constructs (most taken from real documents of the
shared corpus, the rest from Hancom's formula specification), then malformed and hostile scripts."""

from __future__ import annotations

import pytest

from gongmun.converters.equation_latex import MAX_SCRIPT, escaped, inline_math, to_latex

CASES = [
    # fractions, stacks, binomials: the atom before and the atom after
    ("a over b", r"\frac{a}{b}"),
    ("{x+y} atop {u-v}", r"\genfrac{}{}{0pt}{}{x+y}{u-v}"),
    ("{a_{4}} over {a_{2}}+{a_{2}} over {a_{1}}=30", r"\frac{a_{4}}{a_{2}}+\frac{a_{2}}{a_{1}}=30"),
    (
        "C_L = {(165+L)} over 245 left( L over 80 right)^0.4",
        r"C_{L}=\frac{(165+L)}{245}\left(\frac{L}{80}\right)^{0.4}",
    ),
    ("n choose k", r"\binom{n}{k}"),
    ("binom n k", r"\binom{n}{k}"),
    # roots
    ("sqrt 2", r"\sqrt{2}"),
    ("sqrt {3} of {5} times 25^{{1} over {3}}`", r"\sqrt[3]{5}\times 25^{\frac{1}{3}}"),
    ("root 3 of x", r"\sqrt[3]{x}"),
    # scripts: a braced group, or the term up to the next space
    ("E=mc^2", r"E=mc^{2}"),
    ("H_2 O", r"H_{2}O"),
    ("x ^{2} +2x", r"x^{2}+2x"),
    ("a_{n}^{2}", r"a_{n}^{2}"),
    ("x_1_2", r"{x_{1}}_{2}"),
    ("rm P_1`=460``(M C_L )^2/3", r"\mathrm{P}_{1}\,=460\,\,(\mathrm{M}\mathrm{C}_{\mathrm{L}})^{2/3}"),
    ("log` _{2} LEFT ( x-3 RIGHT )", r"\log_{2}\left(x-3\right)"),
    ("x LSUB y", r"{}_{y}x"),
    ("x LSUP y", r"{}^{y}x"),
    ("f `prime LEFT ( x RIGHT )", r"f'\left(x\right)"),
    # large operators and limits, with _ ^ or from/to
    ("sum_{k=1}^{n} a_{k}", r"\sum_{k=1}^{n}a_{k}"),
    ("sum from {k=1} to {n} k", r"\sum_{k=1}^{n}k"),
    ("int _{0} ^{2} {} (2x ^{3} +3x ^{2} )dx", r"\int_{0}^{2}(2x^{3}+3x^{2})dx"),
    ("int from 0 to 1 f(x)dx", r"\int_{0}^{1}f(x)dx"),
    ("oint dint tint prod coprod", r"\oint\iint\iiint\prod\coprod"),
    ("lim_N->inf 1 over N sum_n=1^N", r"\lim_{N\rightarrow\infty}\frac{1}{N}\sum_{n=1}^{N}"),
    (
        "lim _{x ``rarrow`` 0} {3 x^{2}} over { sin ^{2} `x}`",
        r"\lim_{x\,\,\rightarrow\,\,0}\frac{3 x^{2}}{\sin^{2}\,x}",
    ),
    ("U=(A SMALLUNION B) SMALLINTER C", r"U=(A\cup B)\cap C"),
    ("UNION from {i=1} to {n} A_i", r"\bigcup_{i=1}^{n}A_{i}"),
    # brackets
    ("left ( a right )", r"\left(a\right)"),
    ("left {a_{n} right }`", r"\left\{a_{n}\right\}"),
    ("LEFT | {vec{rm OP it}} RIGHT |", r"\left|\overrightarrow{\mathrm{OP}}\right|"),
    ("left [ x right ]", r"\left[x\right]"),
    ("left < x right >", r"\left\langle x\right\rangle"),
    ("left || x right ||", r"\left\|x\right\|"),
    # matrices, cases, aligned lines
    ("matrix{a&b#c&d}", r"\begin{matrix}a&b \\ c&d\end{matrix}"),
    ("pmatrix{1&0#0&1}", r"\begin{pmatrix}1&0 \\ 0&1\end{pmatrix}"),
    ("X = bmatrix { 42 & 52 # 4 & 5 }", r"X=\begin{bmatrix}42&52 \\ 4&5\end{bmatrix}"),
    ("dmatrix{a&b#c&d}", r"\begin{vmatrix}a&b \\ c&d\end{vmatrix}"),
    ("cases {2x+y=4 # 3x-4y=-1}", r"\begin{cases}2x+y=4 \\ 3x-4y=-1\end{cases}"),
    (
        "f(x)= {cases{`x ^{3} -ax+bx&(x LEQ 1)#eqalign{# ````2x+b}&eqalign{# (x>`1)}}}",
        r"f(x)=\begin{cases}x^{3}-ax+bx&(x\leq 1) \\ 2x+b&(x>\,1)\end{cases}",
    ),
    ("eqalign{a &= b # c &= d}", r"\begin{aligned}a&=b \\ c&=d\end{aligned}"),
    ("a &= b # c &= d", r"\begin{aligned}a&=b \\ c&=d\end{aligned}"),
    ("x # y", r"\begin{gathered}x \\ y\end{gathered}"),
    ("pile{a#b}", r"\begin{array}{c}a \\ b\end{array}"),
    ("lpile{a#b}", r"\begin{array}{l}a \\ b\end{array}"),
    # Greek (case is meaning), symbols, arrows
    ("alpha beta ALPHA GAMMA Gamma omega OMEGA", r"\alpha\beta\mathrm{A}\Gamma\Gamma\omega\Omega"),
    ("y= SIGMA `(x ^{2} +2x`+1)", r"y=\Sigma\,(x^{2}+2x\,+1)"),
    ("2 times 5 div 3", r"2\times 5\div 3"),
    ("a +- b -+ c", r"a\pm b\mp c"),
    ("a le b ge c ne d", r"a\leq b\geq c\neq d"),
    ("a <= b >= c != d == e", r"a\leq b\geq c\neq d\equiv e"),
    ("x -> y <- z <-> w", r"x\rightarrow y\leftarrow z\leftrightarrow w"),
    ("rarrow RARROW larrow LARROW", r"\rightarrow\Rightarrow\leftarrow\Leftarrow"),
    ("inf INF", r"\infty\infty"),
    ("a cdots b CDOT c", r"a\cdots b\cdot c"),
    ("therefore A because B", r"\therefore A\because B"),
    ("not =", r"\not="),
    ("A in B notin C subset D", r"A\in B\notin C\subset D"),
    ("25 CENTIGRADE", r"25{}^{\circ}\mathrm{C}"),
    ("90 DEG", r"90{}^{\circ}"),
    ("ANGLE rm DAB it = {2} over {3} pi ,", r"\angle\mathrm{DAB}=\frac{2}{3}\pi,"),
    # fonts: rm, it, bold switch until the group ends; glued to the word they style
    ("rm ABC", r"\mathrm{ABC}"),
    ("rmKOH LEFT ( itaq RIGHT )", r"\mathrm{KOH}\left(aq\right)"),
    ("{rm{P}} it left(A right)", r"\mathrm{P}\left(A\right)"),
    ("rm 2H_2 O", r"\mathrm{2H}_{2}\mathrm{O}"),
    ("bold v = it v", r"\mathbf{v}=v"),
    ("rm 0.49", r"0.49"),
    # decorations: narrow over one letter, wide over more
    ("hat a hat {AB}", r"\hat{a}\widehat{AB}"),
    ("bar x bar{rm AD it}", r"\bar{x}\overline{\mathrm{AD}}"),
    ("vec v vec {AB}", r"\vec{v}\overrightarrow{AB}"),
    ("dot x ddot y tilde z", r"\dot{x}\ddot{y}\tilde{z}"),
    ("under x overline y", r"\underline{x}\overline{y}"),
    # functions: upright, recognised glued to a short argument
    ("f(x)= logx+sinx", r"f(x)=\log x+\sin x"),
    ("a=2 log `{1} over { sqrt{10}}+ log`_{2} `20", r"a=2\log\,\frac{1}{\sqrt{10}}+\log_{2}\,20"),
    ("cosec x + Lim x + exp x", r"\operatorname{cosec}x+\operatorname*{Lim}x+\exp x"),
    ("single", r"single"),
    # spacing, quoted text, Korean
    ("a~b`c", r"a~b\,c"),
    ('"hello world" ~ 한글', r"\text{hello world}~\text{한글}"),
    ("(x<0~또는~x>2)", r"(x<0~\text{또는}~x>2)"),
    ('"a_b{c}"', r"\text{a\_b\{c\}}"),
    ("5 % $ x", r"5\%\$x"),
    ("x`", r"x"),
    ("``", r""),
    # the rest of Hancom's commands
    ("A REL <-> {+2} {-5} B", r"A\underset{-5}{\overset{+2}{\leftrightarrow}}B"),
    ("A BUILDREL <-> {+2} B", r"A\overset{+2}{\leftrightarrow}B"),
    ("{COLOR {255,0,255} {3}} over {4}", r"\frac{3}{4}"),
    ("{ scale 70 m over n }", r"\frac{m}{n}"),
    ("{a+b} bigg/ {x+y}", r"a+b/x+y"),
]


@pytest.mark.parametrize(("script", "latex"), CASES)
def test_constructs(script: str, latex: str) -> None:
    assert to_latex(script) == latex


MALFORMED = [
    ("{{{{ x", r"x"),  # unclosed groups close at the end
    ("}} a }", r"a"),  # stray closing braces
    ("left ( a", r"\left(a\right."),  # a left without its right
    ("a right )", r"a)"),  # a right without its left
    ("sqrt", r"\sqrt{}"),
    ("over", r"\frac{}{}"),
    ("^", r"{}^{}"),
    ("x^^2", r"{x^{}}^{2}"),
    ('"unclosed text', r"\text{unclosed text}"),
    ("cases", r"\begin{cases}\end{cases}"),
    ("a \x01 b", r"a b"),  # control characters
]


@pytest.mark.parametrize(("script", "latex"), MALFORMED)
def test_malformed_scripts_degrade(script: str, latex: str) -> None:
    assert to_latex(script) == latex


def test_too_deep_or_too_long_is_the_script_as_text() -> None:
    assert to_latex("{" * 200 + "x") == escaped("{" * 200 + "x")
    assert to_latex("sqrt " * 200 + "x").startswith(r"\text{sqrt sqrt")
    long = "x+" * (MAX_SCRIPT // 2 + 1)
    assert to_latex(long) == escaped(long)


def test_inline_math_is_dollar_delimited_and_empty_when_nothing_is_drawn() -> None:
    assert inline_math("a over b") == r"$\frac{a}{b}$"
    assert inline_math("` ~ `") == ""


@pytest.mark.parametrize(
    "script",
    [
        "{" * 39 + "}" * 39,
        "left ( " * 30,
        "matrix{" * 20,
        "a_{b_{c_{d_{e}}}}",
        "#&#&",
        "\\ { } $ % # & _ ^ ~",
    ],
)
def test_output_braces_balance(script: str) -> None:
    latex = to_latex(script).replace(r"\{", "").replace(r"\}", "")
    depth = 0
    for ch in latex:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0
    assert depth == 0
