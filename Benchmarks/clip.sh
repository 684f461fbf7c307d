#!/usr/bin/env bash
# Clip throughput against jieba (the named peer), same text, same run, one core each.
#
#   Benchmarks/clip.sh [MEGABYTES]     (default 50)
#
# Builds jianbao in release mode, generates a corpus of pages from the specimen's gold articles
# (Benchmarks/make_corpus.py: three layouts, random column breaks, leads, damage), times
# `jianbao clip --format jsonl` over it on one core (best of 3), then times jieba.lcut over the same
# text (installed into Benchmarks/work/venv), and prints characters per second and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-50}
WORK=Benchmarks/work
mkdir -p "$WORK"

swift build -c release --product jianbao >/dev/null
BIN=$(swift build -c release --show-bin-path)/jianbao

if [ ! -f "$WORK/corpus-$MB.done" ]; then
  rm -rf "$WORK/corpus"
  python3 Benchmarks/make_corpus.py Tests/JianbaoCoreTests/Fixtures/liaoning-daily-2020-03-05-p2.expected.json \
    "$WORK/corpus" --megabytes "$MB" > "$WORK/corpus.txt"
  touch "$WORK/corpus-$MB.done"
fi
cat "$WORK/corpus.txt"

if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q jieba
fi

CORE="taskset -c 0"
command -v taskset >/dev/null || CORE=""

best=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  $CORE "$BIN" clip --format jsonl "$WORK/corpus" > "$WORK/clip.jsonl"
  end=$(date +%s.%N)
  t=$(python3 -c "print($end - $start)")
  best=$(python3 -c "b='$best'; print(min(float(b), $t) if b else $t)")
done
articles=$(wc -l < "$WORK/clip.jsonl")

$CORE "$WORK/venv/bin/python" - "$WORK/corpus" "$best" "$articles" <<'PY'
import os, sys, time
import jieba
corpus, clip_seconds, articles = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
text = "".join(open(f, encoding="utf-8").read() for f in files)
chars = len(text)
jieba.setLogLevel(60)
jieba.initialize()
start = time.perf_counter()
jieba.lcut(text)
jieba_seconds = time.perf_counter() - start
clip_rate, jieba_rate = chars / clip_seconds, chars / jieba_seconds
print("corpus: %d files, %d characters, %.1f MB" % (len(files), chars, len(text.encode("utf-8")) / 1e6))
print("jianbao clip --format jsonl (one core, best of 3): %.2f s, %.2f M chars/s, %d articles" % (clip_seconds, clip_rate / 1e6, articles))
print("jieba.lcut (peer, one core, dictionary loaded):    %.2f s, %.2f M chars/s" % (jieba_seconds, jieba_rate / 1e6))
print("ratio: clip is %.1fx jieba" % (clip_rate / jieba_rate))
PY
