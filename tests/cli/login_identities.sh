# login by each identity kind returns a JWT for that user.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_PASSWORD=$DEMO_PASSWORD

for ident in "--username ada" "--email ada@example.com" "--phone +15555550100"; do
  run login $ident
  expect_rc 0
  [ -z "$ERR" ] || fail "unexpected stderr for $ident: $ERR"
  [ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ] || fail "expected one line for $ident: $OUT"
  case "$OUT" in eyJ*.*.*) ;; *) fail "not a JWT for $ident: $OUT" ;; esac
  sub=$("$LRJWT_BIN" decode --json "$OUT" | jq -r .claims.sub)
  [ "$sub" = "u-0001" ] || fail "sub is $sub for $ident"
done

# The body names the identity kind that was used.
run login --phone +15555550100
expect_rc 0
body=$(last_request | jq -r .body)
[ "$body" = '{"phone":"+15555550100","password":"correct horse"}' ] || fail "body: $body"
