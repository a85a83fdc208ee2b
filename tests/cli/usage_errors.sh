# Bad or missing options end with exit 2, one error line, nothing on stdout, and no request.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_PASSWORD=pw

usage() {
  run "$@"
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
}

usage login --email a@b.c --jwtapp demo
expect_err_contains "LRJWT_APIKEY"
usage login --email a@b.c --apikey "$DEMO_APIKEY"
expect_err_contains "LRJWT_JWTAPP"
usage token --access-token x --apikey "$DEMO_APIKEY"
expect_err_contains "--jwtapp"

export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
usage login --email a@b.c --no-such-flag
usage login --email a@b.c --api soap
usage login --email a@b.c --timeout 0
usage login --email a@b.c --timeout abc
usage login --email a@b.c --connect-timeout -1
usage login --email a@b.c --retries -1
usage login --email a@b.c --site 'bad site'
usage login --email a@b.c --site demo --base-url https://x.test
usage login --email a@b.c --site demo --api legacy
usage login --email a@b.c --base-url ftp://x.test
usage login --email a@b.c --cacert "$TEST_TMP/none.pem"
usage login --email a@b.c --color purple
usage login --email $'a@b.c\x1b[2J'
expect_err_contains "--email"
usage login --email a@b.c --apikey $'key\x07'
expect_err_contains "--apikey"
case "$ERR" in *key*$'\x07'*) fail "value echoed" ;; esac
LRJWT_PASSWORD=$'pass\x01word' usage login --email a@b.c
expect_err_contains "LRJWT_PASSWORD"
LRJWT_PASSWORD=$'\xff\xfe' usage login --email a@b.c
expect_err_contains "UTF-8"
usage bogus-command
usage decode --bogus

# A flag wins over the environment; the environment fills in what flags omit.
LRJWT_APIKEY=from-env run login --email a@b.c --apikey 12345678-flag-flag-flag-123456789012 --dry-run
expect_rc 0
expect_out_contains "apikey=****9012"

[ "$(request_count)" -eq 0 ] || fail "usage errors sent requests"

# No arguments: help on stderr, exit 2. --help and --version: exit 0 on stdout.
run
expect_rc 2
expect_stdout_empty
run --help
expect_rc 0
expect_out_contains "login"
run login --help
expect_rc 0
expect_out_contains "--password-stdin"
run --version
expect_rc 0
expect_out_contains "lrjwt "

# Each variable is named once per option in --help (regression: "--cache (Env:LRJWT_CACHE)"
# beside its name and "[env LRJWT_CACHE]" after its description).
for sub in login token decode verify "exec token" "cache list"; do
  run $sub --help
  expect_rc 0
  case "$OUT" in *"(Env:"*) fail "lrjwt $sub --help names a variable twice: $(printf '%s\n' "$OUT" | grep 'Env:')" ;; esac
done
run token --help
expect_out_contains "--cache                     reuse a cached JWT"
expect_out_contains "[env LRJWT_CACHE]"
# ...and named at all in the nested commands' --help (regression: `exec token --help` lost
# "[env ...]" when CLI11's own tag was dropped).
run exec token --help
expect_out_contains "[env LRJWT_APIKEY]"
expect_out_contains "[env LRJWT_ACCESS_TOKEN]"
run exec login --help
expect_out_contains "[env LRJWT_EMAIL]"

# An unknown command is named (regression: "A subcommand is required" for `lrjwt frobnicate`).
run frobnicate
expect_rc 2
expect_stdout_empty
expect_one_error_line
expect_err_contains "unknown command 'frobnicate'"

# A secret given without its command is not echoed (regression: `lrjwt "$JWT"` printed
# "unknown command '<the whole JWT>'", and an access token likewise, into CI logs).
jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2VjcmV0LXNpZ25hdHVyZS1ieXRlcw
for word in "$jwt" "$DEMO_ACCESS_TOKEN"; do
  run "$word"
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "unknown command; the commands are login"
  case "$ERR" in *c2VjcmV0*|*"$DEMO_ACCESS_TOKEN"*) fail "a secret reached stderr: $ERR" ;; esac
done

# A secret given to a command as a stray argument is not echoed either (regression: `lrjwt token
# $ACCESS_TOKEN` and `lrjwt token $JWT` printed "The following argument was not expected: <it>",
# and `login --pasword 'correct horse'` printed the passphrase).
for word in "$jwt" "$DEMO_ACCESS_TOKEN"; do
  run token "$word"
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "unexpected arguments: a value not shown (it may be a secret) (see 'lrjwt token --help')"
  case "$ERR" in *c2VjcmV0*|*"$DEMO_ACCESS_TOKEN"*) fail "a secret reached stderr: $ERR" ;; esac
done
run login --email ada@example.com --pasword 'correct horse'
expect_rc 2
expect_one_error_line
expect_err_contains "unexpected arguments: unknown option --pasword, and a value not shown (it may be a secret) (see 'lrjwt login --help')"
case "$ERR" in *correct*|*horse*) fail "a passphrase reached stderr: $ERR" ;; esac
run token --frob=hunter2
expect_rc 2
expect_err_contains "unknown option --frob, and a value not shown"
case "$ERR" in *hunter2*) fail "a value reached stderr: $ERR" ;; esac
# exec without -- before its command says where the command goes.
run exec token sh -c 'echo hi'
expect_rc 2
expect_one_error_line
expect_err_contains "the command to run goes after -- (see 'lrjwt exec token --help')"
# An unknown shell for completion is named (regression: "A subcommand is required").
run completion tcsh
expect_rc 2
expect_one_error_line
expect_err_contains "completion: unknown shell 'tcsh'; the shells are bash, zsh and fish"
