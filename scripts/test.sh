#!/usr/bin/env bash
# Runs every OncoAnswer test from a fresh clone: installs what the tests need when it is missing, builds in
# Release with warnings as errors, then runs all test projects. Usage: ./scripts/test.sh [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET SDK 10 (dotnet) is required: https://dot.net" >&2
  exit 1
fi

dotnet build OncoAnswer.sln -c Release -warnaserror -nologo -v quiet
dotnet test OncoAnswer.sln -c Release --no-build --nologo "$@"
