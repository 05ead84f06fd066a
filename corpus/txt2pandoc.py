#!/usr/bin/env python3
"""Turn a "TXT exported from Word" report into a pandoc JSON AST.

Part of corpus/make-renditions.sh (see corpus/README.md).  Standard library
only.  Targets the pandoc-types 1.22 JSON AST that Debian bookworm's pandoc
2.17 reads ("pandoc-api-version": [1, 22, 2, 1]).

Usage:
    txt2pandoc.py ast SEED.txt [OUT.json]
        Print (or write) the pandoc JSON AST for one seed.  Before writing it
        checks that every word of the seed survives in the AST; exits 1 if not.
    txt2pandoc.py reference IN.docx OUT.docx
        Make the reference docx: Times New Roman 13 pt body text, black
        Times New Roman headings, bordered tables and an
        A4 page with the margins usual for Vietnamese administrative documents.

What the TXT format looks like and how it is mapped (details in README.md):
  * paragraph = run of non-blank lines; the lines of one paragraph are hard
    line breaks (LineBreak); a trailing "  " is a markdown hard break too;
  * "#".."######" prefixes -> Header (Word "Heading N");
  * *italic*, **bold**, ***bold italic*** (may cross line breaks) -> Emph /
    Strong; asterisks that do not delimit anything stay literal text;
  * footnote markers (superscript digit runs or <sup>n</sup>) -> Note whose
    content is the footnote body paragraph(s); the bodies, and the "---"
    separator that sometimes precedes them, are removed from the flow;
  * a paragraph split by a page break / footnote block is joined again;
  * lines with TAB characters are table rows -> Table; cell HTML becomes
    formatted text; tables continued on the next page are merged.
"""

import html
import json
import re
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser

API_VERSION = [1, 22, 2, 1]
ATTR = ["", [], []]

SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUP_TO_ASCII = str.maketrans(SUP_DIGITS, "0123456789")
RE_MARKER = re.compile(r"([" + SUP_DIGITS + r"]+)|<sup>\s*(\d+)\s*</sup>", re.I)
RE_FN_START = re.compile(r"^(?:([" + SUP_DIGITS + r"]+)|<sup>\s*(\d+)\s*</sup>)[ \t]*", re.I)
RE_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
RE_HR = re.compile(r"^[ \t]*(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$")
RE_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+)>", re.I)
RE_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
TERMINAL = ".;:!?"
HEADER_FIRST_CELLS = {"stt", "tt", "số tt", "số thứ tự"}
PUA0 = 0xF0000  # placeholders for footnotes/links while parsing emphasis
DROPPED_LINES = []  # table rows dropped on purpose (repeated headers)


# --------------------------------------------------------------------------
# pandoc AST helpers
# --------------------------------------------------------------------------

def Str(s):
    return {"t": "Str", "c": s}


SPACE = {"t": "Space"}
LINEBREAK = {"t": "LineBreak"}


def Para(inl):
    return {"t": "Para", "c": inl}


def text_inlines(s, specials=None):
    """Plain text -> Str/Space/LineBreak; placeholder chars -> special inlines."""
    out = []
    buf = []

    def flush():
        if buf:
            out.append(Str("".join(buf)))
            buf.clear()

    for ch in s:
        if ch == "\n":
            flush()
            out.append(LINEBREAK)
        elif ch in " \t\r":
            flush()
            out.append(SPACE)
        elif specials is not None and ord(ch) >= PUA0 and ord(ch) - PUA0 < len(specials):
            flush()
            out.append(specials[ord(ch) - PUA0])
        else:
            buf.append(ch)
    flush()
    return out


