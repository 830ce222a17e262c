
use builtin;
use str;

set edit:completion:arg-completer[refctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'refctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'refctl'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand campaigns 'Create, list and change campaigns (hosted platforms: list and show)'
            cand referrers 'Add, import and look at referrers'
            cand leads 'Add, import, list, export leads and see their history'
            cand qualify 'Qualify leads: mark them converted'
            cand unqualify 'Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)'
            cand customers 'Upload a customer list: match it against the leads, qualify the pending ones'
            cand rules 'Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl''s API only)'
            cand events 'Send events to the rules, and see what each one did (refctl''s API only)'
            cand webhooks 'The secrets that sign inbound webhooks, generic and Stripe (refctl''s API only)'
            cand outbox 'The changes a refctl server in front of a hosted platform delivers there'
            cand auth 'Log in to an API, log out, and see which backend is in use'
            cand config 'Read and write profiles (API URL, default campaign)'
            cand doctor 'Check the setup: configuration, the API, the token, what the platform can do'
            cand server 'Serve the referral API over HTTP, and manage its tokens'
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;campaigns'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List campaigns'
            cand show 'Show one campaign'
            cand create 'Create a campaign'
            cand update 'Rename a campaign or change its status'
            cand archive 'Archive a campaign: it keeps its data but takes no new people'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;campaigns;list'= {
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;campaigns;show'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;campaigns;create'= {
            cand --code 'Short code used to name it in other commands (default: derived from the name)'
            cand --status 'Status to start in'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;campaigns;update'= {
            cand --name 'New name'
            cand --status 'New status (use `archive` to archive)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;campaigns;archive'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;campaigns;help'= {
            cand list 'List campaigns'
            cand show 'Show one campaign'
            cand create 'Create a campaign'
            cand update 'Rename a campaign or change its status'
            cand archive 'Archive a campaign: it keeps its data but takes no new people'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;campaigns;help;list'= {
        }
        &'refctl;campaigns;help;show'= {
        }
        &'refctl;campaigns;help;create'= {
        }
        &'refctl;campaigns;help;update'= {
        }
        &'refctl;campaigns;help;archive'= {
        }
        &'refctl;campaigns;help;help'= {
        }
        &'refctl;referrers'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the referrers of a campaign'
            cand show 'Show one referrer, by id or by referral code'
            cand add 'Add one referrer'
            cand import 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)'
            cand update 'Change a referrer''s email, name, phone or external id (recorded)'
            cand delete 'Delete a referrer who brought no leads (asks first; recorded)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;referrers;list'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;referrers;show'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;referrers;add'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --email 'The referrer''s email'
            cand --name 'The referrer''s name'
            cand --code 'Referral code (default: a new random one)'
            cand --external-id 'Your own id for this person (CRM or billing id)'
            cand --phone 'The referrer''s phone number'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;referrers;import'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --column 'The header of a field''s column, when it is not found by name, e.g. email="Work Email"'
            cand --encoding 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le'
            cand --delimiter 'The field separator (default: detected): , ; tab |'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --skip-existing 'Count rows already there (same email or code) as skipped, not failed'
            cand --dry-run 'Check the file and report every row; send nothing'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;referrers;update'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --email 'A new email'
            cand --name 'A new name ("" clears it)'
            cand --phone 'A new phone number ("" clears it)'
            cand --external-id 'A new external id ("" clears it)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;referrers;delete'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;referrers;help'= {
            cand list 'List the referrers of a campaign'
            cand show 'Show one referrer, by id or by referral code'
            cand add 'Add one referrer'
            cand import 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)'
            cand update 'Change a referrer''s email, name, phone or external id (recorded)'
            cand delete 'Delete a referrer who brought no leads (asks first; recorded)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;referrers;help;list'= {
        }
        &'refctl;referrers;help;show'= {
        }
        &'refctl;referrers;help;add'= {
        }
        &'refctl;referrers;help;import'= {
        }
        &'refctl;referrers;help;update'= {
        }
        &'refctl;referrers;help;delete'= {
        }
        &'refctl;referrers;help;help'= {
        }
        &'refctl;leads'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List leads, with filters'
            cand show 'Show one lead'
            cand add 'Add one lead, attributed to a referrer by code'
            cand import 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)'
            cand export 'Write every lead of a campaign (CSV unless -o says otherwise)'
            cand history 'Show a lead''s qualification history: who changed it, how, why, when'
            cand update 'Change a lead''s email, name, phone or external id (recorded; see `leads changes`)'
            cand delete 'Delete a lead (asks first); one with qualification history needs --force'
            cand changes 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;leads;list'= {
            cand -c 'Campaign id or code (default: the profile''s campaign; all campaigns when none)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign; all campaigns when none)'
            cand --status 'Only leads with this status (expired and invited: GrowSurf only)'
            cand --created-after 'Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d'
            cand --created-before 'Only leads created before this time (as --created-after)'
            cand --email-contains 'Only leads whose email contains this text'
            cand --referrer 'Only leads of this referrer (their referral code or email)'
            cand --search 'Only leads whose email or name contains this text, any case'
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --fields 'Only these fields, comma-separated (e.g. id,email,status)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;show'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;add'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --email 'The lead''s email (unique in the campaign)'
            cand --referrer 'The referral code of the referrer who brought this lead'
            cand --name 'The lead''s name'
            cand --phone 'The lead''s phone number'
            cand --external-id 'Your own id for this customer (CRM or billing id)'
            cand --code 'The lead''s own referral code (default: a new random one)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;import'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --column 'The header of a field''s column, when it is not found by name, e.g. email="Work Email"'
            cand --encoding 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le'
            cand --delimiter 'The field separator (default: detected): , ; tab |'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --skip-existing 'Count rows already there (same email or code) as skipped, not failed'
            cand --dry-run 'Check the file and report every row; send nothing'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;export'= {
            cand -c 'Campaign id or code (default: the profile''s campaign; all campaigns when none)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign; all campaigns when none)'
            cand --status 'Only leads with this status (expired and invited: GrowSurf only)'
            cand --created-after 'Only leads created after this time: 2026-11-01, an RFC 3339 time, yesterday, or an age such as 7d'
            cand --created-before 'Only leads created before this time (as --created-after)'
            cand --email-contains 'Only leads whose email contains this text'
            cand --referrer 'Only leads of this referrer (their referral code or email)'
            cand --search 'Only leads whose email or name contains this text, any case'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;history'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;update'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --email 'A new email'
            cand --name 'A new name ("" clears it)'
            cand --phone 'A new phone number ("" clears it)'
            cand --external-id 'A new external id ("" clears it)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;delete'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --force 'Delete it even with qualification history (kept in its change record)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;changes'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;leads;help'= {
            cand list 'List leads, with filters'
            cand show 'Show one lead'
            cand add 'Add one lead, attributed to a referrer by code'
            cand import 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)'
            cand export 'Write every lead of a campaign (CSV unless -o says otherwise)'
            cand history 'Show a lead''s qualification history: who changed it, how, why, when'
            cand update 'Change a lead''s email, name, phone or external id (recorded; see `leads changes`)'
            cand delete 'Delete a lead (asks first); one with qualification history needs --force'
            cand changes 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;leads;help;list'= {
        }
        &'refctl;leads;help;show'= {
        }
        &'refctl;leads;help;add'= {
        }
        &'refctl;leads;help;import'= {
        }
        &'refctl;leads;help;export'= {
        }
        &'refctl;leads;help;history'= {
        }
        &'refctl;leads;help;update'= {
        }
        &'refctl;leads;help;delete'= {
        }
        &'refctl;leads;help;changes'= {
        }
        &'refctl;leads;help;help'= {
        }
        &'refctl;qualify'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --reason 'Why (kept in the history)'
            cand --hold 'Have the platform hold the referral credit this long before awarding it, from 1d to 90d (GrowSurf); `unqualify` before then cancels it'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --stdin 'Read leads from stdin, one per line (blank lines and # comments skipped)'
            cand --dry-run 'Show what would happen; change nothing'
            cand --force 'Qualify leads on an exclude-list too (existing customers); kept in the history'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;unqualify'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --reason 'Why (required; kept in the history)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --stdin 'Read leads from stdin, one per line (blank lines and # comments skipped)'
            cand --dry-run 'Show what would happen; change nothing'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand upload 'Match a customer list (CSV) against a campaign''s leads and qualify the pending ones'
            cand uploads 'The uploads of this workspace, dry and real: list, show, revert'
            cand lists 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;customers;upload'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --match 'Which keys identify a lead, in order of trust (comma-separated)'
            cand --column 'The header of a key''s column, when it is not found by name, e.g. email="Contact"'
            cand --region 'Country for phone numbers written without +country code, e.g. US'
            cand --encoding 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le'
            cand --delimiter 'The field separator (default: detected): , ; tab |'
            cand --report-dir 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)'
            cand --rate 'Most requests per unit of time, e.g. 600/min (default: the token''s limit, if any)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --email-aliases 'Also match provider aliases: Gmail dots and +tags, +tags at known providers'
            cand --skip-unqualified 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again'
            cand --full-reports 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)'
            cand --dry-run 'Make the plan and the reports; qualify nothing'
            cand --resume 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;uploads'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Every upload run, dry or real: campaign, file, when, counts, state'
            cand show 'One run''s summary: how the file was read, the counts, the reports'
            cand revert 'Unqualify the leads an upload qualified that are still qualified by it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;customers;uploads;list'= {
            cand -c 'Only this campaign''s uploads'
            cand --campaign 'Only this campaign''s uploads'
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;uploads;show'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;uploads;revert'= {
            cand --reason 'Why (kept in each lead''s history)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --dry-run 'Show what would be unqualified and what kept; change nothing'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;uploads;help'= {
            cand list 'Every upload run, dry or real: campaign, file, when, counts, state'
            cand show 'One run''s summary: how the file was read, the counts, the reports'
            cand revert 'Unqualify the leads an upload qualified that are still qualified by it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;customers;uploads;help;list'= {
        }
        &'refctl;customers;uploads;help;show'= {
        }
        &'refctl;customers;uploads;help;revert'= {
        }
        &'refctl;customers;uploads;help;help'= {
        }
        &'refctl;customers;lists'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do'
            cand replace 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)'
            cand list 'The campaign''s kept lists'
            cand show 'One kept list: its keys, expiry, and the leads it matched'
            cand remove 'Forget a kept list and its keys (what it qualified stays qualified)'
            cand hash 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)'
            cand sync 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)'
            cand purge 'Delete the keys of the campaign''s lists past their expiry'
            cand forget 'Remove people from every kept list of the workspace (an erasure request)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;customers;lists;add'= {
            cand --name 'The list''s name in the campaign'
            cand --expires 'Forget the list''s keys after this long, from 1d to 3650d'
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --match 'Which keys identify a lead, in order of trust (comma-separated)'
            cand --column 'The header of a key''s column, when it is not found by name, e.g. email="Contact"'
            cand --region 'Country for phone numbers written without +country code, e.g. US'
            cand --encoding 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le'
            cand --delimiter 'The field separator (default: detected): , ; tab |'
            cand --report-dir 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)'
            cand --rate 'Most requests per unit of time, e.g. 600/min (default: the token''s limit, if any)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --exclude 'Existing customers: never qualified by uploads, rules or lists (manual `qualify --force` only)'
            cand --hashed 'The file holds SHA-256 digests of normalized keys (`lists hash` shows them), not the keys: kept as they are, matched by the server'
            cand --email-aliases 'Also match provider aliases: Gmail dots and +tags, +tags at known providers'
            cand --skip-unqualified 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again'
            cand --full-reports 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)'
            cand --dry-run 'Make the plan and the reports; qualify nothing'
            cand --resume 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;replace'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --match 'Which keys identify a lead, in order of trust (comma-separated)'
            cand --column 'The header of a key''s column, when it is not found by name, e.g. email="Contact"'
            cand --region 'Country for phone numbers written without +country code, e.g. US'
            cand --encoding 'The file''s encoding (default: detected), e.g. utf-8, windows-1252, utf-16le'
            cand --delimiter 'The field separator (default: detected): , ; tab |'
            cand --report-dir 'Where the reports and the journal go (default: under REFCTL_HOME/uploads)'
            cand --rate 'Most requests per unit of time, e.g. 600/min (default: the token''s limit, if any)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --hashed 'The file holds SHA-256 digests of normalized keys, not the keys'
            cand --add 'Add the file''s keys to the list (a delta) instead of swapping them in'
            cand --remove 'Take the file''s keys out of the list (people who are no longer customers)'
            cand --email-aliases 'Also match provider aliases: Gmail dots and +tags, +tags at known providers'
            cand --skip-unqualified 'Leave pending the leads that were unqualified before (refunds) instead of qualifying them again'
            cand --full-reports 'Copy every row whole into no_match.csv too (by default it names each row by record, line and key cells)'
            cand --dry-run 'Make the plan and the reports; qualify nothing'
            cand --resume 'Finish an upload that stopped; fails when there is nothing to resume (an unfinished upload of the same file is also resumed without it)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;list'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;show'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;remove'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;hash'= {
            cand --kind 'What they are'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;sync'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --dry-run 'Say what would be qualified; change nothing'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;purge'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;forget'= {
            cand --kind 'What they are'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;customers;lists;help'= {
            cand add 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do'
            cand replace 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)'
            cand list 'The campaign''s kept lists'
            cand show 'One kept list: its keys, expiry, and the leads it matched'
            cand remove 'Forget a kept list and its keys (what it qualified stays qualified)'
            cand hash 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)'
            cand sync 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)'
            cand purge 'Delete the keys of the campaign''s lists past their expiry'
            cand forget 'Remove people from every kept list of the workspace (an erasure request)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;customers;lists;help;add'= {
        }
        &'refctl;customers;lists;help;replace'= {
        }
        &'refctl;customers;lists;help;list'= {
        }
        &'refctl;customers;lists;help;show'= {
        }
        &'refctl;customers;lists;help;remove'= {
        }
        &'refctl;customers;lists;help;hash'= {
        }
        &'refctl;customers;lists;help;sync'= {
        }
        &'refctl;customers;lists;help;purge'= {
        }
        &'refctl;customers;lists;help;forget'= {
        }
        &'refctl;customers;lists;help;help'= {
        }
        &'refctl;customers;help'= {
            cand upload 'Match a customer list (CSV) against a campaign''s leads and qualify the pending ones'
            cand uploads 'The uploads of this workspace, dry and real: list, show, revert'
            cand lists 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;customers;help;upload'= {
        }
        &'refctl;customers;help;uploads'= {
            cand list 'Every upload run, dry or real: campaign, file, when, counts, state'
            cand show 'One run''s summary: how the file was read, the counts, the reports'
            cand revert 'Unqualify the leads an upload qualified that are still qualified by it'
        }
        &'refctl;customers;help;uploads;list'= {
        }
        &'refctl;customers;help;uploads;show'= {
        }
        &'refctl;customers;help;uploads;revert'= {
        }
        &'refctl;customers;help;lists'= {
            cand add 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do'
            cand replace 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)'
            cand list 'The campaign''s kept lists'
            cand show 'One kept list: its keys, expiry, and the leads it matched'
            cand remove 'Forget a kept list and its keys (what it qualified stays qualified)'
            cand hash 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)'
            cand sync 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)'
            cand purge 'Delete the keys of the campaign''s lists past their expiry'
            cand forget 'Remove people from every kept list of the workspace (an erasure request)'
        }
        &'refctl;customers;help;lists;add'= {
        }
        &'refctl;customers;help;lists;replace'= {
        }
        &'refctl;customers;help;lists;list'= {
        }
        &'refctl;customers;help;lists;show'= {
        }
        &'refctl;customers;help;lists;remove'= {
        }
        &'refctl;customers;help;lists;hash'= {
        }
        &'refctl;customers;help;lists;sync'= {
        }
        &'refctl;customers;help;lists;purge'= {
        }
        &'refctl;customers;help;lists;forget'= {
        }
        &'refctl;customers;help;help'= {
        }
        &'refctl;rules'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List a campaign''s rules'
            cand show 'Show one rule'
            cand create 'Create a rule (its condition is checked as it is saved)'
            cand update 'Change a rule in place: only the fields given change; it keeps its id and history'
            cand enable 'Turn a rule on'
            cand disable 'Turn a rule off; events no longer reach it'
            cand delete 'Delete a rule'
            cand test 'Run every rule of a campaign against a sample event and explain each decision; changes nothing'
            cand apply 'Make a campaign''s rules match a file (TOML): shows the changes, then makes them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;rules;list'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;show'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;create'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --name 'A name, unique in the campaign'
            cand --event-type 'The event type it listens to, e.g. payment.succeeded'
            cand --identity 'Which of the lead''s keys the event carries'
            cand --identity-path 'Where that key is in the event, as a dotted path, e.g. data.customer.email'
            cand --condition 'A CEL expression over `event` that must be true, e.g. "event.data.currency == ''usd''"'
            cand --threshold-field 'Sum this numeric field (dotted path) over the lead''s matching events...'
            cand --threshold-amount '...until it reaches this amount...'
            cand --within-days '...within this many days of the lead''s sign-up'
            cand --action 'What the rule does to the lead'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --disabled 'Create it turned off'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;update'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --name 'A new name, unique in the campaign'
            cand --event-type 'The event type it listens to'
            cand --identity 'Which of the lead''s keys the event carries'
            cand --identity-path 'Where that key is in the event, as a dotted path'
            cand --condition 'A CEL expression over `event` that must be true'
            cand --threshold-field 'The numeric field (dotted path) the threshold sums'
            cand --threshold-amount 'The amount the sum must reach'
            cand --within-days 'The days after sign-up within which it must be reached'
            cand --action 'What the rule does to the lead'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --no-condition 'Remove the condition: every event of the type counts'
            cand --no-threshold 'Remove the threshold: the first matching event acts'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;enable'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;disable'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;delete'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;test'= {
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --event 'The sample event: a JSON file with id, type and data, or - for stdin'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;apply'= {
            cand -f 'The rules file (TOML)'
            cand --file 'The rules file (TOML)'
            cand -c 'Campaign id or code (default: the profile''s campaign)'
            cand --campaign 'Campaign id or code (default: the profile''s campaign)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --dry-run 'Show the changes; make none'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;rules;help'= {
            cand list 'List a campaign''s rules'
            cand show 'Show one rule'
            cand create 'Create a rule (its condition is checked as it is saved)'
            cand update 'Change a rule in place: only the fields given change; it keeps its id and history'
            cand enable 'Turn a rule on'
            cand disable 'Turn a rule off; events no longer reach it'
            cand delete 'Delete a rule'
            cand test 'Run every rule of a campaign against a sample event and explain each decision; changes nothing'
            cand apply 'Make a campaign''s rules match a file (TOML): shows the changes, then makes them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;rules;help;list'= {
        }
        &'refctl;rules;help;show'= {
        }
        &'refctl;rules;help;create'= {
        }
        &'refctl;rules;help;update'= {
        }
        &'refctl;rules;help;enable'= {
        }
        &'refctl;rules;help;disable'= {
        }
        &'refctl;rules;help;delete'= {
        }
        &'refctl;rules;help;test'= {
        }
        &'refctl;rules;help;apply'= {
        }
        &'refctl;rules;help;help'= {
        }
        &'refctl;events'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand send 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule''s decision'
            cand list 'The most recent events and what they did'
            cand show 'One event, with every rule''s decision'
            cand replay 'Run the rules again on an event already received (after a rule was fixed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;events;send'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;events;list'= {
            cand --type 'Only events of this type'
            cand --lead 'Only events that reached this lead (its id)'
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;events;show'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;events;replay'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --dry-run 'Say what would happen; change nothing'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;events;help'= {
            cand send 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule''s decision'
            cand list 'The most recent events and what they did'
            cand show 'One event, with every rule''s decision'
            cand replay 'Run the rules again on an event already received (after a rule was fixed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;events;help;send'= {
        }
        &'refctl;events;help;list'= {
        }
        &'refctl;events;help;show'= {
        }
        &'refctl;events;help;replay'= {
        }
        &'refctl;events;help;help'= {
        }
        &'refctl;webhooks'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'The workspace''s webhooks: when made, when rotated, how many requests were refused'
            cand secret 'Create or rotate the secret of a webhook (shown once)'
            cand test 'Send a correctly signed sample to the webhook, to see the whole path work'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;webhooks;list'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;webhooks;secret'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Make the workspace''s secret; prints it once'
            cand rotate 'Replace the secret; the old one keeps working for a day'
            cand set 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;webhooks;secret;create'= {
            cand --kind 'Which webhook'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;webhooks;secret;rotate'= {
            cand --kind 'Which webhook'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;webhooks;secret;set'= {
            cand --kind 'Which webhook'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;webhooks;secret;help'= {
            cand create 'Make the workspace''s secret; prints it once'
            cand rotate 'Replace the secret; the old one keeps working for a day'
            cand set 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;webhooks;secret;help;create'= {
        }
        &'refctl;webhooks;secret;help;rotate'= {
        }
        &'refctl;webhooks;secret;help;set'= {
        }
        &'refctl;webhooks;secret;help;help'= {
        }
        &'refctl;webhooks;test'= {
            cand --kind 'Which webhook'
            cand --event 'The event to send (default: a sample that changes no lead)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;webhooks;help'= {
            cand list 'The workspace''s webhooks: when made, when rotated, how many requests were refused'
            cand secret 'Create or rotate the secret of a webhook (shown once)'
            cand test 'Send a correctly signed sample to the webhook, to see the whole path work'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;webhooks;help;list'= {
        }
        &'refctl;webhooks;help;secret'= {
            cand create 'Make the workspace''s secret; prints it once'
            cand rotate 'Replace the secret; the old one keeps working for a day'
            cand set 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin'
        }
        &'refctl;webhooks;help;secret;create'= {
        }
        &'refctl;webhooks;help;secret;rotate'= {
        }
        &'refctl;webhooks;help;secret;set'= {
        }
        &'refctl;webhooks;help;test'= {
        }
        &'refctl;webhooks;help;help'= {
        }
        &'refctl;outbox'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'The changes on their way to the platform, newest first, and what it answered'
            cand show 'One entry, with every call made for it and what the platform answered'
            cand retry 'Send failed entries again (each lead is read back first)'
            cand discard 'Give up a pending or failed entry without sending it'
            cand status 'The link''s health: the sync''s age, its last error, the outbox''s counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;outbox;list'= {
            cand --state 'Only entries in this state'
            cand --limit 'Show at most this many'
            cand --sort 'Sort by this field (e.g. created_at, email, status); default: the API''s order (oldest first)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all 'Fetch every page (ignores --limit)'
            cand --reverse 'Reverse the order (newest first, or --sort descending)'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;outbox;show'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;outbox;retry'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --all-failed 'Every failed entry'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;outbox;discard'= {
            cand --reason 'Why (kept with the entry)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;outbox;status'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;outbox;help'= {
            cand list 'The changes on their way to the platform, newest first, and what it answered'
            cand show 'One entry, with every call made for it and what the platform answered'
            cand retry 'Send failed entries again (each lead is read back first)'
            cand discard 'Give up a pending or failed entry without sending it'
            cand status 'The link''s health: the sync''s age, its last error, the outbox''s counts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;outbox;help;list'= {
        }
        &'refctl;outbox;help;show'= {
        }
        &'refctl;outbox;help;retry'= {
        }
        &'refctl;outbox;help;discard'= {
        }
        &'refctl;outbox;help;status'= {
        }
        &'refctl;outbox;help;help'= {
        }
        &'refctl;auth'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand login 'Store a token for the profile''s API (checked against the API first)'
            cand logout 'Forget the profile''s stored token'
            cand status 'Show which backend, profile and token are in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;auth;login'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand --with-token 'Read the token from stdin instead of prompting'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;auth;logout'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;auth;status'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;auth;help'= {
            cand login 'Store a token for the profile''s API (checked against the API first)'
            cand logout 'Forget the profile''s stored token'
            cand status 'Show which backend, profile and token are in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;auth;help;login'= {
        }
        &'refctl;auth;help;logout'= {
        }
        &'refctl;auth;help;status'= {
        }
        &'refctl;auth;help;help'= {
        }
        &'refctl;config'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'Show every profile and the settings in effect'
            cand get 'Print one setting of the profile'
            cand set 'Set one setting of the profile (created when missing)'
            cand unset 'Remove one setting of the profile'
            cand use 'Make a profile the default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;config;list'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;config;get'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;config;set'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;config;unset'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;config;use'= {
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;config;help'= {
            cand list 'Show every profile and the settings in effect'
            cand get 'Print one setting of the profile'
            cand set 'Set one setting of the profile (created when missing)'
            cand unset 'Remove one setting of the profile'
            cand use 'Make a profile the default'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;config;help;list'= {
        }
        &'refctl;config;help;get'= {
        }
        &'refctl;config;help;set'= {
        }
        &'refctl;config;help;unset'= {
        }
        &'refctl;config;help;use'= {
        }
        &'refctl;config;help;help'= {
        }
        &'refctl;doctor'= {
            cand --report 'Where to write the report of the platform''s answers (hosted platforms; default: under REFCTL_HOME/doctor)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server'= {
            cand --listen 'Address and port to listen on (port 0 picks a free one)'
            cand --readers 'Read-only database connections beside the one writer, so that lists never wait behind a change'
            cand --pool 'PostgreSQL: the most connections this process opens to the database (several processes share the server''s max_connections)'
            cand --sync-every 'How often each linked workspace syncs its hosted program, e.g. 5m, 30s'
            cand --platform-timeout 'How long one call to a linked platform may take before it counts as unanswered (the change is then read back), e.g. 15s'
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand token 'Manage API tokens'
            cand migrate-db 'Copy a SQLite workspace database into an empty PostgreSQL database'
            cand link 'Put a workspace in front of a program on a hosted platform'
            cand unlink 'Stop a workspace''s link to its hosted platform'
            cand links 'List the linked workspaces, their sync and their deliveries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;server;token'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a token and print it once (it is stored hashed)'
            cand list 'List the tokens (never the tokens themselves: their first characters)'
            cand revoke 'Revoke a token: from now on it gets 401'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;server;token;create'= {
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --workspace 'The workspace the token opens (created when missing)'
            cand --name 'A name for the token; it is recorded as the actor of every change'
            cand --scope 'admin may change things; read may only look'
            cand --rate 'Most requests the token may make, e.g. 600/min (Referral Factory''s limit) or 10/s; beyond it the server answers 429 with Retry-After (default: no limit)'
            cand --expires-in 'The token stops working after this long, e.g. 90d, 12h, 30m (default: never)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;token;list'= {
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --workspace 'Only this workspace''s'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;token;revoke'= {
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;token;help'= {
            cand create 'Create a token and print it once (it is stored hashed)'
            cand list 'List the tokens (never the tokens themselves: their first characters)'
            cand revoke 'Revoke a token: from now on it gets 401'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;server;token;help;create'= {
        }
        &'refctl;server;token;help;list'= {
        }
        &'refctl;server;token;help;revoke'= {
        }
        &'refctl;server;token;help;help'= {
        }
        &'refctl;server;migrate-db'= {
            cand --from 'The SQLite database to copy (default: the local workspace''s)'
            cand --to 'The PostgreSQL database to copy into: postgres://user@host/db'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;link'= {
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --workspace 'The workspace to link (created when missing)'
            cand --provider 'The hosted platform'
            cand --api-url 'The platform''s API (default: its public one)'
            cand --token-env 'The environment variable of the server''s that holds the platform token'
            cand --token-file 'A file that holds the platform token'
            cand --rate 'The pace of calls to the platform, e.g. 5/s (default: the platform''s safe pace; never above its published limit)'
            cand --cool-down 'The rest after the platform answers 429, e.g. 60s, 2m (default: 60s on Referral Factory, which blocks an IP that keeps going over; 5s elsewhere)'
            cand --hold 'GrowSurf: hold each credit this many days before it is awarded, e.g. 30d (a refund inside them cancels it; an awarded credit cannot be taken back)'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;unlink'= {
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --workspace 'The linked workspace'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;links'= {
            cand --db 'The database: a SQLite file (created when missing) or a postgres:// URL (default: the local workspace''s SQLite file)'
            cand --db-password-file 'PostgreSQL: read the password from this file (not the URL, which `ps` shows); PGPASSWORD and ~/.pgpass are read too, as libpq does'
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;server;help'= {
            cand token 'Manage API tokens'
            cand migrate-db 'Copy a SQLite workspace database into an empty PostgreSQL database'
            cand link 'Put a workspace in front of a program on a hosted platform'
            cand unlink 'Stop a workspace''s link to its hosted platform'
            cand links 'List the linked workspaces, their sync and their deliveries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;server;help;token'= {
            cand create 'Create a token and print it once (it is stored hashed)'
            cand list 'List the tokens (never the tokens themselves: their first characters)'
            cand revoke 'Revoke a token: from now on it gets 401'
        }
        &'refctl;server;help;token;create'= {
        }
        &'refctl;server;help;token;list'= {
        }
        &'refctl;server;help;token;revoke'= {
        }
        &'refctl;server;help;migrate-db'= {
        }
        &'refctl;server;help;link'= {
        }
        &'refctl;server;help;unlink'= {
        }
        &'refctl;server;help;links'= {
        }
        &'refctl;server;help;help'= {
        }
        &'refctl;completion'= {
            cand --profile 'Use this profile of the config file [env: REFCTL_PROFILE]'
            cand --api-url 'Talk to the API at this URL instead of the local workspace [env: REFCTL_API_URL]'
            cand --provider 'The platform the API is: refctl, referral-factory or growsurf [env: REFCTL_PROVIDER]'
            cand -o 'Output format of the data on stdout'
            cand --output 'Output format of the data on stdout'
            cand --timeout 'Give up on a request after this many seconds, retries included [env: REFCTL_TIMEOUT]'
            cand -q 'Print only data and errors: no status lines'
            cand --quiet 'Print only data and errors: no status lines'
            cand -v 'Log more to stderr (-v: requests and retries)'
            cand --verbose 'Log more to stderr (-v: requests and retries)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'refctl;help'= {
            cand campaigns 'Create, list and change campaigns (hosted platforms: list and show)'
            cand referrers 'Add, import and look at referrers'
            cand leads 'Add, import, list, export leads and see their history'
            cand qualify 'Qualify leads: mark them converted'
            cand unqualify 'Unqualify leads (refunds, chargebacks): back to pending (not on GrowSurf)'
            cand customers 'Upload a customer list: match it against the leads, qualify the pending ones'
            cand rules 'Qualification rules: create, test against a sample event, enable, disable, apply from a file (refctl''s API only)'
            cand events 'Send events to the rules, and see what each one did (refctl''s API only)'
            cand webhooks 'The secrets that sign inbound webhooks, generic and Stripe (refctl''s API only)'
            cand outbox 'The changes a refctl server in front of a hosted platform delivers there'
            cand auth 'Log in to an API, log out, and see which backend is in use'
            cand config 'Read and write profiles (API URL, default campaign)'
            cand doctor 'Check the setup: configuration, the API, the token, what the platform can do'
            cand server 'Serve the referral API over HTTP, and manage its tokens'
            cand completion 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'refctl;help;campaigns'= {
            cand list 'List campaigns'
            cand show 'Show one campaign'
            cand create 'Create a campaign'
            cand update 'Rename a campaign or change its status'
            cand archive 'Archive a campaign: it keeps its data but takes no new people'
        }
        &'refctl;help;campaigns;list'= {
        }
        &'refctl;help;campaigns;show'= {
        }
        &'refctl;help;campaigns;create'= {
        }
        &'refctl;help;campaigns;update'= {
        }
        &'refctl;help;campaigns;archive'= {
        }
        &'refctl;help;referrers'= {
            cand list 'List the referrers of a campaign'
            cand show 'Show one referrer, by id or by referral code'
            cand add 'Add one referrer'
            cand import 'Add referrers from a CSV file (columns: email, name, referral_code, external_id, phone)'
            cand update 'Change a referrer''s email, name, phone or external id (recorded)'
            cand delete 'Delete a referrer who brought no leads (asks first; recorded)'
        }
        &'refctl;help;referrers;list'= {
        }
        &'refctl;help;referrers;show'= {
        }
        &'refctl;help;referrers;add'= {
        }
        &'refctl;help;referrers;import'= {
        }
        &'refctl;help;referrers;update'= {
        }
        &'refctl;help;referrers;delete'= {
        }
        &'refctl;help;leads'= {
            cand list 'List leads, with filters'
            cand show 'Show one lead'
            cand add 'Add one lead, attributed to a referrer by code'
            cand import 'Add leads from a CSV file (columns: email, referred_by, name, phone, external_id, code)'
            cand export 'Write every lead of a campaign (CSV unless -o says otherwise)'
            cand history 'Show a lead''s qualification history: who changed it, how, why, when'
            cand update 'Change a lead''s email, name, phone or external id (recorded; see `leads changes`)'
            cand delete 'Delete a lead (asks first); one with qualification history needs --force'
            cand changes 'Show who edited or deleted a lead, and what it was before (also for a deleted lead, by id)'
        }
        &'refctl;help;leads;list'= {
        }
        &'refctl;help;leads;show'= {
        }
        &'refctl;help;leads;add'= {
        }
        &'refctl;help;leads;import'= {
        }
        &'refctl;help;leads;export'= {
        }
        &'refctl;help;leads;history'= {
        }
        &'refctl;help;leads;update'= {
        }
        &'refctl;help;leads;delete'= {
        }
        &'refctl;help;leads;changes'= {
        }
        &'refctl;help;qualify'= {
        }
        &'refctl;help;unqualify'= {
        }
        &'refctl;help;customers'= {
            cand upload 'Match a customer list (CSV) against a campaign''s leads and qualify the pending ones'
            cand uploads 'The uploads of this workspace, dry and real: list, show, revert'
            cand lists 'Kept customer lists: they go on qualifying (or excluding) the leads that appear later'
        }
        &'refctl;help;customers;upload'= {
        }
        &'refctl;help;customers;uploads'= {
            cand list 'Every upload run, dry or real: campaign, file, when, counts, state'
            cand show 'One run''s summary: how the file was read, the counts, the reports'
            cand revert 'Unqualify the leads an upload qualified that are still qualified by it'
        }
        &'refctl;help;customers;uploads;list'= {
        }
        &'refctl;help;customers;uploads;show'= {
        }
        &'refctl;help;customers;uploads;revert'= {
        }
        &'refctl;help;customers;lists'= {
            cand add 'Keep a customer list: its pending leads are qualified now, and leads that appear later as they do'
            cand replace 'Swap a kept list''s keys for a file''s, or add or remove a file''s (matching leads are qualified now)'
            cand list 'The campaign''s kept lists'
            cand show 'One kept list: its keys, expiry, and the leads it matched'
            cand remove 'Forget a kept list and its keys (what it qualified stays qualified)'
            cand hash 'What refctl computes for a key: the SHA-256 of the normalized value (for a pre-hashed list)'
            cand sync 'Qualify the leads that appeared on a hosted platform since and are on a kept list (for cron or CI)'
            cand purge 'Delete the keys of the campaign''s lists past their expiry'
            cand forget 'Remove people from every kept list of the workspace (an erasure request)'
        }
        &'refctl;help;customers;lists;add'= {
        }
        &'refctl;help;customers;lists;replace'= {
        }
        &'refctl;help;customers;lists;list'= {
        }
        &'refctl;help;customers;lists;show'= {
        }
        &'refctl;help;customers;lists;remove'= {
        }
        &'refctl;help;customers;lists;hash'= {
        }
        &'refctl;help;customers;lists;sync'= {
        }
        &'refctl;help;customers;lists;purge'= {
        }
        &'refctl;help;customers;lists;forget'= {
        }
        &'refctl;help;rules'= {
            cand list 'List a campaign''s rules'
            cand show 'Show one rule'
            cand create 'Create a rule (its condition is checked as it is saved)'
            cand update 'Change a rule in place: only the fields given change; it keeps its id and history'
            cand enable 'Turn a rule on'
            cand disable 'Turn a rule off; events no longer reach it'
            cand delete 'Delete a rule'
            cand test 'Run every rule of a campaign against a sample event and explain each decision; changes nothing'
            cand apply 'Make a campaign''s rules match a file (TOML): shows the changes, then makes them'
        }
        &'refctl;help;rules;list'= {
        }
        &'refctl;help;rules;show'= {
        }
        &'refctl;help;rules;create'= {
        }
        &'refctl;help;rules;update'= {
        }
        &'refctl;help;rules;enable'= {
        }
        &'refctl;help;rules;disable'= {
        }
        &'refctl;help;rules;delete'= {
        }
        &'refctl;help;rules;test'= {
        }
        &'refctl;help;rules;apply'= {
        }
        &'refctl;help;events'= {
            cand send 'Send events (a JSON file, NDJSON, or - for stdin); prints each rule''s decision'
            cand list 'The most recent events and what they did'
            cand show 'One event, with every rule''s decision'
            cand replay 'Run the rules again on an event already received (after a rule was fixed)'
        }
        &'refctl;help;events;send'= {
        }
        &'refctl;help;events;list'= {
        }
        &'refctl;help;events;show'= {
        }
        &'refctl;help;events;replay'= {
        }
        &'refctl;help;webhooks'= {
            cand list 'The workspace''s webhooks: when made, when rotated, how many requests were refused'
            cand secret 'Create or rotate the secret of a webhook (shown once)'
            cand test 'Send a correctly signed sample to the webhook, to see the whole path work'
        }
        &'refctl;help;webhooks;list'= {
        }
        &'refctl;help;webhooks;secret'= {
            cand create 'Make the workspace''s secret; prints it once'
            cand rotate 'Replace the secret; the old one keeps working for a day'
            cand set 'Use a secret the sender made (Stripe''s signing secret), from a hidden prompt or stdin'
        }
        &'refctl;help;webhooks;secret;create'= {
        }
        &'refctl;help;webhooks;secret;rotate'= {
        }
        &'refctl;help;webhooks;secret;set'= {
        }
        &'refctl;help;webhooks;test'= {
        }
        &'refctl;help;outbox'= {
            cand list 'The changes on their way to the platform, newest first, and what it answered'
            cand show 'One entry, with every call made for it and what the platform answered'
            cand retry 'Send failed entries again (each lead is read back first)'
            cand discard 'Give up a pending or failed entry without sending it'
            cand status 'The link''s health: the sync''s age, its last error, the outbox''s counts'
        }
        &'refctl;help;outbox;list'= {
        }
        &'refctl;help;outbox;show'= {
        }
        &'refctl;help;outbox;retry'= {
        }
        &'refctl;help;outbox;discard'= {
        }
        &'refctl;help;outbox;status'= {
        }
        &'refctl;help;auth'= {
            cand login 'Store a token for the profile''s API (checked against the API first)'
            cand logout 'Forget the profile''s stored token'
            cand status 'Show which backend, profile and token are in use'
        }
        &'refctl;help;auth;login'= {
        }
        &'refctl;help;auth;logout'= {
        }
        &'refctl;help;auth;status'= {
        }
        &'refctl;help;config'= {
            cand list 'Show every profile and the settings in effect'
            cand get 'Print one setting of the profile'
            cand set 'Set one setting of the profile (created when missing)'
            cand unset 'Remove one setting of the profile'
            cand use 'Make a profile the default'
        }
        &'refctl;help;config;list'= {
        }
        &'refctl;help;config;get'= {
        }
        &'refctl;help;config;set'= {
        }
        &'refctl;help;config;unset'= {
        }
        &'refctl;help;config;use'= {
        }
        &'refctl;help;doctor'= {
        }
        &'refctl;help;server'= {
            cand token 'Manage API tokens'
            cand migrate-db 'Copy a SQLite workspace database into an empty PostgreSQL database'
            cand link 'Put a workspace in front of a program on a hosted platform'
            cand unlink 'Stop a workspace''s link to its hosted platform'
            cand links 'List the linked workspaces, their sync and their deliveries'
        }
        &'refctl;help;server;token'= {
            cand create 'Create a token and print it once (it is stored hashed)'
            cand list 'List the tokens (never the tokens themselves: their first characters)'
            cand revoke 'Revoke a token: from now on it gets 401'
        }
        &'refctl;help;server;token;create'= {
        }
        &'refctl;help;server;token;list'= {
        }
        &'refctl;help;server;token;revoke'= {
        }
        &'refctl;help;server;migrate-db'= {
        }
        &'refctl;help;server;link'= {
        }
        &'refctl;help;server;unlink'= {
        }
        &'refctl;help;server;links'= {
        }
        &'refctl;help;completion'= {
        }
        &'refctl;help;help'= {
        }
    ]
    $completions[$command]
}
