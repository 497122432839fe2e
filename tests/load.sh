#!/usr/bin/env bash
# Load run (not part of the tests: it takes minutes). Starts the published service over a large index on a loopback
# port and drives it with Debian's `hey` (installed when missing) for DURATION at 16 concurrent connections: 10 on
# searches with facets and highlights, 4 on article views, 2 on exports. Reports requests/s, latency p50/p99 and
# status codes per stream, and the service's memory after warm-up and at the end.
# Pass: no errors and no non-2xx answers other than intentional 429s (rate-limited exports), and memory at the end
# within 20% of memory after warm-up.
#   tests/load.sh                       # over the 100k-article benchmark index (built by tests/benchmark.sh)
#   INDEX=path/to/index DURATION=60s tests/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
index=${INDEX:-$root/artifacts/bench-work/index-100000}
duration=${DURATION:-60s}
out="$root/artifacts/load"
mkdir -p "$out"
if [ ! -d "$index" ]; then
  echo "no index at $index: run COUNTS=100000 tests/benchmark.sh first, or set INDEX" >&2
  exit 2
fi
if ! command -v hey >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hey >/dev/null
fi
[ -f artifacts/publish/api/Search.Api.dll ] || dotnet publish src/Search.Api/Search.Api.csproj -c Release -o artifacts/publish/api >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
(cd artifacts/publish/api && exec dotnet Search.Api.dll --urls "$base" "--Search:IndexPath=$index" --Logging:LogLevel:Default=Warning) > "$out/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }

# Queries and articles drawn from the index itself, so every request has an answer.
ids=$(curl -fs "$base/api/search?limit=50&highlight=false&facets=" | python3 -c 'import json,sys; print(" ".join(h["id"] for h in json.load(sys.stdin)["hits"]))')
words=$(curl -fs "$base/api/search?limit=1&facets=person&facetSize=5&highlight=false" | python3 -c 'import json,sys; print(" ".join(v["value"].split()[-1] for v in json.load(sys.stdin)["facets"]["person"]))')
set -- $words
search="$base/api/search?q=$1&facets=outlet,country,person,year"
article="$base/api/articles/$(echo "$ids" | cut -d' ' -f7)?q=$2"
export_url="$base/api/export?q=%22$3%22&format=ndjson"

# Warm-up on all three streams (so JIT, pools and buffers of every path are in the baseline), then the memory baseline.
hey -z 15s -c 10 "$search" >/dev/null &
w1=$!
hey -z 15s -c 4 "$article" >/dev/null &
w2=$!
hey -z 15s -c 2 "$export_url" >/dev/null &
w3=$!
wait $w1 $w2 $w3
sleep 2
warm=$(rss)
hey -z "$duration" -c 10 "$search" > "$out/search.txt" &
a=$!
hey -z "$duration" -c 4 "$article" > "$out/article.txt" &
b=$!
hey -z "$duration" -c 2 "$export_url" > "$out/export.txt" &
c=$!
wait $a $b $c
end=$(rss)

status=0
report() { # report NAME FILE ALLOWED_CODES
  local rps p50 p99 codes bad
  rps=$(awk '/Requests\/sec/ {print $2}' "$2")
  p50=$(awk '/50% in/ {print $3*1000}' "$2")
  p99=$(awk '/99% in/ {print $3*1000}' "$2")
  codes=$(awk '/^ *\[[0-9]+\]/ {printf "%s%s", sep, $1" "$2; sep=", "}' "$2")
  bad=$(awk -v ok="$3" '/^ *\[[0-9]+\]/ { code=substr($1,2,3); if (index(ok, code) == 0) n += $2 } END { print n+0 }' "$2")
  errors=$(awk '/Error distribution/ {e=1; next} e && /\[/ {gsub(/[][]/, "", $1); n += $1} END {print n+0}' "$2")
  echo "| $1 | $rps | $p50 ms | $p99 ms | $codes | $errors |"
  if [ "$bad" != 0 ] || [ "$errors" != 0 ]; then status=1; fi
}
{
  echo "Load run of $(date -u +%F) on $(nproc) cores, $(awk '/MemTotal/ {print int($2/1024/1024)}' /proc/meminfo) GB: $duration, 16 connections, index $(basename "$index")."
  echo
  echo "| stream | requests/s | p50 | p99 | status codes | errors |"
  echo "| --- | ---: | ---: | ---: | --- | ---: |"
  report "search (10 connections)" "$out/search.txt" "200"
  report "article view (4)" "$out/article.txt" "200"
  report "export (2)" "$out/export.txt" "200 429"
  echo
  echo "Service memory: $warm MB after warm-up, $end MB at the end."
} | tee "$out/report.md"
growth=$(( (end - warm) * 100 / warm ))
if [ "$growth" -gt 20 ]; then echo "memory grew by $growth% (over 20%)"; status=1; fi
[ $status -eq 0 ] && echo "load: passed" || echo "load: FAILED"
exit $status
