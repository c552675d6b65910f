/* Compiled twins of the two hottest pure-Python loops of the HWP 5 reader (accel.py loads them).
 *
 * split: records.split_records, the record walk of an HWP 5 section stream.
 *
 * Why C: a section holds hundreds to hundreds of thousands of records, and the walk is one
 * dependent step per record (each header gives the next record's offset), so it cannot be
 * vectorised in Python; in pure Python it cost as much as opening and inflating the file.
 * records.py keeps the pure-Python walk as the fallback when this module was not built, and
 * tests/converters/test_hwp5_accel.py checks that both give the same documents.
 *
 * para_text: text.plain_text, the visible text of one PARA_TEXT record; called once per table
 * cell with text, so its fixed cost (decode, two scans, translate, surrogate check) matters.
 *
 * run_cells: the Cell objects of a run of empty table cells (body._table), which are most of the
 * cells of an archive document.
 *
 * table_cells: body._table's inline path for table cells (runs of empty cells, and cells holding
 * one paragraph of plain text), which is most of the cost of table-heavy documents.
 *
 * walk_chain: cfb.CompoundFile._walk_chain, a stream's sector chain in the container; the mini
 * stream and the directory of a small HWP file are chains of scattered sectors.
 *
 * split(buf, keep, cap) -> (tags, levels, starts, ends, level_text, runs, count, truncated, heads)
 *   buf   the decoded stream
 *   keep  1024 bytes, one per tag: 0 drop, 1 keep, 2 keep and may start a run of empty table
 *         cells (LIST_HEADER), 3 keep and opens a table (TABLE), 4 drop but look at it
 *         (PARA_LINE_SEG: does the paragraph draw a number or bullet?)
 *   cap   records allowed before the walk stops (the document's remaining record budget)
 *   heads 0 no line layout seen, 1 none draws a paragraph head, 2 some paragraph does (the
 *         first line segment's tag, bit 21; runs of empty cells are not looked at)
 * Every read is bounds-checked against the buffer; a record running past the end is cut and
 * flagged, as in the Python walk.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define PARA_HEADER (0x10 + 50)
#define PARA_CHAR_SHAPE (0x10 + 52)
#define PARA_LINE_SEG (0x10 + 53)
#define PARA_TEXT (0x10 + 51)
#define LIST_HEADER (0x10 + 56)

static inline uint32_t u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Growable array of record fields, turned into Python lists once the walk is done. */
typedef struct {
    uint32_t *head;
    Py_ssize_t *start, *end;
    Py_ssize_t len, cap;
} Recs;

static int recs_push(Recs *r, uint32_t head, Py_ssize_t start, Py_ssize_t end) {
    if (r->len == r->cap) {
        Py_ssize_t cap = r->cap ? r->cap * 2 : 256;
        uint32_t *h = PyMem_Realloc(r->head, (size_t)cap * sizeof *h);
        if (!h) return -1;
        r->head = h;
        Py_ssize_t *s = PyMem_Realloc(r->start, (size_t)cap * sizeof *s);
        if (!s) return -1;
        r->start = s;
        Py_ssize_t *e = PyMem_Realloc(r->end, (size_t)cap * sizeof *e);
        if (!e) return -1;
        r->end = e;
        r->cap = cap;
    }
    r->head[r->len] = head;
    r->start[r->len] = start;
    r->end[r->len] = end;
    r->len++;
    return 0;
}

/* Whether the next kept record from `pos` leaves the cell: none left, a shallower record, or a
 * same-level record that is not another paragraph (the next cell's LIST_HEADER). */
static int run_ends_cell(const unsigned char *buf, Py_ssize_t n, Py_ssize_t pos, uint32_t level,
                         const unsigned char *keep) {
    while (pos + 4 <= n) {
        uint32_t h = u32(buf + pos);
        Py_ssize_t size = h >> 20;
        if (keep[h & 0x3FF] & 3) { /* 1-3 kept; 4 (a line layout) is only looked at, then dropped */
            uint32_t lvl = (h >> 10) & 0x3FF;
            return lvl < level || (lvl == level && (h & 0x3FF) != PARA_HEADER);
        }
        if (size == 0xFFF) {
            if (pos + 8 > n) return 1;
            size = u32(buf + pos + 4);
            pos += 4;
        }
        pos += 4 + size;
    }
    return 1;
}

