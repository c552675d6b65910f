"""E-mail addresses, including ones a line wrap split inside the domain; TLDs checked offline.

Addresses written to dodge harvesters or mangled by typing are still addresses: `name (at) host.kr`,
`name[at]host.kr`, `name [@] host.kr`, `name(골뱅이)host.kr`, `name at host dot kr`, spoken `name 골뱅이 host 점 kr`, spaces
around '@' or a dot, a line break after '@', and a comma for a dot (`naver,com`) or a `[dot]`. Those forms need a valid domain and are only taken where the plain form found nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..base import Hit, KoreanRecognizer
from ..normalize import HANGUL_DIGIT
from ..offline import offline_tldextract
from ..textview import TextView

# (the local part may be partly masked and still name its holder: 'jun***@example.com')
# (an underscore is a local part's character too: 'kim_ha@…' is found whole, never as '…ha@…' with 'kim_' left)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-*_])[A-Za-z0-9_][A-Za-z0-9._%+\-*_]*@[A-Za-z0-9\-]+(?:\n?[A-Za-z0-9\-.])*[A-Za-z0-9]"
)

_DODGED = re.compile(
    r"(?<![A-Za-z0-9._%+\-_])[A-Za-z0-9_][A-Za-z0-9._%+\-_]*(?:[ ]\.[A-Za-z0-9][A-Za-z0-9._%+\-_]*)?"
    r"(?:[ ]?@[ ]?\n?|[ ]?[(\[](?:at|AT|@|골뱅이)[)\]][ ]?|[ ]+(?:at|AT|골뱅이)[ ]+)"
    r"(?!www\.)[A-Za-z0-9\-]+(?:(?:[ ]?\.[ ]?|,|[ ]?[(\[](?:dot|DOT)[)\]][ ]?|[ ]+(?:점|dot|DOT)[ ]+)[A-Za-z0-9\-]+)+"
)
# OCR and retyping leave a space beside a dot (kang .sy@daum.net, nate .com, hotmail. com) or break the
# line after '@': such a dot or '@' joins the parts again
_DOT = re.compile(r"[ ]?[(\[](?:dot|DOT)[)\]][ ]?|,|[ ]?\.[ ]?|[ ]+(?:점|dot|DOT)[ ]+")
_AT = re.compile(r"[ ]?@[ ]?\n?|[ ]?[(\[](?:at|AT|@|골뱅이)[)\]][ ]?|[ ]+(?:at|AT|골뱅이)[ ]+")


# an address read out in Korean: the local part's dots and underscores said as 점/언더바, '@' as 골뱅이 or 앳 and
# the provider and its ending in Hangul ('jin 점 dasun0 골뱅이 네이버 닷컴', 'rs81 골뱅이 다음 닷넷')
_SAID_PART = r"[A-Za-z0-9][A-Za-z0-9._\-]*"
_SAID_SEP = r"[ ]+(?:점|언더바|언더스코어|밑줄|대시|하이픈|마침표)[ ]+"
_PROVIDERS = r"네이버|다음|한메일|지메일|핫메일|카카오|네이트|야후|아웃룩|korea|[A-Za-z0-9\-]+"
_ENDING = r"닷컴|닷넷|닷[ ]?(?:com|net|kr|org)|점[ ]+(?:com|net|kr|org)|\.(?:com|net|kr|org)"
# (digits of the local part said one by one after its letters: 'sena 칠이 골뱅이 …' is sena72@…)
_SAID_DIGITS = rf"(?:[ ]+[{''.join(HANGUL_DIGIT)}]{{1,8}})?"
_SAID = re.compile(
    rf"(?<![A-Za-z0-9._%+\-]){_SAID_PART}(?:{_SAID_SEP}{_SAID_PART})*{_SAID_DIGITS}[ ]+(?:골뱅이|앳)[ ]+(?:{_PROVIDERS})"
    rf"(?:[ ]*(?:{_ENDING}))(?:[ ]*(?:닷|점|\.)[ ]*(?:kr|co))*"
)
# shared mailboxes of public bodies (help@mois.go.kr, minwon@korea.kr): an institution's contact point, not a person's
_ROLE_MAILBOX = re.compile(
    r"(?:help|info|webmaster|admin|master|minwon|contact|privacy|support|service|noreply|no-reply|"
    r"press|media|office|cs|helpdesk|news|newsletter|notice|foreign|webzine|report|counsel|center|"
    r"epeople|civil|public|"
    # (a department's mailbox: welfare@, traffic@ …)
    r"welfare|traffic|tax|culture|health|environment|env|edu|education|youth|sports|tour|tourism|safety|"
    r"water|parking|housing|jobs|economy|finance|budget|audit|planning|general|policy)@(?:[a-z0-9\-]+\.)*(?:go|mil|korea)\.kr$",
    re.IGNORECASE,
)


# an address its label calls a body's shared one: '공용메일 desk@…', '공용 전자우편 …', '대표 메일 …'
_SHARED_LABEL = re.compile(
    r"(?:공\s*용|대\s*표)\s*(?:전\s*자\s*우\s*편|메\s*일|이\s*메\s*일|e-?mail)\s*[:：]?\s*$", re.IGNORECASE
)


def _shared(view: TextView, start: int, address: str) -> bool:
    """A public body's mailbox by its name (minwon@…go.kr) or by the label before it (공용메일)."""
    return bool(_ROLE_MAILBOX.match(address) or _SHARED_LABEL.search(view.left(start, 12, 1)))


