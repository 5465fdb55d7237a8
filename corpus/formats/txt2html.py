#!/usr/bin/env python3
"""Render a plain-text annual report (tab- or pipe-delimited tables) as an HTML page.

Table blocks are found the same way the engine's TextReader finds them (a line with a tab, or a
pipe-delimited line; up to two blank lines inside a table; rule lines such as ---|--- dropped).
Each table becomes an HTML <table> close to the national layout:
  * trailing empty cells (an artefact of the text form) are dropped and the row's first non-empty
    cell, when it is a label, spans the missing columns (a row of values only is padded with empty
    cells on the left instead), so values stay right-aligned under their headings;
  * a leading empty cell directly below a text label becomes part of that label (rowspan), as the
    national 表三 layout merges "三、本年度办理结果" and "(三) 不予公开" down their rows.
Every other non-blank line becomes a <p>. Usage: txt2html.py input.txt output.html
"""
import html
import re
import sys


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def separator(line: str):
    if "\t" in line and line.strip():
        return "\t"
    s = line.strip()
    if "|" in s:
        n = s.count("|")
        if n >= 1 and (s.startswith("|") or s.endswith("|") or n >= 2 or " | " in s):
            return "|"
    return None


def is_rule(line: str) -> bool:
    s = line.replace("|", " ").replace("\t", " ").replace(":", " ").strip()
    return s == "" or all(c in "-—= " for c in s)


def split(line: str, sep: str):
    if sep == "\t":
        return [p.strip() for p in line.split("\t")]
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [p.strip() for p in s.split("|")]


def clean(line: str) -> str:
    out = "".join(c for c in line if not ((ord(c) < 0x20 and c != "\t") or c in "\ufeff\u200b"))
    return out.replace("｜", "|")


NUMERIC = re.compile(r"^[-+]?[0-9][0-9,.]*%?$")


def parse(text: str):
    """Blocks as ('p', text) or ('table', [cells...])."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks, rows, pending = [], [], 0
    for raw in lines:
        line = clean(raw)
        sep = separator(line)
        if sep:
            pending = 0
            if not is_rule(line):
                rows.append(split(line, sep))
            continue
        if not line.strip():
            if rows:
                pending += 1
                if pending <= 2:
                    continue
            if rows:
                blocks.append(("table", rows))
                rows = []
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        pending = 0
        blocks.append(("p", line.strip()))
    if rows:
        blocks.append(("table", rows))
    return blocks


def table_html(rows):
    rows = [r[:] for r in rows]
    for r in rows:
        while r and r[-1] == "":
            r.pop()
    rows = [r for r in rows if r]
    width = max(len(r) for r in rows)
    # cells: dict with text, rowspan, colspan; above[c] = cell occupying column c in previous row
    out_rows = []
    above = [None] * width
    for r in rows:
        first = next(i for i, t in enumerate(r) if t != "")
        extra = width - len(r)
        if extra and NUMERIC.match(r[first]):
            # a row of values only: pad on the left so the values stay under their columns
            r = [""] * extra + r
            first += extra
            extra = 0
        cells, occ, col = [], [None] * width, 0
        for i, t in enumerate(r):
            span = 1 + (extra if i == first else 0)
            owner = above[col] if col < width else None
            if i < first and owner is not None and owner["colspan"] == 1 and owner["text"] != "" \
                    and not NUMERIC.match(owner["text"]):
                owner["rowspan"] += 1
                occ[col] = owner
                col += 1
                continue
            cell = {"text": t, "rowspan": 1, "colspan": span}
            cells.append(cell)
            for k in range(col, min(width, col + span)):
                occ[k] = cell
            col += span
        out_rows.append(cells)
        above = occ
    parts = ['<table border="1" cellspacing="0" cellpadding="4">']
    for cells in out_rows:
        parts.append("<tr>")
        for c in cells:
            attrs = ""
            if c["rowspan"] > 1:
                attrs += ' rowspan="%d"' % c["rowspan"]
            if c["colspan"] > 1:
                attrs += ' colspan="%d"' % c["colspan"]
            parts.append("<td%s>%s</td>" % (attrs, html.escape(c["text"]) if c["text"] else "&nbsp;"))
        parts.append("</tr>")
    parts.append("</table>")
    return "\n".join(parts)


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, "rb") as f:
        text = decode(f.read())
    blocks = parse(text)
    title = next((t for k, t in blocks if k == "p"), "年度报告")
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title[:60]),
           "<style>td{vertical-align:top;font-size:10pt} p{font-size:12pt}</style>",
           "</head><body>"]
    for kind, content in blocks:
        if kind == "p":
            out.append("<p>%s</p>" % html.escape(content))
        else:
            out.append(table_html(content))
    out.append("</body></html>")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
