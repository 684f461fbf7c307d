#!/usr/bin/env python3
"""Generate an archive benchmark corpus: N articles recombined from the specimen's sentences, with
realistic lengths, generated people's names (so names are as rare as in real papers) and dates
spread over 20 years, printed as blank-line-layout pages of 14 articles.

    make_archive_corpus.py GOLD.json OUTDIR --articles 1000000 [--seed 1]

Also writes OUTDIR/../queries.txt: one query per line, tab, its class (1..4 characters, two terms).
"""
import argparse
import datetime
import json
import os
import random
import re

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国俊峰宇浩凯晨波斌宁志林春荣向群作钧求发一雷福海东文博承川"
TITLES = ["省委副书记", "副省长", "市委书记", "市长", "县委书记", "省人大常委会副主任", "局长", "主任"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("outdir")
    ap.add_argument("--articles", type=int, default=1000000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    gold = json.load(open(args.gold, encoding="utf-8"))["pages"][0]["articles"]
    sentences = []
    for a in gold:
        for p in a["paragraphs"]:
            sentences += [s for s in re.split(r"(?<=[。！？])", p) if len(s) > 6]
    headlines = [a["headline"] for a in gold]
    names = set()
    while len(names) < 50000:
        n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        names.add(n)
    names = sorted(names)
    os.makedirs(args.outdir, exist_ok=True)
    start = datetime.date(2005, 1, 1)
    days = 20 * 365
    per_page = 14
    pages = (args.articles + per_page - 1) // per_page
    written = 0
    used_names = []
    page_of_day = {}
    for p in range(pages):
        day = start + datetime.timedelta(days=p * days // pages)
        page_of_day[day] = page_of_day.get(day, 0) + 1
        lines = ["", ""]
        for _ in range(min(per_page, args.articles - written)):
            person = rng.choice(names)
            used_names.append(person)
            lines.append(rng.choice(headlines)[:rng.randint(8, 20)] + person[:1] + "等调研")
            lines.append("")
            paragraphs = []
            for k in range(rng.randint(3, 7)):
                body = "".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
                if k == 0:
                    body = "%s%s出席会议并讲话。" % (rng.choice(TITLES), person) + body
                paragraphs.append(body)
            paragraphs[0] = "本报讯 记者%s报道 " % rng.choice(names) + paragraphs[0]
            lines += paragraphs
            lines.append("")
            written += 1
        name = "bench-daily-%s-p%d.txt" % (day.isoformat(), page_of_day[day])
        with open(os.path.join(args.outdir, name), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    # Queries: names of 2 and 3 characters, common 1- and 4-character terms, two-term queries.
    two = [n for n in used_names if len(n) == 2]
    three = [n for n in used_names if len(n) == 3]
    queries = []
    for n in rng.sample(two, min(40, len(two))):
        queries.append((n, "2-char name"))
    for n in rng.sample(three, min(40, len(three))):
        queries.append((n, "3-char name"))
    for t in ["疫", "锋", "桥", "港", "鞍", "涉", "奠", "驴", "厕", "纾"]:
        queries.append((t, "1-char"))
    for t in ["复工复产", "人居环境", "联防联控", "春耕备耕", "防控物资", "基础设施", "志愿服务", "外贸企业", "脱贫攻坚", "临床救治"]:
        queries.append((t, "4-char"))
    for n in rng.sample(three, 10):
        queries.append((n + " 疫情", "two terms"))
    with open(os.path.join(os.path.dirname(os.path.abspath(args.outdir)), "queries.txt"), "w", encoding="utf-8") as fh:
        for q, c in queries:
            fh.write("%s\t%s\n" % (q, c))
    print("%d articles on %d pages" % (written, pages))


if __name__ == "__main__":
    main()
