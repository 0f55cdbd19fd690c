#!/usr/bin/env bash
# Regenerate the low-level client `c8y_rest` from the derived spec.
#
#   scripts/regen.sh                         generate from the committed openapi/c8y-core.json
#   scripts/regen.sh --upstream PATH_OR_URL  derive openapi/c8y-core.json again from a platform's
#                                            c8y-oas document, then generate
#   scripts/regen.sh --spec PATH             generate from another derived spec (with --out: tests
#                                            regenerate from an edited copy this way)
#   --out DIR                                write the derived spec and the package below DIR
#                                            (DIR/openapi, DIR/generated) instead of the working tree
#
# Needs the pinned tools of openapi/requirements-regen.txt on PATH (`tox -e regen` provides them).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
upstream=""
out=""
spec=""
while [ $# -gt 0 ]; do
  case "$1" in
    --upstream) upstream=${2:?--upstream needs a path or URL}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --spec) spec=${2:?--spec needs a path}; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "regen.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

want_generator=$(sed -n 's/^openapi-python-client==//p' "$root/openapi/requirements-regen.txt")
want_ruff=$(sed -n 's/^ruff==//p' "$root/openapi/requirements-regen.txt")
have_generator=$(openapi-python-client --version 2>/dev/null | awk '{print $NF}' || true)
have_ruff=$(ruff --version 2>/dev/null | awk '{print $NF}' || true)
if [ "$have_generator" != "$want_generator" ] || [ "$have_ruff" != "$want_ruff" ]; then
  echo "regen.sh: needs openapi-python-client $want_generator and ruff $want_ruff on PATH" \
       "(found '${have_generator:-none}' and '${have_ruff:-none}');" \
       "run 'tox -e regen' or pip install -r openapi/requirements-regen.txt" >&2
  exit 2
fi

spec_dir="$root/openapi"
gen_dir="$root/generated"
if [ -n "$out" ]; then
  mkdir -p "$out/openapi" "$out/generated"
  spec_dir=$(cd "$out/openapi" && pwd)
  gen_dir=$(cd "$out/generated" && pwd)
fi

if [ -n "$upstream" ]; then
  python "$root/scripts/derive_spec.py" --upstream "$upstream" \
    --overlay "$root/openapi/overlay.yaml" \
    --output "$spec_dir/c8y-core.json" --record "$spec_dir/c8y-core.sha256.json"
elif [ -n "$spec" ]; then
  [ -z "$out" ] && { echo "regen.sh: --spec needs --out (the committed spec stays as it is)" >&2; exit 2; }
  cp "$spec" "$spec_dir/c8y-core.json"
elif [ -n "$out" ]; then
  cp "$root/openapi/c8y-core.json" "$root/openapi/c8y-core.sha256.json" "$spec_dir/"
fi

# Generate into a scratch folder first, so a failed run leaves the previous package in place.
scratch=$(mktemp -d "$gen_dir/.regen.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
openapi-python-client generate \
  --path "$spec_dir/c8y-core.json" \
  --config "$root/openapi/config.yaml" \
  --custom-template-path "$root/openapi/templates" \
  --meta none \
  --fail-on-warning \
  --output-path "$scratch/c8y_rest"
# The request descriptions the object model builds its requests from (scripts/gen_wire.py).
python "$root/scripts/gen_wire.py" --spec "$spec_dir/c8y-core.json" --output "$scratch/c8y_rest/wire.py"
ruff format --quiet --no-cache --line-length 100 "$scratch/c8y_rest/wire.py"
# PEP 561 marker: the package ships its annotations.
: > "$scratch/c8y_rest/py.typed"
rm -rf "$gen_dir/c8y_rest"
mv "$scratch/c8y_rest" "$gen_dir/c8y_rest"
echo "regen.sh: generated $(find "$gen_dir/c8y_rest/api" -name '*.py' ! -name '__init__.py' | wc -l) operations into $gen_dir/c8y_rest"
