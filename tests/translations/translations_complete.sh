#!/usr/bin/env bash
# Fails while a catalogue in translations/ is out of date: messages in the sources that are not
# translated yet (lupdate adds them as unfinished), messages that no longer exist (vanished),
# or translations that lose a placeholder, an HTML tag, an accelerator or edge white space.
# Runs lupdate on a copy: the source tree is not modified. Fix with ./scripts/update-translations.
# Usage: translations_complete.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/translations/*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    (cd "$root" && "$lupdate" -recursive -locations none -no-ui-lines app views models -ts "$copy" >/dev/null 2>&1)
    python3 "$root/tests/translations/check_ts.py" "$copy" || status=1
done
exit $status
