# Each LoginRadius error ends with exit 1, the server's code and message on one stderr line, and no stdout.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP

# expect_api_error CODE MESSAGE-FRAGMENT lrjwt-args...
expect_api_error() {
  local code=$1 msg=$2
  shift 2
  run "$@"
  expect_rc 1
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "LoginRadius error $code: $msg"
}

export LRJWT_PASSWORD=$DEMO_PASSWORD
expect_api_error 901 "The API key is unauthorized" login --email ada@example.com --apikey 99999999-2222-3333-4444-555555555555
expect_api_error 920 "API key is invalid" login --email ada@example.com --apikey not-a-guid
expect_api_error 1180 "JWT configuration not found" login --email ada@example.com --jwtapp no-such-app
expect_api_error 938 "" login --email nobody@example.com
expect_api_error 966 "Invalid user ID and/or password" login --email ada@example.com --password-file <(printf wrong)
expect_api_error 970 "" login --email grace@example.com --password-file <(printf hopper)
expect_api_error 991 "Your account is blocked" login --username mallory --password-file <(printf blocked-pw)
expect_api_error 905 "Access token is invalid" token --access-token 00000000-0000-4000-8000-00000000dead
expect_api_error 906 "" token --access-token 7f3c9a1e-0000-4000-8000-000000000002
expect_api_error 1180 "JWT configuration not found" token --access-token "$DEMO_ACCESS_TOKEN" --jwtapp nope

# The hub endpoints answer with the same errors.
expect_api_error 966 "Invalid user ID and/or password" login --api hub --email ada@example.com --password-file <(printf wrong)
expect_api_error 905 "Access token is invalid" token --api hub --access-token bogus

# The codes the client refuses to provoke (missing API key, app, password, access token, bad body) are
# answered by the emulator as LoginRadius does.
check_raw() {
  local code=$1 status=$2 method=$3 url=$4 body=${5:-}
  local out
  if [ "$method" = POST ]; then
    out=$(curl -s -w '\n%{http_code}' -X POST -H 'Content-Type: application/json' --data "$body" "$url")
  else
    out=$(curl -s -w '\n%{http_code}' "$url")
  fi
  [ "$(tail -n1 <<<"$out")" = "$status" ] || fail "$url: status $(tail -n1 <<<"$out"), want $status"
  [ "$(head -n1 <<<"$out" | jq .ErrorCode)" = "$code" ] || fail "$url: body $(head -n1 <<<"$out")"
  head -n1 <<<"$out" | jq -e '.Message and .Description' >/dev/null || fail "$url: no Message/Description"
}
L="$EMU_URL/sso/jwt/api/login"
T="$EMU_URL/sso/jwt/api/token"
check_raw 922 400 POST "$L?jwtapp=demo" '{"email":"ada@example.com","password":"x"}'
check_raw 1196 400 POST "$L?apikey=$DEMO_APIKEY" '{"email":"ada@example.com","password":"x"}'
check_raw 965 400 POST "$L?apikey=$DEMO_APIKEY&jwtapp=demo" 'not json'
check_raw 1089 400 POST "$L?apikey=$DEMO_APIKEY&jwtapp=demo" '{"email":"ada@example.com"}'
check_raw 1060 400 GET "$T?apikey=$DEMO_APIKEY&jwtapp=demo"
check_raw 906 403 GET "$T?apikey=$DEMO_APIKEY&jwtapp=demo&access_token=7f3c9a1e-0000-4000-8000-000000000002"