/* A run of empty single-paragraph cells starting with the LIST_HEADER whose header `head` is at
 * `at`: each cell is the same four records (LIST_HEADER, PARA_HEADER, PARA_CHAR_SHAPE,
 * PARA_LINE_SEG) with identical headers. Sets *group (bytes per cell), returns the cell count. */
static Py_ssize_t empty_cells(const unsigned char *buf, Py_ssize_t n, Py_ssize_t at, uint32_t head,
                              const unsigned char *keep, Py_ssize_t *group) {
    uint32_t level = (head >> 10) & 0x3FF;
    uint32_t heads[4];
    Py_ssize_t offs[4];
    const uint32_t want[3] = {
        PARA_HEADER | level << 10,
        PARA_CHAR_SHAPE | (level + 1) << 10,
        PARA_LINE_SEG | (level + 1) << 10,
    };
    heads[0] = head;
    offs[0] = 0;
    Py_ssize_t pos = at + 4 + (head >> 20);
    for (int k = 0; k < 3; k++) {
        if (pos + 4 > n) return 0;
        uint32_t h = u32(buf + pos);
        if ((h & 0xFFFFF) != want[k] || h >> 20 == 0xFFF) return 0;
        heads[k + 1] = h;
        offs[k + 1] = pos - at;
        pos += 4 + (h >> 20);
    }
    Py_ssize_t g = pos - at;
    Py_ssize_t count = 0, q = at;
    while (q + g <= n) {
        int same = 1;
        for (int k = 0; k < 4; k++) {
            if (u32(buf + q + offs[k]) != heads[k]) {
                same = 0;
                break;
            }
        }
        if (!same) break;
        count++;
        q += g;
    }
    if (count && !run_ends_cell(buf, n, q, level, keep)) count--;
    *group = g;
    return count;
}

static PyObject *split(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer view, keepv;
    Py_ssize_t cap;
    if (!PyArg_ParseTuple(args, "y*y*n", &view, &keepv, &cap)) return NULL;
    PyObject *result = NULL, *runs = NULL;
    Recs r = {0};
    if (keepv.len != 1024) {
        PyErr_SetString(PyExc_ValueError, "keep table must have 1024 entries");
        goto done;
    }
    runs = PyDict_New();
    if (!runs) goto done;
    const unsigned char *buf = view.buf, *keep = keepv.buf;
    Py_ssize_t n = view.len, last = n - 4, pos = 0, count = 0;
    int truncated = 0, heads = 0;
    long cells_at = -1;     /* level of the cells of the table being read */
    Py_ssize_t cells_from = 0; /* kept records from here on must stay at or below that level */
    while (pos <= last) {
        uint32_t head = u32(buf + pos);
        pos += 4;
        Py_ssize_t size = head >> 20;
        count++;
        if (size == 0xFFF) {
            if (pos > last) {
                truncated = 1;
                count--;
                pos = n;
                break;
            }
            size = u32(buf + pos);
            pos += 4;
        }
        unsigned char kind = keep[head & 0x3FF];
        if (kind == 4) {
            if (heads < 2) heads = size >= 36 && pos + 36 <= n && (buf[pos + 34] & 0x20) ? 2 : 1;
        } else if (kind) {
            if (recs_push(&r, head, pos, pos + size) < 0) {
                PyErr_NoMemory();
                goto done;
            }
            if (kind > 1) {
                uint32_t level = (head >> 10) & 0x3FF;
                if (kind == 3) {
                    cells_at = (long)level;
                    cells_from = r.len;
                } else if (size >= 16 && size < 0xFFF && (Py_ssize_t)(head >> 20) == size &&
                           (long)level == cells_at) {
                    Py_ssize_t index = r.len - 1;
                    int ended = 0;
                    for (Py_ssize_t k = cells_from; k < index; k++) {
                        if (((r.head[k] >> 10) & 0x3FF) < level) {
                            ended = 1;
                            break;
                        }
                    }
                    if (ended) {
                        cells_at = -1; /* the table ended (a shallower record) before this list */
                    } else {
                        cells_from = index;
                        Py_ssize_t group = 0;
                        Py_ssize_t cells = empty_cells(buf, n, pos - 4, head, keep, &group);
                        if (cells) {
                            PyObject *key = PyLong_FromSsize_t(index);
                            PyObject *val = Py_BuildValue("(nnn)", pos - 4, group, cells);
                            int bad = !key || !val || PyDict_SetItem(runs, key, val) < 0;
                            Py_XDECREF(key);
                            Py_XDECREF(val);
                            if (bad) goto done;
                            pos += group * cells - 4;
                            count += 4 * cells - 1;
                            if (count > cap) break;
                            continue;
                        }
                    }
                }
            }
        }
        pos += size;
        if (count > cap) break;
    }
    if (pos > n) {
        truncated = 1;
        if (r.len && r.end[r.len - 1] > n) r.end[r.len - 1] = n;
    } else if (n - pos > 0 && n - pos < 4) {
        truncated = 1;
    }

    PyObject *tags = PyList_New(r.len), *levels = PyList_New(r.len);
    PyObject *starts = PyList_New(r.len), *ends = PyList_New(r.len);
    PyObject *level_text = PyUnicode_New(r.len, 1023);
    if (!tags || !levels || !starts || !ends || !level_text) goto fail;
    int kind = PyUnicode_KIND(level_text);
    void *data = PyUnicode_DATA(level_text);
    for (Py_ssize_t i = 0; i < r.len; i++) {
        uint32_t h = r.head[i];
        PyObject *t = PyLong_FromUnsignedLong(h & 0x3FF);
        PyObject *l = PyLong_FromUnsignedLong((h >> 10) & 0x3FF);
        PyObject *s = PyLong_FromSsize_t(r.start[i]);
        PyObject *e = PyLong_FromSsize_t(r.end[i]);
        if (!t || !l || !s || !e) {
            Py_XDECREF(t);
            Py_XDECREF(l);
            Py_XDECREF(s);
            Py_XDECREF(e);
            goto fail;
        }
        PyList_SET_ITEM(tags, i, t);
        PyList_SET_ITEM(levels, i, l);
        PyList_SET_ITEM(starts, i, s);
        PyList_SET_ITEM(ends, i, e);
        PyUnicode_WRITE(kind, data, i, (h >> 10) & 0x3FF);
    }
    result = Py_BuildValue("(NNNNNOnOi)", tags, levels, starts, ends, level_text, runs, count,
                           truncated ? Py_True : Py_False, heads);
    goto done;
fail:
    Py_XDECREF(tags);
    Py_XDECREF(levels);
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    Py_XDECREF(level_text);
done:
    Py_XDECREF(runs);
    PyMem_Free(r.head);
    PyMem_Free(r.start);
    PyMem_Free(r.end);
    PyBuffer_Release(&view);
    PyBuffer_Release(&keepv);
    return result;
}


