# login needs exactly one of --username, --email, --phone.
. "$(dirname "$0")/lib/common.sh"
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=http://127.0.0.1:9 LRJWT_PASSWORD=pw

run login
expect_rc 2
expect_stdout_empty
expect_one_error_line
expect_err_contains "--username, --email or --phone"

run login --email a@example.com --username a
expect_rc 2
expect_one_error_line
expect_err_contains "exactly one of --username, --email or --phone"

# From the environment when no flag is given; a flag hides the environment.
LRJWT_EMAIL=a@example.com run login --dry-run
expect_rc 0
expect_out_contains '"email":"a@example.com"'
LRJWT_EMAIL=a@example.com run login --username bob --dry-run
expect_rc 0
expect_out_contains '"username":"bob"'
LRJWT_EMAIL=a@example.com LRJWT_PHONE=+1 run login --dry-run
expect_rc 2
