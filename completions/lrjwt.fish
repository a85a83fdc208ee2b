# fish completion for lrjwt. Installed as
# share/fish/vendor_completions.d/lrjwt.fish; `lrjwt completion fish` prints the
# same script (load it with: lrjwt completion fish | source).

# Prints the command path typed so far: "", "login", "exec", "exec token", ...
# Before the path is complete no option takes a value, so the first words that
# are not options are the path.
function __lrjwt_path
    set -l path
    for t in (commandline -opc)[2..-1]
        switch $t
            case -- --
                break
            case '-*'
                continue
        end
        set -a path $t
        switch "$path[1]"
            case exec cache completion
                test (count $path) -ge 2; and break
            case '*'
                break
        end
    end
    string join ' ' -- $path
end

# Succeeds when the command path is one of the arguments.
function __lrjwt_is
    set -l path (__lrjwt_path)
    contains -- "$path" $argv
end

# Succeeds when the word being completed comes after "--" in lrjwt exec.
function __lrjwt_after_dashdash
    set -l tokens (commandline -opc)
    contains -- -- $tokens; or return 1
    string match -q 'exec *' -- (__lrjwt_path)
end

# Completes the command that lrjwt exec runs, as its own command line.
function __lrjwt_exec_command
    set -l tokens (commandline -opc)
    set -l i (contains -i -- -- $tokens)
    set -l words (string escape -- $tokens[(math $i + 1)..-1]) (commandline -ct)
    complete -C (string join ' ' -- $words)
end

# The [NAME] sections of the config file: --config on the line, else
# LRJWT_CONFIG, else $XDG_CONFIG_HOME (or ~/.config)/lrjwt/config.toml.
function __lrjwt_profiles
    set -l config
    set -l tokens (commandline -opc)
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case --config
                set config $tokens[(math $i + 1)]
            case '--config=*'
                set config (string replace -- --config= '' $tokens[$i])
        end
    end
    if test -z "$config"
        set config $LRJWT_CONFIG
    end
    if test -z "$config"
        set -l base $XDG_CONFIG_HOME
        test -n "$base"; or set base $HOME/.config
        set config $base/lrjwt/config.toml
    end
    set config (string replace -r '^~' -- $HOME $config)
    test -f "$config" -a -r "$config"; or return 0
    sed -n '/^[[:space:]]*\[[[:space:]]*"\{0,1\}\([^]["]*\)"\{0,1\}[[:space:]]*\].*$/{s//\1/;s/[[:space:]]*$//;p;}' -- $config
end

complete -c lrjwt -f
complete -c lrjwt -n '__lrjwt_after_dashdash' -x -a '(__lrjwt_exec_command)'

# Commands and their subcommands.
complete -c lrjwt -n '__lrjwt_is ""' -s h -l help -d 'Print help and exit'
complete -c lrjwt -n '__lrjwt_is ""' -l version -d 'Print version information and exit'
complete -c lrjwt -n '__lrjwt_is ""' -a login -d 'Log in with an identity and password; print the JWT'
complete -c lrjwt -n '__lrjwt_is ""' -a token -d 'Exchange a LoginRadius access token for a JWT'
complete -c lrjwt -n '__lrjwt_is ""' -a decode -d "Show a JWT's header, claims and times"
complete -c lrjwt -n '__lrjwt_is ""' -a verify -d "Check a JWT's signature, algorithm, times and claims"
complete -c lrjwt -n '__lrjwt_is ""' -a exec -d 'Run a command with a JWT in its environment'
complete -c lrjwt -n '__lrjwt_is ""' -a cache -d 'List or clear the JWT cache'
complete -c lrjwt -n '__lrjwt_is ""' -a completion -d 'Print the completion script for bash, zsh or fish'
complete -c lrjwt -n '__lrjwt_is exec' -a login -d 'Obtain the JWT as lrjwt login does, then run the command'
complete -c lrjwt -n '__lrjwt_is exec' -a token -d 'Obtain the JWT as lrjwt token does, then run the command'
complete -c lrjwt -n '__lrjwt_is cache' -a list -d 'One row per cached JWT'
complete -c lrjwt -n '__lrjwt_is cache' -a clear -d 'Remove cached JWTs'
complete -c lrjwt -n '__lrjwt_is completion' -a 'bash zsh fish' -d 'Print the completion script for this shell'
complete -c lrjwt -n 'not __lrjwt_is ""; and not __lrjwt_after_dashdash' -s h -l help -d 'Print help and exit'

# login and exec login.
set -l login '__lrjwt_is login "exec login"'
complete -c lrjwt -n $login -l username -x -d 'Log in by username'
complete -c lrjwt -n $login -l email -x -d 'Log in by email'
complete -c lrjwt -n $login -l phone -x -d 'Log in by phone number (E.164)'
complete -c lrjwt -n $login -l password-stdin -d 'Read the password from standard input'
complete -c lrjwt -n $login -l password-file -r -F -d 'Read the password from FILE'
complete -c lrjwt -n $login -l verification-url -x -d 'Sent as verificationurl='
complete -c lrjwt -n $login -l login-url -x -d 'Sent as loginurl='
complete -c lrjwt -n $login -l email-template -x -d 'Sent as emailtemplate='

