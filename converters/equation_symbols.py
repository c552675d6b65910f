"""The words of the HWP equation language (한글 수식 편집기 script) and what each is in LaTeX.

Tables only, read by equation_latex.py. Names follow Hancom's formula specification (수식 명령어,
기호 종류). Hancom matches most words in any case (`TIMES`, `times`), but case is meaning for the
Greek letters (`alpha` α, `ALPHA` Α), the arrows (`rarrow` →, `RARROW` ⇒) and a few functions
(`lim`, `Lim`), so those tables are looked up as written and the rest in lower case.
"""

from __future__ import annotations

_GREEK_NAMES = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau "
    "upsilon phi chi psi omega"
)
_GREEK = _GREEK_NAMES.split()
# Capitals that look like Latin letters have no LaTeX command of their own.
_LATIN_CAPITALS = {
    "alpha": "A",
    "beta": "B",
    "epsilon": "E",
    "zeta": "Z",
    "eta": "H",
    "iota": "I",
    "kappa": "K",
    "mu": "M",
    "nu": "N",
    "omicron": "O",
    "rho": "P",
    "tau": "T",
    "chi": "X",
}


def _greek() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in _GREEK:
        table[name] = "o" if name == "omicron" else "\\" + name
        capital = (
            "\\mathrm{" + _LATIN_CAPITALS[name] + "}" if name in _LATIN_CAPITALS else "\\" + name.capitalize()
        )
        table[name.upper()] = table[name.capitalize()] = capital
    for name in ("vartheta", "varpi", "varsigma", "varphi", "varepsilon", "varrho"):
        table[name] = "\\" + name
    table["varupsilon"] = "\\Upsilon"
    return table


_ARROWS = {
    "larrow": ("\\leftarrow", "\\Leftarrow"),
    "rarrow": ("\\rightarrow", "\\Rightarrow"),
    "uparrow": ("\\uparrow", "\\Uparrow"),
    "downarrow": ("\\downarrow", "\\Downarrow"),
    "lrarrow": ("\\leftrightarrow", "\\Leftrightarrow"),
    "udarrow": ("\\updownarrow", "\\Updownarrow"),
}


def _arrows() -> dict[str, str]:
    """`rarrow` is a single arrow, `RARROW` (or `Rarrow`) a double one."""
    table: dict[str, str] = {}
    for name, (single, double) in _ARROWS.items():
        table[name] = single
        table[name.upper()] = table[name.capitalize()] = double
    return table


# Looked up exactly as written.
EXACT: dict[str, str] = {
    **_greek(),
    **_arrows(),
    "DEG": "{}^{\\circ}",  # the degree sign; lower-case `deg` is the function
    "Deg": "{}^{\\circ}",
}

# Symbols, looked up in lower case.
SYMBOLS: dict[str, str] = {
    "times": "\\times",
    "div": "\\div",
    "divide": "\\div",
    "plusminus": "\\pm",
    "pm": "\\pm",
    "minusplus": "\\mp",
    "mp": "\\mp",
    "cdot": "\\cdot",
    "circ": "\\circ",
    "bullet": "\\bullet",
    "ast": "\\ast",
    "star": "\\star",
    "bigcirc": "\\bigcirc",
    "emptyset": "\\emptyset",
    "therefore": "\\therefore",
    "because": "\\because",
    "identical": "::",
    "exist": "\\exists",
    "exists": "\\exists",
    "neq": "\\neq",
    "ne": "\\neq",
    "doteq": "\\doteq",
    "image": "\\mathcal{I}",
    "reimage": "\\Re",
    "sim": "\\sim",
    "approx": "\\approx",
    "simeq": "\\simeq",
    "cong": "\\cong",
    "equiv": "\\equiv",
    "asymp": "\\asymp",
    "iso": "\\approxeq",
    "diamond": "\\diamond",
    "dsum": "\\dotplus",
    "forall": "\\forall",
    "prime": "'",
    "partial": "\\partial",
    "inf": "\\infty",
    "infinity": "\\infty",
    "lnot": "\\neg",
    "smallinter": "\\cap",
    "smallunion": "\\cup",
    "cap": "\\cap",
    "cup": "\\cup",
    "sqcap": "\\sqcap",
    "sqcup": "\\sqcup",
    "oplus": "\\oplus",
    "ominus": "\\ominus",
    "otimes": "\\otimes",
    "odot": "\\odot",
    "oslash": "\\oslash",
    "vee": "\\vee",
    "wedge": "\\wedge",
    "subset": "\\subset",
    "supset": "\\supset",
    "subseteq": "\\subseteq",
    "supseteq": "\\supseteq",
    "in": "\\in",
    "owns": "\\ni",
    "ni": "\\ni",
    "notin": "\\notin",
    "leq": "\\leq",
    "le": "\\leq",
    "geq": "\\geq",
    "ge": "\\geq",
    "sqsubset": "\\sqsubset",
    "sqsupset": "\\sqsupset",
    "sqsubseteq": "\\sqsubseteq",
    "sqsupseteq": "\\sqsupseteq",
    "lll": "\\lll",
    "ggg": "\\ggg",
    "prec": "\\prec",
    "succ": "\\succ",
    "uplus": "\\uplus",
    "aleph": "\\aleph",
    "hbar": "\\hbar",
    "imath": "\\imath",
    "jmath": "\\jmath",
    "ohm": "\\Omega",
    "ell": "\\ell",
    "liter": "\\ell",
    "wp": "\\wp",
    "imag": "\\Im",
    "angstrom": "\\mathring{\\mathrm{A}}",
    "nwarrow": "\\nwarrow",
    "nearrow": "\\nearrow",
    "swarrow": "\\swarrow",
    "searrow": "\\searrow",
    "hookleft": "\\hookleftarrow",
    "hookright": "\\hookrightarrow",
    "mapsto": "\\mapsto",
    "vert": "\\vert",
    "cdots": "\\cdots",
    "ldots": "\\ldots",
    "vdots": "\\vdots",
    "ddots": "\\ddots",
    "triangle": "\\triangle",
    "triangled": "\\triangledown",
    "angle": "\\angle",
    "msangle": "\\measuredangle",
    "sangle": "\\sphericalangle",
    "rtangle": "\\llcorner",
    "vdash": "\\vdash",
    "hleft": "\\dashv",
    "dashv": "\\dashv",
    "bot": "\\bot",
    "top": "\\top",
    "models": "\\models",
    "laplace": "\\mathcal{L}",
    "centigrade": "{}^{\\circ}\\mathrm{C}",
    "fahrenheit": "{}^{\\circ}\\mathrm{F}",
    "lslant": "/",
    "rslant": "\\backslash",
    "att": "\\text{※}",
    "hund": "\\text{‰}",
    "thou": "\\text{‱}",
    "well": "\\#",
    "base": "\\square",
    "box": "\\square",
    "benzene": "\\text{◎}",
    "and": "\\mathrm{and}",
    "or": "\\mathrm{or}",
    "if": "\\mathrm{if}",
    "for": "\\mathrm{for}",
}

