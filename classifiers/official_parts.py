"""Read the parts of a 공문 (schemas/official.py) from a document's lines, whatever the layout.

The 시행규칙's form puts the 두문 and the 결문 in tables, but converters meet them as table rows
('시행⇥총무과-17467⇥(⇥2026. 6. 22.⇥)'), as loose paragraphs (PDF), or as plain text. Each part is
found by its label on a line (or a run of cells), not by position in a particular template, so the
same reading holds for HWP, HWPX, PDF and text. A document is a 공문 when it has a 시행 number, or a
수신 line together with a 제목 — the parts no other kind of document prints together.

The signers' names are returned apart (`ParsedOfficial.signer_names`) for the PII policy on officials
(정보공개법 제9조 제1항 제6호 다목) and never stored in the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongmun.schemas import Document
from gongmun.schemas.official import Approver, OfficialParts

from .disclosure_fields import DisclosureField, find_fields
from .text import Line, Unit, lines_of

_HEAD_ZONE = 30  # lines from the top where the 두문 sits
_RECIPIENT = re.compile(r"^수\s*신(?![가-힣])(?!\s*[자처](?![가-힣]))\s*[:：]?\s*(?P<v>.*)$")
_RECIPIENT_LIST = re.compile(r"^수\s*신\s*[자처]\s*[:：]?\s*(?P<v>.+)$")
_REFER = re.compile(r"수\s*신\s*[자처]\s*참\s*조")
_VIA = re.compile(r"^\(?\s*경\s*유\s*\)?\s*[:：]?\s*(?P<v>.*)$")
_TITLE = re.compile(r"^제\s*목\s*[:：]?\s*(?P<v>.+)$")
_ATTACHMENT = re.compile(r"^붙\s*임(?![가-힣])\s*[:：]?\s*(?P<v>.*)$")
_LIST_ITEM = re.compile(r"^\(?\d{1,2}[.)]\s*(?P<v>.+)$")
_END = re.compile(r"(?:^|\s|\.)끝\s*\.?\s*$")
_NUMBER = r"(?P<{0}>[^\s()]*[가-힣A-Za-z][^\s()]*?\s*-\s*\d+)"
_ENFORCED = re.compile(
    r"^시\s*행\s*[:：]?\s*" + _NUMBER.format("num") + r"\s*(?:\(\s*(?P<date>[^)]*?)\s*\))?"
)
_RECEIVED = re.compile(
    r"접\s*수\s*[:：]?\s*(?:" + _NUMBER.format("num") + r")?\s*(?:\(\s*(?P<date>[^)]*?)\s*\))?(?P<rest>.*)$"
)
_POST = re.compile(r"^우\s*(?:편\s*번\s*호)?\s*[:：]?\s*(?P<code>\d{5}|\d{3}\s*-\s*\d{3})\s*(?P<rest>.*)$")
_HOMEPAGE = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:go|or|re|ac)\.kr\S*", re.I)
_DATE = re.compile(r"(?P<y>\d{4})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})")
_SENDER = re.compile(
    r"^[가-힣()·]{2,30}(?:장|관|청|원|회|처|부|실|단|소|서|국|감|군수|총장|대표|위원회|지사)$"
)
_COOPERATOR = re.compile(r"^협\s*조\s*자$")
_DELEGATION = re.compile(r"^(?P<kind>전결|대결|代)")
# 직위 and 직급 as the 결재란 prints them: '별관운영팀장', '주무관', '소방교', '행정6급'.
_POSITION = re.compile(
    r"^(?:[가-힣]{0,14}(?:팀장|과장|국장|실장|단장|센터장|소장|서장|관장|본부장|부장|청장|시장|군수|구청장|"
    r"원장|위원장|총장|처장|차장|계장|반장|대장|지사|교육감|교육장|담당관|정책관|기획관|심의관|조정관|감사관|"
    r"대변인|주무관|사무관|서기관|이사관|관리관|실무관|연구관|연구사|연구원|지도관|지도사|행정관|비서관|"
    r"주사보|주사|서기보|서기|담당|주임|장학관|장학사|교감|교장)"
    r"|소방(?:사|교|장|위|경|령|정|준감|감)|[순경](?:경|사|장|위|감|정)|[가-힣]{0,6}[1-9]급)$"
)
# and longer titles of the same shape: '차량안전점검관', '상황관리관', '기획예산담당관'
_LONG_POSITION = re.compile(r"^[가-힣]{4,14}(?:관|장|원)$")
_NAME = re.compile(r"^[가-힣]{2,4}$")
_SIGNER_ZONE = 6  # lines above the 시행 line the 결재란 may take


@dataclass(slots=True)
class ParsedOfficial:
    """The parts, the disclosure field they hold, and where the signers' names sit."""

    parts: OfficialParts
    disclosure_field: DisclosureField | None = None
    signer_names: list[tuple[int | None, str]] = field(default_factory=list)  # (block, name)


