#!/usr/bin/env bash
# Screenshots of every page and window, in English and Spanish, at 1x and 2x, in the light and dark
# themes (and high contrast at 1x), each window at its minimum size: the worst case for long texts.
#   bash scripts/screenshots.sh [OUT_DIR]        (default: ./screenshots)
# Writes OUT_DIR/<language>-<theme>-<scale>x/<page or window>.png; runs offscreen, no display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-screenshots}"
python=".venv/bin/python"
[ -x "$python" ] || python=python3
export QT_QPA_PLATFORM=offscreen
for language in en es; do
  for scale in 1 2; do
    themes="light dark"
    [ "$scale" = 1 ] && themes="light dark high_contrast"
    for theme in $themes; do
      folder="$out/$language-$theme-${scale}x"
      echo "== $folder"
      if ! log=$("$python" -m wizard --language "$language" demo --screenshots "$folder" --theme "$theme" \
          --scale "$scale" --windows --minimum-size 2>&1); then
        echo "$log" >&2
        exit 1
      fi
      echo "   $(grep -c '^wrote ' <<<"$log") screenshots"
    done
  done
done
