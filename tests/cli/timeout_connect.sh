# A connection that cannot be established ends after --connect-timeout with exit 3 and a
# message naming that limit; a login is retried then, as nothing can have been processed.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD

# A loopback listener that never accepts, its accept queue already full: Linux drops further
# SYNs, so a connect hangs until its timeout. No traffic leaves the machine.
python3 -c '
import socket, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
held = []
for _ in range(3):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(s.getsockname())
    except BlockingIOError: pass
    held.append(c)
time.sleep(0.3)
print(s.getsockname()[1], flush=True)
time.sleep(60)
' >"$TEST_TMP/port" &
HOLDER=$!
trap 'kill $HOLDER 2>/dev/null || true; cleanup' EXIT
for _ in $(seq 1 100); do [ -s "$TEST_TMP/port" ] && break; sleep 0.05; done
port=$(cat "$TEST_TMP/port")
[ -n "$port" ] || fail "the listener did not start"
url="http://127.0.0.1:$port"

run token --base-url "$url" --connect-timeout 1 --timeout 5 --retries 0
if [ "$RC" -ne 3 ] || [[ "$ERR" != *"(--connect-timeout)"* ]]; then
  echo "SKIP: a full accept queue does not stall connects here (exit $RC: $ERR)"
  exit 0
fi
expect_failure 3 "connecting to 127.0.0.1:$port timed out after 1s (--connect-timeout)"

# When --timeout is the smaller limit, it is the one named.
run token --base-url "$url" --connect-timeout 10 --timeout 1 --retries 0
expect_failure 3 "connecting to 127.0.0.1:$port timed out after 1s (--timeout)"

# A login whose connection never opened is retried.
run "${LOGIN[@]}" --base-url "$url" --connect-timeout 0.5 --retries 1
expect_rc 3
expect_stdout_empty
[ "$(retry_notices)" -eq 1 ] || fail "login did not retry a connect timeout: $ERR"
expect_err_contains "lrjwt: error: connecting to 127.0.0.1:$port timed out after 0.5s (--connect-timeout) (after 2 attempts)"
