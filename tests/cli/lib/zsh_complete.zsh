# zsh -f zsh_complete.zsh FUNCDIR LINE...
# For each LINE, prints the candidates zsh's completion system offers with the
# cursor at its end, one per line, sorted, then an empty line. FUNCDIR comes first
# in fpath. It runs one interactive zsh in a pseudo-terminal (zsh/zpty), types
# each line and Tab (complete-word, then a mark), and wraps compadd so that every match it adds
# is also written to a file (compadd -A does the same matching as the real call
# without adding anything); Ctrl-U then clears the line for the next one.
emulate -L zsh
zmodload zsh/zpty || exit 2
local funcdir=$1
shift
local work
work=$(mktemp -d "${TMPDIR:-/tmp}/lrjwt-zsh.XXXXXX") || exit 2
local out=$work/matches done=$work/done ready=$work/ready
cat >$work/setup.zsh <<SETUP
PS1='' PROMPT='' RPROMPT=''
unsetopt beep
fpath=(${(q)funcdir} \$fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' insert-tab false
zstyle ':completion:*' list-prompt ''
LISTMAX=10000
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a __lrjwt_hits
  builtin compadd -A __lrjwt_hits "\$@"
  (( \$#__lrjwt_hits )) && print -rl -- \$__lrjwt_hits >>${(q)out}
  builtin compadd "\$@"
}
_lrjwt_test_complete() {
  zle complete-word
  : >${(q)done}
}
zle -N _lrjwt_test_complete
bindkey '^I' _lrjwt_test_complete
bindkey '^U' kill-whole-line
: >${(q)ready}
SETUP
# wait_for FILE: reads the pseudo-terminal until FILE exists (at most 10 s).
wait_for() {
  local i junk
  for i in {1..1000}; do
    [[ -e $1 ]] && return 0
    zpty -rt lrjwt_zsh junk 2>/dev/null
    sleep 0.01
  done
  return 1
}
zpty lrjwt_zsh zsh -f -i
zpty -w lrjwt_zsh "source ${(q)work}/setup.zsh"
local rc=0 line
if ! wait_for $ready; then
  print -u2 "zsh_complete: zsh did not start"
  rc=2
fi
for line in "$@"; do
  (( rc == 0 )) || break
  rm -f $out $done
  zpty -w -n lrjwt_zsh "$line"$'\t'
  if ! wait_for $done; then
    print -u2 "zsh_complete: no completion for: $line"
    rc=2
    break
  fi
  [[ -e $out ]] && sort -u $out
  print
  zpty -w -n lrjwt_zsh $'\C-u'
done
zpty -d lrjwt_zsh
rm -rf $work
exit $rc
