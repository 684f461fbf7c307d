#!/usr/bin/env bash
# Archive benchmark: ingest speed and size, then search latency (p50/p95) and recall for 1-, 2-, 3-,
# 4-character and two-term queries, against SQLite's trigram tokenizer and a LIKE scan in the same run.
#
#   Benchmarks/archive.sh [ARTICLES]     (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
WORK=Benchmarks/work/archive-$N
mkdir -p "$WORK"
swift build -c release --product jianbao >/dev/null
BIN=$(swift build -c release --show-bin-path)/jianbao

if [ ! -f "$WORK/corpus.done" ]; then
  rm -rf "$WORK/pages"
  python3 Benchmarks/make_archive_corpus.py Tests/JianbaoCoreTests/Fixtures/liaoning-daily-2020-03-05-p2.expected.json \
    "$WORK/pages" --articles "$N"
  touch "$WORK/corpus.done"
fi
rm -f "$WORK"/archive.sqlite*
start=$(date +%s.%N)
"$BIN" ingest "$WORK/pages" --archive "$WORK/archive.sqlite" --batch 1024 2>/dev/null
end=$(date +%s.%N)
python3 - "$start" "$end" "$WORK/archive.sqlite" <<'PY'
import os, sqlite3, sys
start, end, path = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
n = sqlite3.connect(path).execute("SELECT count(*) FROM article").fetchone()[0]
size = sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
print("ingest: %d articles in %.1f s = %.0f articles/s (2 cores); archive %.2f GB" % (n, end - start, n / (end - start), size / 1e9))
PY
"$BIN" optimize --archive "$WORK/archive.sqlite"
echo "archive in use (the LIKE truth first, then each query's runs; first p95 = each query's first run):"
"$BIN" bench-search --archive "$WORK/archive.sqlite" --queries "$WORK/queries.txt" --repeats 5 --like
# Cold: the page cache emptied before each query's first run (needs root; skipped otherwise).
if [ -w /proc/sys/vm/drop_caches ]; then
  echo "cold (page cache emptied before each query's first run):"
  "$BIN" bench-search --archive "$WORK/archive.sqlite" --queries "$WORK/queries.txt" --repeats 3 --drop-caches
fi
