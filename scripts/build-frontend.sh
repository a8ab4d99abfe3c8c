#!/usr/bin/env bash
# Builds GOV.UK Frontend for the Hub into src/main/resources/static/govuk/ (decision 0052):
# its Sass compiled with Arial and without the GDS Transport font files, and its JavaScript. None of its
# images is copied: they are GOV.UK's brand (crest, crown icons), which an LGA service must not use.
# The output is committed: neither `./hub run`, `./hub test` nor CI needs npm. Run this after changing
# frontend/package.json (the version of govuk-frontend) or frontend/hub.scss, then commit the output.
set -euo pipefail
cd "$(dirname "$0")/../frontend"
npm ci --no-audit --no-fund --silent 2>/dev/null || npm install --no-audit --no-fund --silent
out=../src/main/resources/static/govuk
rm -rf "$out"
mkdir -p "$out"
node_modules/.bin/sass --pkg-importer=node --style=compressed --no-source-map hub.scss "$out/govuk-frontend.min.css"
dist=node_modules/govuk-frontend/dist/govuk
cp "$dist/govuk-frontend.min.js" "$out/"
version=$(node -p "require('govuk-frontend/package.json').version")
echo "$version" > "$out/VERSION"
if grep -q 'GDS Transport\|@font-face' "$out/govuk-frontend.min.css"; then
  echo "The compiled CSS still names GDS Transport or loads a font" >&2; exit 1
fi
echo "GOV.UK Frontend $version built into src/main/resources/static/govuk"
