# Proxies come from the environment as in curl: http_proxy (lower case only) and ALL_PROXY for
# http:// base URLs, NO_PROXY to bypass; an unreachable proxy is a network error (exit 3).
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/proxy.sh"
start_emulator
start_proxy
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD

# expect_proxied N ENV... -- ARGS...: lrjwt succeeds and the proxy saw N more requests.
expect_proxied() {
  local want=$1 before envs=()
  shift
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  before=$(proxied_count)
  set +e
  env "${envs[@]}" "$LRJWT_BIN" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  RC=$?
  set -e
  OUT=$(cat "$TEST_TMP/out")
  ERR=$(cat "$TEST_TMP/err")
  expect_rc 0
  case "$OUT" in eyJ*) ;; *) fail "no JWT: $OUT" ;; esac
  [ $(($(proxied_count) - before)) -eq "$want" ] || fail "${envs[*]}: expected $want proxied requests: $(cat "$PROXY_LOG")"
}

expect_proxied 1 "http_proxy=$PROXY_URL" -- token
tail -n1 "$PROXY_LOG" | grep -q "^GET $EMU_URL/sso/jwt/api/token?" || fail "proxy log: $(cat "$PROXY_LOG")"
expect_proxied 1 "http_proxy=$PROXY_URL" -- login --username ada
tail -n1 "$PROXY_LOG" | grep -q "^POST $EMU_URL/sso/jwt/api/login?" || fail "proxy log: $(cat "$PROXY_LOG")"
expect_proxied 1 "ALL_PROXY=$PROXY_URL" -- token
# curl ignores upper-case HTTP_PROXY (a CGI environment sets it from a request header).
expect_proxied 0 "HTTP_PROXY=$PROXY_URL" -- token
# NO_PROXY (or no_proxy) lists hosts reached directly; loopback has no implicit exception.
expect_proxied 0 "http_proxy=$PROXY_URL" "NO_PROXY=127.0.0.1" -- token
expect_proxied 0 "http_proxy=$PROXY_URL" "no_proxy=example.com,127.0.0.1" -- token
expect_proxied 0 "http_proxy=$PROXY_URL" "NO_PROXY=*" -- token
expect_proxied 1 "http_proxy=$PROXY_URL" "NO_PROXY=localhost" -- token
# HTTPS_PROXY is for https:// URLs only.
expect_proxied 0 "HTTPS_PROXY=$PROXY_URL" -- token
# -v still shows the target URL, redacted.
expect_proxied 1 "http_proxy=$PROXY_URL" -- token -v
expect_err_contains "> GET $EMU_URL/sso/jwt/api/token?apikey=****5555"

# A proxy nobody listens on: exit 3, naming the address that failed.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
http_proxy=http://127.0.0.1:$port run token --retries 0
expect_rc 3
expect_stdout_empty
expect_one_error_line
expect_err_contains "port $port"
