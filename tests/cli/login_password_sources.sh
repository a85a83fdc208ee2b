# The password comes from LRJWT_PASSWORD, --password-stdin, --password-file or nowhere (exit 2, no wait).
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL

# Environment, with one trailing newline dropped.
LRJWT_PASSWORD="$DEMO_PASSWORD"$'\n' run login --email ada@example.com
expect_rc 0

# Standard input, with a trailing \r\n dropped.
run_in "$DEMO_PASSWORD"$'\r\n' login --email ada@example.com --password-stdin
expect_rc 0
[ "$(last_request | jq -r .body)" = '{"email":"ada@example.com","password":"correct horse"}' ] || fail "stdin body"

# A file; surrounding spaces in a password are kept.
printf '%s\n' "$DEMO_PASSWORD" >"$TEST_TMP/pw"
run login --email ada@example.com --password-file "$TEST_TMP/pw"
expect_rc 0
printf ' %s\n' "$DEMO_PASSWORD" >"$TEST_TMP/pw-space"
run login --email ada@example.com --password-file "$TEST_TMP/pw-space"
expect_rc 1
[ "$(last_request | jq -r .body)" = '{"email":"ada@example.com","password":" correct horse"}' ] || fail "space kept"

# A flag wins over the environment.
LRJWT_PASSWORD=wrong run login --email ada@example.com --password-file "$TEST_TMP/pw"
expect_rc 0

# An unreadable file is a usage error.
run login --email ada@example.com --password-file "$TEST_TMP/missing"
expect_rc 2
expect_stdout_empty
expect_one_error_line
expect_err_contains "--password-file"

# No source and no terminal: exit 2 at once, nothing sent.
before=$(request_count)
start=$(date +%s)
run login --email ada@example.com </dev/null
expect_rc 2
expect_stdout_empty
expect_err_contains "no password"
[ $(( $(date +%s) - start )) -lt 5 ] || fail "waited for a password"
[ "$(request_count)" -eq "$before" ] || fail "a request was sent without a password"

# There is no --password flag, and its value is never echoed.
run login --email ada@example.com --password=hunter2-marker
expect_rc 2
case "$ERR" in *hunter2-marker*) fail "password echoed: $ERR" ;; esac
expect_err_contains "no --password flag"

# Both stdin and file: usage error.
run_in pw login --email ada@example.com --password-stdin --password-file "$TEST_TMP/pw"
expect_rc 2