def _flat(line: Line) -> str:
    """A line with its table cells joined by single spaces."""
    return " ".join(c for c in line.cells() if c)


def _tokens(line: Line) -> list[str]:
    return [t for c in line.cells() for t in c.split()]


def _collapse(text: str) -> str:
    """'서 울 특 별 시 장' -> '서울특별시장': letter-spaced headings joined; ordinary spacing kept."""
    words = text.split()
    return "".join(words) if len(words) > 2 and all(len(w) == 1 for w in words) else " ".join(words)


def iso_date(text: str) -> str:
    m = _DATE.search(text)
    if not m:
        return ""
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


def _body_end(lines: list[Line]) -> int:
    """Index of the line that closes the 본문 ('… 끝.'): the 결문 follows it."""
    ends = [i for i, line in enumerate(lines) if _END.search(_flat(line))]
    return ends[-1] if ends else -1


def _head(parts: OfficialParts, lines: list[Line]) -> int:
    """두문: agency, 수신, 경유, 제목. Returns the 수신 line's index (-1 if none)."""
    recipient_at = -1
    for i, line in enumerate(lines[:_HEAD_ZONE]):
        flat = _flat(line)
        if recipient_at < 0 and (m := _RECIPIENT.match(flat)):
            recipient_at = i
            value = m["v"].strip()
            if value and not _REFER.search(value):
                parts.recipients = [value]
            parts.found["recipients"] = _block(line)
        elif 0 <= recipient_at < i <= recipient_at + 2 and not parts.via and (m := _VIA.match(flat)):
            parts.via = m["v"].strip()
        if not parts.title and (m := _TITLE.match(flat)):
            parts.title = m["v"].strip()
            parts.found["title"] = _block(line)
    if recipient_at > 0:
        for line in reversed(lines[max(0, recipient_at - 3) : recipient_at]):
            name = _collapse(_flat(line))
            if re.fullmatch(r"[가-힣() ·]{2,30}", name) and not re.search(r"['\"“”]", line.text):
                parts.agency = name
                parts.found["agency"] = _block(line)
                break
    return recipient_at


def _attachments(parts: OfficialParts, lines: list[Line], end: int) -> None:
    for i, line in enumerate(lines[: end + 1] if end >= 0 else lines):
        m = _ATTACHMENT.match(_flat(line))
        if not m:
            continue
        items = [m["v"]]
        for nxt in lines[i + 1 : end + 1]:
            if _END.search(items[-1]):
                break
            listed = _LIST_ITEM.match(_flat(nxt))
            if not listed:
                break
            items.append(listed["v"])
        for item in items:
            text = re.sub(r"\s*끝\s*\.?\s*$", "", item)
            text = re.sub(r"^\d{1,2}[.)]\s*", "", text)
            text = re.sub(r"\s*\d+\s*부\s*\.?\s*$", "", text).strip(" .")
            if text:
                parts.attachments.append(text)
        return


def _closing(parts: OfficialParts, lines: list[Line], start: int, parsed: ParsedOfficial) -> None:
    """결문: 발신명의, 결재란, 수신자, 시행·접수, 우편번호·주소·홈페이지."""
    enforced_at = next((i for i in range(start, len(lines)) if _ENFORCED.match(_flat(lines[i]))), -1)
    signers_end = enforced_at if enforced_at >= 0 else len(lines)
    sender_at = -1
    for i in range(start, signers_end):
        flat = _flat(lines[i])
        if m := _RECIPIENT_LIST.match(flat):
            parts.recipients = [r.strip() for r in re.split(r"[,，、]", m["v"]) if r.strip()]
            parts.found["recipients"] = _block(lines[i])
        elif sender_at < 0 and _is_sender(flat):
            sender_at = i
            parts.sender = _collapse(flat)
            parts.found["sender"] = _block(lines[i])
    if enforced_at >= 0:  # the 결재란 sits right above the 시행 line
        _signers(parts, lines[max(start, sender_at + 1, enforced_at - _SIGNER_ZONE) : enforced_at], parsed)
    if enforced_at < 0:
        return
    line = lines[enforced_at]
    flat = _flat(line)
    m = _ENFORCED.match(flat)
    assert m is not None
    parts.doc_number = re.sub(r"\s+", "", m["num"])
    parts.enforced_on = iso_date(m["date"] or "")
    parts.found["doc_number"] = _block(line)
    received = _RECEIVED.search(flat, m.end())
    trailing = ""
    if received:
        parts.received_number = re.sub(r"\s+", "", received["num"] or "")
        parts.received_on = iso_date(received["date"] or "")
        trailing = received["rest"].strip()
    for nxt in lines[enforced_at + 1 : enforced_at + 4]:
        post = _POST.match(_flat(nxt))
        if post:
            parts.postcode = re.sub(r"\s", "", post["code"])
            pieces = [p.strip() for p in re.split(r"\s+/\s*|\s*/\s+|^/", post["rest"]) if p.strip()]
            homepage = next((p for p in pieces if _HOMEPAGE.search(p)), "")
            address = next((p for p in pieces if p != homepage), "") or trailing
            parts.address, parts.homepage = address, homepage
            parts.found["address"] = _block(nxt)
            break


