# --dry-run prints the request with secrets masked and sends nothing.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL

LRJWT_PASSWORD=pw-marker-93127 run login --email ada@example.com --dry-run
expect_rc 0
expect_out_contains "POST $EMU_URL/sso/jwt/api/login?apikey=****5555&jwtapp=demo"
expect_out_contains '{"email":"ada@example.com","password":"***"}'
case "$OUT$ERR" in *pw-marker-93127*|*$DEMO_APIKEY*) fail "secret in dry-run output: $OUT" ;; esac

run token --access-token at-marker-5521 --dry-run
expect_rc 0
expect_out_contains "GET $EMU_URL/sso/jwt/api/token?apikey=****5555&jwtapp=demo&access_token=***"
case "$OUT$ERR" in *at-marker-5521*) fail "access token in dry-run output" ;; esac

[ "$(request_count)" -eq 0 ] || fail "dry run sent a request"
