# Under valgrind, the end-to-end scenarios (login, token, decode, verify, a failing request) have
# no memory errors and no definite leaks. Slow, so labelled "full": scripts/test --full runs it.
. "$(dirname "$0")/lib/common.sh"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "SKIP: valgrind not installed"
  exit 0
fi
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP

# vg RC ARGS...: runs lrjwt under valgrind; it must exit RC, with no valgrind error (exit 99).
vg() {
  local want=$1
  shift
  set +e
  valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    --log-file="$TEST_TMP/vg.log" "$LRJWT_BIN" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err" <"${VG_STDIN:-/dev/null}"
  RC=$?
  set -e
  OUT=$(cat "$TEST_TMP/out")
  ERR=$(cat "$TEST_TMP/err")
  [ "$RC" -ne 99 ] || fail "valgrind found errors in 'lrjwt $*': $(cat "$TEST_TMP/vg.log")"
  [ ! -s "$TEST_TMP/vg.log" ] || fail "valgrind reported for 'lrjwt $*': $(cat "$TEST_TMP/vg.log")"
  [ "$RC" -eq "$want" ] || fail "lrjwt $* exited $RC, expected $want: $ERR"
}

LRJWT_PASSWORD=$DEMO_PASSWORD vg 0 login --username ada -o json
expect_out_contains '"signature"'
vg 0 token --access-token "$DEMO_ACCESS_TOKEN"
jwt=$OUT
vg 0 decode "$jwt"
expect_out_contains "Expires at:"
printf '%s' "$DEMO_SECRET" >"$TEST_TMP/secret"
vg 0 verify "$jwt" --secret-file "$TEST_TMP/secret" --iss https://demo.hub.loginradius.com/
printf 'not-the-secret' >"$TEST_TMP/wrong"
vg 6 verify "$jwt" --secret-file "$TEST_TMP/wrong"
# A failing request: a LoginRadius error (exit 1) and a broken answer (exit 4).
vg 1 token --access-token 7f3c9a1e-0000-4000-8000-000000000002
expect_err_contains "LoginRadius error 906"
curl -s -X POST -d '["not-json@1"]' "$EMU_URL/__emulator/faults" >/dev/null
vg 4 token --access-token "$DEMO_ACCESS_TOKEN"
echo "valgrind: 7 runs clean"
