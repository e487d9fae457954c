#!/usr/bin/env bash
# npm test's first step: the typecheck and the lint side by side. Each is one process on one core, so on CI's
# two cores the pair takes as long as the slower one, not the sum. Each one's output is printed whole, in turn;
# the step fails if either does.
set -uo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
npm run --silent typecheck >"$dir/typecheck" 2>&1 &
typecheck=$!
npm run --silent lint >"$dir/lint" 2>&1 &
lint=$!
wait "$typecheck"; typecheck_status=$?
wait "$lint"; lint_status=$?
for step in typecheck lint; do
  status_var="${step}_status"
  echo "── npm run ${step}: $([ "${!status_var}" -eq 0 ] && echo passed || echo "failed (exit ${!status_var})")"
  cat "$dir/$step"
done
[ "$typecheck_status" -eq 0 ] && [ "$lint_status" -eq 0 ]
