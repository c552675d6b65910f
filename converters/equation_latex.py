"""HWP equation scripts (한글 수식 편집기's language) as LaTeX, the form readers and tools know.

Hancom keeps an equation as a script (`{a+b} over 2`, `sqrt {x}`, `sum _{k=1} ^{n}`,
`left ( … right )`, `cases{… # …}`) that no reader of the corpus can use; LaTeX is what the ML team's
tools render and models have seen. How Hancom reads a script, and so this parser:

- whitespace only separates terms and is never drawn; `~` is a space, `` ` `` a quarter of one;
- `{}` groups; a run of letters and digits is one word (`2a`, `10a`), split only where it begins
  with a font switch (`rmA`) or a function (`logx`);
- `over`, `atop` and `choose` take the atom before and the atom after (with its scripts);
- a script (`^`, `_`, `sup`, `sub`, and `from`/`to` after a large operator) takes a braced group or
  the rest of the term up to the next space (`sum_n=1^N`);
- `rm`, `it` and `bold` switch the font until the group ends; `#` ends a row, `&` a column.

Scripts are typed by people and written by tools, so a malformed one must never fail a document:
unbalanced braces close, a stray word stays a word, and a script too long or nested too deep comes
out as its own text, escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .equation_symbols import (
    BIG_OPERATORS,
    DECORATIONS,
    DELIMITERS,
    ENVIRONMENTS,
    EXACT,
    FONTS,
    FUNCTIONS,
    LIMIT_FUNCTIONS,
    OPERATORS,
    SYMBOLS,
)

MAX_SCRIPT = 10_000  # characters; longer scripts are kept as text
MAX_DEPTH = 40  # nesting of groups and arguments

_TOKENS = re.compile(
    r"(?P<space>\s+)"
    r'|(?P<quote>"[^"]*"?)'
    r"|(?P<word>[A-Za-z0-9]+)"
    r"|(?P<op><->|<<<|>>>|->|<-|<=|>=|!=|==|<<|>>|\+-|-\+)"
    r"|(?P<text>[^\W\d_A-Za-z]+)"  # letters of other scripts: Hangul, Han
    r"|(?P<char>.)",
    re.S,
)
_PREFIXES = sorted([*FONTS, *(name.upper() for name in FONTS), *FUNCTIONS], key=len, reverse=True)
_KNOWN = frozenset([*EXACT, *FUNCTIONS]) | {
    name for table in (SYMBOLS, BIG_OPERATORS, DECORATIONS, ENVIRONMENTS, FONTS) for name in table
}
_COMMAND_WORDS = (
    "over atop choose sub sup from to left right sqrt root of not binom color scale bigg big rel "
    "buildrel lsub lsup col lcol rcol"
)
_COMMANDS = frozenset(_COMMAND_WORDS.split())
_STOPS = frozenset(("over", "atop", "choose", "from", "to", "sub", "sup", "right"))  # end a bare script
_CHARS = {"%": "\\%", "$": "\\$", "\\": "\\backslash "}
_TEXT_ESCAPES = str.maketrans(
    {
        "\\": "\\textbackslash{}",
        "{": "\\{",
        "}": "\\}",
        "$": "\\$",
        "%": "\\%",
        "#": "\\#",
        "&": "\\&",
        "_": "\\_",
        "^": "\\^{}",
        "~": "\\~{}",
    }
)
_CONTROL_WORD_END = re.compile(r"\\[A-Za-z]+$")
_COMMAND_NAMES = re.compile(r"\\[A-Za-z]+")


class _TooDeep(Exception):
    """The script nests deeper than MAX_DEPTH."""


class Token(NamedTuple):
    kind: str  # word, op, text, quote, char
    text: str
    spaced: bool  # whitespace came before it


@dataclass(slots=True)
class _Atom:
    """One drawn item and its scripts; `kind` is "space", "op" (takes from/to limits),
    "group" (braced when scripted) or ""."""

    body: str
    kind: str = ""
    sub: str | None = None
    sup: str | None = None

    def latex(self) -> str:
        if self.sub is None and self.sup is None:
            return self.body
        out = "{" + self.body + "}" if self.kind == "group" or not self.body else self.body
        if self.sub is not None:
            out += "_{" + self.sub + "}"
        if self.sup is not None:
            out += "^{" + self.sup + "}"
        return out


_Rows = list[list[list[_Atom]]]  # rows of cells of atoms


def to_latex(script: str) -> str:
    """The script as LaTeX (without math delimiters); "" when it draws nothing."""
    if len(script) > MAX_SCRIPT:
        return escaped(script)
    try:
        return _Parser(tokens(script)).document()
    except (_TooDeep, RecursionError):
        return escaped(script)


def inline_math(script: str) -> str:
    """The script as inline math for a paragraph's text (`$…$`), "" when it draws nothing."""
    latex = to_latex(script)
    return "$" + latex + "$" if latex else ""


