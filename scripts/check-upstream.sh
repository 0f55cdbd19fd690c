#!/usr/bin/env bash
# Derive the spec again from the platform's upstream document, regenerate, and fail on any
# difference from what is committed.
#
# The document is $C8Y_UPSTREAM_SPEC (a path or URL) when set; otherwise
# ../shared/spec/c8y-oas-latest.yml beside the checkout. A clone without that folder (and without
# the variable) skips this check with a notice: the committed spec is still regenerated and
# compared by the steps before it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
upstream=${C8Y_UPSTREAM_SPEC:-}
if [ -z "$upstream" ]; then
  upstream="$root/../shared/spec/c8y-oas-latest.yml"
  if [ ! -f "$upstream" ]; then
    echo "check-upstream: SKIPPED, no upstream document at $upstream;" \
         "set C8Y_UPSTREAM_SPEC to a c8y-oas path or URL to run this check" >&2
    exit 0
  fi
fi
bash "$root/scripts/regen.sh" --upstream "$upstream"
bash "$root/scripts/check-clean.sh" openapi generated
