"""Statements that an attachment is withheld: '※ 붙임 명단은 개인정보가 포함되어 있어 비공개합니다.'

The cover document is disclosable and its attachment is not, so the document as a whole is 부분공개;
the reason is the one the sentence cites (제9조 제1항 제N호, or 개인정보 for 제6호, or the grounds it names in words,
as the content rules read them: a decision still in the making for 제5호). A withheld
attachment whose reason the sentence does not give cannot be routed by the rules: it is held for review.
An attachment said to be sent separately ('별도 송부') is not in the file and changes nothing.
"""

from __future__ import annotations

import re

from gongmun.schemas.masking import mask_snippet

from .content_reasons import reasons_named
from .disclosure_fields import DisclosureField, cited_items
from .text import ATTACHMENT_HEAD, Hit, Line

# The attachment is the sentence's topic ('붙임 명단은 …', '붙임 2는 …'), or a listed attachment is
# marked '(비공개)'; '첨부자료 암호화 후 … 비공개 자료는' in a security clause is neither.
_WITHHELD_ATTACHMENT = re.compile(
    r"(?:붙\s*임|첨\s*부)\s*(?:\d+\s*)?(?:[가-힣]{0,8}\s*){0,2}(?:자\s*료|명\s*단|파\s*일|문\s*서|서\s*류|목\s*록)?\s*"
    r"(?:은|는|[:：])\s+[^.。]{0,80}?(?:비\s*공\s*개|공개\s*하지\s*(?:않|아니)|공개\s*(?:시\s*)?(?:불가|제외))"
    # … or a note withholding a named part of the document: '※ 3항의 … 세부 내용은 … 공개 시 제외(제9조제1항제7호)'
    r"|^※\s*(?:[^.。은는]{0,30}?(?:\d+\s*항|별\s*표|별\s*지|세\s*부\s*내\s*용|해당\s*부분|일\s*부))[^.。]{0,40}?(?:은|는)\s+"
    r"[^.。]{0,80}?(?:비\s*공\s*개|공개\s*(?:시\s*)?(?:불가|제외))"
    # a listed attachment marked withheld, the mark after its count or with its ground: '… 명단 1부.(개인정보
    # 포함, 비공개)'
    r"|^[ᆞㆍ·.,'`~ ]{0,3}(?:붙\s*임|첨\s*부)\s(?:[^.。]|(?<=부)\.){0,80}?\([^()]{0,30}?(?:부\s*분\s*|비\s*)공\s*개\s*\)"
    # … or after a dash that follows its count: '붙임 2. 면담자 목록 1부 - 비공개'
    r"|^[ᆞㆍ·.,'`~ ]{0,3}(?:붙\s*임|첨\s*부)\s(?:[^.。]|(?<=\d)\.){0,80}?\d\s*부\s*\.?\s*[-–—:：]\s*[^.。]{0,30}?"
    r"(?:비\s*공\s*개|공\s*개\s*(?:불\s*가|제\s*외))\s*\.?\s*$"
    # … or a part said to be left out of this released version: '다만 응시자 개인별 점수는 이 공개본에
    # 싣지 않았습니다', '붙임 3 개인별 평가표는 … 공개본에서 제외하였습니다'
    r"|[^.。]{2,60}?(?:은|는|을|를)\s+[^.。]{0,60}?공\s*개\s*본\s*(?:에\s*서|에)\s*(?:는\s*)?[^.。]{0,10}?"
    r"(?:제\s*외|싣\s*지\s*않|신\s*지\s*않|수\s*록\s*하\s*지\s*않|삭\s*제|생\s*략|빼)"
)
# … or a personal or unfinished part said to be left out of this reply, its attachment or its released
# version: '제보자 … 인적사항은 이 회신에 포함하지 않았으며', '대표자 성명과 주소는 … 표시하지 않으며', '안건 2는 …
# 해당 부분을 제외하고 공개합니다', '… 상담 사례 부분은 … 비공개로 하고', '피해자 인적사항은 붙임에서 제외하였으며'.
# A table cell explaining the levels ('부분공개 | 개인정보 등 비공개부분을 제외하고 공개') or a rule ('… 분리할 수
# 있는 경우 비공개 부분을 제외하고 공개') is a guide's, a statistic's '세부 사례는 포함하지 않음' keeps nothing back, and a
# released audit saying names were masked ('성명은 가림 처리', '… 공개 대상에서 제외') has nothing left out.
_LEFT_OUT = re.compile(
    r"(?:인\s*적\s*사\s*항|성\s*명|주\s*소|개\s*인\s*정\s*보|진\s*술\s*서?|원\s*가|명\s*단|점\s*수|부\s*분|의\s*견)"
    r"[^.。]{0,12}?(?:은|는|을|를)\s*(?:(?!경\s*우|때|수\s*있)[^.。]){0,60}?"
    # (or kept apart from what is released: '지원 가구 명단은 개인정보가 있어 별도 보관함')
    r"(?:포\s*함\s*하\s*지\s*않|표\s*시\s*하\s*지\s*않|싣\s*지\s*않|비\s*공\s*개\s*로\s*하\s*고|"
    r"별\s*도\s*(?:관\s*리|보\s*관)\s*(?:합|함|하)|"
    r"(?:붙\s*임|회\s*신|공\s*개\s*본|본\s*문)\s*(?:에\s*서|에)\s*(?:는\s*)?제\s*외|부\s*분\s*을\s*제\s*외\s*하\s*고\s*공\s*개)"
)
_SENT_SEPARATELY = re.compile(r"(?:별도|따로)\s*(?:로\s*)?(?:송부|발송|제출|전송|송달)")
_PERSONAL = re.compile(
    r"개\s*인\s*정\s*보|주민\s*등록\s*번호|인적\s*사항|개\s*인\s*별|실\s*명|성\s*명|상\s*담\s*(?:사\s*례|기\s*록)|진\s*술\s*서"
)