/* PARA_TEXT control codes that span 8 UTF-16 units (the code, six units of payload, the code). */
static const unsigned char WIDE[32] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* para_text(raw) -> str: UTF-16LE units up to the paragraph mark (13); tab -> "\t", line break,
 * non-breaking and fixed-width spaces -> their text, other controls dropped (8-unit ones with
 * their payload); then surrogate pairs joined and lone surrogates dropped. */
static PyObject *decode_para(const unsigned char *b, Py_ssize_t len) {
    Py_ssize_t n = len / 2, k = 0, m = 0;
    Py_UCS4 *out = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(Py_UCS4));
    if (!out) return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n;) {
        Py_UCS4 u = (Py_UCS4)b[2 * i] | (Py_UCS4)b[2 * i + 1] << 8;
        if (u >= 32) {
            out[k++] = u;
            i++;
        } else if (u == 13) {
            break;
        } else if (WIDE[u]) {
            if (u == 9) out[k++] = '\t';
            i += 8;
        } else {
            if (u == 10) out[k++] = '\n';
            else if (u == 30) out[k++] = 0xA0;
            else if (u == 31) out[k++] = ' ';
            i++;
        }
    }
    for (Py_ssize_t j = 0; j < k;) {
        Py_UCS4 c = out[j];
        if (c >= 0xD800 && c <= 0xDBFF && j + 1 < k && out[j + 1] >= 0xDC00 && out[j + 1] <= 0xDFFF) {
            out[m++] = 0x10000 + ((c - 0xD800) << 10) + (out[j + 1] - 0xDC00);
            j += 2;
        } else {
            if (c < 0xD800 || c > 0xDFFF) out[m++] = c;
            j++;
        }
    }
    PyObject *text = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m);
    PyMem_Free(out);
    return text;
}

static PyObject *para_text(PyObject *self, PyObject *arg) {
    (void)self;
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0) return NULL;
    PyObject *text = decode_para(view.buf, view.len);
    PyBuffer_Release(&view);
    return text;
}

static PyObject *s_text, *s_row, *s_col, *s_row_span, *s_col_span, *s_blocks, *s_empty, *no_args;

