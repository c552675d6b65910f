"""Calendar days as documents write them: two-digit years, English month names, and no day after today.

A birth date's year written in two digits ('85. 3. 4.', '03MAY88', '850304') belongs to this century when
it is not later than this year's two digits, to the last one otherwise; a day that has not come yet is no
one's birth. The birth-date, passport and travellers'-list rules read days through here.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def full_year(year: int) -> int:
    """The four-digit year of a year written in two digits (a four-digit one as it is)."""
    if year >= 100:
        return year
    return year + (1900 if year > dt.date.today().year % 100 else 2000)


def month_number(name: str) -> int:
    """1 to 12 for an English month's name or its first three letters ('May', 'SEPT')."""
    return MONTHS.index(name[:3].upper()) + 1


def past_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, if it exists and is not after today (a two-digit year read as above)."""
    try:
        date = dt.date(full_year(year), month, day)
    except ValueError:
        return None
    return date if date <= dt.date.today() else None
