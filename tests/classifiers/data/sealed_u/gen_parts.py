"""Reusable document parts: 결문, 기안용지 header tables, 결재란, 공개구분 spellings."""
from gen_common import person, ymd, old_date, docno

ORGS = [  # (기관, 부서, 주소, 대표전화)
    ("한국수자원관리공단", "감사실", "대전광역시 대덕구 신탄진로 200", "042-629-3114"),
    ("한국지역난방운영공사", "경영지원처", "경기도 성남시 분당구 분당로 368", "031-780-4114"),
    ("국립한빛대학교병원", "총무팀", "광주광역시 동구 제봉로 42", "062-220-5114"),
    ("국립중부대학교병원", "기획조정실", "대전광역시 중구 문화로 282", "042-280-7114"),
    ("새솔시의회", "의사담당관실", "경기도 새솔시 시청대로 11", "031-8045-2114"),
    ("푸른군의회", "의회사무과", "전라남도 푸른군 군청길 7", "061-540-3114"),
    ("한국철도시설운영공사", "계약팀", "대전광역시 동구 중앙로 242", "1588-7788"),
    ("한국전력기술지원공단", "노사협력부", "전라남도 나주시 전력로 55", "061-345-3114"),
    ("서해지방경찰청", "수사과", "충청남도 예산군 삽교읍 청사로 201", "041-336-2114"),
    ("한마루소방서", "화재조사팀", "경기도 한마루시 소방로 90", "031-8083-0119"),
    ("대한지방법원", "사무국 총무과", "대구광역시 수성구 동대구로 364", "053-757-6600"),
    ("청람고등학교", "행정실", "충청북도 청주시 상당구 교육로 31", "043-250-7000"),
    ("한결초등학교", "교무행정실", "서울특별시 노원구 한글비석로 15", "02-950-3600"),
    ("한국공공주택관리원", "내부감사팀", "경상남도 진주시 충의로 19", "055-922-3114"),
    ("지역문화진흥재단", "경영기획팀", "부산광역시 중구 중앙대로 2", "051-888-3114"),
]


def org(r, kinds=None):
    pool = [o for o in ORGS if kinds is None or any(k in o[0] for k in kinds)]
    return r.choice(pool)


PUB_SPELL = ["공개", "공개", "공 개", "공개(전부)"]


def field_value(r, disc, nums=()):
    """A 공개구분 value in one of the spellings the rules allow."""
    if disc == "public":
        return r.choice(PUB_SPELL)
    ns = ",".join(str(n) for n in nums)
    nsdot = "ㆍ".join(str(n) for n in nums)
    first = nums[0]
    word = "부분공개" if disc == "partial" else "비공개"
    opts = [f"{word}({ns})", f"{word}({nsdot})", f"{word}(제9조제1항제{first}호)",
            f"{word} ({ns})", f"{word}(제9조 제1항 제{first}호)", f"{word}(정보공개법 제9조①{first})",
            f"{word}(§9①{first})", f"{word}({first})"]
    if len(nums) > 1:
        opts = opts[:2] + [f"{word}(제9조 제1항 제{nums[0]}호, 제{nums[1]}호)", f"{word} ({nsdot})"]
    if disc == "partial":
        opts.append(f"부분 공개({ns})")
    return r.choice(opts)


def field_label(r):
    return r.choice(["공개구분", "공개 구분", "공개여부", "공개구분 :", "정보공개"])


def gyeolmun_lines(r, o, field=None, staff=None, date=None, doc_no=None, fax=True):
    """Modern 결문 (발신명의, 기안자/검토자/결재권자, 시행, 주소, 전화, 공개구분)."""
    name, dept, addr, tel = o
    head = name + ("장" if not name.endswith(("의회", "병원", "학교")) else ("의장" if name.endswith("의회") else ""))
    if name.endswith("병원"):
        head = name + "장"
    if name.endswith("학교"):
        head = name + "장"
    staff = staff or [("주무관", person(r)), ("팀장", person(r)), ("실장", person(r))]
    lines = [head, ""]
    lines.append("  ".join(f"{t} {n}" for t, n in staff))
    lines.append(f"시행 {doc_no or docno(r, dept.replace(' ', ''))} ({date or ymd(r)})   접수")
    lines.append(f"우 {r.randint(10000, 63999)}  {addr}  / 홈페이지 www.example.go.kr")
    tl = f"전화 {tel}"
    if fax:
        tl += f"  전송 {tel[:-4]}{r.randint(1000, 9999)}"
    lines.append(tl + f"  / {r.choice(['minwon', 'info', 'office', 'help'])}@example.or.kr")
    if field is not None:
        lines.append(field)
    return lines


def gianyongji_table(r, o, public_field, title, old=True):
    """1990s-2000s 기안용지/시행문 header table with 분류기호, 보존기간, 공개여부."""
    name, dept, addr, tel = o
    code = f"{dept[:2]} {r.randint(1200, 1299)}-{r.randint(10, 999)}"
    keep = r.choice(["3년", "5년", "10년", "준영구", "영구", "1년"])
    date = old_date(r) if old else ymd(r)
    rows = [["분류기호\n문서번호", code, "(전화:" + tel + ")", "결재권자 지시사항"],
            ["보존기간", keep, "", ""],
            ["공개여부" if r.random() < 0.6 else "공개구분", public_field, "", ""],
            ["시행일자", date, "", ""],
            ["수    신", r.choice(["내부결재", "수신처 참조", "각 부서장"]), "", ""],
            ["기 안 자", f"{dept} {person(r)}", "협조", ""],
            ["제    목", title, "", ""]]
    return rows, code, date


def gyeoljae_table(r, roles=("담당", "팀장", "처장"), extra=None):
    names = [person(r) for _ in roles]
    rows = [list(roles), [n + r.choice(["", " (서명)", " 전결", ""]) for n in names]]
    if extra:
        rows.append(list(extra) + [""] * (len(roles) - len(extra)))
    return rows, names
