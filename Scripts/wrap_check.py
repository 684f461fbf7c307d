#!/usr/bin/env python3
"""Hard wraps at many widths on the hand-written pages: how many pages still read as their gold.

Each page of Tests/JianbaoCoreTests/Fixtures/pages/indented/ is wrapped as PDF-to-text wraps it
(every line, headings too, cut at the column's width counted in display columns: a Han character
two, a half-width digit one), with the paragraphs' two-space indent kept or flush (the indent
dropped), and either as printed or with a blank line after every paragraph's end (a line ending in
。！？”） with text after it, as pdftotext prints paragraphs apart), at each width given. Every printing is clipped and compared with
NAME.expected.json (headlines, paragraphs without blanks, reporters); the wrong pages are counted
per width and layout and named.

    Scripts/wrap_check.py [--bin .build/release/jianbao] [--columns 36,38,40,42,44,46,48,50,52]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from break_check import INDENT, hand_written_pages, reading  # noqa: E402
import render_layouts  # noqa: E402


def columns(ch):
    return render_layouts.width(ch)


def wrap(line, width):
    out, cur, n = [], "", 0
    for ch in line:
        if n + columns(ch) > width:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += columns(ch)
    if cur:
        out.append(cur)
    return out


def render(lines, width, flush, apart=False):
    out = []
    for k, line in enumerate(lines):
        if not line:
            out.append("")
            continue
        if line.startswith(INDENT):
            out += [piece.lstrip("\u3000") if flush else piece for piece in wrap(line, width)]
        else:
            out += wrap(line, width)
        if apart and line.rstrip()[-1:] in "。！？”）" and k + 1 < len(lines) and lines[k + 1].strip():
            out.append("")
    return "\n".join(out)


STYLES = [(False, False), (True, False), (False, True), (True, True)]  # (flush, apart)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=".build/release/jianbao")
    ap.add_argument("--columns", default="36,38,40,42,44,46,48,50,52")
    args = ap.parse_args()
    widths = [int(w) for w in args.columns.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        printings = []
        for name, lines, gold in hand_written_pages():
            for width in widths:
                for style in STYLES:
                    page = os.path.join(tmp, f"{width}{'f' if style[0] else ''}{'a' if style[1] else ''}-{name}.txt")
                    with open(page, "w", encoding="utf-8") as f:
                        f.write(render(lines, width, *style))
                    printings.append((width, style, name, page, gold))
        out = subprocess.run([args.bin, "clip", "--format", "json"] + [p[3] for p in printings], capture_output=True, text=True, check=True)
        wrong = {}
        for (width, style, name, _, gold), clipped in zip(printings, json.loads(out.stdout)["pages"]):
            if reading(clipped["articles"]) != gold:
                wrong.setdefault((width, style), []).append(name)
    pages = len(printings) // (len(STYLES) * len(widths))
    for width in widths:
        for style in STYLES:
            names = wrong.get((width, style), [])
            label = ("flush" if style[0] else "indented") + (", apart" if style[1] else "")
            print(f"{width:3} columns ({width // 2} characters) {label:15} {len(names):3} wrong of {pages}  {' '.join(names)}")


if __name__ == "__main__":
    main()
