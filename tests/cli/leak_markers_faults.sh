# The leak check of leak_markers.sh for every emulator fault against token (or login, given as
# the first argument: see leak_markers_faults_login.sh), with and without -v, and for retried
# faults that end in success.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
. "$(dirname "$0")/lib/fault_matrix.sh"
. "$(dirname "$0")/lib/leak.sh"

# Every fault, with and without -v, for the call given as $1 (token by default).
call=${1:-token}
for row in "${FAULT_MATRIX[@]}"; do
  spec=${row%%|*}
  for verbose in "" -v; do
    set_faults "$spec"
    if [ "$call" = token ]; then
      scenario text - token --access-token "$AT" --timeout 1 --retries 0 $verbose
    else
      scenario text "$PW" login --username ada --password-stdin --timeout 1 --retries 0 $verbose
    fi
  done
done
# Retried faults, then success.
if [ "$call" = token ]; then
  set_faults "status=503@1" "drop@1" "rate-limit=0@1"
  scenario jwt - token --access-token "$AT" -v --retries 3
else
  set_faults "rate-limit=0@1"
  scenario jwt "$PW" login --username ada --password-stdin -v
fi

check_leaks
