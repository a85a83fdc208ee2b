# Ctrl-C (SIGINT) while waiting for the server exits 130 with "lrjwt: interrupted" on stderr and
# nothing on stdout; SIGTERM exits 143 the same way.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD

# A background job of a non-interactive shell ignores SIGINT; with job control it does not,
# as for a command in an interactive terminal.
set -m

# interrupt SIGNAL ARGS...: starts lrjwt against a slow server, waits until the request has
# reached the emulator, sends SIGNAL and sets RC, OUT and ERR.
interrupt() {
  local sig=$1 pid i
  shift
  set_faults "delay=5000"
  "$LRJWT_BIN" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err" &
  pid=$!
  for i in $(seq 1 100); do
    [ "$(request_count)" -ge 1 ] && break
    sleep 0.05
  done
  kill -s "$sig" "$pid"
  set +e
  wait "$pid"
  RC=$?
  set -e
  OUT=$(cat "$TEST_TMP/out")
  ERR=$(cat "$TEST_TMP/err")
}

interrupt INT token
expect_rc 130
expect_stdout_empty
[ "$ERR" = "lrjwt: interrupted" ] || fail "stderr: $ERR"

interrupt INT "${LOGIN[@]}" -o json
expect_rc 130
expect_stdout_empty
[ "$ERR" = "lrjwt: interrupted" ] || fail "stderr: $ERR"

# During a retry wait as well.
set_faults "rate-limit=20"
"$LRJWT_BIN" token >"$TEST_TMP/out" 2>"$TEST_TMP/err" &
pid=$!
for _ in $(seq 1 100); do grep -q retrying "$TEST_TMP/err" && break; sleep 0.05; done
kill -s INT "$pid"
set +e
wait "$pid"
RC=$?
set -e
[ "$RC" -eq 130 ] || fail "interrupted retry wait: exit $RC"
[ ! -s "$TEST_TMP/out" ] || fail "stdout after interrupt: $(cat "$TEST_TMP/out")"

interrupt TERM token
expect_rc 143
expect_stdout_empty
[ "$ERR" = "lrjwt: terminated" ] || fail "stderr: $ERR"
