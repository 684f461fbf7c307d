#!/usr/bin/env python3
"""Column breaks at random places on the hand-written pages: how many pages still read as their gold.

Each page of Tests/JianbaoCoreTests/Fixtures/pages/indented/ is printed again with about a third of
its longer paragraphs cut by a column break, in four ways:

  any       one paragraph a line (as the specimen), a blank line at the cut, cut anywhere
  comma     the same, cut somewhere after the paragraph's first comma
  indblank  indented, the rest of the paragraph unindented after a blank line
  indtight  indented, the rest unindented right under the cut line
  between   a blank line after every line (paragraphs apart), cut anywhere: a cut looks like a
            paragraph's end but for the sentence left open

A cut right after 。？！ on a one-paragraph-a-line page cannot be told from a paragraph end and is
not made. Every printing is clipped and compared with NAME.expected.json (headlines, paragraphs
without blanks, reporters); the wrong pages are counted per way and the first difference of each
is shown. Seeds are fixed, so two builds can be compared on the same printings.

    Scripts/break_check.py [--bin .build/release/jianbao] [--seeds 30]
"""
import argparse
import glob
import json
import os
import random
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "JianbaoCoreTests", "Fixtures", "pages")
INDENT = "\u3000\u3000"


def render(lines, mode, rng):
    out = []
    for line in lines:
        text = line[2:] if line.startswith(INDENT) else line
        # (A line set to the right, a signature, is one printed line however many blanks set it: no break cuts it.)
        if not line.startswith(INDENT) or len(text.lstrip("\u3000 ")) <= 28 or rng.random() >= 0.35:
            out.append(line if mode.startswith("ind") else line.lstrip("\u3000"))
            continue
        if mode == "comma":
            comma = text.find("，")
            if comma < 0 or comma + 2 >= len(text) - 2:
                out.append(text)
                continue
            cut = rng.randrange(comma + 2, len(text) - 2)
        else:
            cut = rng.randrange(4, len(text) - 2)
        if mode in ("any", "comma", "between"):
            if text[cut - 1] in "。？！":
                out.append(text)
                continue
            out += [text[:cut], "", text[cut:]]
        else:
            out += [INDENT + text[:cut]] + ([""] if mode == "indblank" else []) + [text[cut:]]
    if mode == "between":
        out = [line for line in out if line]
        return "\n\n".join(out)
    return "\n".join(out)


def fold(s):
    return None if s is None else "".join(ch for ch in s if not ch.isspace())


def hand_written_pages():
    """(name, lines, gold reading) of every hand-written page, in name order."""
    for path in sorted(glob.glob(os.path.join(ROOT, "indented", "*.txt"))):
        name = os.path.basename(path)[:-4]
        lines = open(path, encoding="utf-8").read().split("\n")
        gold = reading(json.load(open(os.path.join(ROOT, name + ".expected.json"), encoding="utf-8"))["articles"])
        yield name, lines, gold


def reading(articles):
    return [(fold(a["headline"]), [fold(p) for p in a["paragraphs"]], a["reporters"]) for a in articles]


def first_difference(got, gold):
    """The 1-based number of the first article that reads differently, and the gold headline there."""
    diff = next((i for i, (g, w) in enumerate(zip(got, gold)) if g != w), min(len(got), len(gold)))
    return diff + 1, gold[diff][0] if diff < len(gold) else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=".build/release/jianbao")
    ap.add_argument("--seeds", type=int, default=30)
    args = ap.parse_args()
    modes = {"any": args.seeds, "comma": args.seeds, "indblank": args.seeds // 3 or 1, "indtight": args.seeds // 3 or 1, "between": args.seeds}
    wrong = {m: 0 for m in modes}
    total = {m: 0 for m in modes}
    shown = set()
    with tempfile.TemporaryDirectory() as tmp:
        printings = []
        for name, lines, gold in hand_written_pages():
            for mode, seeds in modes.items():
                for seed in range(seeds):
                    rng = random.Random(zlib.crc32(f"{seed}{name}.txt{mode}".encode()))
                    page = os.path.join(tmp, f"{mode}-{seed}-{name}.txt")
                    with open(page, "w", encoding="utf-8") as f:
                        f.write(render(lines, mode, rng))
                    printings.append((mode, name, seed, page, gold))
        # One run over all printings: the pages come back in the order given.
        out = subprocess.run([args.bin, "clip", "--format", "json"] + [p[3] for p in printings], capture_output=True, text=True, check=True)
        for (mode, name, seed, _, gold), clipped in zip(printings, json.loads(out.stdout)["pages"]):
            got = reading(clipped["articles"])
            total[mode] += 1
            if got == gold:
                continue
            wrong[mode] += 1
            if (mode, name) not in shown:
                shown.add((mode, name))
                number, want = first_difference(got, gold)
                print(f"  {mode} {name} seed {seed}: article {number} ({want}) reads differently", file=sys.stderr)
    for mode in modes:
        print(f"{mode:9} {wrong[mode]:4} wrong of {total[mode]:4} pages")


if __name__ == "__main__":
    main()
