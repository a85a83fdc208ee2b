# --cache reuses a valid cached JWT without a request; --refresh fetches and stores anew.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN
export LRJWT_CACHE_DIR=$TEST_TMP/cache

run token --cache
expect_rc 0
first=$OUT
[ "$(request_count)" -eq 1 ] || fail "cold cache: $(request_count) requests"
[ "$(stat -c %a "$LRJWT_CACHE_DIR")" = 700 ] || fail "cache dir mode $(stat -c %a "$LRJWT_CACHE_DIR")"
for f in "$LRJWT_CACHE_DIR"/*; do
  [ "$(stat -c %a "$f")" = 600 ] || fail "$f mode $(stat -c %a "$f")"
done

run token --cache
expect_rc 0
[ "$OUT" = "$first" ] || fail "cache hit returned another token"
[ "$(request_count)" -eq 1 ] || fail "cache hit made a request"
[ -z "$ERR" ] || fail "stderr on a hit: $ERR"

# The environment turns the cache on too; every output format works from the cache.
LRJWT_CACHE=1 run token -o header
expect_rc 0
[ "$OUT" = "Authorization: Bearer $first" ] || fail "header from cache: $OUT"
[ "$(request_count)" -eq 1 ] || fail "LRJWT_CACHE=1 made a request"

# --refresh fetches and stores; the next hit returns the new token.
sleep 1 # the emulator's iat has second resolution; make the new token differ
run token --cache --refresh
expect_rc 0
refreshed=$OUT
[ "$(request_count)" -eq 2 ] || fail "--refresh did not fetch"
[ "$refreshed" != "$first" ] || fail "--refresh returned the old token"
run token --cache
[ "$OUT" = "$refreshed" ] || fail "the refreshed token was not stored"
[ "$(request_count)" -eq 2 ] || fail "hit after refresh made a request"

# Without --cache nothing is read.
run token
expect_rc 0
[ "$(request_count)" -eq 3 ] || fail "no --cache still used the cache"

run token --refresh
expect_rc 2

# cache list shows the entry but never the token; clear removes it.
run cache list
expect_rc 0
expect_out_contains "access token sha256:"
expect_out_contains "$EMU_URL"
case "$OUT" in *"$refreshed"*|*"$DEMO_ACCESS_TOKEN"*) fail "cache list shows a secret" ;; esac
run cache list --json
expect_rc 0
echo "$OUT" | jq -e 'length == 1 and .[0].app == "demo" and .[0].expires_in > 0 and (.[0] | has("jwt") | not)' \
  >/dev/null || fail "cache list --json: $OUT"
run cache clear --expired
expect_rc 0
run cache list --json
[ "$(echo "$OUT" | jq length)" -eq 1 ] || fail "clear --expired removed a valid entry"
run cache clear
expect_rc 0
run cache list --json
[ "$(echo "$OUT" | jq length)" -eq 0 ] || fail "clear left entries"
