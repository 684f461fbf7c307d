#!/usr/bin/env python3
"""Re-renders a hand-written indented page (paragraphs start with two U+3000) in the other two
layouts, for the golden fixtures under Tests/JianbaoCoreTests/Fixtures/pages/:

  hard-wrapped/  every line wrapped at 42 display columns (PDF-to-text), CRLF line ends
  hard-wrapped-flush/  the same with the indents dropped, as pdftotext without -layout prints it
  hard-wrapped-apart/  flush, with a blank line after every paragraph, as pdftotext prints paragraphs apart
  hard-wrapped-narrow/, hard-wrapped-wide/  indented, wrapped at 36 and 52 columns (18 and 26 characters), LF
  blank-lines/   indentation removed, one paragraph a line, GB18030-encoded
  blank-between/ the same with a blank line after every line (some e-paper copies), UTF-8 with BOM

    Scripts/render_layouts.py Tests/JianbaoCoreTests/Fixtures/pages/indented/NAME.txt
"""
import os
import sys
import unicodedata

WIDTH = 42


# Quotation marks, the ellipsis, the dash and the middle dot are of ambiguous width in Unicode, but
# Chinese type sets each on a full em, as the reader counts them (CharClass.displayWidth).
FULL_EM = set("\u2018\u2019\u201c\u201d\u2026\u2014\u00b7\u2022")


def width(ch):
    # (So are the symbols of ambiguous width from U+2100 to U+27BF and ※: ℃, Ⅱ, →, ∶, ①, ─, ◆, ★, ❶.)
    return 2 if ch in FULL_EM or unicodedata.east_asian_width(ch) in "WF" or 0x2100 <= ord(ch) <= 0x27BF or ch == "\u203b" else 1


def columns(s):
    return sum(width(c) for c in s)


def wrap(line, width=WIDTH):
    out, cur = [], ""
    for ch in line:
        if columns(cur + ch) > width:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def main(path):
    root = os.path.dirname(os.path.dirname(path))
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    wrapped = []
    for line in lines:
        wrapped += wrap(line) if columns(line) > WIDTH else [line]
    os.makedirs(os.path.join(root, "hard-wrapped"), exist_ok=True)
    with open(os.path.join(root, "hard-wrapped", name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(wrapped))
    os.makedirs(os.path.join(root, "hard-wrapped-flush"), exist_ok=True)
    with open(os.path.join(root, "hard-wrapped-flush", name), "w", encoding="utf-8") as f:
        f.write("\n".join(line.lstrip("\u3000") for line in wrapped))
    # Flush, with a blank line after every paragraph's end (a line ending in 。！？”） with text after it), as
    # pdftotext prints paragraphs apart.
    apart = []
    for k, line in enumerate(lines):
        apart += [piece.lstrip("\u3000") for piece in (wrap(line) if columns(line) > WIDTH else [line])]
        if line.rstrip()[-1:] in "。！？”）" and k + 1 < len(lines) and lines[k + 1].strip():
            apart.append("")
    os.makedirs(os.path.join(root, "hard-wrapped-apart"), exist_ok=True)
    with open(os.path.join(root, "hard-wrapped-apart", name), "w", encoding="utf-8") as f:
        f.write("\n".join(apart))
    # The narrow and wide ends of PDF-to-text columns: 18 and 26 characters, indented, LF.
    for directory, width in (("hard-wrapped-narrow", 36), ("hard-wrapped-wide", 52)):
        other = []
        for line in lines:
            other += wrap(line, width) if columns(line) > width else [line]
        os.makedirs(os.path.join(root, directory), exist_ok=True)
        with open(os.path.join(root, directory, name), "w", encoding="utf-8") as f:
            f.write("\n".join(other))
    os.makedirs(os.path.join(root, "blank-lines"), exist_ok=True)
    with open(os.path.join(root, "blank-lines", name), "w", encoding="gb18030") as f:
        f.write("\n".join(line.lstrip("\u3000") for line in lines))
    os.makedirs(os.path.join(root, "blank-between"), exist_ok=True)
    with open(os.path.join(root, "blank-between", name), "w", encoding="utf-8-sig") as f:
        f.write("".join(line.lstrip("\u3000") + "\n\n" for line in lines if line.strip()))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
