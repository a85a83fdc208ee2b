# 16 parallel runs with a cold cache make exactly one request and all print the same token.
. "$(dirname "$0")/lib/common.sh"
start_emulator --fault delay=400
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN
export LRJWT_CACHE_DIR=$TEST_TMP/cache

pids=()
for i in $(seq 1 16); do
  "$LRJWT_BIN" token --cache >"$TEST_TMP/out.$i" 2>"$TEST_TMP/err.$i" &
  pids+=($!)
done
for i in $(seq 1 16); do
  wait "${pids[$((i - 1))]}" || fail "run $i failed: $(cat "$TEST_TMP/err.$i")"
done
[ "$(request_count)" -eq 1 ] || fail "16 cold runs made $(request_count) requests"
[ "$(cat "$TEST_TMP"/out.* | sort -u | wc -l)" -eq 1 ] || fail "the runs printed different tokens"
case "$(cat "$TEST_TMP/out.1")" in eyJ*.*.*) ;; *) fail "not a JWT" ;; esac
echo "16 parallel cold-cache runs: $(request_count) request, 1 distinct token"
