#!/usr/bin/env bash
# Screenshot of the `kg viz` page in headless Chromium (the README's docs/graph.png):
#   tools/screenshot-graph.sh [GRAPH_DIR] [OUT_PNG] [NODE]
# NODE (kind/id, e.g. official/jin-zhuanglong) is selected so the side panel shows its evidence.
set -euo pipefail
graph=${1:-graph}
out=${2:-docs/graph.png}
node=${3:-program/zhong-da-ji-shu-zhuang-bei-gong-guan-gong-cheng}
kg=${KG:-.venv/bin/kg}
command -v chromium >/dev/null || { echo "no chromium: run sudo tools/install-test-deps.sh" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$kg" viz --graph "$graph" --out "$work/graph.html"
mkdir -p "$(dirname "$out")"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --disable-extensions --user-data-dir="$work/profile" \
    --host-resolver-rules='MAP * ~NOTFOUND' --hide-scrollbars --window-size=1600,1000 \
    --virtual-time-budget=20000 --screenshot="$(realpath "$out")" "file://$work/graph.html#$node" 2>/dev/null
echo "wrote $out"
