#!/usr/bin/env bash
# bash completion (what `lrjwt completion bash` prints, driven by a real bash): commands,
# subcommands, options, fixed values, file names, profile names and exec's command.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/complete.sh"

check_common_lines bash
check_values bash
