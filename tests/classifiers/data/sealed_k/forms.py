# -*- coding: utf-8 -*-
"""공문 layout (기안문/시행문, pre-2004 기안용지 style), 공개구분 spellings, security markings.

A document is a dict: {"title", "header", "footer", "blocks"} where blocks are
("p", text) or ("tbl", [[cell, ...], ...]).
"""
import common as C


class Ctx:
    def __init__(self, rng, year, rid):
        self.rng = rng
        self.y = year
        self.rid = rid
        self.cues = []

    def cue(self, text, where):
        self.cues.append({"cue": text, "where": where})
        return text


def P(t):
    return ("p", t)


def T(rows):
    return ("tbl", rows)


def new_doc(title):
    return {"title": title, "header": None, "footer": None, "blocks": []}


# ---------------------------------------------------------------- 공개구분
NUMW = {"1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "6": "6", "7": "7", "8": "8"}


def field_text(rng, kind, nums=(), old=False, style=None):
    """Return a 공개구분 string. kind: public/partial/non_public. nums: 호 numbers."""
    ns = ",".join(nums)
    ho = "·".join("제%s호" % n for n in nums)
    if old:
        art = "제7조제1항" + ho if nums else ""
        opts = {
            "public": ["공개여부 : 공개", "공개여부: 공개", "공개구분 : 공개"],
            "partial": ["공개여부 : 부분공개(%s)" % art, "공개구분 : 부분공개(%s)" % ns, "공개여부: 부분공개 (제7조 해당)"],
            "non_public": ["공개여부 : 비공개(%s)" % art, "공개여부: 비공개", "공개구분 : 비공개(%s)" % ns,
                           "비공개 (제7조제1항%s)" % ho],
        }[kind]
    else:
        opts = {
            "public": ["대국민 공개", "공개", "공개구분: 공개", "공개 구분 : 대국민공개"],
            "partial": ["부분공개(%s)" % ns, "공개구분: 부분공개(%s)" % ns, "부분공개(제9조제1항%s)" % ho,
                        "□ 공개 ■ 부분공개 □ 비공개 (%s호)" % ns, "정보공개 여부: 부분공개 (%s)" % ns,
                        "부분 공개 (%s)" % ns],
            "non_public": ["비공개(%s)" % ns, "공개구분: 비공개(%s)" % ns, "비공개(제9조제1항%s)" % ho,
                           "공개 여부 : 비공개 (%s호)" % ns, "□ 공개 □ 부분공개 ■ 비공개 (%s)" % ho,
                           "공개(  ) 부분공개(  ) 비공개(○) - %s호" % ns, "비 공 개(%s)" % ns],
        }[kind]
    if style is not None:
        return opts[style % len(opts)]
    return rng.choice(opts)


# ---------------------------------------------------------------- markings
MARK_FORMS = {
    "대외비": ["대 외 비", "[대외비]", "《대외비》", "{d}까지 대외비", "대외비(보호기간: {d}까지)", "대외비"],
    "III급": ["Ⅲ급비밀", "III급 비밀", "3급 비밀", "비밀(Ⅲ급)", "Ⅲ 급 비 밀", "3급비밀"],
    "II급": ["Ⅱ급비밀", "비밀(Ⅱ급)", "II급 비밀", "2급 비밀", "Ⅱ 급 비 밀"],
    "I급": ["Ⅰ급비밀", "I급 비밀", "1급 비밀", "비밀(Ⅰ급)"],
}
LEVEL_WORD = {"III급": "Ⅲ급비밀", "II급": "Ⅱ급비밀", "I급": "Ⅰ급비밀", "대외비": "대외비"}


def mark_text(rng, level, until):
    f = rng.choice(MARK_FORMS[level])
    return f.replace("{d}", until)


def apply_marking(ctx, doc, level, placement, copy_no=True, yegomun=True):
    """Put a security marking on the document. placement: stamps/hf/both/table/top."""
    rng = ctx.rng
    y2 = ctx.y + rng.choice([1, 2, 3, 5])
    until = C.kdate(y2, 12, 31)
    m = mark_text(rng, level, until)
    pre, post = [], []
    if placement in ("stamps", "both", "top"):
        pre.append(P(ctx.cue(m, "top_stamp")))
    if placement in ("stamps", "both"):
        post.append(P(ctx.cue(m, "bottom_stamp")))
    if placement in ("hf", "both"):
        doc["header"] = ctx.cue(m, "header") + ("    " + (doc.get("header") or "") if doc.get("header") else "")
        doc["footer"] = ctx.cue(m, "footer") + ("    " + doc["footer"] if doc.get("footer") else "")
    if placement == "table":
        rows = [["문서 구분", "보안등급", "보호기간", "관리번호"],
                ["보고서", ctx.cue(rng.choice([LEVEL_WORD[level], level if level != "대외비" else "대외비"]), "table_cell"),
                 until + "까지", "%d-%03d" % (ctx.y, rng.randrange(1, 400))]]
        pre.append(T(rows))
    if level != "대외비":
        if copy_no and rng.random() < 0.7:
            pre.insert(1 if pre else 0, P(ctx.cue("사본번호: %d번 (총 %d부)" % (rng.randrange(1, 6), rng.randrange(6, 12)), "copy_no")))
        if yegomun:
            yg = rng.choice(["예고문: %s까지 %s, 이후 일반문서로 재분류" % (until, LEVEL_WORD[level]),
                             "예고문 : %s 일반문서로 재분류" % C.kdate(y2 + 1, 1, 1),
                             "(예고문) 원본: %s까지 %s / 사본: 원본과 같음" % (until, LEVEL_WORD[level])])
            post.insert(0, P(ctx.cue(yg, "예고문")))
    else:
        if yegomun and rng.random() < 0.5:
            post.insert(0, P(ctx.cue("보호기간: %s까지" % until, "보호기간")))
    doc["blocks"] = pre + doc["blocks"] + post
    return m


# ---------------------------------------------------------------- 공문
def official_block(ctx, dept, old=False):
    rng = ctx.rng
    a, b, c = C.names(rng, 3)
    if old:
        return [P("담당 %s  계장 %s  과장 %s" % (a, b, c))], [a, b, c]
    pos = rng.choice(["과장", "팀장", "담당관"])
    line = "기안자 주무관 %s   검토자 %s %s   전결 %s %s" % (a, rng.choice(["사무관", "팀장"]), b, pos, c)
    return [P(line), P("협조자")], [a, b, c]


def gongmun(ctx, ag, dept, title, body, recv=None, attach=None, field=None, field_where="결문",
            old=False, c=None, sender=None, via=None):
    """Build a 공문. field: (kind, nums) or literal string or None."""
    rng = ctx.rng
    y = ctx.y
    doc = new_doc(title)
    c = c or next((x for x in C.CITIES if x[1] == ag), None) or C.city(rng)
    recv = recv or rng.choice(["내부결재", "수신자 참조", "각 읍·면·동장", "%s장" % rng.choice(C.DEPTS),
                               "%s장(%s)" % (rng.choice(C.MINISTRIES), rng.choice(["운영지원과장", "감사관", "기획재정담당관"]))])
    yy, mm, dd = C.rdate(rng, y)
    ftxt = None
    if field is not None:
        if isinstance(field, tuple):
            ftxt = field_text(rng, field[0], field[1], old=old)
        else:
            ftxt = field
    bl = doc["blocks"]
    if old:
        bl.append(P(ag))
        hdr = [["분류기호 문서번호", C.docno(rng, dept, y, old=True), "보존기간", rng.choice(["영구", "10년", "5년", "3년"])],
               ["시행일자", C.kdate(yy, mm, dd, 3), "처리기한", ""]]
        if ftxt and field_where == "결문":
            hdr[1][3] = ""
        bl.append(T(hdr))
        bl.append(P("수신  %s" % recv))
        if via:
            bl.append(P("경유  %s" % via))
        bl.append(P("참조  %s" % rng.choice(["", "%s장" % dept, "총무과장"])))
        bl.append(P("제목  %s" % title))
        bl.extend(P(b) if isinstance(b, str) else b for b in body)
        if attach:
            bl.append(P("첨부 : " + "  ".join(attach) + "  끝."))
        else:
            bl.append(P("끝."))
        bl.append(P(sender or C.head_title(ag)))
        ob, offs = official_block(ctx, dept, old=True)
        bl.extend(ob)
        if ftxt:
            bl.append(P(ctx.cue(ftxt, "결문(구서식)")))
        bl.append(P("%s %s  /  전화 %s  /  전송 %s" % (C.kdate(yy, mm, dd, 3), dept, C.landline(rng), C.landline(rng))))
        doc["offs"] = offs
        return doc
    bl.append(P(ag))
    bl.append(P("수신  %s" % recv))
    bl.append(P("(경유)" + (" " + via if via else "")))
    bl.append(P("제목  %s" % title))
    bl.extend(P(b) if isinstance(b, str) else b for b in body)
    if attach:
        if len(attach) == 1:
            bl.append(P("붙임  %s  끝." % attach[0]))
        else:
            bl.append(P("붙임  " + "\n      ".join("%d. %s" % (i + 1, a) for i, a in enumerate(attach)) + "  끝."))
    else:
        bl.append(P("끝."))
    bl.append(P(sender or C.head_title(ag)))
    ob, offs = official_block(ctx, dept)
    bl.extend(ob)
    bl.append(P("시행  %s  (%s)   접수" % (C.docno(rng, dept, y), C.kdate(yy, mm, dd))))
    if ag in C.MINISTRIES:
        bl.append(P("우 %05d  세종특별자치시 한누리대로 %d 정부세종청사 %d동  / www.%s.go.kr" % (rng.randrange(30100, 30199), rng.randrange(400, 480), rng.randrange(1, 16), rng.choice(["gov-a", "gov-b", "gov-c"]))))
    else:
        bl.append(P("우 %05d  %s %s %s  / www.%s.go.kr" % (rng.randrange(10000, 63999), c[0], ag if ag.endswith(("시", "군")) else c[1], rng.choice(["시청로 1", "군청길 12", "청사로 100"]),
                                                         rng.choice(["hansol", "gaon", "saeter", "nuri", "byeolbit", "daon", "mir"]))))
    tail = "전화번호 %s  팩스번호 %s  / %s@korea.kr" % (C.landline(rng), C.landline(rng), "".join(rng.choice("abcdefghkmnprstwy") for _ in range(6)))
    if ftxt and field_where == "결문":
        tail += "  / " + ctx.cue(ftxt, "결문")
    elif rng.random() < 0.5 and ftxt is None:
        pass
    bl.append(P(tail))
    if ftxt and field_where == "doc_info_table":
        bl.insert(1, T([["생산부서", dept, "공개구분", ctx.cue(ftxt, "doc_info_table")]]))
    doc["offs"] = offs
    return doc


def report(ctx, title, sections, dept=None, date=None, field=None, field_where="cover", ag=None):
    """Internal 보고서 (개조식), no 결문. sections: list of str or table blocks."""
    rng = ctx.rng
    doc = new_doc(title)
    bl = doc["blocks"]
    bl.append(P(title))
    yy, mm, dd = C.rdate(rng, ctx.y)
    who = "%s %s" % (date or C.kdate(yy, mm, dd), dept or rng.choice(C.DEPTS))
    if ag:
        who = ag + " " + who
    bl.append(P(who))
    if field is not None:
        ftxt = field_text(rng, field[0], field[1]) if isinstance(field, tuple) else field
        bl.append(P(ctx.cue(ftxt, field_where)))
    bl.extend(P(s) if isinstance(s, str) else s for s in sections)
    return doc
