#!/usr/bin/env bash
# Measures the HTML report at 10,000 cases: file size (must stay <= 10 MB), render time, and Chromium's first paint
# and time until the case list is ready. Figures: out/measurements/report-scale.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ONCOANSWER_MEASURE=1 dotnet test tests/OncoAnswer.Report.Tests -c Release --filter "FullyQualifiedName~ReportScaleMeasurement" --logger "console;verbosity=detailed" | grep -E "cases:|answer text|html file|render|paint|ready|shown|Passed!|Failed"
