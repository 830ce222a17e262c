
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'refctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'refctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'refctl' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('campaigns', 'campaigns', [CompletionResultType]::ParameterValue, 'Create, list and change campaigns (hosted platforms: list and show)')
            [CompletionResult]::new('referrers', 'referrers', [CompletionResultType]::ParameterValue, 'Add, import and look at referrers')
            [CompletionResult]::new('leads', 'leads', [CompletionResultType]::ParameterValue, 'Add, import, list, export leads and see their history')
            [CompletionResult]::new('qualify', 'qualify', [CompletionResultType]::ParameterValue, 'Qualify leads: mark them converted')
            [CompletionResult]::new('unqualify', 'unqualify', [CompletionResultType]::ParameterValue, 'Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Upload a customer list: match it against the leads, qualify the pending ones')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl''s API only)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Send events to the rules, and see what each one did (refctl''s API only)')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'The secrets that sign inbound webhooks, generic and Stripe (refctl''s API only)')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The changes a refctl server in front of a hosted platform delivers there')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to an API, log out, and see which backend is in use')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and write profiles (API URL, default campaign)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the setup: configuration, the API, the token, what the platform can do')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Serve the referral API over HTTP, and manage its tokens')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;campaigns' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List campaigns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one campaign')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a campaign')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a campaign or change its status')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a campaign: it keeps its data but takes no new people')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;campaigns;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;campaigns;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;campaigns;create' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Short code used to name it in other commands (default: derived from the name)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status to start in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;campaigns;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status (use `archive` to archive)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;campaigns;archive' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;campaigns;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List campaigns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one campaign')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a campaign')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a campaign or change its status')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a campaign: it keeps its data but takes no new people')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;campaigns;help;list' {
            break
        }
        'refctl;campaigns;help;show' {
            break
        }
        'refctl;campaigns;help;create' {
            break
        }
        'refctl;campaigns;help;update' {
            break
        }
        'refctl;campaigns;help;archive' {
            break
        }
        'refctl;campaigns;help;help' {
            break
        }
        'refctl;referrers' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the referrers of a campaign')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one referrer, by id or by referral code')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one referrer')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a referrer''s email, name, phone or external id (recorded)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a referrer who brought no leads (asks first; recorded)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;referrers;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;referrers;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;referrers;add' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The referrer''s email')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The referrer''s name')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Referral code (default: a new random one)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own id for this person (CRM or billing id)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The referrer''s phone number')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;referrers;import' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The header of a field''s column, when it is not found by name, e.g. email="Work Email"')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator (default: detected): , ; tab |')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--skip-existing', '--skip-existing', [CompletionResultType]::ParameterName, 'Count rows already there (same email or code) as skipped, not failed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report every row; send nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;referrers;update' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'A new email')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name ("" clears it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A new phone number ("" clears it)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'A new external id ("" clears it)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;referrers;delete' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;referrers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the referrers of a campaign')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one referrer, by id or by referral code')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one referrer')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a referrer''s email, name, phone or external id (recorded)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a referrer who brought no leads (asks first; recorded)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;referrers;help;list' {
            break
        }
        'refctl;referrers;help;show' {
            break
        }
        'refctl;referrers;help;add' {
            break
        }
        'refctl;referrers;help;import' {
            break
        }
        'refctl;referrers;help;update' {
            break
        }
        'refctl;referrers;help;delete' {
            break
        }
        'refctl;referrers;help;help' {
            break
        }
        'refctl;leads' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List leads, with filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one lead')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one lead, attributed to a referrer by code')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every lead of a campaign (CSV unless -o says otherwise)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a lead''s qualification history: who changed it, how, why, when')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a lead''s email, name, phone or external id (recorded; see `leads changes`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a lead (asks first); one with qualification history needs --force')
            [CompletionResult]::new('changes', 'changes', [CompletionResultType]::ParameterValue, 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;leads;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign; all campaigns when none)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign; all campaigns when none)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only leads with this status (expired and invited: GrowSurf only)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only leads created before this time (as --created-after)')
            [CompletionResult]::new('--email-contains', '--email-contains', [CompletionResultType]::ParameterName, 'Only leads whose email contains this text')
            [CompletionResult]::new('--referrer', '--referrer', [CompletionResultType]::ParameterName, 'Only leads of this referrer (their referral code or email)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only leads whose email or name contains this text, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (e.g. id,email,status)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;add' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The lead''s email (unique in the campaign)')
            [CompletionResult]::new('--referrer', '--referrer', [CompletionResultType]::ParameterName, 'The referral code of the referrer who brought this lead')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The lead''s name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The lead''s phone number')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'Your own id for this customer (CRM or billing id)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The lead''s own referral code (default: a new random one)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;import' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The header of a field''s column, when it is not found by name, e.g. email="Work Email"')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator (default: detected): , ; tab |')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--skip-existing', '--skip-existing', [CompletionResultType]::ParameterName, 'Count rows already there (same email or code) as skipped, not failed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report every row; send nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;export' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign; all campaigns when none)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign; all campaigns when none)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only leads with this status (expired and invited: GrowSurf only)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Only leads created before this time (as --created-after)')
            [CompletionResult]::new('--email-contains', '--email-contains', [CompletionResultType]::ParameterName, 'Only leads whose email contains this text')
            [CompletionResult]::new('--referrer', '--referrer', [CompletionResultType]::ParameterName, 'Only leads of this referrer (their referral code or email)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only leads whose email or name contains this text, any case')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;history' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;update' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'A new email')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name ("" clears it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A new phone number ("" clears it)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'A new external id ("" clears it)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;delete' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete it even with qualification history (kept in its change record)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;changes' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;leads;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List leads, with filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one lead')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one lead, attributed to a referrer by code')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every lead of a campaign (CSV unless -o says otherwise)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a lead''s qualification history: who changed it, how, why, when')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a lead''s email, name, phone or external id (recorded; see `leads changes`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a lead (asks first); one with qualification history needs --force')
            [CompletionResult]::new('changes', 'changes', [CompletionResultType]::ParameterValue, 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;leads;help;list' {
            break
        }
        'refctl;leads;help;show' {
            break
        }
        'refctl;leads;help;add' {
            break
        }
        'refctl;leads;help;import' {
            break
        }
        'refctl;leads;help;export' {
            break
        }
        'refctl;leads;help;history' {
            break
        }
        'refctl;leads;help;update' {
            break
        }
        'refctl;leads;help;delete' {
            break
        }
        'refctl;leads;help;changes' {
            break
        }
        'refctl;leads;help;help' {
            break
        }
        'refctl;qualify' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the history)')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'Have the platform hold the referral credit this long before awarding it, from 1d to 90d (GrowSurf); `unqualify` before then cancels it')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Read leads from stdin, one per line (blank lines and # comments skipped)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen; change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Qualify leads on an exclude-list too (existing customers); kept in the history')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;unqualify' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept in the history)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Read leads from stdin, one per line (blank lines and # comments skipped)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Match a customer list (CSV) against a campaign''s leads and qualify the pending ones')
            [CompletionResult]::new('uploads', 'uploads', [CompletionResultType]::ParameterValue, 'The uploads of this workspace, dry and real: list, show, revert')
            [CompletionResult]::new('lists', 'lists', [CompletionResultType]::ParameterValue, 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;customers;upload' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Which keys identify a lead, in order of trust (comma-separated)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The header of a key''s column, when it is not found by name, e.g. email="Contact"')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Country for phone numbers written without +country code, e.g. US')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator (default: detected): , ; tab |')
            [CompletionResult]::new('--report-dir', '--report-dir', [CompletionResultType]::ParameterName, 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Most requests per unit of time, e.g. 600/min (default: the token''s limit, if any)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--email-aliases', '--email-aliases', [CompletionResultType]::ParameterName, 'Also match provider aliases: Gmail dots and +tags, +tags at known providers')
            [CompletionResult]::new('--skip-unqualified', '--skip-unqualified', [CompletionResultType]::ParameterName, 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again')
            [CompletionResult]::new('--full-reports', '--full-reports', [CompletionResultType]::ParameterName, 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Make the plan and the reports; qualify nothing')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;uploads' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every upload run, dry or real: campaign, file, when, counts, state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One run''s summary: how the file was read, the counts, the reports')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Unqualify the leads an upload qualified that are still qualified by it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;customers;uploads;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Only this campaign''s uploads')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Only this campaign''s uploads')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;uploads;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;uploads;revert' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in each lead''s history)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be unqualified and what kept; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;uploads;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every upload run, dry or real: campaign, file, when, counts, state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One run''s summary: how the file was read, the counts, the reports')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Unqualify the leads an upload qualified that are still qualified by it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;customers;uploads;help;list' {
            break
        }
        'refctl;customers;uploads;help;show' {
            break
        }
        'refctl;customers;uploads;help;revert' {
            break
        }
        'refctl;customers;uploads;help;help' {
            break
        }
        'refctl;customers;lists' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The campaign''s kept lists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One kept list: its keys, expiry, and the leads it matched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a kept list and its keys (what it qualified stays qualified)')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete the keys of the campaign''s lists past their expiry')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove people from every kept list of the workspace (an erasure request)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;customers;lists;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The list''s name in the campaign')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Forget the list''s keys after this long, from 1d to 3650d')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Which keys identify a lead, in order of trust (comma-separated)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The header of a key''s column, when it is not found by name, e.g. email="Contact"')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Country for phone numbers written without +country code, e.g. US')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator (default: detected): , ; tab |')
            [CompletionResult]::new('--report-dir', '--report-dir', [CompletionResultType]::ParameterName, 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Most requests per unit of time, e.g. 600/min (default: the token''s limit, if any)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Existing customers: never qualified by uploads, rules or lists (manual `qualify --force` only)')
            [CompletionResult]::new('--hashed', '--hashed', [CompletionResultType]::ParameterName, 'The file holds SHA-256 digests of normalized keys (`lists hash` shows them), not the keys: kept as they are, matched by the server')
            [CompletionResult]::new('--email-aliases', '--email-aliases', [CompletionResultType]::ParameterName, 'Also match provider aliases: Gmail dots and +tags, +tags at known providers')
            [CompletionResult]::new('--skip-unqualified', '--skip-unqualified', [CompletionResultType]::ParameterName, 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again')
            [CompletionResult]::new('--full-reports', '--full-reports', [CompletionResultType]::ParameterName, 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Make the plan and the reports; qualify nothing')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;replace' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Which keys identify a lead, in order of trust (comma-separated)')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The header of a key''s column, when it is not found by name, e.g. email="Contact"')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Country for phone numbers written without +country code, e.g. US')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator (default: detected): , ; tab |')
            [CompletionResult]::new('--report-dir', '--report-dir', [CompletionResultType]::ParameterName, 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Most requests per unit of time, e.g. 600/min (default: the token''s limit, if any)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--hashed', '--hashed', [CompletionResultType]::ParameterName, 'The file holds SHA-256 digests of normalized keys, not the keys')
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Add the file''s keys to the list (a delta) instead of swapping them in')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Take the file''s keys out of the list (people who are no longer customers)')
            [CompletionResult]::new('--email-aliases', '--email-aliases', [CompletionResultType]::ParameterName, 'Also match provider aliases: Gmail dots and +tags, +tags at known providers')
            [CompletionResult]::new('--skip-unqualified', '--skip-unqualified', [CompletionResultType]::ParameterName, 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again')
            [CompletionResult]::new('--full-reports', '--full-reports', [CompletionResultType]::ParameterName, 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Make the plan and the reports; qualify nothing')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;remove' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;hash' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What they are')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;sync' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be qualified; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;purge' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;forget' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What they are')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;customers;lists;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The campaign''s kept lists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One kept list: its keys, expiry, and the leads it matched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a kept list and its keys (what it qualified stays qualified)')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete the keys of the campaign''s lists past their expiry')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove people from every kept list of the workspace (an erasure request)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;customers;lists;help;add' {
            break
        }
        'refctl;customers;lists;help;replace' {
            break
        }
        'refctl;customers;lists;help;list' {
            break
        }
        'refctl;customers;lists;help;show' {
            break
        }
        'refctl;customers;lists;help;remove' {
            break
        }
        'refctl;customers;lists;help;hash' {
            break
        }
        'refctl;customers;lists;help;sync' {
            break
        }
        'refctl;customers;lists;help;purge' {
            break
        }
        'refctl;customers;lists;help;forget' {
            break
        }
        'refctl;customers;lists;help;help' {
            break
        }
        'refctl;customers;help' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Match a customer list (CSV) against a campaign''s leads and qualify the pending ones')
            [CompletionResult]::new('uploads', 'uploads', [CompletionResultType]::ParameterValue, 'The uploads of this workspace, dry and real: list, show, revert')
            [CompletionResult]::new('lists', 'lists', [CompletionResultType]::ParameterValue, 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;customers;help;upload' {
            break
        }
        'refctl;customers;help;uploads' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every upload run, dry or real: campaign, file, when, counts, state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One run''s summary: how the file was read, the counts, the reports')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Unqualify the leads an upload qualified that are still qualified by it')
            break
        }
        'refctl;customers;help;uploads;list' {
            break
        }
        'refctl;customers;help;uploads;show' {
            break
        }
        'refctl;customers;help;uploads;revert' {
            break
        }
        'refctl;customers;help;lists' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The campaign''s kept lists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One kept list: its keys, expiry, and the leads it matched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a kept list and its keys (what it qualified stays qualified)')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete the keys of the campaign''s lists past their expiry')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove people from every kept list of the workspace (an erasure request)')
            break
        }
        'refctl;customers;help;lists;add' {
            break
        }
        'refctl;customers;help;lists;replace' {
            break
        }
        'refctl;customers;help;lists;list' {
            break
        }
        'refctl;customers;help;lists;show' {
            break
        }
        'refctl;customers;help;lists;remove' {
            break
        }
        'refctl;customers;help;lists;hash' {
            break
        }
        'refctl;customers;help;lists;sync' {
            break
        }
        'refctl;customers;help;lists;purge' {
            break
        }
        'refctl;customers;help;lists;forget' {
            break
        }
        'refctl;customers;help;help' {
            break
        }
        'refctl;rules' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a campaign''s rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule (its condition is checked as it is saved)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule in place: only the fields given change; it keeps its id and history')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a rule on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a rule off; events no longer reach it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run every rule of a campaign against a sample event and explain each decision; changes nothing')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make a campaign''s rules match a file (TOML): shows the changes, then makes them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;rules;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;create' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name, unique in the campaign')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'The event type it listens to, e.g. payment.succeeded')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Which of the lead''s keys the event carries')
            [CompletionResult]::new('--identity-path', '--identity-path', [CompletionResultType]::ParameterName, 'Where that key is in the event, as a dotted path, e.g. data.customer.email')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'A CEL expression over `event` that must be true, e.g. "event.data.currency == ''usd''"')
            [CompletionResult]::new('--threshold-field', '--threshold-field', [CompletionResultType]::ParameterName, 'Sum this numeric field (dotted path) over the lead''s matching events...')
            [CompletionResult]::new('--threshold-amount', '--threshold-amount', [CompletionResultType]::ParameterName, '...until it reaches this amount...')
            [CompletionResult]::new('--within-days', '--within-days', [CompletionResultType]::ParameterName, '...within this many days of the lead''s sign-up')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'What the rule does to the lead')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--disabled', '--disabled', [CompletionResultType]::ParameterName, 'Create it turned off')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;update' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name, unique in the campaign')
            [CompletionResult]::new('--event-type', '--event-type', [CompletionResultType]::ParameterName, 'The event type it listens to')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Which of the lead''s keys the event carries')
            [CompletionResult]::new('--identity-path', '--identity-path', [CompletionResultType]::ParameterName, 'Where that key is in the event, as a dotted path')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'A CEL expression over `event` that must be true')
            [CompletionResult]::new('--threshold-field', '--threshold-field', [CompletionResultType]::ParameterName, 'The numeric field (dotted path) the threshold sums')
            [CompletionResult]::new('--threshold-amount', '--threshold-amount', [CompletionResultType]::ParameterName, 'The amount the sum must reach')
            [CompletionResult]::new('--within-days', '--within-days', [CompletionResultType]::ParameterName, 'The days after sign-up within which it must be reached')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'What the rule does to the lead')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--no-condition', '--no-condition', [CompletionResultType]::ParameterName, 'Remove the condition: every event of the type counts')
            [CompletionResult]::new('--no-threshold', '--no-threshold', [CompletionResultType]::ParameterName, 'Remove the threshold: the first matching event acts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;enable' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;disable' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;delete' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;test' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The sample event: a JSON file with id, type and data, or - for stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The rules file (TOML)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The rules file (TOML)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--campaign', '--campaign', [CompletionResultType]::ParameterName, 'Campaign id or code (default: the profile''s campaign)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the changes; make none')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;rules;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a campaign''s rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule (its condition is checked as it is saved)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule in place: only the fields given change; it keeps its id and history')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a rule on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a rule off; events no longer reach it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run every rule of a campaign against a sample event and explain each decision; changes nothing')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make a campaign''s rules match a file (TOML): shows the changes, then makes them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;rules;help;list' {
            break
        }
        'refctl;rules;help;show' {
            break
        }
        'refctl;rules;help;create' {
            break
        }
        'refctl;rules;help;update' {
            break
        }
        'refctl;rules;help;enable' {
            break
        }
        'refctl;rules;help;disable' {
            break
        }
        'refctl;rules;help;delete' {
            break
        }
        'refctl;rules;help;test' {
            break
        }
        'refctl;rules;help;apply' {
            break
        }
        'refctl;rules;help;help' {
            break
        }
        'refctl;events' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule''s decision')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The most recent events and what they did')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One event, with every rule''s decision')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Run the rules again on an event already received (after a rule was fixed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;events;send' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;events;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only events of this type')
            [CompletionResult]::new('--lead', '--lead', [CompletionResultType]::ParameterName, 'Only events that reached this lead (its id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;events;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;events;replay' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would happen; change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;events;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule''s decision')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The most recent events and what they did')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One event, with every rule''s decision')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Run the rules again on an event already received (after a rule was fixed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;events;help;send' {
            break
        }
        'refctl;events;help;list' {
            break
        }
        'refctl;events;help;show' {
            break
        }
        'refctl;events;help;replay' {
            break
        }
        'refctl;events;help;help' {
            break
        }
        'refctl;webhooks' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace''s webhooks: when made, when rotated, how many requests were refused')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or rotate the secret of a webhook (shown once)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a correctly signed sample to the webhook, to see the whole path work')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;webhooks;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;webhooks;secret' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make the workspace''s secret; prints it once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the secret; the old one keeps working for a day')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;webhooks;secret;create' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which webhook')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;webhooks;secret;rotate' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which webhook')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;webhooks;secret;set' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which webhook')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;webhooks;secret;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make the workspace''s secret; prints it once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the secret; the old one keeps working for a day')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;webhooks;secret;help;create' {
            break
        }
        'refctl;webhooks;secret;help;rotate' {
            break
        }
        'refctl;webhooks;secret;help;set' {
            break
        }
        'refctl;webhooks;secret;help;help' {
            break
        }
        'refctl;webhooks;test' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which webhook')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event to send (default: a sample that changes no lead)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;webhooks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace''s webhooks: when made, when rotated, how many requests were refused')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or rotate the secret of a webhook (shown once)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a correctly signed sample to the webhook, to see the whole path work')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;webhooks;help;list' {
            break
        }
        'refctl;webhooks;help;secret' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make the workspace''s secret; prints it once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the secret; the old one keeps working for a day')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin')
            break
        }
        'refctl;webhooks;help;secret;create' {
            break
        }
        'refctl;webhooks;help;secret;rotate' {
            break
        }
        'refctl;webhooks;help;secret;set' {
            break
        }
        'refctl;webhooks;help;test' {
            break
        }
        'refctl;webhooks;help;help' {
            break
        }
        'refctl;outbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The changes on their way to the platform, newest first, and what it answered')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One entry, with every call made for it and what the platform answered')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Send failed entries again (each lead is read back first)')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Give up a pending or failed entry without sending it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The link''s health: the sync''s age, its last error, the outbox''s counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;outbox;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only entries in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most this many')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page (ignores --limit)')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order (newest first, or --sort descending)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;outbox;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;outbox;retry' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--all-failed', '--all-failed', [CompletionResultType]::ParameterName, 'Every failed entry')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;outbox;discard' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the entry)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;outbox;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The changes on their way to the platform, newest first, and what it answered')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One entry, with every call made for it and what the platform answered')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Send failed entries again (each lead is read back first)')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Give up a pending or failed entry without sending it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The link''s health: the sync''s age, its last error, the outbox''s counts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;outbox;help;list' {
            break
        }
        'refctl;outbox;help;show' {
            break
        }
        'refctl;outbox;help;retry' {
            break
        }
        'refctl;outbox;help;discard' {
            break
        }
        'refctl;outbox;help;status' {
            break
        }
        'refctl;outbox;help;help' {
            break
        }
        'refctl;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token for the profile''s API (checked against the API first)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the profile''s stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which backend, profile and token are in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of prompting')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token for the profile''s API (checked against the API first)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the profile''s stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which backend, profile and token are in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;auth;help;login' {
            break
        }
        'refctl;auth;help;logout' {
            break
        }
        'refctl;auth;help;status' {
            break
        }
        'refctl;auth;help;help' {
            break
        }
        'refctl;config' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every profile and the settings in effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting of the profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting of the profile (created when missing)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one setting of the profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;config;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;config;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;config;set' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;config;unset' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;config;use' {
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every profile and the settings in effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting of the profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting of the profile (created when missing)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one setting of the profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;config;help;list' {
            break
        }
        'refctl;config;help;get' {
            break
        }
        'refctl;config;help;set' {
            break
        }
        'refctl;config;help;unset' {
            break
        }
        'refctl;config;help;use' {
            break
        }
        'refctl;config;help;help' {
            break
        }
        'refctl;doctor' {
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Where to write the report of the platform''s answers (hosted platforms; default: under REFCTL_HOME/doctor)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--readers', '--readers', [CompletionResultType]::ParameterName, 'Read-only database connections beside the one writer, so that lists never wait behind a change')
            [CompletionResult]::new('--pool', '--pool', [CompletionResultType]::ParameterName, 'PostgreSQL: the most connections this process opens to the database (several processes share the server''s max_connections)')
            [CompletionResult]::new('--sync-every', '--sync-every', [CompletionResultType]::ParameterName, 'How often each linked workspace syncs its hosted program, e.g. 5m, 30s')
            [CompletionResult]::new('--platform-timeout', '--platform-timeout', [CompletionResultType]::ParameterName, 'How long one call to a linked platform may take before it counts as unanswered (the change is then read back), e.g. 15s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens')
            [CompletionResult]::new('migrate-db', 'migrate-db', [CompletionResultType]::ParameterValue, 'Copy a SQLite workspace database into an empty PostgreSQL database')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Put a workspace in front of a program on a hosted platform')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Stop a workspace''s link to its hosted platform')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'List the linked workspaces, their sync and their deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;server;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (it is stored hashed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never the tokens themselves: their first characters)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: from now on it gets 401')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;server;token;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace the token opens (created when missing)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name for the token; it is recorded as the actor of every change')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'admin may change things; read may only look')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Most requests the token may make, e.g. 600/min (Referral Factory''s limit) or 10/s; beyond it the server answers 429 with Retry-After (default: no limit)')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'The token stops working after this long, e.g. 90d, 12h, 30m (default: never)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;token;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'Only this workspace''s')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;token;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (it is stored hashed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never the tokens themselves: their first characters)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: from now on it gets 401')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;server;token;help;create' {
            break
        }
        'refctl;server;token;help;list' {
            break
        }
        'refctl;server;token;help;revoke' {
            break
        }
        'refctl;server;token;help;help' {
            break
        }
        'refctl;server;migrate-db' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The SQLite database to copy (default: the local workspace''s)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The PostgreSQL database to copy into: postgres://user@host/db')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;link' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The workspace to link (created when missing)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The hosted platform')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'The platform''s API (default: its public one)')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'The environment variable of the server''s that holds the platform token')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file that holds the platform token')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'The pace of calls to the platform, e.g. 5/s (default: the platform''s safe pace; never above its published limit)')
            [CompletionResult]::new('--cool-down', '--cool-down', [CompletionResultType]::ParameterName, 'The rest after the platform answers 429, e.g. 60s, 2m (default: 60s on Referral Factory, which blocks an IP that keeps going over; 5s elsewhere)')
            [CompletionResult]::new('--hold', '--hold', [CompletionResultType]::ParameterName, 'GrowSurf: hold each credit this many days before it is awarded, e.g. 30d (a refund inside them cancels it; an awarded credit cannot be taken back)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;unlink' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--workspace', '--workspace', [CompletionResultType]::ParameterName, 'The linked workspace')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;links' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;server;help' {
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens')
            [CompletionResult]::new('migrate-db', 'migrate-db', [CompletionResultType]::ParameterValue, 'Copy a SQLite workspace database into an empty PostgreSQL database')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Put a workspace in front of a program on a hosted platform')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Stop a workspace''s link to its hosted platform')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'List the linked workspaces, their sync and their deliveries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;server;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (it is stored hashed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never the tokens themselves: their first characters)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: from now on it gets 401')
            break
        }
        'refctl;server;help;token;create' {
            break
        }
        'refctl;server;help;token;list' {
            break
        }
        'refctl;server;help;token;revoke' {
            break
        }
        'refctl;server;help;migrate-db' {
            break
        }
        'refctl;server;help;link' {
            break
        }
        'refctl;server;help;unlink' {
            break
        }
        'refctl;server;help;links' {
            break
        }
        'refctl;server;help;help' {
            break
        }
        'refctl;completion' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use this profile of the config file [env: REFCTL_PROFILE]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log more to stderr (-v: requests and retries)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'refctl;help' {
            [CompletionResult]::new('campaigns', 'campaigns', [CompletionResultType]::ParameterValue, 'Create, list and change campaigns (hosted platforms: list and show)')
            [CompletionResult]::new('referrers', 'referrers', [CompletionResultType]::ParameterValue, 'Add, import and look at referrers')
            [CompletionResult]::new('leads', 'leads', [CompletionResultType]::ParameterValue, 'Add, import, list, export leads and see their history')
            [CompletionResult]::new('qualify', 'qualify', [CompletionResultType]::ParameterValue, 'Qualify leads: mark them converted')
            [CompletionResult]::new('unqualify', 'unqualify', [CompletionResultType]::ParameterValue, 'Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Upload a customer list: match it against the leads, qualify the pending ones')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl''s API only)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Send events to the rules, and see what each one did (refctl''s API only)')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'The secrets that sign inbound webhooks, generic and Stripe (refctl''s API only)')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'The changes a refctl server in front of a hosted platform delivers there')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in to an API, log out, and see which backend is in use')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and write profiles (API URL, default campaign)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the setup: configuration, the API, the token, what the platform can do')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Serve the referral API over HTTP, and manage its tokens')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'refctl;help;campaigns' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List campaigns')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one campaign')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a campaign')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a campaign or change its status')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a campaign: it keeps its data but takes no new people')
            break
        }
        'refctl;help;campaigns;list' {
            break
        }
        'refctl;help;campaigns;show' {
            break
        }
        'refctl;help;campaigns;create' {
            break
        }
        'refctl;help;campaigns;update' {
            break
        }
        'refctl;help;campaigns;archive' {
            break
        }
        'refctl;help;referrers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the referrers of a campaign')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one referrer, by id or by referral code')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one referrer')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a referrer''s email, name, phone or external id (recorded)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a referrer who brought no leads (asks first; recorded)')
            break
        }
        'refctl;help;referrers;list' {
            break
        }
        'refctl;help;referrers;show' {
            break
        }
        'refctl;help;referrers;add' {
            break
        }
        'refctl;help;referrers;import' {
            break
        }
        'refctl;help;referrers;update' {
            break
        }
        'refctl;help;referrers;delete' {
            break
        }
        'refctl;help;leads' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List leads, with filters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one lead')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one lead, attributed to a referrer by code')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every lead of a campaign (CSV unless -o says otherwise)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show a lead''s qualification history: who changed it, how, why, when')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a lead''s email, name, phone or external id (recorded; see `leads changes`)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a lead (asks first); one with qualification history needs --force')
            [CompletionResult]::new('changes', 'changes', [CompletionResultType]::ParameterValue, 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)')
            break
        }
        'refctl;help;leads;list' {
            break
        }
        'refctl;help;leads;show' {
            break
        }
        'refctl;help;leads;add' {
            break
        }
        'refctl;help;leads;import' {
            break
        }
        'refctl;help;leads;export' {
            break
        }
        'refctl;help;leads;history' {
            break
        }
        'refctl;help;leads;update' {
            break
        }
        'refctl;help;leads;delete' {
            break
        }
        'refctl;help;leads;changes' {
            break
        }
        'refctl;help;qualify' {
            break
        }
        'refctl;help;unqualify' {
            break
        }
        'refctl;help;customers' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Match a customer list (CSV) against a campaign''s leads and qualify the pending ones')
            [CompletionResult]::new('uploads', 'uploads', [CompletionResultType]::ParameterValue, 'The uploads of this workspace, dry and real: list, show, revert')
            [CompletionResult]::new('lists', 'lists', [CompletionResultType]::ParameterValue, 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later')
            break
        }
        'refctl;help;customers;upload' {
            break
        }
        'refctl;help;customers;uploads' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every upload run, dry or real: campaign, file, when, counts, state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One run''s summary: how the file was read, the counts, the reports')
            [CompletionResult]::new('revert', 'revert', [CompletionResultType]::ParameterValue, 'Unqualify the leads an upload qualified that are still qualified by it')
            break
        }
        'refctl;help;customers;uploads;list' {
            break
        }
        'refctl;help;customers;uploads;show' {
            break
        }
        'refctl;help;customers;uploads;revert' {
            break
        }
        'refctl;help;customers;lists' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The campaign''s kept lists')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One kept list: its keys, expiry, and the leads it matched')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a kept list and its keys (what it qualified stays qualified)')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete the keys of the campaign''s lists past their expiry')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Remove people from every kept list of the workspace (an erasure request)')
            break
        }
        'refctl;help;customers;lists;add' {
            break
        }
        'refctl;help;customers;lists;replace' {
            break
        }
        'refctl;help;customers;lists;list' {
            break
        }
        'refctl;help;customers;lists;show' {
            break
        }
        'refctl;help;customers;lists;remove' {
            break
        }
        'refctl;help;customers;lists;hash' {
            break
        }
        'refctl;help;customers;lists;sync' {
            break
        }
        'refctl;help;customers;lists;purge' {
            break
        }
        'refctl;help;customers;lists;forget' {
            break
        }
        'refctl;help;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a campaign''s rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule (its condition is checked as it is saved)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule in place: only the fields given change; it keeps its id and history')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a rule on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a rule off; events no longer reach it')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run every rule of a campaign against a sample event and explain each decision; changes nothing')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make a campaign''s rules match a file (TOML): shows the changes, then makes them')
            break
        }
        'refctl;help;rules;list' {
            break
        }
        'refctl;help;rules;show' {
            break
        }
        'refctl;help;rules;create' {
            break
        }
        'refctl;help;rules;update' {
            break
        }
        'refctl;help;rules;enable' {
            break
        }
        'refctl;help;rules;disable' {
            break
        }
        'refctl;help;rules;delete' {
            break
        }
        'refctl;help;rules;test' {
            break
        }
        'refctl;help;rules;apply' {
            break
        }
        'refctl;help;events' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule''s decision')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The most recent events and what they did')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One event, with every rule''s decision')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Run the rules again on an event already received (after a rule was fixed)')
            break
        }
        'refctl;help;events;send' {
            break
        }
        'refctl;help;events;list' {
            break
        }
        'refctl;help;events;show' {
            break
        }
        'refctl;help;events;replay' {
            break
        }
        'refctl;help;webhooks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The workspace''s webhooks: when made, when rotated, how many requests were refused')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Create or rotate the secret of a webhook (shown once)')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Send a correctly signed sample to the webhook, to see the whole path work')
            break
        }
        'refctl;help;webhooks;list' {
            break
        }
        'refctl;help;webhooks;secret' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make the workspace''s secret; prints it once')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace the secret; the old one keeps working for a day')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin')
            break
        }
        'refctl;help;webhooks;secret;create' {
            break
        }
        'refctl;help;webhooks;secret;rotate' {
            break
        }
        'refctl;help;webhooks;secret;set' {
            break
        }
        'refctl;help;webhooks;test' {
            break
        }
        'refctl;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The changes on their way to the platform, newest first, and what it answered')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One entry, with every call made for it and what the platform answered')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Send failed entries again (each lead is read back first)')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Give up a pending or failed entry without sending it')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The link''s health: the sync''s age, its last error, the outbox''s counts')
            break
        }
        'refctl;help;outbox;list' {
            break
        }
        'refctl;help;outbox;show' {
            break
        }
        'refctl;help;outbox;retry' {
            break
        }
        'refctl;help;outbox;discard' {
            break
        }
        'refctl;help;outbox;status' {
            break
        }
        'refctl;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Store a token for the profile''s API (checked against the API first)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the profile''s stored token')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show which backend, profile and token are in use')
            break
        }
        'refctl;help;auth;login' {
            break
        }
        'refctl;help;auth;logout' {
            break
        }
        'refctl;help;auth;status' {
            break
        }
        'refctl;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show every profile and the settings in effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one setting of the profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one setting of the profile (created when missing)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one setting of the profile')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            break
        }
        'refctl;help;config;list' {
            break
        }
        'refctl;help;config;get' {
            break
        }
        'refctl;help;config;set' {
            break
        }
        'refctl;help;config;unset' {
            break
        }
        'refctl;help;config;use' {
            break
        }
        'refctl;help;doctor' {
            break
        }
        'refctl;help;server' {
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Manage API tokens')
            [CompletionResult]::new('migrate-db', 'migrate-db', [CompletionResultType]::ParameterValue, 'Copy a SQLite workspace database into an empty PostgreSQL database')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Put a workspace in front of a program on a hosted platform')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Stop a workspace''s link to its hosted platform')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'List the linked workspaces, their sync and their deliveries')
            break
        }
        'refctl;help;server;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a token and print it once (it is stored hashed)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tokens (never the tokens themselves: their first characters)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: from now on it gets 401')
            break
        }
        'refctl;help;server;token;create' {
            break
        }
        'refctl;help;server;token;list' {
            break
        }
        'refctl;help;server;token;revoke' {
            break
        }
        'refctl;help;server;migrate-db' {
            break
        }
        'refctl;help;server;link' {
            break
        }
        'refctl;help;server;unlink' {
            break
        }
        'refctl;help;server;links' {
            break
        }
        'refctl;help;completion' {
            break
        }
        'refctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