_LIST_ITEM = re.compile(r"^\(?[0-9]{1,2}[.)]")
_END = re.compile(r"끝\s*\.?\s*$")
_NUMBERING = re.compile(r"(?<![\d.])\(?\d{1,2}[.)]\s")


def _attachment_lines(lines: list[Line]) -> list[tuple[Line, str]]:
    """Each line with the text to read it as: items under a '붙임  1. …' list read as '붙임 2. …'."""
    out: list[tuple[Line, str]] = []
    in_list = False
    for line in lines:
        text = line.text.strip()
        if ATTACHMENT_HEAD.match(text):
            in_list = True
        elif in_list and _LIST_ITEM.match(text):
            text = "붙임 " + text
        else:
            in_list = False
        if in_list:  # list numbers ('1.', '2)') are not sentence ends
            text = _NUMBERING.sub(" ", text)
        out.append((line, text))
        if _END.search(text):  # '…1부.  끝.' closes the 본문 and its attachment list
            in_list = False
    return out


def _left_out(text: str) -> re.Match[str] | None:
    return None if "|" in text or "\t" in text else _LEFT_OUT.search(text)


# every statement above says 공개 (비공개, 공개하지, 공개본 …) or leaves out, keeps apart or excludes: a
# line with none of these words is not read further
_MAY_STATE = re.compile(r"공\s*개|않|별\s*도|제\s*외")

Statements = list[tuple[Line, re.Match[str]]]


def withheld_statements(lines: list[Line]) -> Statements:
    """Each line withholding an attachment or a part, with the match (read once per document)."""
    return [
        (line, m)
        for line, text in _attachment_lines(lines)
        if _MAY_STATE.search(text)
        and (m := _WITHHELD_ATTACHMENT.search(text) or _left_out(text))
        and not _SENT_SEPARATELY.search(text)
    ]


def attachment_field(statements: Statements) -> DisclosureField | None:
    """부분공개 with the cited items, when a sentence withholds an attachment and says why."""
    for line, m in statements:
        items = (
            cited_items(line.text)
            or ((6,) if _PERSONAL.search(line.text) else ())
            or reasons_named(line.text)
        )
        if items:
            return DisclosureField("partial", items, line.block, mask_snippet(m.group(0)))
    return None


def unexplained_attachments(statements: Statements) -> list[Hit]:
    """Withheld attachments with no reason the rules can read: review cues."""
    return [
        Hit("review", "review.withheld_attachment", line.block, mask_snippet(m.group(0)))
        for line, m in statements
        if not cited_items(line.text) and not _PERSONAL.search(line.text) and not reasons_named(line.text)
    ]
