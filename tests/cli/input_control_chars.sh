# A control character in any option value, variable or file name is refused (exit 2) before any
# request, with one error line that names the option and never prints the control character
# (nor, for text options, the value); a password that is not UTF-8 is refused with a hint.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD
BAD=$'sv-VALUE\x01\x1b[31m'

# expect_refused OPTION: exit 2, no stdout, one error line naming OPTION, no control byte.
expect_refused() {
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "$1"
  if printf '%s' "$ERR" | LC_ALL=C grep -q '[[:cntrl:]]'; then fail "a control character on stderr: $(printf '%s' "$ERR" | cat -v)"; fi
}

# Text options: refused by name, the value never echoed.
for opt in --apikey --jwtapp --base-url --site --region --cacert --verification-url --login-url \
  --email-template --password-file --profile --config; do
  run login --username ada "$opt" "$BAD"
  expect_refused "$opt"
  expect_err_lacks sv-VALUE
done
for opt in --username --email --phone; do
  run login "$opt" "$BAD"
  expect_refused "$opt"
  expect_err_lacks sv-VALUE
done
# --config without --profile (regression: it was ignored, not refused).
for opt in --access-token --access-token-file --apikey --jwtapp --base-url --region --config; do
  run token "$opt" "$BAD"
  expect_refused "$opt"
  expect_err_lacks sv-VALUE
done
# The --opt=VALUE form too.
run token "--apikey=$BAD"
expect_refused --apikey

# Options with a fixed form (numbers, names, choices): refused by name; the value may be quoted, but
# with its control characters replaced.
for opt in --timeout --connect-timeout --retries --min-valid --api --output --color --env-name; do
  run token "$opt" "$BAD"
  expect_refused "${opt#--}"
done

# The same through the environment, and in values read from files and standard input.
for var in LRJWT_APIKEY LRJWT_JWTAPP LRJWT_BASE_URL LRJWT_REGION LRJWT_ACCESS_TOKEN; do
  env "$var=$BAD" "$LRJWT_BIN" token >"$TEST_TMP/out" 2>"$TEST_TMP/err" && RC=0 || RC=$?
  OUT=$(cat "$TEST_TMP/out")
  ERR=$(cat "$TEST_TMP/err")
  expect_refused "$var"
  expect_err_lacks sv-VALUE
done
LRJWT_PASSWORD=$'pw\x01' run login --username ada
expect_refused LRJWT_PASSWORD
run_in $'pw\x1b[0m' login --username ada --password-stdin
expect_refused password
printf 'at\x01x\n' >"$TEST_TMP/at"
run token --access-token-file "$TEST_TMP/at"
expect_refused "access token"
run_in $'at\x7fx' token --access-token-file -
expect_refused "access token"

# Nothing was sent for any of these.
[ "$(request_count)" -eq 0 ] || fail "a request was sent: $(curl -s "$EMU_URL/__emulator/requests")"

# A password that is not UTF-8 (a Latin-1 terminal) is refused with a hint about the encoding.
printf 'caf\xe9' >"$TEST_TMP/pw"
run login --username ada --password-file "$TEST_TMP/pw"
expect_refused "not valid UTF-8"
expect_err_contains "encoding"
