#!/usr/bin/env bash
# man/lrjwt.1 formats without a single groff warning and has every section lrjwt(1) promises.
# common.sh clears LRJWT_* variables: take the source tree's location first.
SOURCE_DIR=${LRJWT_SOURCE_DIR:?LRJWT_SOURCE_DIR must point at the source tree}
. "$(dirname "$0")/lib/common.sh"
MAN="$SOURCE_DIR/man/lrjwt.1"

warnings=$(groff -man -ww -z "$MAN" 2>&1) || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "groff warnings: $warnings"

for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS ENVIRONMENT FILES "EXIT STATUS" SECURITY EXAMPLES; do
  grep -qx "\.SH \"\?$section\"\?" "$MAN" || fail "no $section section"
done

# The exit status table is design §6's: every code, nothing else.
codes=$(awk '/^\.SH "?EXIT STATUS/ { on = 1; next } /^\.SH/ { on = 0 } on && prev == ".TP" { print $2 } { prev = $0 }' "$MAN" |
  tr '\n' ' ')
[ "$codes" = "0 1 2 3 4 5 6 7 8 70 " ] || fail "exit codes in the man page: $codes"

# The text renders (man's own formatter, no warnings) and mentions what EXAMPLES promise.
text=$(groff -man -Tutf8 -ww "$MAN" 2>&1)
for example in "lrjwt exec token" "LRJWT_CACHE=1" "--jwks https://"; do
  case $text in *"$example"*) ;; *) fail "EXAMPLES lack: $example" ;; esac
done