/* A Cell (a slots dataclass: filled like `object.__new__` plus attribute stores, as body._table
 * does) with `text` and the address fields at `p`: col, row, col span, row span (u16 each; a span
 * of 0 is read as 1). */
static PyObject *new_cell(PyObject *cls, PyObject *text, const unsigned char *p) {
    long col = p[0] | p[1] << 8, row = p[2] | p[3] << 8;
    long col_span = p[4] | p[5] << 8, row_span = p[6] | p[7] << 8;
    PyObject *cell = PyBaseObject_Type.tp_new((PyTypeObject *)cls, no_args, NULL);
    if (!cell) return NULL;
    PyObject *vals[5] = {
        PyLong_FromLong(row), PyLong_FromLong(col), PyLong_FromLong(row_span ? row_span : 1),
        PyLong_FromLong(col_span ? col_span : 1), PyList_New(0),
    };
    PyObject *names[5] = {s_row, s_col, s_row_span, s_col_span, s_blocks};
    int bad = PyObject_SetAttr(cell, s_text, text) < 0;
    for (int k = 0; k < 5; k++) {
        if (!bad && (!vals[k] || PyObject_SetAttr(cell, names[k], vals[k]) < 0)) bad = 1;
        Py_XDECREF(vals[k]);
    }
    if (bad) Py_CLEAR(cell);
    return cell;
}

/* run_cells(buf, at, group, count, Cell) -> list of `count` empty Cells whose LIST_HEADERs start
 * `group` bytes apart from offset `at`; address fields (col, row, col span, row span: u16 each)
 * at offset 8 of each header's data; a span of 0 is read as 1. */
static PyObject *run_cells(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer view;
    Py_ssize_t at, group, count;
    PyObject *cls;
    if (!PyArg_ParseTuple(args, "y*nnnO!", &view, &at, &group, &count, &PyType_Type, &cls)) return NULL;
    PyObject *cells = NULL;
    if (at < 0 || group < 20 || count < 0 ||
        (count && (view.len - at - 20) / group < count - 1) || (count && at + 20 > view.len)) {
        PyErr_SetString(PyExc_ValueError, "run of cells runs past the end of the section");
        goto done;
    }
    cells = PyList_New(count);
    if (!cells) goto done;
    const unsigned char *b = view.buf;
    for (Py_ssize_t i = 0; i < count; i++) {
        const unsigned char *p = b + at + 12 + i * group;
        PyObject *cell = new_cell(cls, s_empty, p);
        if (!cell) goto fail;
        PyList_SET_ITEM(cells, i, cell);
    }
    goto done;
fail:
    Py_CLEAR(cells);
done:
    PyBuffer_Release(&view);
    return cells;
}

static inline long at_(PyObject *list, Py_ssize_t i) { return PyLong_AsLong(PyList_GET_ITEM(list, i)); }

/* table_cells(buf, tags, levels, starts, ends, runs, j, top, Cell, max_cells, drawn) -> (j, cells):
 * from record j (inside a table whose control sits at level `top`, past its TABLE record), the
 * cells body._table reads inline: runs of empty cells (`runs`, see records.split_records) and
 * LIST_HEADERs holding exactly one paragraph with plain text or none. Stops at anything else
 * (a complex cell, a caption, the table's end, a paragraph whose shape id is flagged in `drawn`:
 * it draws a number or bullet) or after `max_cells` cells, and returns where: the Python loop
 * goes on from there, so both read the same records the same way. */
