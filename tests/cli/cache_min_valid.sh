# A cached JWT is reused only while exp - now >= --min-valid (boundaries -1, 0, +1 second).
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN
export LRJWT_CACHE_DIR=$TEST_TMP/cache

run token --cache
expect_rc 0
exp=$("$LRJWT_BIN" decode --json "$OUT" | jq .claims.exp)
iat=$("$LRJWT_BIN" decode --json "$OUT" | jq .claims.iat)
[ $((exp - iat)) -eq 600 ] || fail "the demo lifetime is not 600 s"

# Pin "now" 100 s before exp: the cached JWT has exactly 100 s left.
export LRJWT_TEST_NOW=$((exp - 100))
for mv in 99 100; do
  run token --cache --min-valid $mv
  expect_rc 0
  [ "$(request_count)" -eq 1 ] || fail "--min-valid $mv with 100 s left fetched"
done
LRJWT_MIN_VALID=100 run token --cache
[ "$(request_count)" -eq 1 ] || fail "LRJWT_MIN_VALID=100 fetched"
run token --cache --min-valid 101
expect_rc 0
[ "$(request_count)" -eq 2 ] || fail "--min-valid 101 with 100 s left did not fetch"

# The default is 60 s: 61 s left is a hit, 59 s is a miss. The expiry is the JWT's own exp.
run token --cache -o json
exp=$(echo "$OUT" | jq .claims.exp)
LRJWT_TEST_NOW=$((exp - 61)) run token --cache
[ "$(request_count)" -eq 2 ] || fail "61 s left fetched with the default min-valid"
LRJWT_TEST_NOW=$((exp - 59)) run token --cache
[ "$(request_count)" -eq 3 ] || fail "59 s left did not fetch with the default min-valid"
# An expired entry is never used, even with --min-valid 0.
LRJWT_TEST_NOW=$((exp + 5)) run token --cache --min-valid 0
[ "$(request_count)" -eq 4 ] || fail "an expired entry was used"

# -v says once why a cached JWT is not used (regression: the line came twice, before and after
# taking the cache lock).
run token --cache -o json
exp=$(echo "$OUT" | jq .claims.exp)
LRJWT_TEST_NOW=$((exp - 100)) run token --cache --min-valid 700 -v
expect_rc 0
[ "$(printf '%s\n' "$ERR" | grep -c 'less than --min-valid 700s')" -eq 1 ] || fail "the min-valid line is not there once: $ERR"
