# Completion helpers for the shell tests; source after common.sh.
# The scripts under test are what `lrjwt completion SHELL` prints (the embedded
# copies of completions/). Each helper prints the candidates one per line, sorted.

COMPLETION_DIR="$TEST_TMP/completions"
mkdir -p "$COMPLETION_DIR/zsh"
"$LRJWT_BIN" completion bash >"$COMPLETION_DIR/lrjwt.bash"
"$LRJWT_BIN" completion zsh >"$COMPLETION_DIR/zsh/_lrjwt"
"$LRJWT_BIN" completion fish >"$COMPLETION_DIR/lrjwt.fish"
LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# complete_bash LINE: what bash-completion offers for LINE (cursor at the end;
# words split on blanks), calling the function `complete -F` registered.
complete_bash() {
  bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    compopt() { :; }   # only works inside a real completion; _filedir calls it
    source "$1"
    line=$2
    read -ra COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    func=$(complete -p lrjwt | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
    "$func" lrjwt "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"
  ' bash "$COMPLETION_DIR/lrjwt.bash" "$1" | sed '/^$/d' | sort -u
}

# complete_zsh LINE...: for each LINE, what zsh's completion system offers, then
# an empty line (tests/cli/lib/zsh_complete.zsh drives an interactive zsh).
complete_zsh() {
  zsh -f "$LIB_DIR/zsh_complete.zsh" "$COMPLETION_DIR/zsh" "$@"
}

# complete_fish LINE: what fish offers for LINE (complete -C), without descriptions.
complete_fish() {
  fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$COMPLETION_DIR/lrjwt.fish" "$1" | cut -f1 | sort -u
}

# complete_in SHELL LINE: one shell's candidates for one line.
complete_in() {
  case $1 in
  bash) complete_bash "$2" ;;
  zsh) complete_zsh "$2" | sed '/^$/d' ;;
  fish) complete_fish "$2" ;;
  esac
}

# expect LINE CANDIDATE...: queues a check that LINE offers exactly these candidates;
# check_expected SHELL runs the queue (zsh answers the whole queue in one session).
EXPECT_LINES=()
EXPECT_WANTS=()
expect() {
  EXPECT_LINES+=("$1")
  shift
  EXPECT_WANTS+=("$(printf '%s\n' "$@" | sort -u | tr '\n' ' ')")
}
check_expected() {
  local shell=$1 i got
  local -a answers=()
  if [ "$shell" = zsh ]; then
    mapfile -t answers < <(complete_zsh "${EXPECT_LINES[@]}" | awk 'BEGIN { RS = ""; FS = "\n" } { $1 = $1; print $0 " " }')
    [ "${#answers[@]}" -eq "${#EXPECT_LINES[@]}" ] ||
      fail "zsh answered ${#answers[@]} of ${#EXPECT_LINES[@]} lines: ${answers[*]}"
  fi
  for i in "${!EXPECT_LINES[@]}"; do
    if [ "$shell" = zsh ]; then
      got=${answers[i]}
    else
      got=$(complete_in "$shell" "${EXPECT_LINES[i]}" | tr '\n' ' ')
    fi
    [ "$got" = "${EXPECT_WANTS[i]}" ] ||
      fail "$shell: '${EXPECT_LINES[i]}' offers [$got], expected [${EXPECT_WANTS[i]}]"
  done
  EXPECT_LINES=()
  EXPECT_WANTS=()
}

# check_common_lines SHELL: the partial command lines every shell must complete alike.
check_common_lines() {
  expect "lrjwt " login token decode verify exec cache completion
  expect "lrjwt lo" login
  expect "lrjwt login --e" --email --email-template --env-name
  expect "lrjwt login --pa" --password-stdin --password-file
  expect "lrjwt token -o " raw json header env decoded
  expect "lrjwt token --api " legacy hub
  expect "lrjwt exec login --color " auto always never
  expect "lrjwt decode --color a" auto always
  expect "lrjwt verify --alg E" ES256 ES384 ES512 EdDSA
  expect "lrjwt verify --alg P" PS256 PS384 PS512
  expect "lrjwt verify --s" --secret-file --secret-env --secret-stdin --secret-base64 --sub
  expect "lrjwt exec " login token
  expect "lrjwt exec token --access" --access-token --access-token-file
  expect "lrjwt cache " list clear
  expect "lrjwt cache clear --" --expired --help
  expect "lrjwt completion " bash zsh fish
  expect "lrjwt --" --help --version
  check_expected "$1"
}

# check_values SHELL: file names, profile names, variables and exec's command.
check_values() {
  mkdir -p "$TEST_TMP/work" "$TEST_TMP/xdg/lrjwt" "$TEST_TMP/bin"
  : >"$TEST_TMP/work/key.pem"
  : >"$TEST_TMP/work/key.jwk"
  : >"$TEST_TMP/work/other.txt"
  cat >"$TEST_TMP/xdg/lrjwt/config.toml" <<'TOML'
# profiles for the completion tests
[dev]
apikey = "11111111-2222-3333-4444-555555555555"
note = "[not-a-section]"

  [ staging ]   # indented, with a comment
["prod"]
jwtapp = "x"
TOML
  printf '[other-a]\n[other-b]\n' >"$TEST_TMP/work/alt.toml"
  printf '#!/bin/sh\n' >"$TEST_TMP/bin/lrjwt-test-cmd"
  chmod +x "$TEST_TMP/bin/lrjwt-test-cmd"
  (
    cd "$TEST_TMP/work"
    export XDG_CONFIG_HOME="$TEST_TMP/xdg" PATH="$TEST_TMP/bin:$PATH" LRJWT_TEST_SECRET_A=1 LRJWT_TEST_SECRET_B=2
    unset LRJWT_CONFIG
    expect "lrjwt verify --key ke" key.jwk key.pem
    expect "lrjwt login --password-file o" other.txt
    expect "lrjwt token --config al" alt.toml
    expect "lrjwt login --profile " dev staging prod
    expect "lrjwt token --profile st" staging
    expect "lrjwt exec token --config alt.toml --profile " other-a other-b
    expect "lrjwt verify --secret-env LRJWT_TEST_S" LRJWT_TEST_SECRET_A LRJWT_TEST_SECRET_B
    expect "lrjwt exec token --cache -- lrjwt-test-c" lrjwt-test-cmd
    check_expected "$1"
  )
}