# Multi-character operators written with punctuation.
OPERATORS: dict[str, str] = {
    "<->": "\\leftrightarrow",
    "->": "\\rightarrow",
    "<-": "\\leftarrow",
    "<=": "\\leq",
    ">=": "\\geq",
    "!=": "\\neq",
    "==": "\\equiv",
    "<<<": "\\lll",
    ">>>": "\\ggg",
    "<<": "\\ll",
    ">>": "\\gg",
    "+-": "\\pm",
    "-+": "\\mp",
}

# Functions Hancom sets upright, as written (case-sensitive): those LaTeX has, then the rest.
_LATEX_FUNCTIONS = (
    "sin cos tan cot sec csc arcsin arccos arctan sinh cosh tanh coth log ln lg exp det gcd max min "
    "lim deg dim hom ker arg Pr"
)
_OTHER_FUNCTIONS = "cosec asin acos atan lcm Exp arc"
FUNCTIONS: dict[str, str] = {name: "\\" + name for name in _LATEX_FUNCTIONS.split()}
FUNCTIONS.update({name: "\\operatorname{" + name + "}" for name in _OTHER_FUNCTIONS.split()})
FUNCTIONS["Lim"] = "\\operatorname*{Lim}"
FUNCTIONS["mod"] = "\\bmod"

# Large operators: they take limits with from/to as well as _ and ^ (lower case).
BIG_OPERATORS: dict[str, str] = {
    "sum": "\\sum",
    "smallsum": "\\sum",
    "prod": "\\prod",
    "smallprod": "\\prod",
    "coprod": "\\coprod",
    "smallcoprod": "\\coprod",
    "int": "\\int",
    "oint": "\\oint",
    "dint": "\\iint",
    "tint": "\\iiint",
    "odint": "\\oiint",
    "otint": "\\oiiint",
    "union": "\\bigcup",
    "inter": "\\bigcap",
    "bigunion": "\\bigcup",
    "biginter": "\\bigcap",
    "bigsqcup": "\\bigsqcup",
    "bigoplus": "\\bigoplus",
    "bigotimes": "\\bigotimes",
    "bigodot": "\\bigodot",
    "biguplus": "\\biguplus",
}
# Functions that also take limits with from/to (lim from {x -> 0}).
LIMIT_FUNCTIONS = frozenset({"lim", "Lim", "max", "min"})

# Accents over (or under) one argument: (for one character, for a longer argument).
DECORATIONS: dict[str, tuple[str, str]] = {
    "hat": ("\\hat", "\\widehat"),
    "check": ("\\check", "\\check"),
    "tilde": ("\\tilde", "\\widetilde"),
    "acute": ("\\acute", "\\acute"),
    "grave": ("\\grave", "\\grave"),
    "dot": ("\\dot", "\\dot"),
    "ddot": ("\\ddot", "\\ddot"),
    "bar": ("\\bar", "\\overline"),
    "overline": ("\\overline", "\\overline"),
    "vec": ("\\vec", "\\overrightarrow"),
    "dyad": ("\\overleftrightarrow", "\\overleftrightarrow"),
    "under": ("\\underline", "\\underline"),
    "underline": ("\\underline", "\\underline"),
    "arch": ("\\overparen", "\\overparen"),
}

# Environments over a {rows # cells & ...} group: (LaTeX environment, its argument).
ENVIRONMENTS: dict[str, tuple[str, str]] = {
    "matrix": ("matrix", ""),
    "pmatrix": ("pmatrix", ""),
    "bmatrix": ("bmatrix", ""),
    "dmatrix": ("vmatrix", ""),
    "cases": ("cases", ""),
    "eqalign": ("aligned", ""),
    "pile": ("array", "{c}"),
    "lpile": ("array", "{l}"),
    "rpile": ("array", "{r}"),
    "ladder": ("matrix", ""),
    "sladder": ("matrix", ""),
}

# The delimiters `left` and `right` accept.
DELIMITERS: dict[str, str] = {
    "(": "(",
    ")": ")",
    "[": "[",
    "]": "]",
    "{": "\\{",
    "}": "\\}",
    "|": "|",
    "||": "\\|",
    "<": "\\langle",
    ">": "\\rangle",
    "/": "/",
    ".": ".",
}

FONTS: dict[str, str] = {"rm": "\\mathrm", "it": "", "bold": "\\mathbf"}
