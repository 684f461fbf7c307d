#!/usr/bin/env python3
"""Build a benchmark corpus: the specimen's gold articles re-printed as many pages, in the three
layouts, with random column breaks, leads, bylines, jump markers and damage (a word written twice).

    make_corpus.py GOLD.json OUTDIR --megabytes 50 [--seed 1]

Writes OUTDIR/<paper>-YYYY-MM-DD-p<N>.txt files and prints the total characters.
"""
import argparse
import datetime
import json
import os
import random

LEADS = ["本报讯 记者{a}报道 ", "本报讯（记者{a}）", "本报北京{m}月{d}日电（记者{a}、{b}）", "新华社沈阳{m}月{d}日电（记者{a}）"]
NAMES = ["王笑梅", "王坤", "唐佳丽", "吕丽", "曲宏", "刘大毅", "李越", "王敏娜", "刘涛", "张福海"]


def cut(p, rng, style):
    comma = max(p.find(","), p.find("，"))
    if comma < 0 or comma + 4 >= len(p) - 2 or rng.random() > 0.35:
        return [p]
    at = rng.randrange(comma + 2, len(p) - 2)
    if style == "blank" and p[at - 1] in "。！？：:;；":
        return [p]
    return [p[:at], p[at:]]


def wrap(text, width, indent):
    out, line, w = [], indent, len(indent) * 2
    for ch in text:
        cw = 1 if ord(ch) < 0x1100 else 2
        if w + cw > width * 2 and ch not in "，。、；：？！）”,.;:)":
            out.append(line)
            line, w = "", 0
        line += ch
        w += cw
    if line:
        out.append(line)
    return out


def render(articles, rng, style, day):
    out = ["", ""]
    for a in articles:
        out.append(a["headline"] or "无题")
        if style == "blank":
            out.append("")
        paras = list(a["paragraphs"])
        if a["kind"] == "continuation":
            paras[0] = "（上接第一版）" + paras[0]
        elif a["kind"] != "photo":
            names = rng.sample(NAMES, 2)
            paras[0] = rng.choice(LEADS).format(a=names[0], b=names[1], m=day.month, d=day.day) + paras[0]
        else:
            paras[-1] += " 本报特约记者 杨忠军 摄"
        if rng.random() < 0.1:  # damage: a word written twice
            i = rng.randrange(len(paras))
            k = rng.randrange(0, max(1, len(paras[i]) - 4))
            paras[i] = paras[i][:k + 2] + paras[i][k:k + 2] + paras[i][k + 2:]
        for p in paras:
            for j, piece in enumerate(cut(p, rng, style)):
                if j:
                    out.append("")
                indent = "　　" if j == 0 and style != "blank" else ""
                if style == "wrapped":
                    out.extend(wrap(piece, 22, indent))
                else:
                    out.append(indent + piece)
        out.append("")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("outdir")
    ap.add_argument("--megabytes", type=float, default=50)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))["pages"][0]["articles"]
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    total_bytes = total_chars = 0
    day = datetime.date(2010, 1, 1)
    n = 0
    while total_bytes < args.megabytes * 1e6:
        arts = gold[:]
        rng.shuffle(arts)
        style = ("blank", "indented", "wrapped")[n % 3]
        text = render(arts, rng, style, day)
        name = "bench-daily-%s-p%d.txt" % (day.isoformat(), n % 8 + 1)
        with open(os.path.join(args.outdir, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        total_bytes += len(text.encode("utf-8"))
        total_chars += len(text)
        n += 1
        if n % 8 == 0:
            day += datetime.timedelta(days=1)
    print("%d pages, %d bytes, %d characters" % (n, total_bytes, total_chars))


if __name__ == "__main__":
    main()
