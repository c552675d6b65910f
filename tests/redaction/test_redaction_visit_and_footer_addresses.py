"""Where a notice asks the public to come, a festival's grounds, and a letter's footer: places of offices
and events, not a person's home.

'5. 방문: ○○시 …', '축제장 주소 ○○군 …' and '시행 ○○과-1234  ○○시 …  전화 …' give an office's or an
event's address; '방문 주소 ○○시 …' in a care record is the home a worker visits, and stays a finding.

Every address is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

NOT_FOUND: list[Case] = [
    (
        "KR_ADDRESS",
        "a notice's place to visit",
        "4. 문의: 110\n5. 방문: 강원특별자치도 춘천시 별무리샘로 419\n총무과-9021\n",
        "강원특별자치도 춘천시 별무리샘로 419",
    ),
    (
        "KR_ADDRESS",
        "a festival's grounds",
        "행사 문의 033-910-2114(대표)\n축제장 주소 강원특별자치도 홍천군 늘봄샘로 77\n",
        "강원특별자치도 홍천군 늘봄샘로 77",
    ),
    (
        "KR_ADDRESS",
        "a letter's footer",
        "늘솔군수\n시행 총무과-8812  강원특별자치도 늘솔군 새벽로 12  033-300-2114\n",
        "강원특별자치도 늘솔군 새벽로 12",
    ),
]

FOUND: list[Case] = [
    (
        "KR_ADDRESS",
        "a home a worker visits",
        "방문 간호 예약\n대상 어르신 ○○○\n방문 주소 강원특별자치도 춘천시 별무리샘로 419, 102동 301호\n",
        "강원특별자치도 춘천시 별무리샘로 419, 102동 301호",
    ),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
