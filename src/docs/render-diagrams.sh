#!/usr/bin/env bash
# Renders processes/*.bpmn to src/docs/<name>.png with bpmn-js (npm) in headless Chromium, for the README.
# Needs Node.js and Debian's chromium. Usage: src/docs/render-diagrams.sh [process.bpmn ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent bpmn-js@17 >/dev/null)
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
        --disable-sync --no-first-run --hide-scrollbars --virtual-time-budget=5000)
for bpmn in "${@:-processes/*.bpmn}"; do
  for file in $bpmn; do
    name=$(basename "$file" .bpmn)
    python3 - "$file" > "$work/page.html" <<'PY'
import json, sys
xml = open(sys.argv[1], encoding="utf-8").read()
print("""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="node_modules/bpmn-js/dist/assets/bpmn-js.css">
<style>html,body{margin:0;background:#fff}</style></head><body><div id="c"></div>
<script src="node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"></script>
<script>
const v = new BpmnJS({container: '#c'});
v.importXML(%s).then(() => v.saveSVG()).then(({svg}) => {
  document.body.innerHTML = svg;
  const s = document.querySelector('svg');
  document.title = s.getAttribute('width') + 'x' + s.getAttribute('height');
});
</script></body></html>""" % json.dumps(xml))
PY
    size=$("${chrome[@]}" --user-data-dir="$work/u1" --dump-dom "file://$work/page.html" 2>/dev/null \
      | grep -o '<title>[0-9.x]*</title>' | sed 's/<[^>]*>//g')
    w=${size%x*}; h=${size#*x}
    w=$(( ${w%.*} + 4 )); h=$(( ${h%.*} + 4 ))
    # headless Chromium will not shrink a window below about 500 x 300: small diagrams get a white margin
    (( w < 600 )) && w=600; (( h < 300 )) && h=300
    "${chrome[@]}" --user-data-dir="$work/u2" --window-size=$w,$h \
      --screenshot="$PWD/src/docs/$name.png" "file://$work/page.html" 2>/dev/null
    echo "src/docs/$name.png (${w}x${h})"
  done
done
