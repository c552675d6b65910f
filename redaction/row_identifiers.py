"""What marks a table row as a person's: another identifier of someone in the same row.

A bare number or date in its own cell says little alone; beside a resident number, a mobile, an e-mail,
a licence number (2-2-6-2, masked or not, its region named or coded), a vehicle plate or a passport (a Korean
one by its shape, any other after its label), the row is a roster of people, and the eleven digits are their insurance card, the date their birth."""

from __future__ import annotations

import re

from .patterns import KOREAN_PASSPORT_IN_ROW, PERSON_NUMBER
from .recognizers.kr_driver_license import REGIONS
from .recognizers.kr_vehicle_plate import PLATE

# (a mobile OCR or typing spaced inside its groups counts too: '010-1234-567 8')
_SPACED_MOBILE = r"(?:0|\+82[ \-]?)[ ]?1[016789](?:[ .\-]{0,2}\d){6,8}"
PERSON_ID_IN_ROW = re.compile(
    rf"{PERSON_NUMBER.pattern}|{_SPACED_MOBILE}|[A-Za-z0-9._\-]+@[A-Za-z0-9\-]+\.[A-Za-z]"
    rf"|(?<![\d\-.])(?:\d{{2}}[-. ]|(?:{REGIONS})[ ]?)\d{{2}}[-. ][\d*]{{6}}[-. ][\d*]{{2}}(?![\d\-])"
    rf"|{PLATE.pattern}"
    rf"|{KOREAN_PASSPORT_IN_ROW}"
    # (any country's passport after its label: '여권 B12●●●34', '여권 N1234567')
    r"|여\s*권(?:\s*번\s*호)?[ :：]*[A-Z]{1,2}[0-9*●]{5,8}[A-Z]?(?![A-Za-z0-9*●])"
)
