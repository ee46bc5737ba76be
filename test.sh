#!/usr/bin/env bash
# Runs every test: unit, functional (on SQLite and on PostgreSQL) and browser (Debian's chromium + axe).
# Brings up what the tests need when it is missing: Debian's chromium, PostgreSQL, poppler-utils, zbar-tools,
# fonts-dejavu-core, libstemmer0d, libvoikko1, voikko-fi and nginx packages (as root;
# otherwise it says what to install), and a throwaway PostgreSQL on 127.0.0.1 in a temporary data folder.
# Ends with a plain line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(pg_bin)" ] || missing+=(postgresql)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
ls /usr/lib/*/libstemmer.so.0d >/dev/null 2>&1 || missing+=(libstemmer0d)
ls /usr/lib/*/libvoikko.so.1 >/dev/null 2>&1 || missing+=(libvoikko1)
[ -d /usr/lib/voikko ] || missing+=(voikko-fi)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need Debian packages that are missing. Install them with:"
    echo "  sudo apt-get install ${missing[*]}"
    exit 1
  fi
fi

if [ -z "${TRAININGSITE_TEST_POSTGRES:-}" ]; then
  bin=$(pg_bin)
  port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  pgdata=$(mktemp -d /tmp/trainingsite-pg-XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
  as_postgres "$bin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  # A test server: durability off (the data is thrown away), enough connections for parallel test classes.
  as_postgres "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" >/dev/null
  trap 'as_postgres "$bin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdata"' EXIT
  export TRAININGSITE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Maximum Pool Size=20"
  echo "PostgreSQL for tests on 127.0.0.1:$port"
fi

dotnet build TrainingSite.sln -c Release -nologo -v quiet
status=0
dotnet test TrainingSite.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results" || status=$?

# Sum the test results of every project; count the PostgreSQL and browser tests separately so a run
# that skipped them can be told from one that passed them.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = postgres = browser = 0
for trx in glob.glob(sys.argv[1] + "/*.trx"):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", ns):
        outcome, name = result.get("outcome"), result.get("testName")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:
            failed += 1
        if outcome == "Passed" and "Postgres" in name:
            postgres += 1
        if outcome == "Passed" and "BrowserTests" in name:
            browser += 1
print(f"postgres tests passed: {postgres}")
print(f"browser tests passed: {browser}")
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
