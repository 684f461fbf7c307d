#!/usr/bin/env python3
"""Character-level variants of the hand-written pages: how many pages still read as their gold.

Each page of Tests/JianbaoCoreTests/Fixtures/pages/indented/ is printed again with one habit of
copies, OCR or other typesetting applied to every line, indented as written and (the variants
marked bl_) with the indents dropped, one paragraph a line:

  punct     , : ; ? ! ( ) for the full-width marks
  fwdigits  full-width digits (２０２５年３月)
  quotes    ASCII " for “ and ”
  dash      -- for ——
  nbsp      two no-break spaces for the indent's two U+3000
  ascii2    two ASCII spaces for the indent; ascii4: four; tab: one tab; one: one U+3000
  trail     two spaces after every line
  blanksp   blank lines holding U+3000 and a space
  lead      a space before every unindented line
  w36_nbsp, w36_ascii2, w48_nbsp, w48_ascii2
            hard-wrapped at 18 or 24 characters (as wrap_check.py wraps), the indent two no-break
            or two ASCII spaces: an indent as wide as one full-width space, as a wrap inside a padded
            name leaves (通讯员孙 | 　明)
  chars20, chars25
            hard-wrapped every 20 or 25 characters, counted as a script counts them (2024年 is five
            characters wide, not three and a half), the indent kept

Every printing is clipped and compared with NAME.expected.json (headlines, paragraphs without
blanks, reporters), after folding full-width digits, quotes and dashes on both sides for the
variants that change them (the text keeps what the page printed). Wrong pages are named with
their first difference.

    Scripts/variant_check.py [--bin .build/release/jianbao]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from break_check import INDENT, first_difference, hand_written_pages, reading  # noqa: E402
import wrap_check  # noqa: E402


def indented(fn):
    return lambda ls: [fn(l[2:]) if l.startswith(INDENT) else l for l in ls]


PUNCT = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})
FW_DIGITS = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)})
FOLD = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {'"': "", "“": "", "”": "", "-": "—"})

VARIANTS = {
    "punct": lambda ls: [l.translate(PUNCT) for l in ls],
    "fwdigits": lambda ls: [l.translate(FW_DIGITS) for l in ls],
    "quotes": lambda ls: [l.replace("“", '"').replace("”", '"') for l in ls],
    "dash": lambda ls: [l.replace("——", "--") for l in ls],
    "nbsp": indented(lambda rest: "\u00a0\u00a0" + rest),
    "ascii2": indented(lambda rest: "  " + rest),
    "ascii4": indented(lambda rest: "    " + rest),
    "tab": indented(lambda rest: "\t" + rest),
    "one": indented(lambda rest: "\u3000" + rest),
    "trail": lambda ls: [l + "  " if l else l for l in ls],
    "blanksp": lambda ls: [l if l else "\u3000 " for l in ls],
    "lead": lambda ls: [" " + l if l and not l.startswith("\u3000") else l for l in ls],
}
FOLDED = {"fwdigits", "quotes", "dash"}


def flush(fn):
    return lambda ls: fn([l[len(INDENT):] if l.startswith(INDENT) else l for l in ls])


for _name in ["punct", "fwdigits", "quotes", "dash", "trail", "blanksp", "lead"]:
    VARIANTS["bl_" + _name] = flush(VARIANTS[_name])


def wrapped(width, fn):
    return lambda ls: [fn(l) for l in wrap_check.render(ls, width, False).split("\n")]


def by_characters(n):
    """Hard wraps that count characters, not display columns (a digit as wide as a Han character)."""
    return lambda ls: [l[i:i + n] for l in ls for i in range(0, max(len(l), 1), n)]


for _n in (20, 25):
    VARIANTS[f"chars{_n}"] = by_characters(_n)

for _width in (36, 48):
    VARIANTS[f"w{_width}_nbsp"] = wrapped(_width, lambda l: "\u00a0\u00a0" + l[2:] if l.startswith(INDENT) else l)
    VARIANTS[f"w{_width}_ascii2"] = wrapped(_width, lambda l: "  " + l[2:] if l.startswith(INDENT) else l)


def folded(r):
    return [(h.translate(FOLD) if h else h, [p.translate(FOLD) for p in ps], rs) for h, ps, rs in r]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=".build/release/jianbao")
    args = ap.parse_args()
    wrong = {v: 0 for v in VARIANTS}
    total = {v: 0 for v in VARIANTS}
    with tempfile.TemporaryDirectory() as tmp:
        printings = []
        for name, lines, gold in hand_written_pages():
            for v, fn in VARIANTS.items():
                page = os.path.join(tmp, f"{v}-{name}.txt")
                with open(page, "w", encoding="utf-8") as f:
                    f.write("\n".join(fn(lines)) + "\n")
                printings.append((v, name, page, gold))
        out = subprocess.run([args.bin, "clip", "--format", "json"] + [p[2] for p in printings], capture_output=True, text=True, check=True)
        for (v, name, _, gold), clipped in zip(printings, json.loads(out.stdout)["pages"]):
            got = reading(clipped["articles"])
            if v.replace("bl_", "") in FOLDED:
                got, gold = folded(got), folded(gold)
            total[v] += 1
            if got == gold:
                continue
            wrong[v] += 1
            number, want = first_difference(got, gold)
            print(f"  {v} {name}: article {number} ({want}) reads differently", file=sys.stderr)
    for v in VARIANTS:
        print(f"{v:12} {wrong[v]:3} wrong of {total[v]:3} pages")


if __name__ == "__main__":
    main()
