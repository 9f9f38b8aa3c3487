#!/usr/bin/env bash
# The in-editor test layer, from a clean checkout: set up (idempotent), build, run the extension-host
# suite and the UI tests in code-server, and print one closing "hermetic: N passed, N failed" line.
# Exit code: non-zero when any part failed. Usage (repo root): bash test/hermetic/ci.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
step() { echo; echo "=== hermetic: $1 ($(( $(date +%s) - start ))s)"; }

step "setup"
bash test/hermetic/setup.sh || { echo "hermetic: 0 passed, 1 failed"; exit 1; }

step "build (tsc, bundle)"
npx tsc -p . >/tmp/hermetic-tsc.log 2>&1 || echo "(tsc reported type errors; it still emits: see /tmp/hermetic-tsc.log)"
npm run bundle --silent || { echo "hermetic: 0 passed, 1 failed"; exit 1; }

passed=0; failed=0; status=0
count() { # adds up the "name: N passed, N failed" line a runner printed last
  local line; line=$(grep -E '^[a-z0-9-]+: [0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  passed=$(( passed + $(sed -E 's/^[^:]+: ([0-9]+) passed.*/\1/' <<<"${line:-x: 0 passed}") ))
  failed=$(( failed + $(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"${line:-x: 1 failed}") ))
}

if [ -n "${VSCODE_EXECUTABLE:-}" ]; then
  step "extension-host suite in desktop VS Code ($VSCODE_EXECUTABLE)"
  node out/test/vscode/runTest.js || status=1
fi

step "extension-host suite in code-server"
node test/hermetic/run-suite.mjs 2>&1 | tee /tmp/hermetic-suite.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count /tmp/hermetic-suite.log

step "UI tests (Playwright) in code-server"
node test/hermetic/e2e.mjs 2>&1 | tee /tmp/hermetic-e2e.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count /tmp/hermetic-e2e.log

step "done"
echo "hermetic: $passed passed, $failed failed"
exit $status