# token and exec token.
set -l token '__lrjwt_is token "exec token"'
complete -c lrjwt -n $token -l access-token -x -d 'The access token (visible in ps)'
complete -c lrjwt -n $token -l access-token-file -r -F -d 'Read the access token from FILE, - for stdin'

# Common to login, token, exec login and exec token.
set -l fetch '__lrjwt_is login token "exec login" "exec token"'
complete -c lrjwt -n $fetch -l profile -x -a '(__lrjwt_profiles)' -d 'Read defaults from this profile'
complete -c lrjwt -n $fetch -l config -r -F -d 'Config file'
complete -c lrjwt -n $fetch -l apikey -x -d 'LoginRadius API key'
complete -c lrjwt -n $fetch -l jwtapp -x -d 'JWT app name'
complete -c lrjwt -n $fetch -l base-url -x -d 'API base URL'
complete -c lrjwt -n $fetch -l api -x -a 'legacy hub' -d 'Endpoint style'
complete -c lrjwt -n $fetch -l site -x -d 'Hub site name (implies --api hub)'
complete -c lrjwt -n $fetch -l region -x -d 'LoginRadius region'
complete -c lrjwt -n $fetch -l timeout -x -d 'Total time limit in seconds'
complete -c lrjwt -n $fetch -l connect-timeout -x -d 'Connection time limit in seconds'
complete -c lrjwt -n $fetch -l retries -x -d 'Retries on transient failures'
complete -c lrjwt -n $fetch -l cacert -r -F -d 'Trust the CA certificates in this PEM file'
complete -c lrjwt -n $fetch -l insecure -d 'Do not verify the TLS certificate'
complete -c lrjwt -n $fetch -l dry-run -d 'Print the request instead of sending it'
complete -c lrjwt -n $fetch -l cache -d 'Reuse a cached JWT'
complete -c lrjwt -n $fetch -l refresh -d 'With --cache: fetch and store a new JWT'
complete -c lrjwt -n $fetch -l min-valid -x -d 'With --cache: seconds a cached JWT must stay valid'
complete -c lrjwt -n $fetch -s o -l output -x -a 'raw json header env decoded' -d 'Output format'
complete -c lrjwt -n $fetch -l env-name -x -d 'Variable name for -o env'
complete -c lrjwt -n $fetch -l color -x -a 'auto always never' -d 'When to colour'
complete -c lrjwt -n $fetch -s v -l verbose -d 'Trace the HTTP exchange on stderr'
complete -c lrjwt -n $fetch -s q -l quiet -d 'Print no warnings'

# decode.
complete -c lrjwt -n '__lrjwt_is decode' -l json -d 'Print one JSON object instead of text'
complete -c lrjwt -n '__lrjwt_is decode' -l color -x -a 'auto always never' -d 'When to colour'
complete -c lrjwt -n '__lrjwt_is decode' -s q -l quiet -d 'Print no warnings'

# verify.
set -l verify '__lrjwt_is verify'
complete -c lrjwt -n $verify -l json -d 'Print a JSON verdict'
complete -c lrjwt -n $verify -s q -l quiet -d 'Print nothing on success and no warnings'
complete -c lrjwt -n $verify -l secret-file -r -F -d 'HMAC secret in FILE'
complete -c lrjwt -n $verify -l secret-env -x -a '(set -xn)' -d 'HMAC secret in environment variable NAME'
complete -c lrjwt -n $verify -l secret-stdin -d 'HMAC secret on standard input'
complete -c lrjwt -n $verify -l secret-base64 -d 'The secret is base64 or base64url text'
complete -c lrjwt -n $verify -l key -r -F -d 'PEM public key, X.509 certificate or JWK'
complete -c lrjwt -n $verify -l jwks -r -F -d 'JWK Set file or URL'
complete -c lrjwt -n $verify -l alg -x -a 'HS256 HS384 HS512 RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 ES512 EdDSA' -d 'Allowed algorithm'
complete -c lrjwt -n $verify -l leeway -x -d 'Seconds of clock skew allowed on exp and nbf'
complete -c lrjwt -n $verify -l at -x -d 'Verify as of TIME (epoch seconds or RFC 3339)'
complete -c lrjwt -n $verify -l iss -x -d 'Required issuer'
complete -c lrjwt -n $verify -l aud -x -d 'Required audience'
complete -c lrjwt -n $verify -l sub -x -d 'Required subject'
complete -c lrjwt -n $verify -l require -x -d 'Claim that must be present'
complete -c lrjwt -n $verify -l timeout -x -d 'JWKS download time limit in seconds'
complete -c lrjwt -n $verify -l cacert -r -F -d 'Trust the CA certificates in this PEM file'
complete -c lrjwt -n $verify -l insecure -d 'Do not verify the TLS certificate of a JWKS URL'

# cache list and cache clear.
complete -c lrjwt -n '__lrjwt_is "cache list"' -l json -d 'Print a JSON array'
complete -c lrjwt -n '__lrjwt_is "cache clear"' -l expired -d 'Remove only expired entries'
