#!/usr/bin/env bash
# fish completion (what `lrjwt completion fish` prints, driven by a real fish): commands,
# subcommands, options, fixed values, file names, profile names and exec's command.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/complete.sh"

check_common_lines fish
check_values fish
