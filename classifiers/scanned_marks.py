"""A scan whose words name a security marking the stamp rules could not confirm: held for a person.

On a born-digital page the rules tell a stamp (a line of its own, a header, a cover box) from a mention
(a guide quoting 대외비, a notice about 비밀번호). On a speckled scan they cannot: OCR strews specks read
as letters around a stamp ('ㆍ 이 ~ -대외비 , 0 나'), misreads its syllables ('Ⅱ급 비멸'), and a
stamp's line then reads as prose. So when an OCR'd document names a marking, or what only marked
documents carry (예고문, 보호기간, 사본번호), and the rules found none, its sensitivity is uncertain.
"""

from __future__ import annotations

import re

from gongmun.schemas import Document

from .text import Hit

# the marking words, and their syllables as a scan misreads them (밀 → 멸, 비 → ㅂ1), never 비밀번호
_MARKING_WORDS = re.compile(
    r"대\s*외\s*(?:비|[ㅂᄇ]\s*[1lI|])"
    r"|비\s*[밀멸](?!\s*번\s*호)"
    r"|[ⅠⅡⅢ]\s*급|(?:III|II|I)\s*급"
    r"|예\s*고\s*문|보\s*호\s*기\s*간|사\s*본\s*번\s*호"
)


def unconfirmed_scan_marking(doc: Document) -> Hit | None:
    """A review cue when a block OCR read (a scanned page, a scanned picture) names a marking; the
    caller asks only when the rules found none."""
    for i, block in enumerate(doc.blocks):
        if block.attrs.get("source") == "ocr" and _MARKING_WORDS.search(block.text or ""):
            return Hit("review", "review.scanned_marking_word", i, "OCR text names a marking")
    return None
