# Shared helpers for the end-to-end tests; each test script sources this file.
# Environment: LRJWT_BIN and LRJWT_EMULATOR point at the built programs (set by CTest).
set -euo pipefail
[ -n "${LRJWT_TEST_DEBUG:-}" ] && set -x

: "${LRJWT_BIN:?LRJWT_BIN must point at the lrjwt binary}"
: "${LRJWT_EMULATOR:?LRJWT_EMULATOR must point at the lrjwt-emulator binary}"

TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/lrjwt-test.XXXXXX")
EMU_PID=""
# Keep the user's environment out of the tests.
unset $(env | sed -n 's/^\(LRJWT_[A-Z_]*\)=.*/\1/p' | grep -v -e '^LRJWT_BIN$' -e '^LRJWT_EMULATOR$') 2>/dev/null || true
unset NO_COLOR HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy 2>/dev/null || true

cleanup() {
  if [ -n "$EMU_PID" ]; then kill "$EMU_PID" 2>/dev/null || true; wait "$EMU_PID" 2>/dev/null || true; fi
  rm -rf "$TEST_TMP"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# start_emulator [ARGS...]: starts lrjwt-emulator on an ephemeral loopback port and
# sets EMU_URL (e.g. http://127.0.0.1:40123).
start_emulator() {
  local fifo="$TEST_TMP/emu.out"
  "$LRJWT_EMULATOR" --listen 127.0.0.1:0 "$@" >"$fifo" 2>"$TEST_TMP/emu.err" &
  EMU_PID=$!
  local i line=""
  for i in $(seq 1 100); do
    line=$(head -n1 "$fifo" 2>/dev/null || true)
    case "$line" in listening\ on\ *) break ;; esac
    kill -0 "$EMU_PID" 2>/dev/null || { cat "$TEST_TMP/emu.err" >&2; fail "emulator exited"; }
    sleep 0.05
  done
  case "$line" in listening\ on\ *) ;; *) fail "emulator did not start: $line" ;; esac
  EMU_URL=${line#listening on }
}

# The demo configuration's values (documented in the README).
DEMO_APIKEY=11111111-2222-3333-4444-555555555555
DEMO_APP=demo
DEMO_SECRET=demo-secret
DEMO_PASSWORD='correct horse'
DEMO_ACCESS_TOKEN=7f3c9a1e-0000-4000-8000-000000000001

# run ARGS...: runs lrjwt, capturing OUT, ERR and RC without failing the test.
run() {
  set +e
  "$LRJWT_BIN" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  RC=$?
  set -e
  OUT=$(cat "$TEST_TMP/out")
  ERR=$(cat "$TEST_TMP/err")
}

# run_in INPUT ARGS...: like run, with INPUT on stdin.
run_in() {
  local input=$1
  shift
  set +e
  printf '%s' "$input" | "$LRJWT_BIN" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  RC=$?
  set -e
  OUT=$(cat "$TEST_TMP/out")
  ERR=$(cat "$TEST_TMP/err")
}

expect_rc() {
  [ "$RC" -eq "$1" ] || fail "expected exit $1, got $RC; stdout: $OUT; stderr: $ERR"
}
expect_stdout_empty() {
  [ -z "$OUT" ] || fail "expected empty stdout, got: $OUT"
}
expect_err_contains() {
  case "$ERR" in *"$1"*) ;; *) fail "stderr lacks '$1': $ERR" ;; esac
}
expect_out_contains() {
  case "$OUT" in *"$1"*) ;; *) fail "stdout lacks '$1': $OUT" ;; esac
}
# expect_one_error_line: stderr is exactly one line starting with "lrjwt: error: ".
expect_one_error_line() {
  [ "$(printf '%s\n' "$ERR" | wc -l)" -eq 1 ] || fail "expected one stderr line, got: $ERR"
  case "$ERR" in "lrjwt: error: "*) ;; *) fail "stderr is not an lrjwt error: $ERR" ;; esac
}
# last_request: the JSON of the last request the emulator received.
last_request() {
  curl -s "$EMU_URL/__emulator/requests" | jq -c '.[-1]'
}
request_count() {
  curl -s "$EMU_URL/__emulator/requests" | jq 'length'
}
