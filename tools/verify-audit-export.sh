#!/usr/bin/env bash
# Checks an export of GET /api/audit/export with jq and sha256sum only:
#   bash tools/verify-audit-export.sh shequ-audit.jsonl
# For every line: sha256(content) = contentHash, sha256("seq|prevHash|contentHash") = hash, and
# prevHash = the hash of the line before. Prints the last hash (compare it with the headHash of
# GET /api/audit/verify, or with the first prevHash of the next export); exits 1 at the first broken line.
# Two jq runs a line: fine for a day or a case; for long exports use the Java check in the README.
set -euo pipefail
prev=""; last=""; n=0
while IFS= read -r json; do
  IFS=$'\t' read -r seq prev_hash content_hash hash < <(jq -r '[.seq, .prevHash, .contentHash, .hash] | @tsv' <<<"$json")
  [ "$(jq -j .content <<<"$json" | sha256sum | cut -c1-64)" = "$content_hash" ] \
    || { echo "BROKEN seq $seq: content does not match its hash (changed)"; exit 1; }
  [ "$(printf '%s|%s|%s' "$seq" "$prev_hash" "$content_hash" | sha256sum | cut -c1-64)" = "$hash" ] \
    || { echo "BROKEN seq $seq: hash does not match"; exit 1; }
  [ -z "$prev" ] || [ "$prev_hash" = "$prev" ] || { echo "BROKEN seq $seq: does not link to the line before"; exit 1; }
  [ -z "$last" ] || [ "$seq" -eq $((last + 1)) ] || { echo "BROKEN seq $seq: entries missing"; exit 1; }
  prev=$hash; last=$seq; n=$((n + 1))
done < "$1"
echo "OK $n entries, ends with $prev"