@lru_cache(maxsize=4096)
def _valid_domain(domain: str) -> bool:
    # no suffix-list download, ever: the snapshot bundled with tldextract is enough for validation
    parts = offline_tldextract()(domain)
    return bool(parts.suffix and parts.domain)


class KoEmailRecognizer(KoreanRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    CONTEXT = ("이메일", "전자우편", "메일", "e-mail", "E-mail", "Email")

    def find(self, view: TextView) -> Iterator[Hit]:
        found: list[tuple[int, int]] = []
        for m in _EMAIL.finditer(view.norm):
            span = m.group().rstrip(".-")
            if "\n" in span and not _valid_domain(span.replace("\n", "").split("@", 1)[1]):
                span = span.split("\n", 1)[0]  # the wrap was not inside the address
            domain = span.replace("\n", "").split("@", 1)[1]
            if _shared(view, m.start(), span.replace("\n", "")):
                continue
            if "." in domain and _valid_domain(domain):
                found.append((m.start(), m.start() + len(span)))
                yield Hit(m.start(), m.start() + len(span), 1.0, "e-mail address")
        for m in _DODGED.finditer(view.norm):
            if any(m.start() < end and start < m.end() for start, end in found):
                continue
            span = m.group().rstrip(".,-")
            local, domain = _AT.split(span, maxsplit=1)
            # (a comma may be a dot typed wrong or the next CSV cell: '…@naver,com' against '…@host.kr,○○은행')
            while not _valid_domain(_DOT.sub(".", domain)) and "," in domain:
                cut = domain.rindex(",")
                span, domain = span[: len(span) - (len(domain) - cut)], domain[:cut]
            domain, local = _DOT.sub(".", domain), _DOT.sub(".", local)
            if _shared(view, m.start(), f"{local}@{domain}") or not _valid_domain(domain):
                continue
            yield Hit(m.start(), m.start() + len(span), 0.9, "e-mail address written around '@'")
            found.append((m.start(), m.start() + len(span)))
        for m in _SAID.finditer(view.norm) if ("골뱅이" in view.norm or "앳" in view.norm) else ():
            if not any(m.start() < end and start < m.end() for start, end in found):
                yield Hit(m.start(), m.end(), 0.85, "e-mail address read out in Korean")
