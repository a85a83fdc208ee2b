#!/usr/bin/env bash
# zsh completion (what `lrjwt completion zsh` prints, driven by a real zsh): commands,
# subcommands, options, fixed values, file names, profile names and exec's command.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/complete.sh"

check_common_lines zsh
check_values zsh
