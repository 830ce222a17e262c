# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_refctl_global_optspecs
    string join \n profile= api-url= provider= o/output= q/quiet v/verbose no-color timeout= y/yes h/help V/version
end

function __fish_refctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_refctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_refctl_using_subcommand
    set -l cmd (__fish_refctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c refctl -n "__fish_refctl_needs_command" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_needs_command" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_needs_command" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_needs_command" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_needs_command" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_needs_command" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_needs_command" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_needs_command" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_needs_command" -s V -l version -d 'Print version'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "campaigns" -d 'Create, list and change campaigns (hosted platforms: list and show)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "referrers" -d 'Add, import and look at referrers'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "leads" -d 'Add, import, list, export leads and see their history'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "qualify" -d 'Qualify leads: mark them converted'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "unqualify" -d 'Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "customers" -d 'Upload a customer list: match it against the leads, qualify the pending ones'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "rules" -d 'Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl\'s API only)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "events" -d 'Send events to the rules, and see what each one did (refctl\'s API only)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "webhooks" -d 'The secrets that sign inbound webhooks, generic and Stripe (refctl\'s API only)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "outbox" -d 'The changes a refctl server in front of a hosted platform delivers there'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "auth" -d 'Log in to an API, log out, and see which backend is in use'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "config" -d 'Read and write profiles (API URL, default campaign)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "doctor" -d 'Check the setup: configuration, the API, the token, what the platform can do'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "server" -d 'Serve the referral API over HTTP, and manage its tokens'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c refctl -n "__fish_refctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -f -a "list" -d 'List campaigns'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -f -a "show" -d 'Show one campaign'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -f -a "create" -d 'Create a campaign'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -f -a "update" -d 'Rename a campaign or change its status'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -f -a "archive" -d 'Archive a campaign: it keeps its data but takes no new people'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and not __fish_seen_subcommand_from list show create update archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (e.g. created_at, email, status); default: the API\'s order (oldest first)' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (ignores --limit)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (newest first, or --sort descending)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l code -d 'Short code used to name it in other commands (default: derived from the name)' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l status -d 'Status to start in' -r -f -a "draft\t''
active\t''
paused\t''"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l status -d 'New status (use `archive` to archive)' -r -f -a "draft\t''
active\t''
paused\t''"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from help" -f -a "list" -d 'List campaigns'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one campaign'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a campaign'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a campaign or change its status'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a campaign: it keeps its data but takes no new people'
complete -c refctl -n "__fish_refctl_using_subcommand campaigns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "list" -d 'List the referrers of a campaign'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "show" -d 'Show one referrer, by id or by referral code'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "add" -d 'Add one referrer'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "import" -d 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "update" -d 'Change a referrer\'s email, name, phone or external id (recorded)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "delete" -d 'Delete a referrer who brought no leads (asks first; recorded)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and not __fish_seen_subcommand_from list show add import update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (e.g. created_at, email, status); default: the API\'s order (oldest first)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (ignores --limit)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (newest first, or --sort descending)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l email -d 'The referrer\'s email' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l name -d 'The referrer\'s name' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l code -d 'Referral code (default: a new random one)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l external-id -d 'Your own id for this person (CRM or billing id)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l phone -d 'The referrer\'s phone number' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l column -d 'The header of a field\'s column, when it is not found by name, e.g. email="Work Email"' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l delimiter -d 'The field separator (default: detected): , ; tab |' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l skip-existing -d 'Count rows already there (same email or code) as skipped, not failed'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report every row; send nothing'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l email -d 'A new email' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l name -d 'A new name ("" clears it)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l phone -d 'A new phone number ("" clears it)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l external-id -d 'A new external id ("" clears it)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the referrers of a campaign'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one referrer, by id or by referral code'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add one referrer'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a referrer\'s email, name, phone or external id (recorded)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a referrer who brought no leads (asks first; recorded)'
complete -c refctl -n "__fish_refctl_using_subcommand referrers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "list" -d 'List leads, with filters'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "show" -d 'Show one lead'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "add" -d 'Add one lead, attributed to a referrer by code'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "import" -d 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "export" -d 'Write every lead of a campaign (CSV unless -o says otherwise)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "history" -d 'Show a lead\'s qualification history: who changed it, how, why, when'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "update" -d 'Change a lead\'s email, name, phone or external id (recorded; see `leads changes`)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "delete" -d 'Delete a lead (asks first); one with qualification history needs --force'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "changes" -d 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and not __fish_seen_subcommand_from list show add import export history update delete changes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign; all campaigns when none)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l status -d 'Only leads with this status (expired and invited: GrowSurf only)' -r -f -a "pending\t''
qualified\t''
expired\t''
invited\t''
held\t''"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l created-after -d 'Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l created-before -d 'Only leads created before this time (as --created-after)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l email-contains -d 'Only leads whose email contains this text' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l referrer -d 'Only leads of this referrer (their referral code or email)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l search -d 'Only leads whose email or name contains this text, any case' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (e.g. created_at, email, status); default: the API\'s order (oldest first)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (e.g. id,email,status)' -r -f -a "id\t''
campaign_id\t''
email\t''
name\t''
phone\t''
external_id\t''
referral_code\t''
referred_by\t''
referrer_id\t''
status\t''
qualified_at\t''
created_at\t''"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (ignores --limit)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (newest first, or --sort descending)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l email -d 'The lead\'s email (unique in the campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l referrer -d 'The referral code of the referrer who brought this lead' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l name -d 'The lead\'s name' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l phone -d 'The lead\'s phone number' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l external-id -d 'Your own id for this customer (CRM or billing id)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l code -d 'The lead\'s own referral code (default: a new random one)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l column -d 'The header of a field\'s column, when it is not found by name, e.g. email="Work Email"' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l delimiter -d 'The field separator (default: detected): , ; tab |' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l skip-existing -d 'Count rows already there (same email or code) as skipped, not failed'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report every row; send nothing'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign; all campaigns when none)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l status -d 'Only leads with this status (expired and invited: GrowSurf only)' -r -f -a "pending\t''
qualified\t''
expired\t''
invited\t''
held\t''"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l created-after -d 'Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l created-before -d 'Only leads created before this time (as --created-after)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l email-contains -d 'Only leads whose email contains this text' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l referrer -d 'Only leads of this referrer (their referral code or email)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l search -d 'Only leads whose email or name contains this text, any case' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l email -d 'A new email' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l name -d 'A new name ("" clears it)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l phone -d 'A new phone number ("" clears it)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l external-id -d 'A new external id ("" clears it)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -l force -d 'Delete it even with qualification history (kept in its change record)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from changes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "list" -d 'List leads, with filters'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one lead'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add one lead, attributed to a referrer by code'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every lead of a campaign (CSV unless -o says otherwise)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show a lead\'s qualification history: who changed it, how, why, when'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a lead\'s email, name, phone or external id (recorded; see `leads changes`)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a lead (asks first); one with qualification history needs --force'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "changes" -d 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)'
complete -c refctl -n "__fish_refctl_using_subcommand leads; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l reason -d 'Why (kept in the history)' -r
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l hold -d 'Have the platform hold the referral credit this long before awarding it, from 1d to 90d (GrowSurf); `unqualify` before then cancels it' -r
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l stdin -d 'Read leads from stdin, one per line (blank lines and # comments skipped)'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l dry-run -d 'Show what would happen; change nothing'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l force -d 'Qualify leads on an exclude-list too (existing customers); kept in the history'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand qualify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l reason -d 'Why (required; kept in the history)' -r
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l stdin -d 'Read leads from stdin, one per line (blank lines and # comments skipped)'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l dry-run -d 'Show what would happen; change nothing'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand unqualify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -f -a "upload" -d 'Match a customer list (CSV) against a campaign\'s leads and qualify the pending ones'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -f -a "uploads" -d 'The uploads of this workspace, dry and real: list, show, revert'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -f -a "lists" -d 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and not __fish_seen_subcommand_from upload uploads lists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l match -d 'Which keys identify a lead, in order of trust (comma-separated)' -r -f -a "email\t''
code\t''
external-id\t''
phone\t''"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l column -d 'The header of a key\'s column, when it is not found by name, e.g. email="Contact"' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l region -d 'Country for phone numbers written without +country code, e.g. US' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l encoding -d 'The file\'s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l delimiter -d 'The field separator (default: detected): , ; tab |' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l report-dir -d 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l rate -d 'Most requests per unit of time, e.g. 600/min (default: the token\'s limit, if any)' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l email-aliases -d 'Also match provider aliases: Gmail dots and +tags, +tags at known providers'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l skip-unqualified -d 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l full-reports -d 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l dry-run -d 'Make the plan and the reports; qualify nothing'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l resume -d 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -f -a "list" -d 'Every upload run, dry or real: campaign, file, when, counts, state'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -f -a "show" -d 'One run\'s summary: how the file was read, the counts, the reports'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -f -a "revert" -d 'Unqualify the leads an upload qualified that are still qualified by it'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from uploads" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "add" -d 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "replace" -d 'Swap a kept list\'s keys for a file\'s, or add or remove a file\'s (matching leads are qualified now)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "list" -d 'The campaign\'s kept lists'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "show" -d 'One kept list: its keys, expiry, and the leads it matched'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "remove" -d 'Forget a kept list and its keys (what it qualified stays qualified)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "hash" -d 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "sync" -d 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "purge" -d 'Delete the keys of the campaign\'s lists past their expiry'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "forget" -d 'Remove people from every kept list of the workspace (an erasure request)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from lists" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Match a customer list (CSV) against a campaign\'s leads and qualify the pending ones'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "uploads" -d 'The uploads of this workspace, dry and real: list, show, revert'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "lists" -d 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later'
complete -c refctl -n "__fish_refctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "list" -d 'List a campaign\'s rules'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "show" -d 'Show one rule'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "create" -d 'Create a rule (its condition is checked as it is saved)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "update" -d 'Change a rule in place: only the fields given change; it keeps its id and history'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "enable" -d 'Turn a rule on'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "disable" -d 'Turn a rule off; events no longer reach it'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "delete" -d 'Delete a rule'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "test" -d 'Run every rule of a campaign against a sample event and explain each decision; changes nothing'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "apply" -d 'Make a campaign\'s rules match a file (TOML): shows the changes, then makes them'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and not __fish_seen_subcommand_from list show create update enable disable delete test apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (e.g. created_at, email, status); default: the API\'s order (oldest first)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (ignores --limit)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (newest first, or --sort descending)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l name -d 'A name, unique in the campaign' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l event-type -d 'The event type it listens to, e.g. payment.succeeded' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l identity -d 'Which of the lead\'s keys the event carries' -r -f -a "email\t''
code\t''
external_id\t''"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l identity-path -d 'Where that key is in the event, as a dotted path, e.g. data.customer.email' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l condition -d 'A CEL expression over `event` that must be true, e.g. "event.data.currency == \'usd\'"' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l threshold-field -d 'Sum this numeric field (dotted path) over the lead\'s matching events...' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l threshold-amount -d '...until it reaches this amount...' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l within-days -d '...within this many days of the lead\'s sign-up' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l action -d 'What the rule does to the lead' -r -f -a "qualify\t''
unqualify\t''"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l disabled -d 'Create it turned off'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l name -d 'A new name, unique in the campaign' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l event-type -d 'The event type it listens to' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l identity -d 'Which of the lead\'s keys the event carries' -r -f -a "email\t''
code\t''
external_id\t''"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l identity-path -d 'Where that key is in the event, as a dotted path' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l condition -d 'A CEL expression over `event` that must be true' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l threshold-field -d 'The numeric field (dotted path) the threshold sums' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l threshold-amount -d 'The amount the sum must reach' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l within-days -d 'The days after sign-up within which it must be reached' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l action -d 'What the rule does to the lead' -r -f -a "qualify\t''
unqualify\t''"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l no-condition -d 'Remove the condition: every event of the type counts'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l no-threshold -d 'Remove the threshold: the first matching event acts'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -l event -d 'The sample event: a JSON file with id, type and data, or - for stdin' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s f -l file -d 'The rules file (TOML)' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s c -l campaign -d 'Campaign id or code (default: the profile\'s campaign)' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -l dry-run -d 'Show the changes; make none'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a campaign\'s rules'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one rule'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a rule (its condition is checked as it is saved)'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a rule in place: only the fields given change; it keeps its id and history'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn a rule on'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn a rule off; events no longer reach it'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a rule'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "test" -d 'Run every rule of a campaign against a sample event and explain each decision; changes nothing'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make a campaign\'s rules match a file (TOML): shows the changes, then makes them'
complete -c refctl -n "__fish_refctl_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -f -a "send" -d 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule\'s decision'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -f -a "list" -d 'The most recent events and what they did'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -f -a "show" -d 'One event, with every rule\'s decision'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -f -a "replay" -d 'Run the rules again on an event already received (after a rule was fixed)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and not __fish_seen_subcommand_from send list show replay help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l type -d 'Only events of this type' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l lead -d 'Only events that reached this lead (its id)' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (e.g. created_at, email, status); default: the API\'s order (oldest first)' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (ignores --limit)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (newest first, or --sort descending)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -l dry-run -d 'Say what would happen; change nothing'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule\'s decision'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "list" -d 'The most recent events and what they did'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "show" -d 'One event, with every rule\'s decision'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Run the rules again on an event already received (after a rule was fixed)'
complete -c refctl -n "__fish_refctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -f -a "list" -d 'The workspace\'s webhooks: when made, when rotated, how many requests were refused'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -f -a "secret" -d 'Create or rotate the secret of a webhook (shown once)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -f -a "test" -d 'Send a correctly signed sample to the webhook, to see the whole path work'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and not __fish_seen_subcommand_from list secret test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Make the workspace\'s secret; prints it once'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -f -a "rotate" -d 'Replace the secret; the old one keeps working for a day'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -f -a "set" -d 'Use a secret the sender made (Stripe\'s signing secret), from a hidden prompt or stdin'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l kind -d 'Which webhook' -r -f -a "generic\t''
stripe\t''"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l event -d 'The event to send (default: a sample that changes no lead)' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "list" -d 'The workspace\'s webhooks: when made, when rotated, how many requests were refused'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Create or rotate the secret of a webhook (shown once)'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a correctly signed sample to the webhook, to see the whole path work'
complete -c refctl -n "__fish_refctl_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -f -a "list" -d 'The changes on their way to the platform, newest first, and what it answered'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -f -a "show" -d 'One entry, with every call made for it and what the platform answered'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -f -a "retry" -d 'Send failed entries again (each lead is read back first)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -f -a "discard" -d 'Give up a pending or failed entry without sending it'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -f -a "status" -d 'The link\'s health: the sync\'s age, its last error, the outbox\'s counts'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and not __fish_seen_subcommand_from list show retry discard status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l state -d 'Only entries in this state' -r -f -a "pending\t''
sending\t''
applied\t''
failed\t''
skipped\t''
discarded\t''"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l limit -d 'Show at most this many' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l sort -d 'Sort by this field (e.g. created_at, email, status); default: the API\'s order (oldest first)' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page (ignores --limit)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order (newest first, or --sort descending)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l all-failed -d 'Every failed entry'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -l reason -d 'Why (kept with the entry)' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from discard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'The changes on their way to the platform, newest first, and what it answered'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "show" -d 'One entry, with every call made for it and what the platform answered'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Send failed entries again (each lead is read back first)'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "discard" -d 'Give up a pending or failed entry without sending it'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "status" -d 'The link\'s health: the sync\'s age, its last error, the outbox\'s counts'
complete -c refctl -n "__fish_refctl_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "login" -d 'Store a token for the profile\'s API (checked against the API first)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "logout" -d 'Forget the profile\'s stored token'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "status" -d 'Show which backend, profile and token are in use'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from stdin instead of prompting'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store a token for the profile\'s API (checked against the API first)'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget the profile\'s stored token'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show which backend, profile and token are in use'
complete -c refctl -n "__fish_refctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -f -a "list" -d 'Show every profile and the settings in effect'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -f -a "get" -d 'Print one setting of the profile'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -f -a "set" -d 'Set one setting of the profile (created when missing)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -f -a "unset" -d 'Remove one setting of the profile'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -f -a "use" -d 'Make a profile the default'
complete -c refctl -n "__fish_refctl_using_subcommand config; and not __fish_seen_subcommand_from list get set unset use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show every profile and the settings in effect'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one setting of the profile'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one setting of the profile (created when missing)'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove one setting of the profile'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c refctl -n "__fish_refctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -l report -d 'Where to write the report of the platform\'s answers (hosted platforms; default: under REFCTL_HOME/doctor)' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l listen -d 'Address and port to listen on (port 0 picks a free one)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l readers -d 'Read-only database connections beside the one writer, so that lists never wait behind a change' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l pool -d 'PostgreSQL: the most connections this process opens to the database (several processes share the server\'s max_connections)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l sync-every -d 'How often each linked workspace syncs its hosted program, e.g. 5m, 30s' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l platform-timeout -d 'How long one call to a linked platform may take before it counts as unanswered (the change is then read back), e.g. 15s' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l db -d 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace\'s SQLite file)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l db-password-file -d 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -f -a "token" -d 'Manage API tokens'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -f -a "migrate-db" -d 'Copy a SQLite workspace database into an empty PostgreSQL database'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -f -a "link" -d 'Put a workspace in front of a program on a hosted platform'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -f -a "unlink" -d 'Stop a workspace\'s link to its hosted platform'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -f -a "links" -d 'List the linked workspaces, their sync and their deliveries'
complete -c refctl -n "__fish_refctl_using_subcommand server; and not __fish_seen_subcommand_from token migrate-db link unlink links help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a token and print it once (it is stored hashed)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -f -a "list" -d 'List the tokens (never the tokens themselves: their first characters)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token: from now on it gets 401'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from token" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l from -d 'The SQLite database to copy (default: the local workspace\'s)' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l to -d 'The PostgreSQL database to copy into: postgres://user@host/db' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from migrate-db" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l db -d 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace\'s SQLite file)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l db-password-file -d 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l workspace -d 'The workspace to link (created when missing)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l provider -d 'The hosted platform' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l api-url -d 'The platform\'s API (default: its public one)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l token-env -d 'The environment variable of the server\'s that holds the platform token' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l token-file -d 'A file that holds the platform token' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l rate -d 'The pace of calls to the platform, e.g. 5/s (default: the platform\'s safe pace; never above its published limit)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l cool-down -d 'The rest after the platform answers 429, e.g. 60s, 2m (default: 60s on Referral Factory, which blocks an IP that keeps going over; 5s elsewhere)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l hold -d 'GrowSurf: hold each credit this many days before it is awarded, e.g. 30d (a refund inside them cancels it; an awarded credit cannot be taken back)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l db -d 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace\'s SQLite file)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l db-password-file -d 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l workspace -d 'The linked workspace' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l db -d 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace\'s SQLite file)' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l db-password-file -d 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does' -r -F
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from links" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "token" -d 'Manage API tokens'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "migrate-db" -d 'Copy a SQLite workspace database into an empty PostgreSQL database'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "link" -d 'Put a workspace in front of a program on a hosted platform'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'Stop a workspace\'s link to its hosted platform'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "links" -d 'List the linked workspaces, their sync and their deliveries'
complete -c refctl -n "__fish_refctl_using_subcommand server; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand completion" -l profile -d 'Use this profile of the config file [env: REFCTL_PROFILE]' -r
complete -c refctl -n "__fish_refctl_using_subcommand completion" -l api-url -d 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]' -r
complete -c refctl -n "__fish_refctl_using_subcommand completion" -l provider -d 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]' -r -f -a "refctl\t'refctl\'s own API: the local workspace, or a `refctl server`'
referral-factory\t'Referral Factory\'s API v2'
growsurf\t'GrowSurf\'s API v2'"
complete -c refctl -n "__fish_refctl_using_subcommand completion" -s o -l output -d 'Output format of the data on stdout' -r -f -a "table\t'A table fitted to the terminal (for people)'
json\t'The API\'s own JSON: an array for lists, an object otherwise'
ndjson\t'One JSON object per line'
csv\t'CSV with a header row and every field'
wide\t'A table of every field, nothing cut or dropped (lines may be longer than the terminal)'"
complete -c refctl -n "__fish_refctl_using_subcommand completion" -l timeout -d 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]' -r
complete -c refctl -n "__fish_refctl_using_subcommand completion" -s q -l quiet -d 'Print only data and errors: no status lines'
complete -c refctl -n "__fish_refctl_using_subcommand completion" -s v -l verbose -d 'Log more to stderr (-v: requests and retries)'
complete -c refctl -n "__fish_refctl_using_subcommand completion" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c refctl -n "__fish_refctl_using_subcommand completion" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c refctl -n "__fish_refctl_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "campaigns" -d 'Create, list and change campaigns (hosted platforms: list and show)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "referrers" -d 'Add, import and look at referrers'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "leads" -d 'Add, import, list, export leads and see their history'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "qualify" -d 'Qualify leads: mark them converted'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "unqualify" -d 'Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "customers" -d 'Upload a customer list: match it against the leads, qualify the pending ones'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "rules" -d 'Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl\'s API only)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "events" -d 'Send events to the rules, and see what each one did (refctl\'s API only)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "webhooks" -d 'The secrets that sign inbound webhooks, generic and Stripe (refctl\'s API only)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "outbox" -d 'The changes a refctl server in front of a hosted platform delivers there'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "auth" -d 'Log in to an API, log out, and see which backend is in use'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "config" -d 'Read and write profiles (API URL, default campaign)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "doctor" -d 'Check the setup: configuration, the API, the token, what the platform can do'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "server" -d 'Serve the referral API over HTTP, and manage its tokens'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "completion" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and not __fish_seen_subcommand_from campaigns referrers leads qualify unqualify customers rules events webhooks outbox auth config doctor server completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from campaigns" -f -a "list" -d 'List campaigns'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from campaigns" -f -a "show" -d 'Show one campaign'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from campaigns" -f -a "create" -d 'Create a campaign'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from campaigns" -f -a "update" -d 'Rename a campaign or change its status'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from campaigns" -f -a "archive" -d 'Archive a campaign: it keeps its data but takes no new people'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from referrers" -f -a "list" -d 'List the referrers of a campaign'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from referrers" -f -a "show" -d 'Show one referrer, by id or by referral code'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from referrers" -f -a "add" -d 'Add one referrer'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from referrers" -f -a "import" -d 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from referrers" -f -a "update" -d 'Change a referrer\'s email, name, phone or external id (recorded)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from referrers" -f -a "delete" -d 'Delete a referrer who brought no leads (asks first; recorded)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "list" -d 'List leads, with filters'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "show" -d 'Show one lead'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "add" -d 'Add one lead, attributed to a referrer by code'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "import" -d 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "export" -d 'Write every lead of a campaign (CSV unless -o says otherwise)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "history" -d 'Show a lead\'s qualification history: who changed it, how, why, when'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "update" -d 'Change a lead\'s email, name, phone or external id (recorded; see `leads changes`)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "delete" -d 'Delete a lead (asks first); one with qualification history needs --force'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from leads" -f -a "changes" -d 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "upload" -d 'Match a customer list (CSV) against a campaign\'s leads and qualify the pending ones'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "uploads" -d 'The uploads of this workspace, dry and real: list, show, revert'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "lists" -d 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List a campaign\'s rules'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "show" -d 'Show one rule'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "create" -d 'Create a rule (its condition is checked as it is saved)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "update" -d 'Change a rule in place: only the fields given change; it keeps its id and history'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "enable" -d 'Turn a rule on'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "disable" -d 'Turn a rule off; events no longer reach it'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "delete" -d 'Delete a rule'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "test" -d 'Run every rule of a campaign against a sample event and explain each decision; changes nothing'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "apply" -d 'Make a campaign\'s rules match a file (TOML): shows the changes, then makes them'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "send" -d 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule\'s decision'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "list" -d 'The most recent events and what they did'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "show" -d 'One event, with every rule\'s decision'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "replay" -d 'Run the rules again on an event already received (after a rule was fixed)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "list" -d 'The workspace\'s webhooks: when made, when rotated, how many requests were refused'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "secret" -d 'Create or rotate the secret of a webhook (shown once)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "test" -d 'Send a correctly signed sample to the webhook, to see the whole path work'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'The changes on their way to the platform, newest first, and what it answered'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "show" -d 'One entry, with every call made for it and what the platform answered'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "retry" -d 'Send failed entries again (each lead is read back first)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "discard" -d 'Give up a pending or failed entry without sending it'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "status" -d 'The link\'s health: the sync\'s age, its last error, the outbox\'s counts'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store a token for the profile\'s API (checked against the API first)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget the profile\'s stored token'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show which backend, profile and token are in use'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'Show every profile and the settings in effect'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one setting of the profile'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set one setting of the profile (created when missing)'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove one setting of the profile'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a profile the default'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "token" -d 'Manage API tokens'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "migrate-db" -d 'Copy a SQLite workspace database into an empty PostgreSQL database'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "link" -d 'Put a workspace in front of a program on a hosted platform'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "unlink" -d 'Stop a workspace\'s link to its hosted platform'
complete -c refctl -n "__fish_refctl_using_subcommand help; and __fish_seen_subcommand_from server" -f -a "links" -d 'List the linked workspaces, their sync and their deliveries'
