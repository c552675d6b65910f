"""Latin-script names after a person's role: an English form's label, a Korean role or a relative, a
delegation's Chinese list.

'Invitee: ○○ ○○', 'Contact in Lyon: ○○ ○○', '강사: ○○ ○○ / 국적 …', '자녀 ○○ ○○ 여권 …', '모 ○○ ○○ 1986…',
'团长 ○○ ○○ …'; an organisation after the same label is not a person ('Sender: ○○ Trading Co.').

Every name is invented."""

from __future__ import annotations

from shared_core import Case, found_case_tests

FOUND: list[Case] = [
    (
        "PERSON",
        "after Invitee",
        "INVITATION LETTER\n\nInvitee: Tomas Lindqvist\nNationality: 스웨덴\n",
        "Tomas Lindqvist",
    ),
    (
        "PERSON",
        "after Contact in a city",
        "Contact in Lyon: Margaux Ferrand (mobile on request)\n",
        "Margaux Ferrand",
    ),
    ("PERSON", "after a Korean role", "강사: Irina Volkova / 국적 러시아\n", "Irina Volkova"),
    ("PERSON", "after a child's kin word", "자녀 Sardor Yusupov 여권 FA5102938\n", "Sardor Yusupov"),
    (
        "PERSON",
        "after a Chinese delegation role",
        "团员 Wang Haoran 王浩然 — 여권 E71239904\n",
        "Wang Haoran",
    ),
]

NOT_FOUND: list[Case] = [
    (
        "PERSON",
        "an organisation after Sender",
        "Sender: Lotus Trading Co., 12 Moo 4, THAILAND\n",
        "Lotus Trading Co",
    ),
    ("PERSON", "a firm after Sender", "Sender: Mekong Logistics\n", "Mekong Logistics"),
    ("PERSON", "a place after a role's line", "강사: 미정\n장소: Grand Hall\n", "Grand Hall"),
]

test_found, test_not_found = found_case_tests(FOUND, NOT_FOUND)
