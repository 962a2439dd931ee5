#!/usr/bin/env bash
# Regenerates the README's report screenshots under docs/screenshots from a small fixed run.
set -euo pipefail
cd "$(dirname "$0")/.."
ONCOANSWER_SCREENSHOTS=1 dotnet test tests/OncoAnswer.Report.Tests -c Release --filter "FullyQualifiedName~ReportScreenshots"
ls -l docs/screenshots
