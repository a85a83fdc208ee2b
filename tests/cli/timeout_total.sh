# --timeout ends a slow answer after about the configured time (not the default), with exit 3
# and a message naming the limit; the defaults (10 s connect, 30 s total) show in -v.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD

# elapsed_run ARGS...: like run, and sets ELAPSED_MS.
elapsed_run() {
  local start end
  start=$(date +%s%N)
  run "$@"
  end=$(date +%s%N)
  ELAPSED_MS=$(((end - start) / 1000000))
}

for call in token login; do
  args=("${TOKEN[@]}")
  [ "$call" = login ] && args=("${LOGIN[@]}")
  set_faults "delay=5000"
  elapsed_run "${args[@]}" --timeout 1 --retries 0
  expect_failure 3 "request to 127.0.0.1:${EMU_URL##*:} timed out after 1s (--timeout)"
  # Loose bound: about 1 s, far from the 5 s delay and the 30 s default.
  [ "$ELAPSED_MS" -lt 3000 ] || fail "$call --timeout 1 took ${ELAPSED_MS} ms"
  echo "ok: $call --timeout 1 against delay=5000: exit 3 after ${ELAPSED_MS} ms"
done

# Fractions and the environment variable name the limit the same way.
set_faults "delay=5000"
LRJWT_TIMEOUT=0.5 elapsed_run token --retries 0
expect_failure 3 "timed out after 0.5s (--timeout)"
[ "$ELAPSED_MS" -lt 3000 ] || fail "LRJWT_TIMEOUT=0.5 took ${ELAPSED_MS} ms"

# The limits in force show in -v: the defaults, then the configured values.
set_faults
run token -v
expect_jwt
expect_err_contains "* connect timeout 10s (--connect-timeout), total timeout 30s (--timeout), body limit 1048576 bytes; up to 3 attempts"
run token -v --timeout 2.5 --connect-timeout 3 --retries 0
expect_jwt
expect_err_contains "* connect timeout 3s (--connect-timeout), total timeout 2.5s (--timeout), body limit 1048576 bytes; up to 1 attempt"
