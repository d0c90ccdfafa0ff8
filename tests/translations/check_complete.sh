#!/usr/bin/env bash
# The Chinese translation is complete: re-extracting every tr() string of core, ui and app into a
# copy of the .ts must find no new text and leave no entry unfinished.
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/griddesk_zh_CN.ts" "$work/zh.ts"
(cd "$src" && "$lupdate" core ui app -ts "$work/zh.ts" -no-obsolete -locations none >"$work/log" 2>&1)
unfinished=$(grep -c 'type="unfinished"' "$work/zh.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "griddesk_zh_CN.ts lacks $unfinished translation(s):"
  grep -B2 'type="unfinished"' "$work/zh.ts" | grep '<source>' | head -40
  echo "Run: /usr/lib/qt6/bin/lupdate core ui app -ts translations/griddesk_zh_CN.ts -no-obsolete -locations none"
  exit 1
fi
if ! diff -q <(grep '<source>' "$src/translations/griddesk_zh_CN.ts" | sort) <(grep '<source>' "$work/zh.ts" | sort) >/dev/null; then
  echo "griddesk_zh_CN.ts holds texts the program no longer uses; refresh it with lupdate -no-obsolete"
  exit 1
fi
echo "translations complete: $(grep -c '<source>' "$work/zh.ts") texts"