def normalize_inlines(inl):
    """Merge adjacent Str, collapse spaces, drop spaces at the edges and
    around LineBreaks (recursively inside Strong/Emph)."""
    res = []
    for x in inl:
        t = x["t"]
        if t in ("Strong", "Emph", "Superscript"):
            x = {"t": t, "c": normalize_inlines(x["c"])}
            if not x["c"]:
                continue
        if t == "Str" and res and res[-1]["t"] == "Str":
            res[-1] = Str(res[-1]["c"] + x["c"])
            continue
        if t == "Space":
            if not res or res[-1]["t"] in ("Space", "LineBreak"):
                continue
        if t == "LineBreak":
            while res and res[-1]["t"] == "Space":
                res.pop()
        res.append(x)
    while res and res[-1]["t"] == "Space":
        res.pop()
    return res


def stringify(node):
    """Plain text of an AST fragment (footnotes and table cells included)."""
    if isinstance(node, list):
        return "".join(stringify(n) for n in node)
    if not isinstance(node, dict):
        return ""
    t = node.get("t")
    c = node.get("c")
    if t == "Str":
        return c
    if t in ("Space", "LineBreak", "SoftBreak"):
        return " "
    if t in ("Strong", "Emph", "Superscript", "Plain"):
        return stringify(c)
    if t == "Para":
        return stringify(c) + " "
    if t == "Header":
        return stringify(c[2]) + " "
    if t == "Link":
        return stringify(c[1])
    if t == "Note":
        return " " + stringify(c) + " "
    if t == "Table":
        head, bodies = c[3], c[4]
        rows = list(head[1])
        for b in bodies:
            rows += b[2] + b[3]
        return " ".join(" ".join(stringify(cell[4]) for cell in r[1]) for r in rows) + " "
    return ""


# --------------------------------------------------------------------------
# inline markup: *emphasis*, footnote markers, autolinks
# --------------------------------------------------------------------------

def _is_punct(ch):
    return unicodedata.category(ch)[0] in "PS"


class _Delim:
    __slots__ = ("n", "orig", "can_open", "can_close")

    def __init__(self, n, can_open, can_close):
        self.n = self.orig = n
        self.can_open = can_open
        self.can_close = can_close


class _Node:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def _render(items, specials):
    """items (str | _Delim | _Node) -> inlines; leftover delimiters are text."""
    out = []
    buf = []
    for it in items:
        if isinstance(it, str):
            buf.append(it)
        elif isinstance(it, _Delim):
            buf.append("*" * it.n)
        else:
            out += text_inlines("".join(buf), specials)
            buf = []
            out.append(it.v)
    out += text_inlines("".join(buf), specials)
    return out


def parse_emphasis(s, specials):
    """CommonMark-style delimiter-run algorithm, '*' only."""
    items = []
    i = 0
    n = len(s)
    while i < n:
        if s[i] == "*":
            j = i
            while j < n and s[j] == "*":
                j += 1
            before = s[i - 1] if i > 0 else "\n"
            after = s[j] if j < n else "\n"
            left = (not after.isspace()) and (
                not _is_punct(after) or before.isspace() or _is_punct(before))
            right = (not before.isspace()) and (
                not _is_punct(before) or after.isspace() or _is_punct(after))
            items.append(_Delim(j - i, left, right))
            i = j
        else:
            j = s.find("*", i)
            if j < 0:
                j = n
            items.append(s[i:j])
            i = j

    k = 0
    while k < len(items):
        d = items[k]
        if not (isinstance(d, _Delim) and d.can_close and d.n > 0):
            k += 1
            continue
        o_idx = None
        for m in range(k - 1, -1, -1):
            o = items[m]
            if isinstance(o, _Delim) and o.can_open and o.n > 0:
                if (o.can_close or d.can_open) and (o.orig + d.orig) % 3 == 0 \
                        and not (o.orig % 3 == 0 and d.orig % 3 == 0):
                    continue
                o_idx = m
                break
        if o_idx is None:
            k += 1
            continue
        o = items[o_idx]
        use = 2 if (o.n >= 2 and d.n >= 2) else 1
        inner = _render(items[o_idx + 1:k], specials)
        node = _Node({"t": "Strong" if use == 2 else "Emph", "c": inner})
        o.n -= use
        d.n -= use
        items[o_idx + 1:k] = [node]
        if o.n == 0:
            del items[o_idx]
        k = items.index(d)
        if d.n == 0:
            del items[k]
    return _render(items, specials)


