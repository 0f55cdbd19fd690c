#!/usr/bin/env bash
# Fail when the given folders differ from what git has committed (changed, deleted or new files).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
changes=$(git status --porcelain --untracked-files=all -- "$@")
if [ -n "$changes" ]; then
  echo "check-clean: regeneration changed committed files:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- "$@" >&2
  exit 1
fi
echo "check-clean: $* reproduce byte for byte"
