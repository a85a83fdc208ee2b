# The leak check of leak_markers.sh for every emulator fault, against login and token, with and
# without -v, and for retried faults that end in success.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
. "$(dirname "$0")/lib/fault_matrix.sh"
. "$(dirname "$0")/lib/leak.sh"

# Every fault, for both calls, with and without -v.
for row in "${FAULT_MATRIX[@]}"; do
  spec=${row%%|*}
  for verbose in "" -v; do
    set_faults "$spec"
    scenario text - token --access-token "$AT" --timeout 1 --retries 0 $verbose
    set_faults "$spec"
    scenario text "$PW" login --username ada --password-stdin --timeout 1 --retries 0 $verbose
  done
done
# Retried faults, then success.
set_faults "status=503@1" "drop@1" "rate-limit=0@1"
scenario jwt - token --access-token "$AT" -v --retries 3
set_faults "rate-limit=0@1"
scenario jwt "$PW" login --username ada --password-stdin -v

check_leaks
