# bash completion for lrjwt                                 -*- shell-script -*-
# Installed as share/bash-completion/completions/lrjwt; `lrjwt completion bash`
# prints the same script (load it with: source <(lrjwt completion bash)).
# Needs the bash-completion package (_init_completion, _filedir).

# The options of each command; those that take a value come first.
_lrjwt_common_values='--profile --config --apikey --jwtapp --base-url --api --site --region --timeout
  --connect-timeout --retries --cacert --min-valid -o --output --env-name --color'
_lrjwt_common_flags='--insecure --dry-run --cache --refresh -v --verbose -q --quiet -h --help'
_lrjwt_login_values='--username --email --phone --password-file --verification-url --login-url --email-template'
_lrjwt_login_flags='--password-stdin'
_lrjwt_token_values='--access-token --access-token-file'
_lrjwt_decode_values='--color'
_lrjwt_decode_flags='--json -q --quiet -h --help'
_lrjwt_verify_values='--secret-file --secret-env --key --jwks --alg --leeway --at --iss --aud --sub --require
  --timeout --cacert'
_lrjwt_verify_flags='--json -q --quiet --secret-stdin --secret-base64 --insecure -h --help'

# _lrjwt_profiles [CONFIG]: the [NAME] sections of the config file.
_lrjwt_profiles()
{
    local config=${1:-${LRJWT_CONFIG:-${XDG_CONFIG_HOME:-$HOME/.config}/lrjwt/config.toml}}
    config=${config/#\~/$HOME}
    [[ -f $config && -r $config ]] || return 0
    sed -n '/^[[:space:]]*\[[[:space:]]*"\{0,1\}\([^]["]*\)"\{0,1\}[[:space:]]*\].*$/{s//\1/;s/[[:space:]]*$//;p;}' "$config"
}

_lrjwt()
{
    local cur prev words cword split
    _init_completion -s || return

    # The command path (login, exec token, cache list, ...): the first words that
    # are not options. No option before the path is complete takes a value.
    local cmd='' sub='' config='' dashdash=0 i w
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --)
                dashdash=$i
                break
                ;;
            --config=*) config=${w#--config=} ;;
            --config) ((i + 1 < cword)) && config=${words[i + 1]} ;;
            -*) ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=$w
                elif [[ -z $sub && $cmd == @(exec|cache|completion) ]]; then
                    sub=$w
                fi
                ;;
        esac
    done

    if ((dashdash > 0)); then
        [[ $cmd == exec ]] && _command_offset $((dashdash + 1))
        return
    fi

    local values='' flags='-h --help'
    case $cmd${sub:+ $sub} in
        '')
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W '-h --help --version' -- "$cur"))
            else
                COMPREPLY=($(compgen -W 'login token decode verify exec cache completion' -- "$cur"))
            fi
            return
            ;;
        exec | cache | completion)
            local subs
            case $cmd in
                exec) subs='login token' ;;
                cache) subs='list clear' ;;
                completion) subs='bash zsh fish' ;;
            esac
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W '-h --help' -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$subs" -- "$cur"))
            fi
            return
            ;;
        login | 'exec login')
            values="$_lrjwt_login_values $_lrjwt_common_values"
            flags="$_lrjwt_login_flags $_lrjwt_common_flags"
            ;;
        token | 'exec token')
            values="$_lrjwt_token_values $_lrjwt_common_values"
            flags=$_lrjwt_common_flags
            ;;
        decode)
            values=$_lrjwt_decode_values
            flags=$_lrjwt_decode_flags
            ;;
        verify)
            values=$_lrjwt_verify_values
            flags=$_lrjwt_verify_flags
            ;;
        'cache list') flags='--json -h --help' ;;
        'cache clear') flags='--expired -h --help' ;;
        *) flags='-h --help' ;;
    esac

    # The value of an option.
    if [[ -n $prev && " ${values//$'\n'/ } " == *" $prev "* ]]; then
        case $prev in
            -o | --output) COMPREPLY=($(compgen -W 'raw json header env decoded' -- "$cur")) ;;
            --api) COMPREPLY=($(compgen -W 'legacy hub' -- "$cur")) ;;
            --color) COMPREPLY=($(compgen -W 'auto always never' -- "$cur")) ;;
            --alg)
                COMPREPLY=($(compgen -W 'HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384
                    ES512 EdDSA' -- "$cur"))
                ;;
            --profile) COMPREPLY=($(compgen -W "$(_lrjwt_profiles "$config")" -- "$cur")) ;;
            --secret-env) COMPREPLY=($(compgen -e -- "$cur")) ;;
            --password-file | --access-token-file | --cacert | --secret-file | --key | --jwks | --config)
                _filedir
                ;;
        esac
        return
    fi

    if [[ $cur == -* || -z $cur ]]; then
        COMPREPLY=($(compgen -W "$values $flags" -- "$cur"))
        [[ $cmd == exec && -z $cur ]] && COMPREPLY+=(--)
    fi
} &&
    complete -F _lrjwt lrjwt

# ex: filetype=sh
