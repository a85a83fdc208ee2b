# Every emulator fault against `login` ends with its documented exit code, one error line, empty stdout.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
. "$(dirname "$0")/lib/fault_matrix.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_PASSWORD=$DEMO_PASSWORD
run_fault_matrix login
