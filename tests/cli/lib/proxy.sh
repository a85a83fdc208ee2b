# Starts tests/cli/lib/proxy.py on 127.0.0.1 and sets PROXY_URL and PROXY_LOG (one line per
# request: "METHOD TARGET"). Source after common.sh.
PROXY_PY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/proxy.py"
start_proxy() {
  PROXY_LOG=$TEST_TMP/proxy.log
  python3 -u "$PROXY_PY" >"$PROXY_LOG" 2>"$TEST_TMP/proxy.err" &
  PROXY_PID=$!
  trap 'kill $PROXY_PID 2>/dev/null || true; cleanup' EXIT
  local line=""
  for _ in $(seq 1 200); do
    line=$(head -n1 "$PROXY_LOG" 2>/dev/null || true)
    case "$line" in listening\ on\ *) break ;; esac
    sleep 0.05
  done
  case "$line" in listening\ on\ *) ;; *) fail "the proxy did not start: $(cat "$TEST_TMP/proxy.err")" ;; esac
  PROXY_URL="http://127.0.0.1:${line#listening on }"
}
# proxied_count: how many requests the proxy has seen.
proxied_count() {
  tail -n +2 "$PROXY_LOG" | grep -c . || true
}
