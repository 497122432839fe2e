#!/usr/bin/env bash
# The benchmark run (not part of the tests: it takes minutes to hours). Publishes the indexer and the API as the
# Dockerfile does, then for each corpus size generates a synthetic corpus (cached in the work folder), indexes it end to
# end and searches it in process and over HTTP. Results: artifacts/bench/results.{json,md}.
#   tests/benchmark.sh                      # 10k and 100k articles
#   COUNTS=10000,100000,1000000 tests/benchmark.sh
#   tests/benchmark.sh micro                # BenchmarkDotNet micro-benchmarks (enrichment, highlighting, facets)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/Search.Benchmarks -c Release -warnaserror >/dev/null
bench="dotnet $root/tests/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll"
if [ "${1:-}" = "micro" ]; then
  shift
  exec $bench micro --filter '*' "$@"
fi
dotnet publish src/Search.Indexer/Search.Indexer.csproj -c Release -o artifacts/publish/indexer >/dev/null
dotnet publish src/Search.Api/Search.Api.csproj -c Release -o artifacts/publish/api >/dev/null
work=${BENCH_WORK:-$root/artifacts/bench-work}
$bench run "${COUNTS:-10000,100000}" "$work" "$root/artifacts/publish/indexer/Search.Indexer.dll" \
  "$root/artifacts/publish/api/Search.Api.dll" "${SECONDS_PER_LEVEL:-10}" "$root/artifacts/bench"
