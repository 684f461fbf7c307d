#!/usr/bin/env python3
"""Pages without a gold file, printed in every layout: where does the reading change with the layout?

Each PAGE given (an indented page, paragraphs starting with two U+3000, one paragraph a line) is
rendered by Scripts/render_layouts.py into its seven other printings (hard wraps at 18, 21 and 26
characters, with and without indents, flush with a blank after every paragraph, one paragraph a
line in GB18030, a blank after every line) in a scratch directory, and with --breaks N also into
Scripts/break_check.py's five printings with column breaks at random places (any, comma, indblank,
indtight, between), N seeds each; every printing is clipped.
The indented reading stands in for the gold: for each printing that reads otherwise (kicker,
headline, subtitle, reporters or paragraphs, blanks aside) the first difference is shown. Use it on
pages you write to probe a new kind of page: a difference is either a fault of the reader or a
printing that cannot be told apart (a flush paragraph whose last line fills the column).

    Scripts/layout_check.py [--bin .build/release/jianbao] [--breaks 3] PAGE.txt...
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import break_check  # noqa: E402
import render_layouts  # noqa: E402


def folded(s):
    return "".join(ch for ch in (s or "") if not ch.isspace())


def reading(binary, path):
    out = subprocess.run([binary, "clip", "--format", "json", path], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    page = json.loads(out.stdout)["pages"][0]
    return [
        (folded(a.get("kicker")), folded(a.get("headline")), folded(a.get("subtitle")), tuple(a.get("reporters") or []),
         tuple(folded(p) for p in a["paragraphs"]))
        for a in page["articles"]
    ]


def first_difference(want, got):
    for i, (w, g) in enumerate(zip(want, got)):
        if w == g:
            continue
        if w[:4] != g[:4]:
            return f"article {i + 1}: stack/reporters {g[:4]} where the indented page has {w[:4]}"
        for j in range(max(len(w[4]), len(g[4]))):
            a = w[4][j] if j < len(w[4]) else None
            b = g[4][j] if j < len(g[4]) else None
            if a != b:
                # (Shown from a little before the first character where the two part.)
                k = next((n for n, (x, y) in enumerate(zip(a or "", b or "")) if x != y), min(len(a or ""), len(b or "")))
                start = max(0, k - 12)
                return (f"article {i + 1} ({w[1] or '-'}), paragraph {j + 1}: {(b or '')[start:start + 40]!r} where the indented page has "
                        f"{(a or '')[start:start + 40]!r}")
    if len(want) != len(got):
        return f"{len(got)} articles where the indented page has {len(want)}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=".build/release/jianbao")
    parser.add_argument("--breaks", type=int, default=0, help="seeds of random column breaks per way (0: none)")
    parser.add_argument("pages", nargs="+")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="layout-check-")
    try:
        os.makedirs(os.path.join(scratch, "indented"))
        for page in args.pages:
            shutil.copy(page, os.path.join(scratch, "indented"))
        for page in args.pages:
            render_layouts.main(os.path.join(scratch, "indented", os.path.basename(page)))
            lines = open(page, encoding="utf-8").read().split("\n")
            for mode in ("any", "comma", "indblank", "indtight", "between"):
                for seed in range(args.breaks):
                    folder = os.path.join(scratch, f"breaks-{mode}-{seed}")
                    os.makedirs(folder, exist_ok=True)
                    rng = random.Random(zlib.crc32(f"{seed}{os.path.basename(page)}{mode}".encode()))
                    with open(os.path.join(folder, os.path.basename(page)), "w", encoding="utf-8") as f:
                        f.write(break_check.render(lines, mode, rng))
        layouts = sorted(d for d in os.listdir(scratch) if d != "indented")
        differing = 0
        for page in args.pages:
            name = os.path.basename(page)
            want = reading(args.bin, os.path.join(scratch, "indented", name))
            if want is None:
                print(f"{name}: the indented page could not be read", file=sys.stderr)
                continue
            for layout in layouts:
                got = reading(args.bin, os.path.join(scratch, layout, name))
                difference = "could not be read" if got is None else first_difference(want, got)
                if difference:
                    differing += 1
                    print(f"{layout:20} {name}: {difference}")
        print(f"{differing} of {len(args.pages) * len(layouts)} printings read otherwise than their indented page")
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
