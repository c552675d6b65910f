"""IP addresses (v4 and v6). Dotted version numbers (10.0.19045.3803) fail the octet test; unlabelled clause
numbers of manuals (1.4.1.2 …) are not addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from ..base import Hit, KoreanRecognizer
from ..textview import TextView

_V4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
# any run of hex groups and colons with at least two colons; ipaddress decides (fe80::1, 2001:db8::…)
_V6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
# what scans and masking leave: an octet masked (183.181.***.36), a space after a dot (14.60.95. 101),
# and in IPv6 the look-alikes of hex digits (20O1:db8:…, 200l:…) — only after an IP label
_LOOSE_V4 = re.compile(r"(?<![\d.])(?:(?:\d{1,3}|\*{1,3})\.[ ]?){3}(?:\d{1,3}|\*{1,3})(?![\d]|\.\d)")
_LOOSE_V6 = re.compile(
    r"(?<![0-9A-Za-z:])[0-9A-Fa-fOolIS]{0,4}(?::[0-9A-Fa-fOolIS]{0,4}){2,7}(?![0-9A-Za-z:])"
)
_HEX_LOOKALIKE = str.maketrans("OolIS", "00115")


_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# a version right before it: 'ver 1.2.3.4', 'v.10.0.0.1', or a product token of a user agent
# ('Chrome/119.0.0.0', 'Whale/3.23.133.19'); a word ending in 'ver' (naver.com) is not one
_VERSION_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])[Vv](?:er)?\.?[ ]?|[A-Za-z][A-Za-z0-9_\-]*/"
    # or a release named so in a log or a notice: 'build 2.4.4.115', 'upgrade to 3.10.0.9', '빌드 …'
    r"|(?<![A-Za-z])(?:[Bb]uild|[Rr]elease|[Pp]atch|[Uu]pgrade(?:d)?[ ]to|[Uu]pdate(?:d)?[ ]to)[ ]?[:=#]?[ ]?"
    r"|(?:빌드|릴리스|패치|업데이트|업그레이드)[ ]?[:：]?[ ]?)$"
)
_CLAUSE_LIST = re.compile(r"[ ]?(?:및|또는|부터|까지|~|[가-하]목|[,·])")


def _section_number(view: TextView, m: re.Match[str]) -> bool:
    """A clause number of a manual or a standard ('1.4.1.2 한계하중은 …', '… 1.4.1.1의 안전계수'): small
    numbers, heading a line or read with a Hangul particle glued on. Unlabelled, it is not an address."""
    if any(int(o) >= 100 for o in m.group().split(".")):
        return False
    after = view.norm[m.end() : m.end() + 2]
    heading = (
        _LINE_START.search(view.norm, max(0, m.start() - 8), m.start()) is not None
        and after[:1] == " "
        and "가" <= after[1:2] <= "힣"
    )
    listed = (
        _CLAUSE_LIST.match(view.norm, m.end(), m.end() + 6) is not None
    )  # '2.4.2.3 및 2.4.2.4', '4.3.2.3 가목'
    return heading or listed or ("가" <= after[:1] <= "힣")


class KoIpRecognizer(KoreanRecognizer):
    ENTITY = "IP_ADDRESS"
    SPACE_TOLERANT = True
    CONTEXT = ("IP", "ip", "아이피", "접속", "단말", "주소")
    NEGATIVE = ("버전", "version", "Version")

    def find(self, view: TextView) -> Iterator[Hit]:
        for m in _V4.finditer(view.norm):
            try:
                ipaddress.IPv4Address(m.group())
            except ValueError:
                continue
            if self.has_negative(view, m.start(), 10) or _VERSION_BEFORE.search(view.left(m.start(), 24, 1)):
                continue
            labelled = self.has_context(view, m.start())
            if not labelled and _section_number(view, m):
                continue
            yield Hit(m.start(), m.end(), 0.95 if labelled else 0.7, "IPv4")
        for m in _V6.finditer(view.norm):
            if m.group().count(":") < 3 and "::" not in m.group():
                continue  # 14:58:52 is a time
            try:
                ipaddress.IPv6Address(m.group())
            except ValueError:
                continue
            yield Hit(m.start(), m.end(), 0.9, "IPv6")
        yield from self._loose(view)

    def _loose(self, view: TextView) -> Iterator[Hit]:
        for m in _LOOSE_V4.finditer(view.norm):
            value = m.group()
            if " " not in value and "*" not in value:
                continue  # the plain pattern above decided
            octets = value.replace(" ", "").split(".")
            known = [o for o in octets if o.isdigit()]
            if len(known) < 3 or any(int(o) > 255 for o in known):
                continue
            # (an octet masked with stars is how logs and notices print an address; a stray space needs the label)
            masked_only = "*" in value and " " not in value
            if not (
                masked_only and not _VERSION_BEFORE.search(view.left(m.start(), 24, 1))
            ) and not self.has_context(view, m.start()):
                continue
            yield Hit(
                m.start(), m.end(), 0.85, "IPv4 with a masked octet or a stray space, after an IP label"
            )
        for m in _LOOSE_V6.finditer(view.norm):
            value = m.group()
            if value.count(":") < 3 or not any(ch in "OolIS" for ch in value):
                continue
            try:
                ipaddress.IPv6Address(value.translate(_HEX_LOOKALIKE))
            except ValueError:
                continue
            if self.has_context(view, m.start()):
                yield Hit(m.start(), m.end(), 0.85, "IPv6 with OCR look-alikes, after an IP label")
