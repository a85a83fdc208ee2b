# -v traces the exchange on stderr (method, URL, headers, body, status, response headers and
# body, timings, attempts) with the API key cut to its last 4 characters, the password and
# access token masked and every JWT without its signature; stdout still holds only the JWT.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD

# expect_clean_trace: no secret and no JWT signature on stderr.
expect_clean_trace() {
  expect_err_lacks "$DEMO_APIKEY"
  expect_err_lacks "$DEMO_ACCESS_TOKEN"
  expect_err_lacks "$DEMO_PASSWORD"
  if printf '%s\n' "$ERR" | grep -Eq 'eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+'; then
    fail "a signed JWT on stderr: $ERR"
  fi
  if [ -n "$OUT" ]; then expect_err_lacks "${OUT##*.}"; fi
}

run token -v
expect_jwt
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "stdout is not just the JWT: $OUT"
expect_err_contains "* attempt 1 of 3"
expect_err_contains "> GET $EMU_URL/sso/jwt/api/token?apikey=****5555&jwtapp=demo&access_token=***"
expect_err_contains "> Accept: application/json"
expect_err_contains "< HTTP 200"
expect_err_contains "< Content-Type: application/json"
expect_err_contains '< {"signature":"eyJ'
expect_err_contains '.<signature redacted>"}'
expect_err_contains "* timings: dns "
for phase in "connect " "tls " "first byte " "total "; do expect_err_contains ", $phase"; done
expect_clean_trace

run "${LOGIN[@]}" -v
expect_jwt
expect_err_contains "> POST $EMU_URL/sso/jwt/api/login?apikey=****5555&jwtapp=demo"
expect_err_contains "> Content-Type: application/json"
expect_err_contains '> {"username":"ada","password":"***"}'
expect_err_contains "< HTTP 200"
expect_clean_trace

# Error answers are traced too, and the error line still comes last.
run "${LOGIN[@]}" -v --password-file <(printf 'wrong %s' "$DEMO_PASSWORD")
expect_rc 1
expect_stdout_empty
expect_err_contains "< HTTP 401"
expect_err_contains '"ErrorCode":966'
[[ "$(printf '%s\n' "$ERR" | tail -n1)" == "lrjwt: error: LoginRadius error 966"* ]] || fail "last line: $ERR"
expect_clean_trace

# A failed attempt shows how long it took; retries show the attempt count and the wait.
set_faults "drop@1" "rate-limit=0@1"
run token -v
expect_jwt
expect_err_contains "* attempt 1 failed after "
expect_err_contains "closed the connection without answering"
expect_err_contains "* waiting "
expect_err_contains "before attempt 2"
expect_err_contains "* attempt 2 of 3"
expect_err_contains "< HTTP 429"
expect_err_contains "< Retry-After: 0"
expect_err_contains "* waiting 0.000s before attempt 3"
expect_err_contains "* attempt 3 of 3"
expect_clean_trace
# -q hides the retry notices, not the trace.
set_faults "drop@1"
run token -v -q
expect_jwt
expect_err_lacks "lrjwt: warning"
expect_err_contains "* waiting "

# A redirect's Location is traced with its apikey cut down; the error names only the host.
set_faults "redirect=https://evil.example:8443/x?apikey=SECRET-0123456789"
run token -v --retries 0
expect_rc 4
expect_stdout_empty
expect_err_contains "< Location: https://evil.example:8443/x?apikey=****6789"
expect_err_lacks "SECRET"
[[ "$(printf '%s\n' "$ERR" | tail -n1)" == "lrjwt: error: unexpected redirect (HTTP 302) to evil.example:8443; redirects are not followed" ]] \
  || fail "redirect error line: $ERR"

# A body over the limit is never traced whole.
set_faults "huge=2000000"
run token -v --retries 0
expect_rc 4
expect_stdout_empty
expect_clean_trace
[ "${#ERR}" -lt 20000 ] || fail "-v printed ${#ERR} bytes for a huge body"
