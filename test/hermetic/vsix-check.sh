#!/usr/bin/env bash
# The packaged .vsix installs into a real VS Code (code-server) and its bundled server, with no
# node_modules beside it, passes the language-server protocol tests. Run after setup.sh and `npm run package`.
set -euo pipefail
cd "$(dirname "$0")/../.."
vsix=$(ls -t news-annotator-*.vsix | head -1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node test/hermetic/node_modules/code-server/out/node/entry.js \
  --extensions-dir "$tmp/ext" --user-data-dir "$tmp/user" --install-extension "$vsix"
server=$(ls "$tmp"/ext/news-annotator.news-annotator-*/dist/server.js)
if ls "$tmp"/ext/news-annotator.news-annotator-*/node_modules >/dev/null 2>&1; then
  echo "vsix: node_modules inside the package"; exit 1
fi
echo "vsix: installed; running the protocol tests against $server"
NEWS_ANNOTATOR_SERVER="$server" npx mocha --no-config --timeout 30000 'out/test/server/*.test.js'