class FootnoteStore:
    def __init__(self):
        self.bodies = {}   # number -> [ [para lines], ... ] queue of notes
        self.used = 0

    def add(self, num, paras):
        self.bodies.setdefault(num, []).append(paras)

    def take(self, num):
        q = self.bodies.get(num)
        if q:
            self.used += 1
            return q.pop(0)
        return None


def md_inlines(lines, notes=None):
    """Lines of one paragraph (markdown-ish) -> list of pandoc inlines."""
    text = "\n".join(l.rstrip(" \t\r") for l in lines)
    specials = []

    def placeholder(node):
        specials.append(node)
        return chr(PUA0 + len(specials) - 1)

    def marker(m):
        num = int((m.group(1) or "").translate(SUP_TO_ASCII) or m.group(2))
        body = notes.take(num) if notes is not None else None
        if body is not None:
            blocks = [Para(md_inlines(p)) for p in body]
            return placeholder({"t": "Note", "c": blocks})
        if m.group(2) is not None:   # <sup>n</sup> without a footnote body
            return placeholder({"t": "Superscript", "c": [Str(m.group(2))]})
        return m.group(0)            # keep the superscript digits as text

    def autolink(m):
        url = m.group(1)
        return placeholder({"t": "Link",
                            "c": [["", ["uri"], []], [Str(url)], [url, ""]]})

    text = RE_AUTOLINK.sub(autolink, text)
    text = RE_MARKER.sub(marker, text)
    return normalize_inlines(parse_emphasis(text, specials))


# --------------------------------------------------------------------------
# table cells: a little HTML
# --------------------------------------------------------------------------

