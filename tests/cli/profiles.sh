# --profile reads defaults from config.toml: flag > environment > profile > default, for each key.
. "$(dirname "$0")/lib/common.sh"
export XDG_CONFIG_HOME=$TEST_TMP/config HOME=$TEST_TMP/home
mkdir -p "$XDG_CONFIG_HOME/lrjwt" "$HOME"
cat >"$XDG_CONFIG_HOME/lrjwt/config.toml" <<'TOML'
# lrjwt profiles
[dev]
apikey = "11111111-2222-3333-4444-00000000PPPP"
jwtapp = "profile-app"
base_url = "https://profile.example"
api = "hub"
region = "profile-region"
email = "profile@example.com"
verification_url = "https://profile.example/verify"
login_url = 'https://profile.example/login'
email_template = "profile-template"
timeout = 7
connect_timeout = 3
retries = 4
output = "header"
env_name = "PROFILE_JWT"
cache = true
min_valid = 120

[staging] # another profile
site = "acme"
TOML
export LRJWT_PASSWORD=pw

# dry FLAG...: the --dry-run -v text (stdout and stderr) of login with the dev profile.
dry() {
  run login --profile dev --dry-run -v "$@"
  expect_rc 0
  DRY="$OUT $ERR"
}
has() { case "$DRY" in *"$1"*) ;; *) fail "missing '$1' in: $DRY" ;; esac; }

# Profile values apply.
dry
has "POST https://profile.example/api/jwt/profile-app/login?apikey=****PPPP"
has "&verificationurl=https%3A%2F%2Fprofile.example%2Fverify&loginurl=https%3A%2F%2Fprofile.example%2Flogin"
has "&emailtemplate=profile-template&region=profile-region"
has '"email":"profile@example.com"'
has "connect timeout 3s (--connect-timeout), total timeout 7s (--timeout), body limit 1048576 bytes; up to 5 attempts"
has "output header, env name PROFILE_JWT, cache true, min valid 120s"

# The environment beats the profile, key by key.
LRJWT_APIKEY=11111111-2222-3333-4444-00000000EEEE LRJWT_JWTAPP=env-app LRJWT_BASE_URL=https://env.example \
LRJWT_API=legacy LRJWT_REGION=env-region LRJWT_EMAIL=env@example.com LRJWT_VERIFICATION_URL=https://env.example/v \
LRJWT_LOGIN_URL=https://env.example/l LRJWT_EMAIL_TEMPLATE=env-template LRJWT_TIMEOUT=8 LRJWT_CONNECT_TIMEOUT=4 \
LRJWT_RETRIES=5 LRJWT_OUTPUT=json LRJWT_ENV_NAME=ENV_JWT LRJWT_MIN_VALID=130 dry
has "POST https://env.example/sso/jwt/api/login?apikey=****EEEE&jwtapp=env-app"
has "verificationurl=https%3A%2F%2Fenv.example%2Fv&loginurl=https%3A%2F%2Fenv.example%2Fl&emailtemplate=env-template&region=env-region"
has '"email":"env@example.com"'
has "connect timeout 4s (--connect-timeout), total timeout 8s (--timeout), body limit 1048576 bytes; up to 6 attempts"
has "output json, env name ENV_JWT, cache true, min valid 130s"
# An identity from the environment of another kind also hides the profile's.
LRJWT_USERNAME=env-user dry
has '"username":"env-user"'

# Flags beat the environment and the profile.
LRJWT_APIKEY=11111111-2222-3333-4444-00000000EEEE LRJWT_TIMEOUT=8 dry --apikey 11111111-2222-3333-4444-00000000FFFF \
  --jwtapp flag-app --base-url https://flag.example --api legacy --region flag-region --username flag-user \
  --verification-url https://flag.example/v --login-url https://flag.example/l --email-template flag-template \
  --timeout 9 --connect-timeout 5 --retries 6 -o env --env-name FLAG_JWT --min-valid 140
has "POST https://flag.example/sso/jwt/api/login?apikey=****FFFF&jwtapp=flag-app"
has "verificationurl=https%3A%2F%2Fflag.example%2Fv&loginurl=https%3A%2F%2Fflag.example%2Fl&emailtemplate=flag-template&region=flag-region"
has '"username":"flag-user"'
has "connect timeout 5s (--connect-timeout), total timeout 9s (--timeout), body limit 1048576 bytes; up to 7 attempts"
has "output env, env name FLAG_JWT, cache true, min valid 140s"

# Without a profile: the defaults.
run login --dry-run -v --apikey k --jwtapp j --email e
expect_rc 0
DRY="$OUT $ERR"
has "POST https://cloud-api.loginradius.com/sso/jwt/api/login"
has "connect timeout 10s (--connect-timeout), total timeout 30s (--timeout), body limit 1048576 bytes; up to 3 attempts"
has "output raw, env name LRJWT_TOKEN, cache false, min valid 60s"

# LRJWT_PROFILE selects a profile; --site from a profile implies hub; --config names another file.
LRJWT_PROFILE=staging run token --dry-run --apikey k --jwtapp j --access-token t
expect_rc 0
expect_out_contains "GET https://acme.hub.loginradius.com/api/jwt/j/token?"
printf '[x]\njwtapp = "other-file-app"\n' >"$TEST_TMP/other.toml"
run token --dry-run --config "$TEST_TMP/other.toml" --profile x --apikey k --access-token t
expect_rc 0
expect_out_contains "jwtapp=other-file-app"

# Errors: a missing profile, secrets, unknown keys, bad syntax, bad values, a missing file.
bad() {
  printf '%b' "$1" >"$TEST_TMP/bad.toml"
  run token --config "$TEST_TMP/bad.toml" --profile p --apikey k --jwtapp j --access-token t --dry-run
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "$2"
}
run token --profile nope --apikey k --jwtapp j --access-token t
expect_rc 2
expect_err_contains "profile 'nope' not found"
expect_err_contains "dev, staging"
bad '[p]\npassword = "hunter2"\n' "bad.toml:2: 'password' is a secret"
bad '[p]\naccess_token = "at"\n' "bad.toml:2: 'access_token' is a secret"
bad '[p]\nsecret = "s"\n' "'secret' is a secret"
bad '[other]\n\n\nfrobnicate = 1\n[p]\n' "bad.toml:4: unknown key 'frobnicate'"
bad '[p]\napikey = unquoted\n' "bad.toml:2: strings must be quoted"
bad '[p]\napikey = "open\n' "bad.toml:2: unterminated string"
bad '[p]\ntimeout = "soon"\n' "bad.toml:2: bad value for 'timeout'"
case "$ERR" in *hunter2*) fail "secret echoed" ;; esac
run token --config "$TEST_TMP/none.toml" --profile p --apikey k --jwtapp j --access-token t
expect_rc 2
expect_err_contains "none.toml"
