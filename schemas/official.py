"""The parts of a 공문 as 「행정업무의 운영 및 혁신에 관한 규정」 and its 시행규칙 (별지 서식) fix them.

A 공문 has a 두문 (행정기관명, 수신, 경유), a 본문 (제목, 내용, 붙임) and a 결문 (발신명의, the 결재란 with
기안자·검토자·협조자·결재권자 and their 직위, 시행·접수 번호 and dates, 우편번호·주소, 홈페이지, 전화·전송,
전자우편, 공개 구분). Converters keep the layout (a table, paragraphs, a footer); these fields are the
same whatever the layout, so metadata columns, the disclosure decision and the PII policy read them here.

Only what describes the document is kept. Names of the officials who signed are personal data and are
never stored; their 직위 are. Telephone, fax and e-mail are an official's own contact details and stay
in the (redacted) body only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Approver:
    """One signer in the 결재란: role (기안자, 검토자, 협조자, 결재권자), 직위, and how it was signed."""

    role: str
    position: str
    delegation: str = ""  # 전결 (delegated decision) or 대결 (decided in the holder's absence)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class OfficialParts:
    """A 공문's parts. Empty strings are parts the document does not have (or the parser did not find).

    `disclosure` is the 공개 구분 entry as printed ('부분공개(6)'); `disclosure_level` is public, partial
    or non_public and `disclosure_items` the 정보공개법 제9조 제1항 items it cites. `found` says in which
    block each part was read, so a reviewer can check it against the document."""

    agency: str = ""
    recipients: list[str] = field(default_factory=list)
    via: str = ""
    title: str = ""
    attachments: list[str] = field(default_factory=list)
    sender: str = ""
    approvers: list[Approver] = field(default_factory=list)
    doc_number: str = ""
    enforced_on: str = ""  # ISO date of 시행
    received_number: str = ""
    received_on: str = ""
    postcode: str = ""
    address: str = ""
    homepage: str = ""
    disclosure: str = ""
    disclosure_level: str = ""
    disclosure_items: list[int] = field(default_factory=list)
    found: dict[str, int] = field(default_factory=dict)  # part name -> block index

    @property
    def positions(self) -> list[str]:
        return [a.position for a in self.approvers]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["approvers"] = [a.to_dict() for a in self.approvers]
        return d

    @staticmethod
    def from_dict(d: dict[str, Any]) -> OfficialParts:
        d = dict(d)
        d["approvers"] = [Approver(**a) for a in d.get("approvers", [])]
        return OfficialParts(**d)