static PyObject *table_cells(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer view, drawnv;
    PyObject *tags, *levels, *starts, *ends, *runs, *cls;
    Py_ssize_t j, max_cells;
    long top;
    if (!PyArg_ParseTuple(args, "y*O!O!O!O!O!nlO!ny*", &view, &PyList_Type, &tags, &PyList_Type, &levels,
                          &PyList_Type, &starts, &PyList_Type, &ends, &PyDict_Type, &runs, &j, &top,
                          &PyType_Type, &cls, &max_cells, &drawnv))
        return NULL;
    const unsigned char *drawn = drawnv.buf;
    PyObject *cells = NULL, *result = NULL;
    Py_ssize_t n = PyList_GET_SIZE(tags);
    if (PyList_GET_SIZE(levels) != n || PyList_GET_SIZE(starts) != n || PyList_GET_SIZE(ends) != n || j < 0) {
        PyErr_SetString(PyExc_ValueError, "record lists differ in length");
        goto done;
    }
    cells = PyList_New(0);
    if (!cells) goto done;
    const unsigned char *b = view.buf;
    Py_ssize_t made = 0;
    while (j < n && made < max_cells) {
        long lv = at_(levels, j);
        if (lv <= top || at_(tags, j) != LIST_HEADER) break;
        if (PyDict_GET_SIZE(runs)) {
            PyObject *key = PyLong_FromSsize_t(j);
            if (!key) goto fail;
            PyObject *run = PyDict_GetItemWithError(runs, key);
            Py_DECREF(key);
            if (run) {
                Py_ssize_t at, group, count;
                if (!PyArg_ParseTuple(run, "nnn", &at, &group, &count)) goto fail;
                if (at < 0 || group < 20 || count < 1 || at + 20 > view.len ||
                    (view.len - at - 20) / group < count - 1) {
                    PyErr_SetString(PyExc_ValueError, "run of cells runs past the end of the section");
                    goto fail;
                }
                for (Py_ssize_t i = 0; i < count; i++) {
                    PyObject *cell = new_cell(cls, s_empty, b + at + 12 + i * group);
                    if (!cell || PyList_Append(cells, cell) < 0) {
                        Py_XDECREF(cell);
                        goto fail;
                    }
                    Py_DECREF(cell);
                }
                made += count;
                j++;
                continue;
            }
            if (PyErr_Occurred()) goto fail;
        }
        Py_ssize_t k = j + 1;
        long sj = at_(starts, j), ej = at_(ends, j);
        if (!(k < n && at_(tags, k) == PARA_HEADER && at_(levels, k) == lv && ej - sj >= 16 && sj + 16 <= view.len))
            break;
        if (drawnv.len) { /* a paragraph that draws a number or bullet: body._cell counts it */
            long sk = at_(starts, k), ek = at_(ends, k);
            if (ek - sk >= 10 && sk >= 0 && sk + 10 <= view.len) {
                Py_ssize_t shape = (Py_ssize_t)(b[sk + 8] | b[sk + 9] << 8);
                if (shape < drawnv.len && drawn[shape]) break;
            }
        }
        Py_ssize_t after = k + 1, text_at = -1;
        if (after < n && at_(tags, after) == PARA_TEXT && at_(levels, after) == lv + 1) {
            text_at = after;
            after++;
        }
        if (!(after >= n || at_(levels, after) < lv || (at_(levels, after) == lv && at_(tags, after) != PARA_HEADER)))
            break;
        PyObject *text = s_empty;
        Py_INCREF(text);
        if (text_at > 0) {
            long st = at_(starts, text_at), et = at_(ends, text_at);
            if (et > view.len) et = (long)view.len;
            if (st > et) st = et;
            Py_DECREF(text);
            text = decode_para(b + st, et - st);
            if (!text) goto fail;
            Py_ssize_t len = PyUnicode_GET_LENGTH(text), i = 0;
            int kind = PyUnicode_KIND(text);
            const void *data = PyUnicode_DATA(text);
            while (i < len && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) i++;
            if (i == len) { /* only whitespace: an empty cell, as `text.strip()` decides */
                Py_DECREF(text);
                text = s_empty;
                Py_INCREF(text);
            }
        }
        PyObject *cell = new_cell(cls, text, b + sj + 8);
        Py_DECREF(text);
        if (!cell || PyList_Append(cells, cell) < 0) {
            Py_XDECREF(cell);
            goto fail;
        }
        Py_DECREF(cell);
        made++;
        j = after;
    }
    result = Py_BuildValue("(nO)", j, cells);
fail:
    Py_XDECREF(cells);
done:
    PyBuffer_Release(&view);
    PyBuffer_Release(&drawnv);
    return result;
}

#define CFB_MAXREG 0xFFFFFFFAu
#define CFB_UNKNOWN 0xFFFFFFFAu

/* walk_chain(data, fat, start, size, ss, exact, limit) -> (bytes, damaged): at most `size` bytes
 * of the chain from sector `start` (sector n at file offset (n + 1) * ss), consecutive sectors
 * copied as one run; `fat` is the FAT as native uint32 (array('I')). A FAT entry lost with a
 * truncated file (CFB_UNKNOWN) or past the FAT continues with the next sector, and marks the
 * container damaged, as does a chain cut off by the end of the file. */
