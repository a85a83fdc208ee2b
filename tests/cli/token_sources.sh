# token takes the access token from a flag, LRJWT_ACCESS_TOKEN, a file or stdin; empty and "null" are refused.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL

check_sent() {
  local q
  q=$(last_request | jq -r .query)
  case "$q" in *"access_token=$DEMO_ACCESS_TOKEN"*) ;; *) fail "query: $q" ;; esac
}

run token --access-token "$DEMO_ACCESS_TOKEN"
expect_rc 0
check_sent
sub=$("$LRJWT_BIN" decode --json "$OUT" | jq -r .claims.sub)
[ "$sub" = u-0001 ] || fail "sub $sub"

LRJWT_ACCESS_TOKEN="  $DEMO_ACCESS_TOKEN"$'\n' run token
expect_rc 0
check_sent

printf '%s\r\n' "$DEMO_ACCESS_TOKEN" >"$TEST_TMP/at"
run token --access-token-file "$TEST_TMP/at"
expect_rc 0
check_sent

run_in "$DEMO_ACCESS_TOKEN"$'\n' token --access-token-file -
expect_rc 0
check_sent

LRJWT_ACCESS_TOKEN_FILE="$TEST_TMP/at" run token
expect_rc 0

# Refused before any request.
before=$(request_count)
for bad in "" "null" "  " "undefined"; do
  run token --access-token "$bad"
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
done
printf 'null\n' >"$TEST_TMP/null"
run token --access-token-file "$TEST_TMP/null"
expect_rc 2
expect_err_contains "'null'"
run token </dev/null
expect_rc 2
expect_err_contains "no access token"
run token --access-token x --access-token-file "$TEST_TMP/at"
expect_rc 2
[ "$(request_count)" -eq "$before" ] || fail "a refused token was sent"
