#!/usr/bin/env bash
# Runs every OncoAnswer test from a fresh clone: installs what the tests need when it is missing, builds in
# Release with warnings as errors, then runs all test projects. Usage: ./scripts/test.sh [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK 10 (dotnet) is required: https://dot.net" >&2
  exit 1
fi

# The report's browser tests drive Debian's Chromium through Playwright (Playwright's own browser download cannot
# work offline), so install the package when it is missing.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the report's browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: /usr/bin/chromium is missing; install the 'chromium' package (as root: apt-get install -y chromium)" >&2
    exit 1
  fi
fi

# The run store's contract tests run against SQLite and a real PostgreSQL server: start a throwaway cluster unless
# ONCOANSWER_TEST_POSTGRES already names one; stop it on the way out. Under this script PostgreSQL tests fail, not skip,
# when the server is unusable.
export ONCOANSWER_TEST_REQUIRE_POSTGRES=1
if [ -z "${ONCOANSWER_TEST_POSTGRES:-}" ]; then
  . scripts/postgres.sh
  trap pg_stop EXIT
  pg_start fsync=off
  export ONCOANSWER_TEST_POSTGRES="$PG_TEST_CONNECTION"
fi

dotnet build OncoAnswer.sln -c Release -warnaserror -nologo -v quiet
dotnet test OncoAnswer.sln -c Release --no-build --nologo "$@"