class _CellHTML(HTMLParser):
    BREAKS = {"p", "li", "div", "ul", "ol", "tr", "table", "h1", "h2", "h3",
              "h4", "h5", "h6"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras = []
        self.cur = []
        self.b = self.i = self.sup = 0

    def flush(self):
        if any(r[0] == "t" and r[1].strip() for r in self.cur):
            self.paras.append(self.cur)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BREAKS:
            self.flush()
        elif tag == "br":
            self.cur.append(("br",))
        elif tag in ("b", "strong"):
            self.b += 1
        elif tag in ("i", "em"):
            self.i += 1
        elif tag == "sup":
            self.sup += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.cur.append(("br",))
        elif tag in self.BREAKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.BREAKS:
            self.flush()
        elif tag in ("b", "strong"):
            self.b = max(0, self.b - 1)
        elif tag in ("i", "em"):
            self.i = max(0, self.i - 1)
        elif tag == "sup":
            self.sup = max(0, self.sup - 1)

    def handle_data(self, data):
        self.cur.append(("t", data, self.b > 0, self.i > 0, self.sup > 0))

    def close(self):
        super().close()
        self.flush()


def _runs_to_inlines(runs):
    out = []
    groups = []          # merge consecutive runs with equal formatting
    for r in runs:
        if r[0] == "br":
            groups.append(r)
        elif groups and groups[-1][0] == "t" and groups[-1][2:] == r[2:]:
            groups[-1] = ("t", groups[-1][1] + r[1]) + r[2:]
        else:
            groups.append(r)
    for g in groups:
        if g[0] == "br":
            out.append(LINEBREAK)
            continue
        _, txt, bold, ital, sup = g
        txt = re.sub(r"\s+", " ", txt)
        core = txt.strip(" ")
        if txt.startswith(" "):
            out.append(SPACE)
        if core:
            inl = text_inlines(core)
            if sup:
                inl = [{"t": "Superscript", "c": inl}]
            if ital:
                inl = [{"t": "Emph", "c": inl}]
            if bold:
                inl = [{"t": "Strong", "c": inl}]
            out += inl
        if txt.endswith(" ") and core:
            out.append(SPACE)
    return normalize_inlines(out)


def cell_blocks(raw):
    raw = raw.strip()
    if not raw:
        return []
    p = _CellHTML()
    p.feed(raw)
    p.close()
    return [Para(_runs_to_inlines(runs)) for runs in p.paras]


# --------------------------------------------------------------------------
# block structure
# --------------------------------------------------------------------------

class Block:
    def __init__(self, kind, lines, lineno):
        self.kind = kind        # para | heading | hr | fn | table
        self.lines = lines
        self.lineno = lineno
        self.level = 0
        self.fnnum = None
        self.segments = None    # for tables: list of row-line lists

    def __repr__(self):
        return "<%s@%d %r>" % (self.kind, self.lineno, self.lines[0][:40])


def split_raw_blocks(text):
    """Blank-line separated groups of lines, then split tables from text."""
    groups = []
    cur = []
    start = 0
    for no, line in enumerate(text.split("\n"), 1):
        if "\t" not in line and line.strip(" \r") == "":
            if cur:
                groups.append((start, cur))
                cur = []
            continue
        if not cur:
            start = no
        cur.append(line.rstrip("\r"))
    if cur:
        groups.append((start, cur))

    blocks = []
    for start, lines in groups:
        # runs of TAB lines are table rows, other runs are paragraphs
        run = []
        run_is_table = None
        run_start = start
        for off, line in enumerate(lines):
            is_tab = "\t" in line
            if run and is_tab != run_is_table:
                blocks.append(Block("table" if run_is_table else "para", run, run_start))
                run = []
            if not run:
                run_start = start + off
                run_is_table = is_tab
            run.append(line)
        if run:
            blocks.append(Block("table" if run_is_table else "para", run, run_start))
    return blocks


def referenced_markers(blocks):
    """Footnote numbers referenced from text outside footnote bodies."""
    nums = []
    for b in blocks:
        lines = list(b.lines)
        if lines and RE_FN_START.match(lines[0]) and b.kind == "para":
            lines[0] = RE_FN_START.sub("", lines[0], count=1)
        for line in lines:
            for m in RE_MARKER.finditer(line):
                nums.append(int((m.group(1) or "").translate(SUP_TO_ASCII) or m.group(2)))
    return nums


def classify(blocks):
    refs = referenced_markers(blocks)
    available = {}
    for n in refs:
        available[n] = available.get(n, 0) + 1
    for b in blocks:
        if b.kind != "para":
            continue
        first = b.lines[0]
        m = RE_FN_START.match(first)
        if m:
            num = int((m.group(1) or "").translate(SUP_TO_ASCII) or m.group(2))
            rest = first[m.end():]
            if available.get(num, 0) > 0 and (rest.strip() or len(b.lines) > 1):
                available[num] -= 1
                b.kind = "fn"
                b.fnnum = num
                b.lines = [rest] + b.lines[1:]
                continue
        if len(b.lines) == 1 and RE_HR.match(first):
            b.kind = "hr"
            continue
        m = RE_HEADING.match(first)
        if m:
            b.kind = "heading"
            b.level = len(m.group(1))
            b.lines = [m.group(2)] + b.lines[1:]


def _strip_end(s):
    s = s.rstrip()
    while True:
        t = re.sub(r"(?:[" + SUP_DIGITS + r"]+|<sup>\s*\d+\s*</sup>|\*+|</?[a-z]+>)$", "", s, flags=re.I).rstrip()
        if t == s:
            return s
        s = t


def _strip_start(s):
    return s.lstrip(" \t*_")


def ends_complete(lines):
    s = _strip_end(lines[-1])
    return bool(s) and s[-1] in TERMINAL


# "a) Kết quả ...", "đ. ...", "iv) ...": enumerated headings/items, not text
# that continues the previous paragraph
RE_ENUM = re.compile(r"^(?:[a-zđ]|[ivx]{1,4})[.)](?:\s|$)")


def starts_lowercase(lines):
    s = _strip_start(lines[0])
    return bool(s) and s[0].islower() and not RE_ENUM.match(s)


def _paren_balance(lines):
    t = "\n".join(lines)
    return t.count("(") - t.count(")")


def is_split_continuation(prev_lines, cur_lines):
    """cur continues prev, which was cut by a page break / footnote block."""
    if ends_complete(prev_lines):
        return False
    if starts_lowercase(cur_lines):
        return True
    # "(... Tân Quy*" / "*Đông ... 1).*": an open parenthesis closed only in
    # the next paragraph
    return _paren_balance(prev_lines) > 0 and _paren_balance(cur_lines) < 0


def collect_footnotes(blocks, store):
    """Move footnote bodies (and their '---' separators, and footnote
    paragraphs that continue a body) out of the flow into store."""
    out = []
    i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        zone_start = b.kind == "fn" or (
            b.kind == "hr" and i + 1 < n and blocks[i + 1].kind == "fn")
        if not zone_start:
            out.append(b)
            i += 1
            continue
        anchor = out[-1] if out else None
        anchor_cut = anchor is not None and anchor.kind == "para" and not ends_complete(anchor.lines)
        last = None
        j = i
        while j < n:
            bj = blocks[j]
            if bj.kind == "fn":
                last = [bj.lines]
                store.add(bj.fnnum, last)
                j += 1
                continue
            if bj.kind == "hr" and j + 1 < n and blocks[j + 1].kind == "fn":
                j += 1
                continue
            if (bj.kind == "para" and anchor_cut and last is not None
                    and not is_split_continuation(anchor.lines, bj.lines)
                    and _continuation_follows(blocks, j + 1, anchor)):
                last.append(bj.lines)     # 2nd paragraph of the last footnote
                j += 1
                continue
            break
        i = j
    return out


def _continuation_follows(blocks, j, anchor, lookahead=3):
    for b in blocks[j:j + lookahead]:
        if b.kind != "para":
            return False
        if is_split_continuation(anchor.lines, b.lines):
            return True
    return False


def merge_split_paragraphs(blocks):
    out = []
    for b in blocks:
        if (b.kind == "para" and out and out[-1].kind == "para"
                and is_split_continuation(out[-1].lines, b.lines)):
            prev = out[-1]
            prev.lines = prev.lines[:-1] + [prev.lines[-1].rstrip() + " " + b.lines[0].lstrip()] + b.lines[1:]
        else:
            out.append(b)
    return out


def merge_table_segments(blocks):
    out = []
    for b in blocks:
        if b.kind == "table":
            ncols = max(len(l.split("\t")) for l in b.lines)
            if out and out[-1].kind == "table" and out[-1].ncols == ncols:
                out[-1].segments.append(b.lines)
                continue
            b.segments = [b.lines]
            b.ncols = ncols
        out.append(b)
    return out


def _append_cell(prev_blocks, more):
    if not more:
        return prev_blocks
    if not prev_blocks:
        return list(more)
    last, first = prev_blocks[-1], more[0]
    lt, ft = stringify(last["c"]).strip(), stringify(first["c"]).strip()
    if lt and ft and is_split_continuation([lt], [ft]):
        merged = Para(normalize_inlines(last["c"] + [SPACE] + first["c"]))
        return prev_blocks[:-1] + [merged] + list(more[1:])
    return prev_blocks + list(more)


def two_row_header(h1, h2, cell):
    """Rebuild the merged cells of a two-row header (the TXT export leaves an
    empty cell where Word had a merged one):
        STT | Chỉ tiêu | Kết quả thống kê |     | Ghi chú
            |          | Đơn vị tính      | Số… |
    -> "Kết quả thống kê" spans two columns (empty neighbour in row 1 with
    text under both in row 2); STT, Chỉ tiêu, Ghi chú span two rows (text in
    row 1, nothing under it in row 2)."""
    ncols = len(h1)
    e1 = [not c.strip() for c in h1]
    e2 = [not c.strip() for c in h2]
    spans = []                     # [first column, colspan]
    for c in range(ncols):
        if spans and e1[c] and not e2[c] and not e1[spans[-1][0]] \
                and all(not e2[k] for k in range(spans[-1][0], c)):
            spans[-1][1] += 1
        else:
            spans.append([c, 1])
    row1, covered = [], set()
    for first, width in spans:
        rowspan = 1
        if width == 1 and not e1[first] and e2[first]:
            rowspan = 2
            covered.add(first)
        row1.append(cell(cell_blocks(h1[first]), rowspan, width))
    row2 = [cell(cell_blocks(h2[c])) for c in range(ncols) if c not in covered]
    return [[ATTR, row1], [ATTR, row2]]


def build_table(b):
    ncols = b.ncols

    def cells(line):
        c = line.split("\t")
        return c + [""] * (ncols - len(c))

    segs = [[cells(l) for l in seg] for seg in b.segments]
    norm = lambda r: [re.sub(r"\s+", " ", c.strip()) for c in r]

    head = []
    first = segs[0]
    if first and first[0][0].strip().lower() in HEADER_FIRST_CELLS:
        head.append(first[0])
        first = first[1:]
        if first and first[0][0].strip() == "" and any(c.strip() for c in first[0]):
            head.append(first[0])           # two-row header
            first = first[1:]
    segs[0] = first

    body = []
    for si, seg in enumerate(segs):
        rows = list(seg)
        if si > 0 and head:
            for h in head:                  # header repeated on the new page
                if rows and norm(rows[0]) == norm(h):
                    DROPPED_LINES.append("\t".join(rows[0]))
                    rows = rows[1:]
                else:
                    break
        for ri, r in enumerate(rows):
            conv = [cell_blocks(c) for c in r]
            if si > 0 and ri == 0 and r[0].strip() == "" and body:
                body[-1] = [_append_cell(p, m) for p, m in zip(body[-1], conv)]
            else:
                body.append(conv)

    # relative column widths from the amount of text per column
    all_rows = [[cell_blocks(c) for c in h] for h in head] + body
    weights = []
    for ci in range(ncols):
        lens = [len(stringify(r[ci])) for r in all_rows] or [1]
        weights.append(max(2.0, (sum(lens) / len(lens)) ** 0.5, max(lens) ** 0.35))
    tot = sum(weights)
    widths = [max(0.09, w / tot) for w in weights]   # 0.09: room for "STT"
    tot = sum(widths)
    widths = [round(w / tot, 4) for w in widths]
    widths[-1] = round(1.0 - sum(widths[:-1]), 4)

    def cell(blocks, rowspan=1, colspan=1):
        return [ATTR, {"t": "AlignDefault"}, rowspan, colspan, blocks]

    def row(cs):
        return [ATTR, [cell(c) for c in cs]]

    colspecs = [[{"t": "AlignDefault"}, {"t": "ColWidth", "c": w}] for w in widths]
    if len(head) == 2:
        head_rows = two_row_header(head[0], head[1], cell)
    else:
        head_rows = [row([cell_blocks(c) for c in h]) for h in head]
    body_rows = [row(r) for r in body]
    return {"t": "Table", "c": [
        ATTR,
        [None, []],                       # Caption: (Maybe ShortCaption, [Block])
        colspecs,
        [ATTR, head_rows],                # TableHead
        [[ATTR, 0, [], body_rows]],       # [TableBody attr rowHeadCols headRows rows]
        [ATTR, []],                       # TableFoot
    ]}


def seed_to_ast(text):
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    blocks = split_raw_blocks(text)
    classify(blocks)
    store = FootnoteStore()
    blocks = collect_footnotes(blocks, store)
    blocks = merge_split_paragraphs(blocks)
    blocks = merge_table_segments(blocks)
    out = []
    for b in blocks:
        if b.kind == "para":
            out.append(Para(md_inlines(b.lines, store)))
        elif b.kind == "heading":
            out.append({"t": "Header", "c": [b.level, ATTR, md_inlines(b.lines, store)]})
        elif b.kind == "hr":
            out.append({"t": "HorizontalRule"})
        elif b.kind == "table":
            out.append(build_table(b))
        elif b.kind == "fn":     # cannot happen: bodies were moved to store
            out.append(Para(md_inlines(b.lines, store)))
    leftover = [(n, q) for n, q in store.bodies.items() if q]
    for n, q in leftover:        # never lose text: unreferenced bodies stay
        for paras in q:
            for p in paras:
                out.append(Para(md_inlines(p)))
    if out and out[-1]["t"] == "Table":
        # Word always has a paragraph mark after a table that ends the
        # document; without it LibreOffice writes a .doc whose last table has
        # no rows (Apache POI and LibreOffice itself then lose the table).
        # (An empty Para would be dropped by pandoc, so: a raw empty w:p.)
        out.append({"t": "RawBlock", "c": ["openxml", "<w:p />"]})
    return {"pandoc-api-version": API_VERSION,
            "meta": {"lang": {"t": "MetaString", "c": "vi-VN"}},
            "blocks": out}


# --------------------------------------------------------------------------
# self check: every word of the seed must appear in the AST
# --------------------------------------------------------------------------

def _words(s):
    s = RE_AUTOLINK.sub(lambda m: " " + m.group(1) + " ", s)
    s = re.sub(r"<sup>\s*\d+\s*</sup>", "", s, flags=re.I)
    s = RE_TAG.sub(lambda m: "" if re.match(r"</?(b|i|em|strong|span|u|sup|sub|a|font)\b", m.group(0), re.I) else " ", s)
    s = html.unescape(s)
    s = re.sub(r"[" + SUP_DIGITS + r"*]", "", s)
    s = re.sub(r"(?m)^#{1,6}(?=[ \t])", " ", s)
    s = re.sub(r"(?m)^[ \t]*-{3,}[ \t]*$", " ", s)
    words = {}
    for w in s.split():
        words[w] = words.get(w, 0) + 1
    return words


def _flow_text(node, notes):
    """Like stringify(), but the text of footnotes goes to notes[] and the
    note itself leaves nothing in the flow (as a marker in the seed)."""
    if isinstance(node, list):
        return "".join(_flow_text(n, notes) for n in node)
    if not isinstance(node, dict):
        return ""
    t, c = node.get("t"), node.get("c")
    if t == "Note":
        notes.append(_flow_text(c, notes))
        return ""
    if t == "Superscript":
        return ""
    if t in ("Strong", "Emph", "Plain"):
        return _flow_text(c, notes)
    if t == "Para":
        return _flow_text(c, notes) + " "
    if t == "Header":
        return _flow_text(c[2], notes) + " "
    if t == "Link":
        return _flow_text(c[1], notes)
    if t == "Table":
        rows = list(c[3][1])
        for b in c[4]:
            rows += b[2] + b[3]
        return " ".join(" ".join(_flow_text(cell[4], notes) for cell in r[1]) for r in rows) + " "
    return stringify(node)


def check_ast(text, ast, dropped_lines):
    """Compare the words of the seed with the words of the AST.  Rows dropped
    on purpose (table headers repeated after a page break) are discounted."""
    src = _words(text)
    for line in dropped_lines:
        for w, c in _words(line).items():
            src[w] -= c
    notes = []
    flow = _flow_text(ast["blocks"], notes)
    got = _words(flow + " " + " ".join(notes))
    missing = {w: c - got.get(w, 0) for w, c in src.items() if c > got.get(w, 0)}
    extra = {w: c - src.get(w, 0) for w, c in got.items() if c > src.get(w, 0)}
    return missing, extra


# --------------------------------------------------------------------------
# reference docx
# --------------------------------------------------------------------------

TNR = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
       'w:eastAsia="Times New Roman" w:cs="Times New Roman" />')
