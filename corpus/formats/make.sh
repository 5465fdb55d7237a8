#!/usr/bin/env bash
# Regenerates the multi-format corpus from corpus/seeds/*.txt:
#   seed.txt --txt2html.py--> seed.html --LibreOffice--> seed.docx, seed.doc, seed.pdf
# Needs python3 and LibreOffice (Debian: apt-get install libreoffice-writer-nogui fonts-wqy-zenhei).
# Not run by CI: the generated files are committed and the tests read those.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="$here/../seeds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for txt in "$seeds"/*.txt; do
  name="$(basename "$txt" .txt)"
  python3 "$here/txt2html.py" "$txt" "$here/$name.html"
  # Writer (not Writer/Web) so that docx/doc/pdf exports are available for an HTML input.
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
    --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$here/$name.html" >/dev/null
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
    --convert-to doc:"MS Word 97" --outdir "$work" "$here/$name.html" >/dev/null
  soffice --headless -env:UserInstallation="file://$work/profile" --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir "$work" "$here/$name.html" >/dev/null
  for ext in docx doc pdf; do
    mv "$work/$name.$ext" "$here/$name.$ext"
  done
  echo "made $name.{html,docx,doc,pdf}"
done
