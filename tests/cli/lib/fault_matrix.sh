# The fault matrix: every emulator fault kind, for one call (login or token).
# Source after common.sh and faults.sh; call run_fault_matrix login|token.
#
# Each row: SPEC | exit code | text the one error line names | retried by token | retried by login
# (retried: with --retries 2 the emulator sees 3 requests instead of 1).
FAULT_MATRIX=(
  "delay=3000|3|timed out after 1s (--timeout)|yes|no"
  "status=500|1|LoginRadius error 1000: Oops something went wrong|no|no"
  "status=503|1|LoginRadius error 1000: Oops something went wrong|yes|no"
  "status=400|1|LoginRadius error 1000: Oops something went wrong|no|no"
  "html=502|4|HTTP 502 without a LoginRadius error body|yes|no"
  "html=500|4|HTTP 500 without a LoginRadius error body|no|no"
  "html=200|4|HTTP 200 with \"<html>|no|no"
  "empty=500|4|HTTP 500 without a LoginRadius error body, got an empty body|no|no"
  "empty=504|4|HTTP 504 without a LoginRadius error body, got an empty body|yes|no"
  "empty=200|4|HTTP 200 with an empty body|no|no"
  "not-json|4|not a JSON object|no|no"
  "no-signature|4|JSON has no \"signature\"|no|no"
  "bad-jwt|4|\"signature\" that is not a JWT|no|no"
  "truncate|3|was cut short|yes|no"
  "drop|3|closed the connection without answering|yes|no"
  "rate-limit|4|rate limited by LoginRadius (HTTP 429)|yes|yes"
  "rate-limit=0|4|rate limited by LoginRadius (HTTP 429, Retry-After: 0)|yes|yes"
  "rate-limit=3600|4|rate limited by LoginRadius (HTTP 429, Retry-After: 3600)|no|no"
  "redirect=https://evil.example:8443/x?apikey=SECRET|4|redirect (HTTP 302) to evil.example:8443;|no|no"
  "huge=2000000|4|is larger than 1048576 bytes; cut off|no|no"
)

# run_fault_matrix login|token [FROM [COUNT]]: checks rows FROM.. of the matrix (all by default).
run_fault_matrix() {
  local call=$1 from=${2:-0} count=${3:-${#FAULT_MATRIX[@]}} row spec rc text token_retry login_retry retried args
  if [ "$call" = login ]; then args=("${LOGIN[@]}"); else args=("${TOKEN[@]}"); fi
  for row in "${FAULT_MATRIX[@]:$from:$count}"; do
    IFS='|' read -r spec rc text token_retry login_retry <<<"$row"
    if [ "$call" = login ]; then retried=$login_retry; else retried=$token_retry; fi

    # No retries: the documented exit code, one line naming the problem, one request.
    set_faults "$spec"
    run "${args[@]}" --timeout 1 --retries 0
    expect_failure "$rc" "$text"
    expect_requests 1
    expect_err_lacks SECRET
    expect_err_lacks "apikey="

    # Default retries, quiet: the same end, after 3 requests when the fault is transient for this call.
    set_faults "$spec"
    run "${args[@]}" --timeout 1 -q
    expect_failure "$rc" "$text"
    if [ "$retried" = yes ]; then
      expect_requests 3
      expect_err_contains "(after 3 attempts)"
    else
      expect_requests 1
    fi
    echo "ok: $call $spec -> exit $rc ($(request_count) requests with --retries 2)"
  done
  # A fault within the limits is no fault: a delay shorter than --timeout, a body under 1 MiB.
  set_faults "delay=200" "huge=500000"
  run "${args[@]}" --retries 0
  expect_jwt
  run "${args[@]}" --retries 0
  expect_jwt
}