A4_SECTPR = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838" />'
             '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
             'w:header="720" w:footer="720" w:gutter="0" /></w:sectPr>')
BORDERS = ('<w:tblBorders>' + "".join(
    '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000" />' % side
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')


def _edit_style(styles, style_id, fn):
    pat = re.compile(r'(<w:style [^>]*w:styleId="%s".*?</w:style>)' % re.escape(style_id), re.S)
    return pat.sub(lambda m: fn(m.group(1)), styles, count=1)


def make_reference(src, dst):
    with zipfile.ZipFile(src) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for info, data in entries:
        if info.filename == "word/styles.xml":
            s = data.decode("utf-8")
            # every theme font (body, headings, title) -> Times New Roman
            s = re.sub(r"<w:rFonts [^>]*Theme=[^>]*/>", TNR, s)
            # body text 13 pt
            s = re.sub(r'(<w:rPrDefault>.*?)<w:sz w:val="\d+" />\s*<w:szCs w:val="\d+" />',
                       r'\1<w:sz w:val="26" /><w:szCs w:val="26" />', s, count=1, flags=re.S)
            s = re.sub(r'<w:lang w:val="[^"]*"', '<w:lang w:val="vi-VN"', s, count=1)
            for sid in ["Title", "Subtitle"] + ["Heading%d" % k for k in range(1, 10)]:
                s = _edit_style(s, sid, lambda st: re.sub(r"<w:color [^>]*/>", '<w:color w:val="000000" />', st))
            # paragraph spacing: 6 pt after body paragraphs, 3 pt in table cells
            # (left aligned: justified lines that end in a manual line break
            # would be stretched, e.g. "BAO CAO<br>...")
            s = re.sub(r'(<w:pPrDefault>\s*<w:pPr>\s*)<w:spacing w:after="\d+" />',
                       r'\1<w:spacing w:after="60" />', s, count=1)
            s = _edit_style(s, "BodyText", lambda st: st.replace(
                '<w:spacing w:before="180" w:after="180" />',
                '<w:spacing w:before="0" w:after="120" />'))
            s = _edit_style(s, "FootnoteText", lambda st: st.replace(
                "</w:style>", '<w:pPr><w:spacing w:after="0" /></w:pPr>'
                '<w:rPr><w:sz w:val="20" /><w:szCs w:val="20" /></w:rPr></w:style>'))
            s = _edit_style(s, "Table", lambda st: st.replace(
                '<w:tblInd w:w="0" w:type="dxa" />',
                '<w:tblInd w:w="0" w:type="dxa" />' + BORDERS, 1))
            data = s.encode("utf-8")
        elif info.filename == "word/document.xml":
            s = data.decode("utf-8")
            s, k = re.subn(r"<w:sectPr\s*/>|<w:sectPr\b.*?</w:sectPr>", A4_SECTPR, s, flags=re.S)
            if k == 0:
                s = s.replace("</w:body>", A4_SECTPR + "</w:body>")
            data = s.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in out:
            zout.writestr(info, data)


# --------------------------------------------------------------------------

def main(argv):
    if len(argv) >= 3 and argv[1] == "ast":
        with open(argv[2], encoding="utf-8") as f:
            text = f.read()
        ast = seed_to_ast(text)
        missing, extra = check_ast(text, ast, DROPPED_LINES)
        if missing or extra:
            sys.stderr.write("%s: text not preserved!\n  missing: %r\n  extra: %r\n"
                             % (argv[2], missing, extra))
            return 1
        data = json.dumps(ast, ensure_ascii=False)
        if len(argv) >= 4:
            with open(argv[3], "w", encoding="utf-8") as f:
                f.write(data)
        else:
            sys.stdout.write(data)
        return 0
    if len(argv) == 4 and argv[1] == "reference":
        make_reference(argv[2], argv[3])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
