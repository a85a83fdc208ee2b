# decode shows header, claims and times of a token from argv or stdin; malformed tokens exit 5.
. "$(dirname "$0")/lib/common.sh"
start_emulator
jwt=$("$LRJWT_BIN" token --base-url "$EMU_URL" --apikey "$DEMO_APIKEY" --jwtapp demo --access-token "$DEMO_ACCESS_TOKEN")

run decode "$jwt"
expect_rc 0
expect_out_contains '"alg": "HS256"'
expect_out_contains '"sub": "u-0001"'
expect_out_contains '"roles": ['
expect_out_contains "Issued at:"
expect_out_contains "Expires at:"
expect_out_contains "Status:     expires in "
[ -z "$ERR" ] || fail "stderr: $ERR"

# stdin, with the \r\n a file from Windows leaves, and "-".
run_in "$jwt"$'\r\n' decode
expect_rc 0
expect_out_contains '"sub": "u-0001"'
run_in "  $jwt  " decode -
expect_rc 0

# --json: one object.
run decode --json "$jwt"
expect_rc 0
echo "$OUT" | jq -e '.header.typ == "JWT" and .claims.iss == "https://demo.hub.loginradius.com/"' >/dev/null \
  || fail "json: $OUT"
echo "$OUT" | jq -e '.signature == "'"${jwt##*.}"'"' >/dev/null || fail "json signature"
[ "$(echo "$OUT" | jq -s length)" -eq 1 ] || fail "json is not one object"

# An expired token still decodes with exit 0.
old='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwiZXhwIjoxMDAwMDAwMDAwfQ.c2ln'
run decode "$old"
expect_rc 0
expect_out_contains "2001-09-09T01:46:40Z"
expect_out_contains "expired"

# Malformed: exit 5, a message naming the segment, nothing on stdout.
malformed() {
  run decode "$1"
  expect_rc 5
  expect_stdout_empty
  expect_err_contains "$2"
}
malformed "not-a-jwt" "segment"
malformed "a.b" "segment"
malformed "eyJhbGciOiJIUzI1NiJ9.%%%.sig" "segment 2"
malformed "bm90IGpzb24.eyJzdWIiOiJ4In0.c2ln" "segment 1"
malformed "eyJhbGciOiJIUzI1NiJ9.WzFd.c2ln" "segment 2"
malformed "a.b.c.d.e" "JWE"

run decode </dev/null
expect_rc 5