def _is_sender(flat: str) -> bool:
    """발신명의: an office holder or body, alone on its line ('서 울 특 별 시 장', '행정안전부장관')."""
    name = _collapse(flat)
    return (
        len(name.split()) <= 2
        and not re.match(r"(?:제\s*목|수\s*신|붙\s*임|경\s*유|시\s*행)", name)
        and bool(_SENDER.match(name.replace(" ", "")))
    )


def _signers(parts: OfficialParts, lines: list[Line], parsed: ParsedOfficial) -> None:
    """The 결재란: 직위 then (usually) a name, 기안자 first and 결재권자 last; '협조자' opens the 협조 row;
    '전결 06/23' or '代홍길동' marks how the last one decided."""
    main: list[Approver] = []
    last: Approver | None = None
    cooperating = False
    for line in lines:
        if _RECIPIENT_LIST.match(_flat(line)):
            continue
        for token in _tokens(line):
            if _COOPERATOR.match(token):
                cooperating = True
            elif m := _DELEGATION.match(token):
                if last is not None:
                    last.delegation = "대결" if m["kind"] in ("대결", "代") else "전결"
                rest = token[len(m["kind"]) :].strip()
                if _NAME.match(rest):
                    parsed.signer_names.append((line.block, rest))
            elif _POSITION.match(token) or _LONG_POSITION.match(token):
                approver = last = Approver("협조자" if cooperating else "", token)
                if cooperating:
                    parts.approvers.append(approver)
                else:
                    main.append(approver)
            elif _NAME.match(token):
                parsed.signer_names.append((line.block, token))
    for i, approver in enumerate(main):
        approver.role = "기안자" if i == 0 else "결재권자" if i == len(main) - 1 else "검토자"
    parts.approvers[:0] = main


def _block(line: Line) -> int:
    return line.block if line.block is not None else -1


def _disclosure(parts: OfficialParts, lines: list[Line], end: int, parsed: ParsedOfficial) -> None:
    """The 공개 구분: in the 결문 if it has one (the form's place), else a labelled field in the 두문."""
    closing = find_fields(lines[end + 1 :]) if end >= 0 else []
    head = find_fields(lines[:_HEAD_ZONE])
    chosen = closing[-1] if closing else (head[-1] if head else None)
    if chosen is None:
        return
    parsed.disclosure_field = chosen
    parts.disclosure = chosen.entry
    parts.disclosure_level = chosen.level
    parts.disclosure_items = list(chosen.items)
    if chosen.block is not None:
        parts.found["disclosure"] = chosen.block


def parse_official(lines: list[Line]) -> ParsedOfficial | None:
    """The 공문's parts, or None when the lines are not a 공문."""
    parts = OfficialParts()
    parsed = ParsedOfficial(parts)
    recipient_at = _head(parts, lines)
    end = _body_end(lines)
    start = end + 1 if end >= 0 else max(0, len(lines) - 15)
    _closing(parts, lines, start, parsed)
    if not parts.doc_number and not (recipient_at >= 0 and parts.title):
        return None
    _attachments(parts, lines, end)
    _disclosure(parts, lines, end if end >= 0 else start - 1, parsed)
    return parsed


def parse_document(doc: Document) -> ParsedOfficial | None:
    """The parts of a converted document's body (blocks in reading order, headers and footers too)."""
    return parse_official(lines_of([Unit(b.text, i, b.kind) for i, b in enumerate(doc.blocks) if b.text]))
