"""Check digits and date structure of Korean identification numbers.

Kept apart from the recognizers because three of them (RRN, FRN, CRN) share one 6-7 digit shape and
must agree on who owns a given number; `classify13` is that single decision.
"""

from __future__ import annotations

import datetime as dt

_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_CENTURY = {
    "1": 1900,
    "2": 1900,
    "5": 1900,
    "6": 1900,
    "3": 2000,
    "4": 2000,
    "7": 2000,
    "8": 2000,
    "9": 1800,
    "0": 1800,
}
POST_2020 = dt.date(2020, 10, 1)


def birth_date(six: str, gender: str | None) -> dt.date | None:
    """The birth date encoded by YYMMDD and the gender digit (any century when it is masked)."""
    if len(six) != 6 or not six.isdigit():
        return None
    yy, mm, dd = int(six[:2]), int(six[2:4]), int(six[4:6])
    centuries = [_CENTURY[gender]] if gender in _CENTURY else [1900, 2000]
    for century in centuries:
        try:
            date = dt.date(century + yy, mm, dd)
        except ValueError:
            return None
        if date <= dt.date.today():
            return date
    return None


def rrn_checksum_ok(digits: str) -> bool:
    if len(digits) != 13:
        return False
    total = sum(int(d) * w for d, w in zip(digits, _RRN_WEIGHTS, strict=False))
    return (11 - total % 11) % 10 == int(digits[12])


def frn_checksum_ok(digits: str) -> bool:
    """Legacy 외국인등록번호 check digit: (13 - Σ mod 11) mod 10 with the RRN weights."""
    if len(digits) != 13:
        return False
    total = sum(int(d) * w for d, w in zip(digits, _RRN_WEIGHTS, strict=False))
    return (13 - total % 11) % 10 == int(digits[12])


def crn_checksum_ok(digits: str) -> bool:
    """법인등록번호: weights 1,2,1,2,…; check digit (10 - Σ mod 10) mod 10."""
    if len(digits) != 13:
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def brn_checksum_ok(digits: str) -> bool:
    """사업자등록번호: weights 1,3,7,1,3,7,1,3,5 plus ⌊5·d9/10⌋."""
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits, _BRN_WEIGHTS, strict=False))
    total += int(digits[8]) * 5 // 10
    return (10 - total % 10) % 10 == int(digits[9])


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def classify13(
    six: str, gender: str, rest: str, hint: str, separated: bool = True
) -> tuple[str, float, str] | None:
    """(entity type, score, reason) for a 6-7 shaped number, or None when it is not an identifier.

    `rest` is the six characters after the gender digit (digits or mask characters); `hint` is the
    nearest context keyword type ('KR_RRN', 'KR_FRN', 'KR_CRN', 'NEG' or ''). Thirteen bare digits
    with no label could be a barcode or any serial: only a valid check digit makes them an ID then.
    """
    masked = not rest.isdigit()
    if len(set(six + gender + rest)) <= 2:  # 000000-0000000 form examples, 111111-1111111 fillers
        return None
    if masked:
        if gender.isdigit() and birth_date(six, gender) is None and hint != "KR_RRN":
            return None
        if gender in "5678":
            return "KR_FRN", 0.85, "masked foreign registration number"
        return "KR_RRN", 0.85 if hint != "KR_CRN" else 0.5, "masked resident registration number"
    digits = six + gender + rest
    date = birth_date(six, gender)
    if hint == "KR_CRN":
        return "KR_CRN", 0.95 if crn_checksum_ok(digits) else 0.6, "법인등록번호 context"
    if hint == "KR_FRN" and gender in "5678":
        return "KR_FRN", 0.95 if frn_checksum_ok(digits) else 0.7, "외국인등록번호 context"
    if hint == "KR_RRN" and date is not None:
        # a foreigner's number under a 주민등록번호 label or column (forms and rosters use one column for
        # both) is still a foreigner's: its sex digit says so
        if gender in "5678":
            return "KR_FRN", 0.95, "foreigner's sex digit under a 주민등록번호 label"
        return "KR_RRN", 0.95, "주민등록번호 context"
    if not separated and not hint:
        if date is not None and gender in "1234" and rrn_checksum_ok(digits):
            return "KR_RRN", 0.85, "valid RRN check digit"
        if date is not None and gender in "5678" and frn_checksum_ok(digits):
            return "KR_FRN", 0.85, "valid FRN check digit"
        return None
    if date is not None and gender in "1234":
        if rrn_checksum_ok(digits):
            return "KR_RRN", 0.9, "valid RRN check digit"
        if date >= POST_2020:
            return "KR_RRN", 0.8, "post-Oct-2020 RRN structure"
        if crn_checksum_ok(digits):
            return "KR_CRN", 0.6, "valid CRN check digit"
        return "KR_RRN", 0.55 if hint != "NEG" else 0.0, "RRN date/sex structure"
    if date is not None and gender in "5678":
        if frn_checksum_ok(digits):
            return "KR_FRN", 0.9, "valid FRN check digit"
        if date >= POST_2020:  # numbers issued since October 2020 end in a random digit, as RRNs do
            return "KR_FRN", 0.8, "post-Oct-2020 FRN structure"
        if crn_checksum_ok(digits):
            return "KR_CRN", 0.6, "valid CRN check digit"
        return "KR_FRN", 0.55 if hint != "NEG" else 0.0, "FRN date/sex structure"
    if crn_checksum_ok(digits) and hint != "NEG":
        return "KR_CRN", 0.55, "valid CRN check digit"
    return None


def issued_since_2020(six: str, gender: str, rest: str) -> tuple[str, float, str] | None:
    """Thirteen digits run together that read as a number issued since October 2020, which has no
    check digit: a birth date since then and the sex digit of those born after 2000 (a random serial
    seldom opens so; a corporate number's office and kind codes can, and then its check digit holds).
    Only for a value standing as a field of its own: in prose a code may open so too."""
    digits = six + gender + rest
    date = birth_date(six, gender)
    if date is None or date < POST_2020 or gender not in "3478" or crn_checksum_ok(digits):
        return None
    entity = "KR_RRN" if gender in "34" else "KR_FRN"
    return entity, 0.8, "post-Oct-2020 structure, run together in a field of its own"
