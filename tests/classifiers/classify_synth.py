"""A small generated labelled set for train-classifier tests: eight document kinds with random fills.

Written for these tests (no pii-dev text). One kind, 협상 전략 보고, has no rule cue at all: agencies
label it non-public (OIDA-9-1-5) and only a trained model can learn that, which is what lets a test
show `--classifier` is actually used.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

AGENCIES = ["행정안전부", "보건복지부", "국토교통부", "○○시", "△△군", "□□도 교육청", "해양수산부", "통계청"]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "가나다라마바사아자차카타파하준민서연지우현수영호진"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2026)}. {rng.randint(1, 12)}. {rng.randint(1, 28)}."


def _won(rng: random.Random) -> str:
    return f"{rng.randint(1, 900) * 1000000:,}원"


def _public_notice(rng: random.Random) -> tuple[str, str, list[str]]:
    topic = rng.choice(["시민 건강 걷기 대회", "청렴 교육", "도서관 야간 개방", "어린이 안전 체험 행사"])
    return (
        f"{rng.choice(AGENCIES)}\n{topic} 개최 안내\n1. 일시: {_date(rng)} 10:00\n"
        f"2. 장소: {rng.choice(['시민회관', '본청 대강당', '중앙공원'])}\n3. 대상: 관심 있는 주민 누구나\n"
        "4. 문의: 총무과(대표전화 02-120)",
        "public",
        [],
    )


def _press(rng: random.Random) -> tuple[str, str, list[str]]:
    return (
        f"[보도자료]\n{rng.choice(AGENCIES)}, {rng.choice(['소상공인 지원', '전기차 보급', '관광 활성화'])} 확대\n"
        f"□ 올해 예산 {_won(rng)}을 투입한다고 밝혔다.\n"
        f"담당 부서 정책기획과 | 책임자 과장 {_name(rng)} | 담당자 사무관 {_name(rng)}",
        "public",
        [],
    )


def _complaint(rng: random.Random) -> tuple[str, str, list[str]]:
    return (
        f"{rng.choice(AGENCIES)}\n민원 처리 결과 알림\n수신  {_name(rng)} 귀하\n"
        f"1. 귀하께서 {_date(rng)} 신청하신 {rng.choice(['도로 보수', '불법 주차 단속', '가로등 고장'])} 민원을 처리하였습니다.\n"
        "2. 처리 결과: 현장 확인 후 조치 완료",
        "partial",
        ["OIDA-9-1-6"],
    )


def _negotiation(rng: random.Random) -> tuple[str, str, list[str]]:
    side = rng.choice(["노동조합과의 임금 협상", "민간 사업자와의 협약 갱신", "인접 지자체와의 경계 조정"])
    return (
        f"{rng.choice(AGENCIES)}\n{side} 대응 전략 보고\n1. 상대측 요구안: 인상률 {rng.randint(3, 9)}%\n"
        f"2. 우리 측 최종 양보선: {rng.randint(1, 3)}%, 단계적 제시\n3. 협상 카드: 복지 포인트 조정\n"
        "4. 언론 대응: 타결 전까지 일절 언급하지 않음",
        "non_public",
        ["OIDA-9-1-5"],
    )


def _contract(rng: random.Random) -> tuple[str, str, list[str]]:
    return (
        f"{rng.choice(AGENCIES)}\n용역 계약 결과 보고\n1. 계약 상대자: (주){rng.choice(['가람', '누리', '한빛'])}소프트\n"
        f"2. 계약 금액: {_won(rng)}\n3. 업체 제출 원가 산출 내역은 영업상 비밀로 관리함",
        "partial",
        ["OIDA-9-1-7"],
    )


def _roster(rng: random.Random) -> tuple[str, str, list[str]]:
    rows = "\n".join(
        f"{i + 1} | {_name(rng)} | {rng.randint(50, 99)}0101-{rng.randint(1, 2)}****** | {_won(rng)}"
        for i in range(3)
    )
    return (
        f"{rng.choice(AGENCIES)}\n재난지원금 지급 결정\n1. 지급 대상: 3가구\n연번 | 성명 | 주민등록번호 | 지급액\n{rows}",
        "partial",
        ["OIDA-9-1-6"],
    )


def _health(rng: random.Random) -> tuple[str, str, list[str]]:
    return (
        f"{rng.choice(AGENCIES)} 질병 휴직 심사\n대상자: 총무과 주무관 {_name(rng)}\n"
        f"진단 내용: {rng.choice(['허리 디스크', '우울증', '갑상선 질환'])}, {rng.randint(2, 12)}개월 요양 필요\n"
        "심사 결과: 휴직 승인",
        "non_public",
        ["OIDA-9-1-6", "PIPA-23"],
    )


def _land(rng: random.Random) -> tuple[str, str, list[str]]:
    return (
        f"{rng.choice(AGENCIES)}\n신규 택지 후보지 검토\n1. 후보지 {rng.randint(2, 5)}곳 면적과 보상 추정액 {_won(rng)}\n"
        "2. 발표 전 유출 시 투기 우려가 큼",
        "non_public",
        ["OIDA-9-1-8"],
    )


KINDS = [_public_notice, _press, _complaint, _negotiation, _contract, _roster, _health, _land]


def generate(n_per_kind: int = 12, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for kind in KINDS:
        for i in range(n_per_kind):
            text, disclosure, reasons = kind(rng)
            rows.append(
                {"id": f"{kind.__name__[1:]}-{i}", "text": text, "disclosure": disclosure, "reasons": reasons}
            )
    rng.shuffle(rows)
    return rows


def write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def negotiation_text(seed: int = 99) -> str:
    return _negotiation(random.Random(seed))[0]
