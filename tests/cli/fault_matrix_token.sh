# Every emulator fault against `token` ends with its documented exit code, one error line, empty stdout.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
. "$(dirname "$0")/lib/fault_matrix.sh"
start_emulator
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN
# The first half of the matrix; fault_matrix_token_more.sh checks the rest.
run_fault_matrix token 0 10
