# Transport failures end with exit 3 naming the host; nothing on stdout.
. "$(dirname "$0")/lib/common.sh"
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN

# A port nobody listens on (find one by binding and closing).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
run token --base-url "http://127.0.0.1:$port" --retries 0
expect_rc 3
expect_stdout_empty
expect_one_error_line
expect_err_contains "127.0.0.1:$port"

# A name that cannot resolve.
run token --base-url "https://nonexistent.invalid" --retries 0 --connect-timeout 5
expect_rc 3
expect_stdout_empty
expect_err_contains "nonexistent.invalid"
