# Different identities and apps never share an entry; no password or access token is stored.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_BASE_URL=$EMU_URL LRJWT_CACHE_DIR=$TEST_TMP/cache

sub_of() { "$LRJWT_BIN" decode --json "$1" | jq -r .claims.sub; }

LRJWT_PASSWORD=$DEMO_PASSWORD run login --cache --jwtapp demo --email ada@example.com
a1=$OUT
LRJWT_PASSWORD=hopper run login --cache --jwtapp demo --username grace
expect_rc 1 # grace's email is not verified
token3=7f3c9a1e-0000-4000-8000-000000000003
run token --cache --jwtapp demo --access-token "$token3"
g1=$OUT
[ "$(sub_of "$g1")" = u-0002 ] || fail "grace's token has sub $(sub_of "$g1")"
run token --cache --jwtapp demo --access-token "$DEMO_ACCESS_TOKEN"
[ "$(sub_of "$OUT")" = u-0001 ] || fail "ada's access token got another user's JWT"
run token --cache --jwtapp demo-hs384 --access-token "$DEMO_ACCESS_TOKEN"
[ "$("$LRJWT_BIN" decode --json "$OUT" | jq -r .header.alg)" = HS384 ] || fail "the app was not part of the key"
LRJWT_PASSWORD=$DEMO_PASSWORD run login --cache --jwtapp demo --username ada
[ "$OUT" != "$a1" ] || fail "username and email logins shared an entry"
[ "$(ls "$LRJWT_CACHE_DIR"/*.json | wc -l)" -eq 5 ] || fail "expected 5 entries: $(ls "$LRJWT_CACHE_DIR")"

# Same identity, another API key or base URL: another entry.
before=$(request_count)
LRJWT_PASSWORD=$DEMO_PASSWORD run login --cache --jwtapp demo --email ada@example.com --base-url "$EMU_URL/"
[ "$(request_count)" -eq "$before" ] || fail "a trailing slash changed the key"
LRJWT_PASSWORD=$DEMO_PASSWORD run login --cache --jwtapp demo --email ada@example.com --api hub
[ "$(request_count)" -eq $((before + 1)) ] || fail "hub and legacy shared an entry"

# No secret anywhere under the cache directory, and no identity in file names.
for secret in "$DEMO_PASSWORD" hopper "$DEMO_ACCESS_TOKEN" "$token3" "$DEMO_APIKEY"; do
  if grep -rqF -- "$secret" "$LRJWT_CACHE_DIR"; then fail "'$secret' is stored in the cache"; fi
done
ls "$LRJWT_CACHE_DIR" | grep -qv -E '^[0-9a-f]{64}\.(json|lock)$' && fail "unexpected file names: $(ls "$LRJWT_CACHE_DIR")"
true