def escaped(script: str) -> str:
    """The script itself, as LaTeX text."""
    text = " ".join(script.split())
    return "\\text{" + text.translate(_TEXT_ESCAPES) + "}" if text else ""


def tokens(script: str) -> list[Token]:
    out: list[Token] = []
    spaced = False
    for m in _TOKENS.finditer(script):
        kind = m.lastgroup or "char"
        if kind == "space":
            spaced = True
            continue
        if kind == "word":
            out.extend(_split_word(m.group(), spaced))
        elif kind != "char" or m.group() >= " ":
            out.append(Token(kind, m.group(), spaced))
        spaced = False
    return out


def _split_word(word: str, spaced: bool) -> list[Token]:
    """A word, or the font switch or function it begins with and the rest (`rmA`, `logx`): a
    function only before a short rest, so `sinx` splits and `single` does not."""
    out: list[Token] = []
    while word and word not in _KNOWN and word.lower() not in _KNOWN and word.lower() not in _COMMANDS:
        prefix = next((p for p in _PREFIXES if word.startswith(p) and len(word) > len(p)), "")
        rest = word[len(prefix) :]
        if not prefix or (prefix in FUNCTIONS and len(rest) > 2 and rest not in _KNOWN):
            break
        out.append(Token("word", prefix, spaced))
        word, spaced = rest, False
    out.append(Token("word", word, spaced))
    return out


