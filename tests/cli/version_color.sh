# --version names the version, commit, libcurl and OpenSSL; colour only when asked or on a terminal.
. "$(dirname "$0")/lib/common.sh"
run --version
expect_rc 0
case "$OUT" in "lrjwt "[0-9]*" (commit "*")"*) ;; *) fail "version line: $OUT" ;; esac
expect_out_contains "libcurl "
expect_out_contains "OpenSSL 3"

jwt='eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'
esc=$'\033['
run decode "$jwt"
case "$OUT" in *"$esc"*) fail "colour on a pipe" ;; esac
run decode --color always "$jwt"
case "$OUT" in *"$esc"*) ;; *) fail "no colour with --color always" ;; esac
LRJWT_COLOR=always run decode "$jwt"
case "$OUT" in *"$esc"*) ;; *) fail "no colour with LRJWT_COLOR=always" ;; esac
run decode --color never "$jwt"
case "$OUT" in *"$esc"*) fail "colour with --color never" ;; esac
run decode --color sometimes "$jwt"
expect_rc 2
# On a terminal, auto colours unless NO_COLOR is set.
if command -v script >/dev/null 2>&1; then
  tty_out=$(script -qec "$LRJWT_BIN decode $jwt" /dev/null)
  case "$tty_out" in *"$esc"*) ;; *) fail "no colour on a terminal" ;; esac
  tty_out=$(NO_COLOR=1 script -qec "$LRJWT_BIN decode $jwt" /dev/null)
  case "$tty_out" in *"$esc"*) fail "colour despite NO_COLOR" ;; esac
fi
