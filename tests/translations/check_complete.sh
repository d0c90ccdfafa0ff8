#!/usr/bin/env bash
# The Chinese translation is complete and each text is extracted in the context the program asks
# with: re-extracting every tr() string of core, ui and app into a copy of the .ts must warn of
# nothing, find no new text and leave no entry unfinished.
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/griddesk_zh_CN.ts" "$work/zh.ts"
(cd "$src" && "$lupdate" core ui app -ts "$work/zh.ts" -no-obsolete -locations none >"$work/log" 2>&1)
# lupdate warns when it cannot tell the context a text is looked up in at run time (a tr() in a
# free function, a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS): such a text is extracted
# under another context than the program asks with, and stays in English on the screen.
warnings=$(grep -v -E '^(Scanning directory|Updating|    Found|    Removed|    Same-text heuristic|    Number heuristic)' "$work/log" || true)
if [ -n "$warnings" ]; then
  echo "lupdate cannot tell where these texts are looked up at run time:"
  echo "$warnings"
  echo "Give free functions a struct with Q_DECLARE_TR_FUNCTIONS(context) and call Struct::tr()."
  exit 1
fi
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