class _Parser:
    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.pos = 0
        self.depth = 0

    # -- tokens ---------------------------------------------------------------------------------
    def peek(self) -> Token | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def _is(self, tok: Token | None, chars: str) -> bool:
        return tok is not None and tok.kind == "char" and tok.text in chars

    def _word(self, tok: Token | None) -> str:
        """The token's word in lower case, "" for anything else."""
        return tok.text.lower() if tok is not None and tok.kind == "word" else ""

    # -- sequences ------------------------------------------------------------------------------
    def document(self) -> str:
        return _rows_latex(self.sequence("it", top=True))

    def sequence(self, font: str, *, top: bool = False, in_left: bool = False) -> _Rows:
        """Atoms up to the group's closing brace (not consumed), or `right` inside left … right."""
        rows: _Rows = [[[]]]
        while (tok := self.peek()) is not None:
            cell = rows[-1][-1]
            word = self._word(tok)
            if self._is(tok, "}"):
                if not top:
                    break
                self.pos += 1  # a stray closing brace
                continue
            if in_left and word == "right":
                break
            if self._is(tok, "#&"):
                self.pos += 1
                if tok.text == "#":
                    rows.append([[]])
                else:
                    rows[-1].append([])
            elif (
                self._is(tok, "^_")
                or word in ("sup", "sub")
                or (word in ("from", "to") and _takes_limits(cell))
            ):
                self.pos += 1
                which = "^" if tok.text == "^" or word in ("sup", "to") else "_"
                cell.append(_attach(_pop_operand(cell), which, self.script_argument(font)))
            elif word in ("over", "atop", "choose"):
                self.pos += 1
                cell.append(_fraction(word, _pop_operand(cell).latex(), self.operand(font).latex()))
            elif word in ("lsub", "lsup"):
                self.pos += 1
                base, arg = _pop_operand(cell).latex(), self.operand(font).latex()
                script = "_" if word == "lsub" else "^"
                cell.append(_Atom("{}" + script + "{" + arg + "}" + base, "group"))
            elif word == "prime":
                self.pos += 1
                primed = _pop_operand(cell)
                kind = primed.kind if primed.sub is None and primed.sup is None else ""
                cell.append(_Atom(primed.latex() + "'", kind))
            elif word in FONTS:
                self.pos += 1
                font = word
            else:
                atom = self.atom(font)
                if atom is not None:
                    cell.append(atom)
        return rows

    def script_argument(self, font: str) -> str:
        """A braced group, or the atoms up to the next space (or script, or end of group)."""
        if self._is(self.peek(), "{"):
            self.pos += 1
            return self.group(font).body
        atoms: list[_Atom] = []
        while (tok := self.peek()) is not None:
            if self._is(tok, "}#&^_~`{") or self._word(tok) in _STOPS or (atoms and tok.spaced):
                break
            if self._word(tok) in FONTS:
                self.pos += 1
                font = self._word(tok)
                continue
            atom = self.atom(font)
            if atom is None:
                break
            atoms.append(atom)
        return _cell_latex(atoms)

    def operand(self, font: str) -> _Atom:
        """An argument: the next atom (spaces before it skipped) with the scripts that follow it."""
        atom = self.atom(font)
        while atom is not None and atom.kind == "space":
            atom = self.atom(font)
        if atom is None:
            atom = _Atom("", "group")
        while (tok := self.peek()) is not None and (self._is(tok, "^_") or self._word(tok) in ("sup", "sub")):
            self.pos += 1
            atom = _attach(
                atom, "^" if tok.text == "^" or self._word(tok) == "sup" else "_", self.script_argument(font)
            )
        return atom

    # -- atoms ----------------------------------------------------------------------------------
    def atom(self, font: str) -> _Atom | None:
        """The next drawn item, without scripts; None at the end. A token that ends or splits a
        sequence (`}`, `#`, `&`, a script) is left for it and an empty atom returned."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep
        try:
            return self._atom(font)
        finally:
            self.depth -= 1

    def _atom(self, font: str) -> _Atom | None:
        while (tok := self.peek()) is not None:
            if self._is(tok, "}#&^_"):
                return _Atom("", "group")
            self.pos += 1
            if tok.kind == "char":
                return self._char(tok.text, font)
            if tok.kind == "op":
                return _Atom(OPERATORS[tok.text])
            if tok.kind == "quote":
                body = tok.text[1:-1] if len(tok.text) > 1 and tok.text.endswith('"') else tok.text[1:]
                return _Atom(_text(body)) if body else _Atom("", "group")
            if tok.kind == "text":
                return _Atom(_text(tok.text))
            word = tok.text.lower()
            if word in ("scale", "color"):  # a size or colour first: drawn as the plain content
                self.atom(font)
                continue
            if word in ("col", "lcol", "rcol", "bigg", "big"):  # column markers, a bigger symbol
                continue
            if word in FONTS:
                return self.atom(word)
            return self._word_atom(tok.text, word, font)
        return None

    def _char(self, char: str, font: str) -> _Atom:
        if char == "{":
            return self.group(font)
        if char == "~":
            return _Atom("~", "space")
        if char == "`":
            return _Atom("\\,", "space")
        return _Atom(_CHARS.get(char, char))

    def group(self, font: str) -> _Atom:
        """A braced group whose opening brace was read; an unclosed one ends with the script."""
        rows = self.sequence(font)
        if self._is(self.peek(), "}"):
            self.pos += 1
        return _Atom(_rows_latex(rows), "group")

    def _word_atom(self, text: str, word: str, font: str) -> _Atom:
        if text in EXACT:
            return _symbol(EXACT[text])
        if text in FUNCTIONS:
            return _Atom(FUNCTIONS[text], "op" if text in LIMIT_FUNCTIONS else "")
        if word in BIG_OPERATORS:
            return _Atom(BIG_OPERATORS[word], "op")
        if word in SYMBOLS:
            return _symbol(SYMBOLS[word])
        if word in DECORATIONS:
            arg = self.atom(font) or _Atom("")
            narrow, wide = DECORATIONS[word]
            body = arg.latex()
            return _Atom((wide if _width(body) > 1 else narrow) + "{" + body + "}")
        if word in ENVIRONMENTS:
            return _Atom(self.environment(word, font))
        if word in ("sqrt", "root"):
            return self.root(word, font)
        if word == "left":
            return self.left_right(font)
        if word == "right":  # a `right` without its `left`: the bracket alone
            return _Atom(_bare(self.delimiter()))
        if word == "not":
            return _Atom(_join(["\\not", (self.atom(font) or _Atom("")).latex()]))
        if word == "binom":
            top, bottom = self.operand(font).latex(), self.operand(font).latex()
            return _Atom("\\binom{" + top + "}{" + bottom + "}")
        if word in ("rel", "buildrel"):
            return self.relation(word, font)
        return _Atom(_styled(text, font))

    def root(self, word: str, font: str) -> _Atom:
        """`sqrt x`, `sqrt {3} of {x}` and `root 3 of x`."""
        first = self.operand(font).latex()
        if self._word(self.peek()) == "of":
            self.pos += 1
            index, radicand = first, self.operand(font).latex()
        elif word == "root":
            index, radicand = first, self.operand(font).latex()
        else:
            return _Atom("\\sqrt{" + first + "}")
        index = "{" + index + "}" if "]" in index else index
        return _Atom("\\sqrt[" + index + "]{" + radicand + "}")

    def environment(self, word: str, font: str) -> str:
        """matrix/pmatrix/bmatrix/dmatrix, cases, eqalign, pile: a group of rows (#) and cells (&)."""
        if self._is(self.peek(), "{"):
            self.pos += 1
            rows = self.sequence(font)
            if self._is(self.peek(), "}"):
                self.pos += 1
        else:
            rows = [[[self.operand(font)]]]
        name, argument = ENVIRONMENTS[word]
        lines = [[_cell_latex(cell) for cell in row] for row in rows]
        if word == "cases":  # two columns: the value, then the condition
            lines = [[row[0], " ".join(c for c in row[1:] if c)] if len(row) > 1 else row for row in lines]
        lines = [row for row in lines if any(row)]
        if name in ("aligned", "array") and len(lines) == 1 and len(lines[0]) == 1:
            return lines[0][0]  # one line to align or pile (`eqalign{# x}` lowers it): itself
        body = " \\\\ ".join("&".join(row) for row in lines)
        return "\\begin{" + name + "}" + argument + body + "\\end{" + name + "}"

    def left_right(self, font: str) -> _Atom:
        """`left ( … right )`: a missing `right` closes at the group's end, invisibly."""
        opening = self.delimiter()
        rows = self.sequence(font, in_left=True)
        closing = "."
        if self._word(self.peek()) == "right":
            self.pos += 1
            closing = self.delimiter()
        return _Atom(_join(["\\left" + opening, _rows_latex(rows), "\\right" + closing]))

    def delimiter(self) -> str:
        """The bracket after `left` or `right` (consumed), or "." (none) when there is none."""
        tok = self.peek()
        if tok is None or tok.kind not in ("char", "op") or tok.text not in DELIMITERS:
            return "."
        self.pos += 1
        after = self.peek()
        if tok.text == "|" and self._is(after, "|") and after is not None and not after.spaced:
            self.pos += 1
            return DELIMITERS["||"]
        return DELIMITERS[tok.text]

    def relation(self, word: str, font: str) -> _Atom:
        """`rel ARROW {above} {below}` and `buildrel ARROW {above}`: text over and under an arrow."""
        arrow = (self.atom(font) or _Atom("")).latex()
        above = self.operand(font).latex()
        out = "\\overset{" + above + "}{" + arrow + "}"
        if word == "rel":
            out = "\\underset{" + self.operand(font).latex() + "}{" + out + "}"
        return _Atom(out)


# -- rendering ----------------------------------------------------------------------------------
def _rows_latex(rows: _Rows) -> str:
    """One cell as itself; several rows (#) or cells (&) outside a matrix as an aligned block."""
    if len(rows) == 1 and len(rows[0]) == 1:
        return _cell_latex(rows[0][0])
    lines = ["&".join(_cell_latex(cell) for cell in row) for row in rows]
    lines = [line for line in lines if line.strip("&")]
    if len(lines) == 1 and "&" not in lines[0]:
        return lines[0]
    name = "aligned" if any("&" in line for line in lines) else "gathered"
    return "\\begin{" + name + "}" + " \\\\ ".join(lines) + "\\end{" + name + "}"


def _cell_latex(atoms: list[_Atom]) -> str:
    """The atoms of one cell, spacing at its edges dropped (it draws nothing a reader needs)."""
    start, end = 0, len(atoms)
    while start < end and atoms[start].kind == "space":
        start += 1
    while end > start and atoms[end - 1].kind == "space":
        end -= 1
    return _join([atom.latex() for atom in atoms[start:end]])


def _join(pieces: list[str]) -> str:
    """Pieces side by side, with a space only where two would run together (`\\alpha x`, `x y`)."""
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if out and piece[0].isalnum() and (out[-1][-1].isalnum() or _CONTROL_WORD_END.search(out[-1][-24:])):
            out.append(" ")
        out.append(piece)
    return "".join(out)


def _pop_operand(cell: list[_Atom]) -> _Atom:
    """The last atom of the cell (spacing after it dropped) for a script or fraction to take."""
    last = _last_drawn(cell)
    if last < 0:
        return _Atom("", "group")
    del cell[last + 1 :]
    return cell.pop()


def _takes_limits(cell: list[_Atom]) -> bool:
    last = _last_drawn(cell)
    return last >= 0 and cell[last].kind == "op"


def _last_drawn(cell: list[_Atom]) -> int:
    """Index of the cell's last atom that is not spacing, or -1."""
    at = len(cell) - 1
    while at >= 0 and cell[at].kind == "space":
        at -= 1
    return at


def _attach(atom: _Atom, which: str, arg: str) -> _Atom:
    """`atom` with a subscript (_) or superscript (^); a second one of a kind scripts the whole."""
    if (atom.sub if which == "_" else atom.sup) is not None:
        atom = _Atom(atom.latex(), "group")
    if which == "_":
        atom.sub = arg
    else:
        atom.sup = arg
    return atom


def _symbol(latex: str) -> _Atom:
    """A symbol; one drawn after an empty base (°C) is braced when it takes a script."""
    return _Atom(latex, "group" if latex.startswith("{}") else "")


def _fraction(word: str, top: str, bottom: str) -> _Atom:
    if word == "over":
        return _Atom("\\frac{" + top + "}{" + bottom + "}")
    if word == "atop":
        return _Atom("\\genfrac{}{}{0pt}{}{" + top + "}{" + bottom + "}")
    return _Atom("\\binom{" + top + "}{" + bottom + "}")


def _styled(word: str, font: str) -> str:
    command = FONTS.get(font, "")
    if not command or word.isdigit():
        return word
    return command + "{" + word + "}"


def _text(text: str) -> str:
    return "\\text{" + text.translate(_TEXT_ESCAPES) + "}"


def _width(latex: str) -> int:
    """How many letters and digits an argument draws (commands' names left out)."""
    return sum(ch.isalnum() for ch in _COMMAND_NAMES.sub("", latex))


def _bare(delimiter: str) -> str:
    return "" if delimiter == "." else delimiter
