# Helpers for the fault, retry and leak tests; source after common.sh and start_emulator.

# set_faults SPEC...: replaces the emulator's active faults (none clears them) and its request log.
set_faults() {
  curl -sf -X POST "$EMU_URL/__emulator/faults" -d "$(jq -cn '$ARGS.positional' --args "$@")" >/dev/null \
    || fail "emulator refused faults: $*"
  curl -sf -X DELETE "$EMU_URL/__emulator/requests" >/dev/null || fail "cannot clear the request log"
}

# expect_requests N: the emulator saw exactly N API requests since set_faults.
expect_requests() {
  local n
  n=$(request_count)
  [ "$n" -eq "$1" ] || fail "expected $1 requests, the emulator saw $n; stderr: $ERR"
}

# expect_err_lacks TEXT: stderr does not contain TEXT.
expect_err_lacks() {
  case "$ERR" in *"$1"*) fail "stderr contains '$1': $ERR" ;; *) ;; esac
}

# expect_failure RC TEXT: exit RC, nothing on stdout, one error line that contains TEXT.
expect_failure() {
  expect_rc "$1"
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "$2"
}

# expect_jwt: exit 0 and a JWT on stdout.
expect_jwt() {
  expect_rc 0
  case "$OUT" in eyJ*.*.*) ;; *) fail "no JWT on stdout: $OUT; stderr: $ERR" ;; esac
}

# retry_notices: how many retry notices stderr holds.
retry_notices() {
  printf '%s\n' "$ERR" | grep -c '^lrjwt: warning: .*retrying in' || true
}

# The two calls under test, run with extra arguments.
LOGIN=(login --username ada)
TOKEN=(token)
