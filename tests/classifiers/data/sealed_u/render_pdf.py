"""PDF writer (reportlab, CID Korean fonts, invariant=1): header/footer on every page, grid tables, boxes, footnotes."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

BODY, HEAD = "HYSMyeongJo-Medium", "HYGothic-Medium"
pdfmetrics.registerFont(UnicodeCIDFont(BODY))
pdfmetrics.registerFont(UnicodeCIDFont(HEAD))
W, H = A4
LM, RM, TOP, BOT = 60, 60, 70, 80
TW = W - LM - RM


def wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
            lines.append(cur)
            cur = ch.lstrip() if ch == " " else ch
        else:
            cur += ch
    lines.append(cur)
    return lines


class _P:
    def __init__(self, path, doc):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(doc.title)
        self.c.setAuthor("sens_u")
        self.c.setCreator("sens_u make_set.py")
        self.doc = doc
        self.page = 0
        self.notes = []
        self.nfn = 0
        self.new_page()

    def new_page(self, finish=True):
        if self.page:
            self.finish_page()
            self.c.showPage()
        self.page += 1
        self.y = H - TOP
        if self.doc.header:
            self.c.setFont(HEAD, 10)
            self.c.drawCentredString(W / 2, H - 40, self.doc.header)
            self.c.setLineWidth(0.4)
            self.c.line(LM, H - 46, W - RM, H - 46)

    def finish_page(self):
        y = BOT - 10
        if self.notes:
            self.c.setFont(BODY, 8)
            lines = []
            for n, t in self.notes:
                lines += wrap(f"{n}) {t}", BODY, 8, TW)
            y = BOT - 10 + 11 * len(lines)
            self.c.line(LM, y + 4, LM + 120, y + 4)
            for ln in lines:
                y -= 11
                self.c.drawString(LM, y + 2, ln)
            self.notes = []
        self.c.setFont(BODY, 9)
        self.c.drawCentredString(W / 2, 30, f"- {self.page} -")
        if self.doc.footer:
            self.c.setFont(HEAD, 9)
            self.c.drawCentredString(W / 2, 45, self.doc.footer)

    def need(self, h):
        reserve = 11 * (len(self.notes) + 2) if self.notes else 0
        if self.y - h < BOT + reserve:
            self.new_page()

    def text(self, t, font=BODY, size=10.5, center=False):
        for ln in wrap(t, font, size, TW) if t else [""]:
            self.need(size * 1.6)
            self.c.setFont(font, size)
            if center:
                self.c.drawCentredString(W / 2, self.y - size, ln)
            else:
                self.c.drawString(LM, self.y - size, ln)
            self.y -= size * 1.6

    def box(self, t):
        lines = wrap(t, HEAD, 11, TW - 80)
        h = 16 * len(lines) + 10
        self.need(h + 8)
        self.c.setLineWidth(1.2)
        self.c.rect(LM + 30, self.y - h, TW - 60, h)
        yy = self.y - 18
        self.c.setFont(HEAD, 11)
        for ln in lines:
            self.c.drawCentredString(W / 2, yy, ln)
            yy -= 16
        self.y -= h + 8

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        maxlen = [max(len(r[i]) if i < len(r) else 0 for r in rows) + 2 for i in range(ncol)]
        tot = sum(maxlen)
        cw = [max(40, TW * m / tot) for m in maxlen]
        scale = TW / sum(cw)
        cw = [x * scale for x in cw]
        size = 9
        self.c.setLineWidth(0.5)
        for ri, row in enumerate(rows):
            cells = []
            for i in range(ncol):
                txt = row[i] if i < len(row) else ""
                ls = []
                for part in txt.split("\n"):
                    ls += wrap(part, HEAD if ri == 0 else BODY, size, cw[i] - 6)
                cells.append(ls)
            rh = 13 * max(len(x) for x in cells) + 6
            self.need(rh)
            x = LM
            for i, ls in enumerate(cells):
                self.c.rect(x, self.y - rh, cw[i], rh)
                self.c.setFont(HEAD if ri == 0 else BODY, size)
                yy = self.y - 13
                for ln in ls:
                    self.c.drawString(x + 3, yy, ln)
                    yy -= 13
                x += cw[i]
            self.y -= rh
        self.y -= 8

    def save(self):
        self.finish_page()
        self.c.showPage()
        self.c.save()


def write_pdf(doc, path):
    p = _P(path, doc)
    p.text(doc.title, HEAD, 15, center=True)
    p.y -= 6
    for b in doc.blocks:
        k = b[0]
        if k == "page":
            p.new_page()
        elif k == "p":
            p.text(b[1])
        elif k == "table":
            p.table(b[1])
        elif k == "box":
            p.box(b[1])
        elif k == "fn":
            p.nfn += 1
            p.notes.append((p.nfn, b[1]))
    p.save()
    return p.page
