#!/usr/bin/env bash
# Regenerates the multi-format corpus:
#   corpus/seeds/NAME.txt            -> corpus/formats/NAME.{html,docx,doc,pdf}
#   ../shared/corpus/dev/NAME.txt    -> corpus/formats/dev/NAME.{html,docx,doc,pdf}  (when present)
# Each text report is rendered to HTML by txt2html.py, then LibreOffice converts the HTML to
# DOCX, DOC and PDF. Needs python3 and LibreOffice with a CJK font
# (Debian: apt-get install libreoffice-writer-nogui fonts-wqy-zenhei).
# Not run by CI: the generated files are committed and the tests read those.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # render SOURCE.txt OUTDIR
  local txt="$1" out="$2" name
  name="$(basename "$txt" .txt)"
  mkdir -p "$out"
  python3 "$here/txt2html.py" "$txt" "$out/$name.html"
  for target in 'docx:MS Word 2007 XML' 'doc:MS Word 97' 'pdf:writer_pdf_Export'; do
    # The Writer HTML import filter (not Writer/Web) so that Word and PDF export are available.
    soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
      --convert-to "$target" --outdir "$work" "$out/$name.html" >/dev/null 2>&1
    mv "$work/$name.${target%%:*}" "$out/"
  done
  echo "made ${out#"$repo"/}/$name.{html,docx,doc,pdf}"
}

for txt in "$repo"/corpus/seeds/*.txt; do
  render "$txt" "$here"
done
if [ -d "$repo/../shared/corpus/dev" ]; then
  for txt in "$repo"/../shared/corpus/dev/*.txt; do
    render "$txt" "$here/dev"
  done
fi