static PyObject *walk_chain(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer data, fatv;
    Py_ssize_t start, size, ss, limit;
    int exact;
    if (!PyArg_ParseTuple(args, "y*y*nnnpn", &data, &fatv, &start, &size, &ss, &exact, &limit))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t cap = 0, len = 0, got = 0, steps = 0;
    Py_ssize_t *spans = NULL; /* (offset, length) pairs */
    const uint32_t *fat = fatv.buf;
    Py_ssize_t n_fat = fatv.len / (Py_ssize_t)sizeof(uint32_t);
    int damaged = 0;
    if (ss <= 0 || start < 0) {
        PyErr_SetString(PyExc_ValueError, "bad sector size or start");
        goto done;
    }
    uint64_t sect = (uint64_t)start;
    while (sect < CFB_MAXREG && got < size && steps < limit) {
        uint64_t off = (sect + 1) * (uint64_t)ss;
        if (off >= (uint64_t)data.len) {
            damaged = 1;
            break;
        }
        Py_ssize_t run = 1;
        uint64_t nxt = sect < (uint64_t)n_fat ? fat[sect] : CFB_UNKNOWN;
        if (nxt == CFB_UNKNOWN) {
            damaged = 1;
            nxt = sect + 1;
        }
        while (nxt == sect + (uint64_t)run && got + run * ss < size && steps + run < limit) {
            uint64_t cur = nxt;
            nxt = cur < (uint64_t)n_fat ? fat[cur] : CFB_UNKNOWN;
            if (nxt == CFB_UNKNOWN) {
                damaged = 1;
                nxt = cur + 1;
            }
            run++;
        }
        Py_ssize_t want = run * ss;
        Py_ssize_t have = (Py_ssize_t)((uint64_t)data.len - off);
        Py_ssize_t chunk = have < want ? have : want;
        if (len == cap) {
            cap = cap ? cap * 2 : 16;
            Py_ssize_t *grown = PyMem_Realloc(spans, (size_t)cap * 2 * sizeof *spans);
            if (!grown) {
                PyErr_NoMemory();
                goto done;
            }
            spans = grown;
        }
        spans[2 * len] = (Py_ssize_t)off;
        spans[2 * len + 1] = chunk;
        len++;
        got += chunk;
        steps += run;
        sect = nxt;
        if (chunk < want) {
            damaged = 1;
            break;
        }
    }
    if (exact && got < size) damaged = 1;
    Py_ssize_t total = got < size ? got : size;
    PyObject *out = PyBytes_FromStringAndSize(NULL, total);
    if (!out) goto done;
    char *dst = PyBytes_AS_STRING(out);
    Py_ssize_t pos = 0;
    for (Py_ssize_t i = 0; i < len && pos < total; i++) {
        Py_ssize_t take = spans[2 * i + 1];
        if (take > total - pos) take = total - pos;
        memcpy(dst + pos, (const char *)data.buf + spans[2 * i], (size_t)take);
        pos += take;
    }
    result = Py_BuildValue("(NO)", out, damaged ? Py_True : Py_False);
done:
    PyMem_Free(spans);
    PyBuffer_Release(&data);
    PyBuffer_Release(&fatv);
    return result;
}

static PyMethodDef methods[] = {
    {"split", split, METH_VARARGS, "Split an HWP 5 record stream (see records.split_records)."},
    {"para_text", para_text, METH_O, "Visible text of a PARA_TEXT record (see text.plain_text)."},
    {"run_cells", run_cells, METH_VARARGS, "Cells of a run of empty table cells (see body._table)."},
    {"table_cells", table_cells, METH_VARARGS, "Inline table cells (see body._table)."},
    {"walk_chain", walk_chain, METH_VARARGS, "A stream's sector chain (see cfb.CompoundFile._walk_chain)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_accel", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__accel(void) {
    s_text = PyUnicode_InternFromString("text");
    s_row = PyUnicode_InternFromString("row");
    s_col = PyUnicode_InternFromString("col");
    s_row_span = PyUnicode_InternFromString("row_span");
    s_col_span = PyUnicode_InternFromString("col_span");
    s_blocks = PyUnicode_InternFromString("blocks");
    s_empty = PyUnicode_FromString("");
    no_args = PyTuple_New(0);
    if (!s_text || !s_row || !s_col || !s_row_span || !s_col_span || !s_blocks || !s_empty || !no_args)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    /* The interface version accel.py checks: a stale build of an older _accel.c is not used. */
    if (m && PyModule_AddIntConstant(m, "ABI", 2) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
