# exec runs a command with the JWT in its environment, passes its status through and prints nothing.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN

run exec token -- sh -c 'printf "%s" "$LRJWT_TOKEN" >"$0"' "$TEST_TMP/seen"
expect_rc 0
expect_stdout_empty
case "$(cat "$TEST_TMP/seen")" in eyJ*.*.*) ;; *) fail "the child did not see a JWT" ;; esac
[ "$("$LRJWT_BIN" decode --json "$(cat "$TEST_TMP/seen")" | jq -r .claims.sub)" = u-0001 ] || fail "wrong JWT"

# The child's own stdout passes through; lrjwt adds nothing.
run exec token -- echo hello
[ "$OUT" = hello ] || fail "stdout: $OUT"

# --env-name, the exit status, signals.
run exec token --env-name API_JWT -- sh -c 'test -n "$API_JWT" && test -z "$LRJWT_TOKEN"'
expect_rc 0
run exec token -- sh -c 'exit 42'
expect_rc 42
run exec token -- sh -c 'kill -TERM $$'
expect_rc 143

# login: the password is not handed to the child.
LRJWT_PASSWORD=$DEMO_PASSWORD run exec login --email ada@example.com -- sh -c 'test -z "${LRJWT_PASSWORD+x}" && test -n "$LRJWT_TOKEN"'
expect_rc 0

# A failure to obtain the token exits with its code and does not run the command.
run exec token --access-token 00000000-0000-4000-8000-00000000dead -- touch "$TEST_TMP/ran"
expect_rc 1
[ ! -e "$TEST_TMP/ran" ] || fail "the command ran after a failed fetch"
expect_one_error_line
run exec token --jwtapp nope -- touch "$TEST_TMP/ran"
expect_rc 1
[ ! -e "$TEST_TMP/ran" ] || fail "the command ran"

# Through the cache: a second exec makes no request.
export LRJWT_CACHE_DIR=$TEST_TMP/cache
run exec token --cache -- true
before=$(request_count)
run exec token --cache -- true
[ "$(request_count)" -eq "$before" ] || fail "exec --cache made a request on a hit"

# Usage errors.
run exec token
expect_rc 2
run exec token -- /nonexistent/cmd
expect_rc 127
expect_err_contains "cannot run"
run exec
expect_rc 2
