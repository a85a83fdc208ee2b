# Transient faults on the first requests end in success after retries; a login that the
# server may have received is never sent twice.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD

# token_recovers SPEC REQUESTS [ARGS...]: with the default 2 retries, token succeeds after REQUESTS
# requests, and each retry was announced on stderr.
token_recovers() {
  local spec=$1 requests=$2
  shift 2
  set_faults "$spec"
  run token "$@"
  expect_jwt
  expect_requests "$requests"
  [ "$(retry_notices)" -eq $((requests - 1)) ] || fail "$spec: expected $((requests - 1)) retry notices: $ERR"
  echo "ok: token $spec -> success after $requests requests"
}
token_recovers "status=503@2" 3
token_recovers "html=502@1" 2
token_recovers "empty=504@2" 3
token_recovers "drop@1" 2
token_recovers "truncate@1" 2
token_recovers "rate-limit=1@1" 2
token_recovers "rate-limit@1" 2
token_recovers "delay=3000@1" 2 --timeout 1
expect_err_contains "timed out after 1s (--timeout); retrying in"
# -q: the same retries, not announced.
set_faults "drop@1"
run token -q
expect_jwt
expect_requests 2
[ -z "$ERR" ] || fail "-q printed: $ERR"

# Retry-After is honoured: the notice gives the server's wait.
set_faults "rate-limit=1@1"
run token
expect_jwt
expect_err_contains "HTTP 429 (rate limited, Retry-After: 1); retrying in 1.0s (attempt 2 of 3)"

# Fewer retries than faults: the last failure is reported.
set_faults "status=503@2"
run token --retries 1 -q
expect_failure 1 "LoginRadius error 1000"
expect_requests 2

# login retries a 429 (the server refused to process it) ...
set_faults "rate-limit@1"
run "${LOGIN[@]}"
expect_jwt
expect_requests 2
set_faults "rate-limit=0@2"
run "${LOGIN[@]}"
expect_jwt
expect_requests 3

# ... but not anything the server may have processed.
set_faults "status=503@1"
run "${LOGIN[@]}"
expect_failure 1 "LoginRadius error 1000"
expect_requests 1
set_faults "html=503@1"
run "${LOGIN[@]}"
expect_failure 4 "HTTP 503 without a LoginRadius error body"
expect_requests 1
for spec in "drop@1" "truncate@1"; do
  set_faults "$spec"
  run "${LOGIN[@]}"
  expect_failure 3 "a login is not retried once the server may have received it"
  expect_requests 1
done
set_faults "delay=3000@1"
run "${LOGIN[@]}" --timeout 1
expect_failure 3 "timed out after 1s (--timeout)"
expect_requests 1

# login does retry when no connection was made: nothing can have been processed.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
run "${LOGIN[@]}" --base-url "http://127.0.0.1:$port"
expect_rc 3
expect_stdout_empty
[ "$(retry_notices)" -eq 2 ] || fail "login did not retry a refused connection: $ERR"
expect_err_contains "lrjwt: error: could not connect to 127.0.0.1:$port"
expect_err_contains "(after 3 attempts)"
