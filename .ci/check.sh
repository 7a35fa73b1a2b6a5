#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bin=node_modules/.bin
start=$SECONDS
step() { printf '\n▶ %s  (%ss)\n' "$1" "$((SECONDS - start))"; }

step 'type-check (src, tests, benches)'
"$bin/tsc" -p tsconfig.json --noEmit

step 'lint'
"$bin/eslint" --max-warnings 0 .

step 'unit, property and type tests with coverage (TZ=UTC)'
mkdir -p .tmp
"$bin/vitest" run --config test/vitest.config.ts --coverage --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
node -e 'const r = require("./.tmp/vitest.json"); console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)'

step 'time-zone sensitive tests again under TZ=America/Los_Angeles and TZ=Asia/Kolkata'
for tz in America/Los_Angeles Asia/Kolkata; do
  TZ=$tz "$bin/vitest" run --config test/vitest.config.ts --typecheck.enabled=false --passWithNoTests test/core/time test/complaints
done

step 'build (tsup: ESM + CJS + d.ts/d.cts)'
"$bin/tsup" --silent

step 'publint'
"$bin/publint" --strict

step 'attw --pack (node10, node16-cjs, node16-esm, bundler)'
"$bin/attw" --pack . --format table-flipped

step 'consumer smoke test (packed tarball in ESM, CJS, TS node16 and TS bundler projects)'
node .ci/smoke.mjs

step 'tree-shaking'
node .ci/treeshake.mjs

step 'size budget (size-limit)'
"$bin/size-limit"

step 'docs (typedoc, warnings are errors)'
"$bin/typedoc" --treatWarningsAsErrors

step 'docs rendered in headless Chromium (every guide page, Mermaid diagrams, no console errors)'
node .ci/docs-check.mjs

printf '\n✔ all checks passed in %ss\n' "$((SECONDS - start))"
node -e 'const r = require("./.tmp/vitest.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)'
