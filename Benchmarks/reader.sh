#!/usr/bin/env bash
# Reader benchmark: wrk (Debian) against /api/search and an article page on an archive, loopback only.
#
#   Benchmarks/reader.sh [ARCHIVE] [QUERY]     (default: the 1,000,000-article archive of archive.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
ARCHIVE=${1:-Benchmarks/work/archive-1000000/archive.sqlite}
QUERY=${2:-$(head -1 Benchmarks/work/archive-1000000/queries.txt | cut -f1)}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product jianbao >/dev/null
BIN=$(swift build -c release --show-bin-path)/jianbao
PORT=18080
Q=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))" "$QUERY")
NAMES=$(mktemp)
SERVER=""
trap 'rm -f "$NAMES"; [ -n "$SERVER" ] && kill $SERVER 2>/dev/null' EXIT
if curl -s "http://127.0.0.1:$PORT/" > /dev/null 2>&1; then echo "port $PORT is taken: stop what serves there first" >&2; exit 1; fi
grep "2-char name" "$(dirname "$ARCHIVE")/queries.txt" | cut -f1 \
  | python3 -c "import sys, urllib.parse; [print(urllib.parse.quote(l.strip())) for l in sys.stdin]" > "$NAMES"

# Twice: as served (repeated searches answered from the cache until the archive changes), and with
# --cache-entries 0, where every request searches the archive.
for cache in 1024 0; do
  "$BIN" serve --archive "$ARCHIVE" --port $PORT --cache-entries $cache > /dev/null 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/api/newspapers" > /dev/null 2>&1 && break; sleep 0.2; done
  ID=$(curl -s "http://127.0.0.1:$PORT/api/search?q=$Q&limit=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['hits'][0]['articleId'])")
  echo "#### --cache-entries $cache; archive $ARCHIVE; query $QUERY; article $ID"
  for url in "/api/search?q=$Q" "/article/$ID" "/"; do
    echo "== $url"
    wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$PORT$url" | grep -E "Requests/sec|99%|50%|Latency|Non-2xx" || true
  done
  # The search endpoint over every two-character name of the benchmark's queries in turn.
  echo "== /api/search?q=<$(wc -l < "$NAMES") two-character names in turn>"
  QUERIES="$NAMES" wrk -t2 -c32 -d15s --latency -s Benchmarks/rotate.lua "http://127.0.0.1:$PORT" | grep -E "Requests/sec|99%|50%|Latency|Non-2xx" || true
  kill $SERVER; wait $SERVER 2>/dev/null || true
done
