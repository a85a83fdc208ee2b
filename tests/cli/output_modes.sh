# -o raw|json|header|env|decoded print the JWT in the requested form.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN

run token -o raw
expect_rc 0
jwt=$OUT
case "$jwt" in eyJ*.*.*) ;; *) fail "raw: $jwt" ;; esac
[ "$(wc -l <"$TEST_TMP/out")" -eq 1 ] || fail "raw is not one line"

run token -o header
expect_rc 0
case "$OUT" in "Authorization: Bearer eyJ"*.*.*) ;; *) fail "header: $OUT" ;; esac

run token -o env
expect_rc 0
case "$OUT" in "export LRJWT_TOKEN='eyJ"*"'") ;; *) fail "env: $OUT" ;; esac
eval "$OUT"
[ -n "$LRJWT_TOKEN" ] || fail "env output does not evaluate"
run token -o env --env-name MY_JWT
expect_rc 0
case "$OUT" in "export MY_JWT='"*) ;; *) fail "env-name: $OUT" ;; esac
run token -o env --env-name 'bad name'
expect_rc 2

run token -o json
expect_rc 0
echo "$OUT" | jq -e '.signature | test("^eyJ")' >/dev/null || fail "json signature: $OUT"
echo "$OUT" | jq -e '.header.alg == "HS256"' >/dev/null || fail "json header: $OUT"
echo "$OUT" | jq -e '.claims.sub == "u-0001" and .claims.email == "ada@example.com"' >/dev/null || fail "json claims"
echo "$OUT" | jq -e '.expires_in > 590 and .expires_in <= 600' >/dev/null || fail "json expires_in: $OUT"
echo "$OUT" | jq -e '.expires_at | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")' >/dev/null \
  || fail "json expires_at: $OUT"

run token -o decoded
expect_rc 0
expect_out_contains '"sub": "u-0001"'
expect_out_contains "Expires at:"

LRJWT_OUTPUT=header run token
expect_rc 0
case "$OUT" in "Authorization: Bearer "*) ;; *) fail "LRJWT_OUTPUT: $OUT" ;; esac

run token -o yaml
expect_rc 2
expect_stdout_empty
