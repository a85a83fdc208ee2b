# --site and --base-url both set the base URL: a flag beats the other's variable, a variable
# beats the other's profile key, and two at the same level are refused naming what set them.
# (Regression: with LRJWT_BASE_URL exported, `token --site acme` failed naming --base-url.)
. "$(dirname "$0")/lib/common.sh"
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN

LRJWT_BASE_URL=http://127.0.0.1:9 run token --site acme --dry-run
expect_rc 0
expect_out_contains "GET https://acme.hub.loginradius.com/api/jwt/demo/token?"

LRJWT_SITE=acme run token --base-url http://127.0.0.1:9 --dry-run
expect_rc 0
expect_out_contains "GET http://127.0.0.1:9/sso/jwt/api/token?"

LRJWT_SITE=acme LRJWT_BASE_URL=http://127.0.0.1:9 run token --dry-run
expect_rc 2
expect_stdout_empty
expect_one_error_line
expect_err_contains "LRJWT_SITE and LRJWT_BASE_URL both set the base URL"

run token --site acme --base-url=http://127.0.0.1:9 --dry-run
expect_rc 2
expect_one_error_line
expect_err_contains "--site and --base-url both set the base URL"

# A variable beats the profile's key.
cat >"$TEST_TMP/config.toml" <<'TOML'
[p]
site = "acme"
TOML
LRJWT_BASE_URL=http://127.0.0.1:9 run token --config "$TEST_TMP/config.toml" --profile p --dry-run
expect_rc 0
expect_out_contains "GET http://127.0.0.1:9/sso/jwt/api/token?"
echo ok
