#!/usr/bin/env bash
# Runs the hook from .pre-commit-hooks.yaml with the real pre-commit tool (`pre-commit try-repo`)
# in a throwaway git repository: a broken diagram must fail the hook, a clean one must pass.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v pre-commit >/dev/null; then
  echo "pre-commit not installed (apt-get install pre-commit)"; exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
printf '# Clean\n\n```mermaid\nflowchart LR\n    A["Service (v2)"] --> B\n```\n' > clean.md
printf '# Broken\n\n```mermaid\nflowchart LR\n    A[Service (v2)] --> B\n```\n' > broken.md
git add clean.md broken.md
export PRE_COMMIT_HOME="$work/.cache"
if pre-commit try-repo "$repo" atlas-lint --files clean.md > clean.log 2>&1; then
  echo "pre-commit: clean diagram passes"
else
  cat clean.log; echo "FAIL: the hook rejected a clean diagram"; exit 1
fi
if pre-commit try-repo "$repo" atlas-lint --files broken.md > broken.log 2>&1; then
  cat broken.log; echo "FAIL: the hook accepted a broken diagram"; exit 1
fi
grep -q "broken.md" broken.log || { cat broken.log; echo "FAIL: no file:line in the hook's output"; exit 1; }
grep -E "broken.md|error" broken.log | head -3
echo "pre-commit: broken diagram fails the hook"
