#!/usr/bin/env bash
# For every command, the long options `lrjwt CMD --help` shows are exactly those
# man/lrjwt.1 documents for it and those each completion script (bash, zsh, fish)
# offers after "--"; the commands and subcommands offered match --help too.
# --help itself is left out: every command has it and the man page says so once.
# common.sh clears LRJWT_* variables: take the source tree's location first.
SOURCE_DIR=${LRJWT_SOURCE_DIR:?LRJWT_SOURCE_DIR must point at the source tree}
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/complete.sh"
MAN="$SOURCE_DIR/man/lrjwt.1"

drop_help() { grep -vx -- --help || true; }

# help_options CMD...: the long options in the --help of `lrjwt CMD...`.
help_options() {
  "$LRJWT_BIN" "$@" --help | grep -E '^ +(-[A-Za-z], ?)?--[a-z0-9-]+' |
    sed -E 's/^ +(-[A-Za-z], ?)?(--[a-z0-9-]+).*/\2/' | drop_help | sort -u
}

# help_subcommands CMD...: the names under "Subcommands:" in the --help of `lrjwt CMD...`.
help_subcommands() {
  "$LRJWT_BIN" "$@" --help | sed -n '/^Subcommands:/,/^$/p' | sed -n 's/^  \([a-z][a-z0-9-]*\) .*/\1/p' | sort -u
}

# man_options CMD: the long options the man page lists (.TP tags) under the OPTIONS
# subsection "Options of A, B and C" naming CMD ("Global options" for lrjwt itself).
man_options() {
  awk -v want="$1" '
    /^\.SH / { in_options = ($0 == ".SH OPTIONS"); next }
    !in_options { next }
    /^\.SS / {
      title = $0; sub(/^\.SS "?/, "", title); sub(/"$/, "", title)
      mine = 0
      if (title == "Global options") { mine = (want == "") }
      else if (title ~ /^Options of /) {
        sub(/^Options of /, "", title); gsub(/ and /, ", ", title)
        n = split(title, cmds, ", ")
        for (i = 1; i <= n; i++) if (cmds[i] == want) mine = 1
      }
      next
    }
    /^\.TP/ { tag = 1; next }
    tag && mine {
      line = $0; gsub(/\\-/, "-", line)
      while (match(line, /--[a-z0-9][a-z0-9-]*/)) {
        print substr(line, RSTART, RLENGTH); line = substr(line, RSTART + RLENGTH)
      }
    }
    { tag = 0 }
  ' "$MAN" | drop_help | sort -u
}

# Every command path, from --help: "", "login", ..., "exec login", "cache list", ...
paths=("")
for cmd in $(help_subcommands); do
  paths+=("$cmd")
  for sub in $(help_subcommands "$cmd"); do
    paths+=("$cmd $sub")
  done
done
[ "${#paths[@]}" -ge 12 ] || fail "too few commands found in --help: ${paths[*]}"

# Subcommand names offered by each shell.
zsh_lines=()
for path in "${paths[@]}"; do
  # shellcheck disable=SC2086
  subs=$(help_subcommands $path)
  [ -n "$subs" ] || continue
  line="lrjwt ${path:+$path }"
  for sh in bash fish; do
    got=$(complete_in "$sh" "$line")
    [ "$got" = "$subs" ] || fail "$sh offers [$(echo $got)] for '$line', --help lists [$(echo $subs)]"
  done
  zsh_lines+=("$line")
done

for path in "${paths[@]}"; do
  zsh_lines+=("lrjwt ${path:+$path }--")
done
# One zsh session answers every line (an interactive zsh takes a while to start).
mapfile -t zsh_blocks < <(complete_zsh "${zsh_lines[@]}" | awk 'BEGIN { RS = ""; FS = "\n" } { $1 = $1; print }')
[ "${#zsh_blocks[@]}" -eq "${#zsh_lines[@]}" ] || fail "zsh answered ${#zsh_blocks[@]} of ${#zsh_lines[@]} lines"

i=0
for line in "${zsh_lines[@]}"; do
  zsh_got=$(printf '%s\n' ${zsh_blocks[i]} | drop_help | sort -u)
  i=$((i + 1))
  path=${line#lrjwt }
  path=${path% }
  case $line in
  *' --')
    path=${path% --}
    [ "$path" = "--" ] && path=""
    # shellcheck disable=SC2086
    want=$(help_options $path)
    man=$(man_options "$path")
    [ "$man" = "$want" ] ||
      fail "man page options of '${path:-lrjwt}': [$(echo $man)]; --help: [$(echo $want)]"
    for sh in bash fish; do
      got=$(complete_in "$sh" "$line" | drop_help)
      [ "$got" = "$want" ] || fail "$sh offers [$(echo $got)] for '$line'; --help: [$(echo $want)]"
    done
    [ "$zsh_got" = "$want" ] || fail "zsh offers [$(echo $zsh_got)] for '$line'; --help: [$(echo $want)]"
    ;;
  *)
    # shellcheck disable=SC2086
    subs=$(help_subcommands $path)
    [ "$(printf '%s\n' $zsh_got)" = "$subs" ] || fail "zsh offers [$(echo $zsh_got)] for '$line', --help lists [$(echo $subs)]"
    ;;
  esac
done
