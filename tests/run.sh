#!/usr/bin/env bash
# Runs every test of the project. Installs what the tests need that the machine lacks, builds, publishes the API the
# way the Dockerfile does, runs every test project, executes the notebooks against the published service, and ends
# with one line: "tests: N passed, N failed, N skipped" (each notebook counts as one test).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="$root/artifacts"
rm -rf "$artifacts/test-results"
mkdir -p "$artifacts"

apt_install() { # apt_install PACKAGE… : installs Debian packages that are missing (root, or sudo when present)
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Browser tests drive Debian's Chromium; the notebook runs on Debian's Jupyter (each installed only when its tests exist).
if [ -d tests/Search.E2E.Tests ]; then apt_install chromium; fi
# The web-archive reader is tested on archives that Debian's wget writes from a page server on loopback.
apt_install wget
if [ -d tests/notebooks ]; then apt_install curl jupyter-nbconvert python3-ipykernel python3-pandas python3-requests python3-matplotlib; fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Search.sln -c Release -warnaserror

# The Dockerfile's publish step; the published-API test starts the app from this folder.
dotnet publish src/Search.Api/Search.Api.csproj -c Release -o "$artifacts/publish/api"
export SEARCH_PUBLISH_DIR="$artifacts/publish/api"
# The browser tests save screenshots of the main views here.
export SEARCH_SCREENSHOT_DIR="$artifacts/screenshots"

status=0
dotnet test Search.sln -c Release --no-build --logger "trx" --results-directory "$artifacts/test-results" || status=$?

# The notebook runs end to end against the published service on a free loopback port; a failing cell fails the tests.
notebooks_passed=0 notebooks_failed=0
if [ -d tests/notebooks ]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  service_dir=$(mktemp -d)
  (cd "$SEARCH_PUBLISH_DIR" && exec dotnet Search.Api.dll --urls "http://127.0.0.1:$port" \
      "--Search:IndexPath=$service_dir/index" "--Search:ArticlesPath=$root/index-data/articles" "--Search:StatePath=$service_dir/state.db") > "$artifacts/notebook-service.log" 2>&1 &
  service_pid=$!
  trap 'kill $service_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 $service_pid 2>/dev/null || break
    sleep 0.5
  done
  for notebook in tests/notebooks/*.ipynb; do
    if SEARCH_API="http://127.0.0.1:$port" PYDEVD_DISABLE_FILE_VALIDATION=1 /usr/bin/python3 -Xfrozen_modules=off -m jupyter nbconvert \
         --to notebook --execute "$notebook" --output-dir "$artifacts/notebooks" --ExecutePreprocessor.timeout=300; then
      notebooks_passed=$((notebooks_passed + 1)); echo "notebook passed: $notebook"
    else
      notebooks_failed=$((notebooks_failed + 1)); status=1; echo "notebook FAILED: $notebook (service log: $artifacts/notebook-service.log)"
    fi
  done
  kill $service_pid 2>/dev/null || true
fi

# One closing line over all test projects, read from their result files.
python3 - "$artifacts/test-results" "$notebooks_passed" "$notebooks_failed" <<'PY' || true
import glob, re, sys
passed, failed, skipped = int(sys.argv[2]), int(sys.argv[3]), 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    m = re.search(r'<Counters [^>]*', open(f, encoding="utf-8").read())
    if not m: continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
