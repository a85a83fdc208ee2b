# The emulator receives exactly percent-encoded query values and the exact JSON body.
. "$(dirname "$0")/lib/common.sh"
start_emulator
odd='a+b&c=d#e?f/g h é 测试='
enc='a%2Bb%26c%3Dd%23e%3Ff%2Fg%20h%20%C3%A9%20%E6%B5%8B%E8%AF%95%3D'

# Login: every optional parameter, region, odd values; the JSON body escapes the password exactly.
printf '%s' 'q"uo\te\\d é😀\' >"$TEST_TMP/pw"
run login --base-url "$EMU_URL" --apikey "$DEMO_APIKEY" --jwtapp "$odd" --email "x$odd@example.com" \
  --password-file "$TEST_TMP/pw" --verification-url "$odd" --login-url "https://app.test/login?x=1" \
  --email-template "$odd" --region "$odd"
expect_rc 1 # the app does not exist; the request is what matters
req=$(last_request)
[ "$(jq -r .method <<<"$req")" = POST ] || fail "method"
[ "$(jq -r .path <<<"$req")" = /sso/jwt/api/login ] || fail "path: $(jq -r .path <<<"$req")"
want="apikey=$DEMO_APIKEY&jwtapp=$enc&verificationurl=$enc&loginurl=https%3A%2F%2Fapp.test%2Flogin%3Fx%3D1&emailtemplate=$enc&region=$enc"
got=$(jq -r .query <<<"$req")
[ "$got" = "$want" ] || fail "query
got:  $got
want: $want"
want_body='{"email":"xa+b&c=d#e?f/g h é 测试=@example.com","password":"q\"uo\\te\\\\d é😀\\"}'
got_body=$(jq -r .body <<<"$req")
[ "$got_body" = "$want_body" ] || fail "body
got:  $got_body
want: $want_body"
jq -r '.headers | to_entries[] | select(.key | ascii_downcase == "content-type") | .value' <<<"$req" \
  | grep -qx 'application/json' || fail "content type"

# Token: the access token is encoded on its own.
run token --base-url "$EMU_URL" --apikey "$DEMO_APIKEY" --jwtapp demo --access-token "$odd"
expect_rc 1
req=$(last_request)
[ "$(jq -r .method <<<"$req")" = GET ] || fail "token method"
[ "$(jq -r .query <<<"$req")" = "apikey=$DEMO_APIKEY&jwtapp=demo&access_token=$enc" ] || fail "token query: $(jq -r .query <<<"$req")"

# Hub: the app goes in the path, not the query.
run token --base-url "$EMU_URL" --api hub --apikey "$DEMO_APIKEY" --jwtapp demo --access-token "$DEMO_ACCESS_TOKEN"
expect_rc 0
req=$(last_request)
[ "$(jq -r .path <<<"$req")" = /api/jwt/demo/token ] || fail "hub path: $(jq -r .path <<<"$req")"
[ "$(jq -r .query <<<"$req")" = "apikey=$DEMO_APIKEY&access_token=$DEMO_ACCESS_TOKEN" ] || fail "hub query"
LRJWT_PASSWORD=$DEMO_PASSWORD run login --base-url "$EMU_URL/" --api hub --apikey "$DEMO_APIKEY" --jwtapp demo --username ada
expect_rc 0
req=$(last_request)
[ "$(jq -r .path <<<"$req")" = /api/jwt/demo/login ] || fail "hub login path: $(jq -r .path <<<"$req")"
[ "$(jq -r .query <<<"$req")" = "apikey=$DEMO_APIKEY" ] || fail "hub login query"
