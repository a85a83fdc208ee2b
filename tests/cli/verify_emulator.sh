# Tokens from the emulator's HS, RS and ES apps (256/384/512) verify with the app's secret, with the
# public key as PEM and as a JWK, and with the JWKS URL (key chosen by kid = app name).
. "$(dirname "$0")/lib/common.sh"
TOOL_DIR=$(cd "$(dirname "$0")" && pwd)
start_emulator
cd "$TEST_TMP"
jose() { /usr/bin/python3 "$TOOL_DIR/lib/jose_tool.py" "$@"; }
token_for() {
  "$LRJWT_BIN" token --base-url "$EMU_URL" --apikey "$DEMO_APIKEY" --jwtapp "$1" --access-token "$DEMO_ACCESS_TOKEN"
}
issuer=https://demo.hub.loginradius.com/

# HMAC apps: the secret from a variable, a file and standard input.
for pair in demo:demo-secret:HS256 demo-hs384:demo-secret-384:HS384 demo-hs512:demo-secret-512:HS512; do
  IFS=: read -r app secret alg <<<"$pair"
  jwt=$(token_for "$app")
  APP_SECRET=$secret run verify "$jwt" --secret-env APP_SECRET --iss "$issuer" --sub u-0001
  expect_rc 0
  expect_out_contains "valid: $alg signature, expires in "
  printf '%s\n' "$secret" >secret.txt
  run verify "$jwt" --secret-file secret.txt --alg "$alg" --require email
  expect_rc 0
  run_in "$secret" verify --secret-stdin "$jwt"
  expect_rc 0
  WRONG=not-the-secret run verify "$jwt" --secret-env WRONG
  expect_rc 6
  echo "ok: $app ($alg)"
done

curl -sf "$EMU_URL/__emulator/jwks" >jwks.json
for app in demo-rs demo-rs384 demo-rs512 demo-es demo-es384 demo-es512; do
  jq -c --arg kid "$app" '.keys[] | select(.kid == $kid)' jwks.json >"$app.jwk"
  [ -s "$app.jwk" ] || fail "the JWKS has no key $app"
  jose jwk2pem "$app.jwk" >"$app.pem"
  openssl pkey -pubin -in "$app.pem" -noout 2>/dev/null || fail "$app.pem is not a public key"
done
for pair in demo-rs:RS256 demo-rs384:RS384 demo-rs512:RS512 demo-es:ES256 demo-es384:ES384 demo-es512:ES512; do
  IFS=: read -r app alg <<<"$pair"
  jwt=$(token_for "$app")
  run verify "$jwt" --key "$app.pem" --iss "$issuer"
  expect_rc 0
  expect_out_contains "valid: $alg signature, expires in "
  run verify "$jwt" --key "$app.jwk"
  expect_rc 0
  expect_out_contains "(kid $app)"
  run verify "$jwt" --jwks "$EMU_URL/__emulator/jwks" --alg "$alg"
  expect_rc 0
  expect_out_contains "$alg signature (kid $app)"
  run verify "$jwt" --jwks jwks.json --json
  expect_rc 0
  echo "$OUT" | jq -e --arg alg "$alg" --arg kid "$app" \
    '.valid == true and .alg == $alg and .kid == $kid and .claims.sub == "u-0001" and .expires_in > 0' >/dev/null \
    || fail "json verdict: $OUT"
  # Another app's key does not verify it.
  other=demo-rs; [ "$app" = demo-rs ] && other=demo-rs384
  case "$alg" in ES*) other=demo-es384; [ "$app" = demo-es384 ] && other=demo-es ;; esac
  run verify "$jwt" --key "$other.pem"
  expect_rc 6
  echo "ok: $app ($alg)"
done

# An unknown kid names the kids the JWKS has.
jwt=$(token_for demo-rs)
jq '.keys |= map(select(.kid != "demo-rs"))' jwks.json >without.json
run verify "$jwt" --jwks without.json
expect_rc 6
expect_one_error_line
expect_err_contains 'unknown kid "demo-rs"; the JWKS has: '
expect_err_contains "demo-es"

# Regression (fuzz target jwk, 2026-12-04): strings of a JWKS are echoed in errors; a newline or
# an escape sequence in them stays escaped on the one error line.
printf '{"keys":[{"kty":"RNGNNkeyl\\nA            eSAcrg","kid":"k\\u001b[31m\\nred"}]}' >ctl.json
run verify "$jwt" --jwks ctl.json
expect_rc 6
expect_one_error_line
expect_err_contains 'unknown kid "demo-rs"; the JWKS has: "k\u001b[31m\nred"'
case "$ERR" in *$'\x1b'*) fail "an escape character reached stderr: $ERR" ;; esac
printf '{"kty":"RNGNNkeyl\\nA            eSAcrg"}' >ctl.jwk
run verify "$jwt" --key ctl.jwk
expect_rc 6
expect_one_error_line
expect_err_contains 'JWK key type "RNGNNkeyl\nA            eSAcrg" cannot verify a JWS'

# -q: nothing on stdout, the exit code is the answer.
run verify -q "$jwt" --jwks "$EMU_URL/__emulator/jwks"
expect_rc 0
[ -z "$OUT$ERR" ] || fail "-q printed: $OUT $ERR"

# The JWKS URL must be https, except on loopback; a 404 is exit 4.
run verify "$jwt" --jwks "http://example.com/jwks.json"
expect_rc 2
expect_err_contains "https"
run verify "$jwt" --jwks "$EMU_URL/no-such-path"
expect_rc 4
