#!/usr/bin/env bash
# The benchmark run (not part of the tests: it takes minutes to hours). Publishes the indexer and the API as the
# Dockerfile does, then for each corpus size generates a synthetic corpus (cached in the work folder), indexes it end to
# end and searches it in process and over HTTP. Results: artifacts/bench/results.{json,md}.
#   tests/benchmark.sh                      # 10k and 100k articles
#   COUNTS=10000,100000,1000000 tests/benchmark.sh
#   tests/benchmark.sh micro                # BenchmarkDotNet micro-benchmarks (enrichment, highlighting, facets)
#   BENCH_REFERENCE=0 tests/benchmark.sh    # without the Apache Lucene 4.10 (Java) reference
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
# The reference, Apache Lucene 4.10 in Java (BENCH_REFERENCE=0 leaves it out): Debian's packages, installed when missing.
if [ "${BENCH_REFERENCE:-1}" = "1" ]; then
  need=()
  [ -f /usr/share/java/lucene-core-4.10.4.jar ] || need+=(liblucene4.10-java)
  command -v javac >/dev/null || need+=(default-jdk-headless)
  if [ ${#need[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  jars=$(ls /usr/share/java/lucene-{core,analyzers-common,queryparser,queries,facet,highlighter}-4.10.4.jar | tr '\n' ':')
  mkdir -p artifacts/java
  javac -nowarn -d artifacts/java -cp "$jars" tests/Search.Benchmarks/reference/LuceneReference.java
  export LUCENE_REFERENCE_CP="$root/artifacts/java:$jars"
fi
dotnet publish src/Search.Indexer/Search.Indexer.csproj -c Release -o artifacts/publish/indexer >/dev/null
dotnet publish src/Search.Api/Search.Api.csproj -c Release -o artifacts/publish/api >/dev/null
work=${BENCH_WORK:-$root/artifacts/bench-work}
$bench run "${COUNTS:-10000,100000}" "$work" "$root/artifacts/publish/indexer/Search.Indexer.dll" \
  "$root/artifacts/publish/api/Search.Api.dll" "${SECONDS_PER_LEVEL:-10}" "$root/artifacts/bench"
