//! What a person sees at a terminal, in a real pseudo-terminal (util-linux
//! `script`) 80 columns wide: tables, prompts, Ctrl-C.

use crate::common::Env;

/// Escape sequences off, as a person reads the screen.
fn visible(screen: &str) -> String {
    let mut out = String::new();
    let mut chars = screen.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ … final byte in @–~.
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Where each column of a table line starts (after two spaces or more).
fn column_starts(line: &str) -> Vec<usize> {
    let chars: Vec<char> = line.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            chars[i] != ' ' && (i == 0 || (i >= 2 && chars[i - 1] == ' ' && chars[i - 2] == ' '))
        })
        .collect()
}

#[test]
fn tables_fit_80_columns_one_line_a_row_with_headers_aligned() {
    let env = Env::embedded();
    env.seed();
    env.ok(&[
        "events",
        "send",
        &format!(
            "{}/examples/events/subscription-paid.json",
            env!("CARGO_MANIFEST_DIR")
        ),
    ]);
    for (command, header) in [
        ("leads list --campaign spring", "ID  EMAIL"),
        ("campaigns list", "ID  CODE"),
        ("events list", "ID"),
    ] {
        let screen = env.pty(&format!("$REFCTL {command}"), "", b"");
        assert!(
            screen.contains("\x1b[1m"),
            "a terminal gets a bold header: {screen:?}"
        );
        let text = visible(&screen);
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(header))
            .unwrap_or_else(|| panic!("{command}: {text}"));
        let head = column_starts(lines[at]);
        for line in &lines[at..] {
            assert!(
                line.chars().count() <= 80,
                "{command}: wider than 80: {line:?}"
            );
            let starts = column_starts(line);
            assert_eq!(
                starts[..starts.len().min(2)],
                head[..head.len().min(2)],
                "{command}: misaligned: {line:?} under {:?}",
                lines[at]
            );
        }
    }
}

#[test]
fn a_prompt_takes_yes_and_enter_and_leaves_nothing_behind() {
    let env = Env::embedded();
    env.seed();
    let screen = env.pty(
        "$REFCTL campaigns archive spring; read -t 1 rest; echo \"REST=[$rest]\"",
        "[y/N]",
        b"yes\n",
    );
    let text = visible(&screen);
    assert!(text.contains("Archived campaign 'spring'"), "{text}");
    assert!(
        text.contains("REST=[]"),
        "the shell got the rest of the answer: {text}"
    );
    let campaign = env.json(&["campaigns", "show", "spring"]);
    assert_eq!(campaign["status"], "archived");
}

#[test]
fn ctrl_c_at_a_prompt_says_nothing_changed_and_never_hides_the_cursor() {
    let env = Env::embedded();
    env.seed();
    let screen = env.pty(
        // The shell outlives the signal, as an interactive one does.
        "trap true INT; $REFCTL campaigns archive spring; echo \"EXIT=$?\"",
        "[y/N]",
        b"\x03",
    );
    assert!(
        !screen.contains("\x1b[?25l"),
        "the cursor was hidden: {screen:?}"
    );
    let text = visible(&screen);
    assert!(text.contains("interrupted: nothing was changed"), "{text}");
    assert!(text.contains("EXIT=130"), "{screen:?}");
    assert_eq!(
        env.json(&["campaigns", "show", "spring"])["status"],
        "active"
    );
}

/// A question longer than the terminal is drawn once (it wraps), what is
/// typed is echoed, and no exits with its own code, saying nothing changed.
#[test]
fn a_long_prompt_is_drawn_once_and_no_exits_9() {
    let env = Env::embedded();
    env.seed();
    let question =
        "Qualify bob.martin@example.com and emma.schulz@example.de in campaign 'spring'? [y/N]";
    assert!(question.len() > 80);
    let screen = env.pty(
        "$REFCTL qualify bob.martin@example.com emma.schulz@example.de --campaign spring; echo \"EXIT=$?\"",
        "[y/N]",
        b"no\n",
    );
    let text = visible(&screen);
    assert_eq!(text.matches("Qualify bob.martin").count(), 1, "{screen:?}");
    assert!(text.contains("[y/N] no"), "the answer is echoed: {text}");
    assert!(text.contains("Nothing changed"), "{text}");
    assert!(text.contains("EXIT=9"), "{text}");
    assert_eq!(env.status_of("bob.martin@example.com"), "pending");
}

#[test]
fn a_terminal_shows_times_relative_and_a_pipe_in_local_time() {
    let env = Env::embedded();
    env.seed();
    let screen = env.pty(
        "$REFCTL leads list --campaign spring --fields id,email,created_at",
        "",
        b"",
    );
    let text = visible(&screen);
    assert!(
        text.contains("just now") || text.contains("minute ago"),
        "{text}"
    );

    // Piped, a table shows the time in TZ to the second; JSON stays UTC.
    let json = env.json(&["leads", "show", "1"]);
    let utc: jiff::Timestamp = json["created_at"].as_str().unwrap().parse().unwrap();
    let tokyo = utc
        .to_zoned(jiff::tz::TimeZone::posix("JST-9").unwrap())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string();
    let out = env
        .cmd()
        .env("TZ", "JST-9")
        .args(["leads", "show", "1"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains(&tokyo), "{tokyo} in {table}");
}

#[test]
fn lists_sort_by_a_field_and_reverse() {
    let env = Env::embedded();
    env.seed();
    let emails = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["leads", "list", "--campaign", "spring"];
        all.extend(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["email"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    let mut sorted = emails(&[]);
    sorted.sort_by_key(|e| e.to_lowercase());
    assert_eq!(emails(&["--sort", "email"]), sorted);
    sorted.reverse();
    assert_eq!(emails(&["--sort", "email", "--reverse"]), sorted);
    let ids: Vec<i64> = env
        .json(&["leads", "list", "--campaign", "spring", "--reverse"])
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_i64().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "{ids:?}");
    let (_, err) = env.fails(
        &["leads", "list", "--campaign", "spring", "--sort", "emial"],
        2,
    );
    assert!(err.contains("cannot sort by 'emial'"), "{err}");
}

#[test]
fn an_upload_prompt_names_the_leads_it_would_qualify() {
    let env = Env::embedded();
    env.seed_quickstart();
    let screen = env.pty(
        &format!(
            "$REFCTL customers upload {}/examples/customers.csv --campaign spring",
            env!("CARGO_MANIFEST_DIR")
        ),
        "[y/N]",
        b"n\n",
    );
    let text = visible(&screen);
    assert!(
        text.contains("Qualify bob.martin@example.com, carla.rossi@example.com,")
            && text.contains("in campaign 'spring' from customers.csv?"),
        "{text}"
    );
}

#[test]
fn a_prompt_names_the_leads_it_would_change_and_is_not_asked_for_nothing() {
    let env = Env::embedded();
    env.seed_quickstart();
    // grace is qualified already: only bob would change, and the question says so.
    let screen = env.pty(
        "$REFCTL qualify bob.martin@example.com grace.okafor@example.com --campaign spring",
        "[y/N]",
        b"n\n",
    );
    let text = visible(&screen);
    assert!(
        text.contains("Qualify bob.martin@example.com in campaign 'spring'? [y/N]"),
        "{text}"
    );
    // Nothing would change: no question, and it says why.
    let screen = env.pty(
        "$REFCTL qualify ext:cus_1003 grace.okafor@example.com --campaign spring; echo \"EXIT=$?\"",
        "",
        b"",
    );
    let text = visible(&screen);
    assert!(!text.contains("[y/N]"), "{text}");
    assert!(
        text.contains("Nothing to change: 2 already qualified"),
        "{text}"
    );
    assert!(text.contains("EXIT=0"), "{text}");
}

/// At 80 columns, 45-character addresses are shown whole, one line a row:
/// the columns that do not fit (empty ones first) make room, not the
/// addresses. A name holding escape sequences changes neither the title
/// nor the screen, and `-o json` gives it back byte for byte.
#[test]
fn long_addresses_stay_whole_and_escape_sequences_stay_inert() {
    let env = Env::embedded();
    env.spring_with_ann();
    let mut file = String::from("email,referred_by\n");
    let emails: Vec<String> = (0..5)
        .map(|i| format!("customer-number-{i}-with-longer-name@example.co"))
        .collect();
    assert_eq!(emails[0].len(), 45);
    for e in &emails {
        file.push_str(&format!("{e},ANN\n"));
    }
    env.ok(&[
        "leads",
        "import",
        &env.file("l.csv", &file),
        "--campaign",
        "spring",
    ]);
    let screen = env.pty("$REFCTL leads list --campaign spring", "", b"");
    let text = visible(&screen);
    for e in &emails {
        let line = text
            .lines()
            .find(|l| l.contains(e.as_str()))
            .unwrap_or_else(|| panic!("{e} is not whole in: {text}"));
        assert!(line.chars().count() <= 80, "wider than 80: {line:?}");
    }
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("ID  EMAIL"))
        .unwrap();
    let head = column_starts(lines[at]);
    for line in &lines[at..] {
        assert_eq!(column_starts(line), head, "misaligned: {line:?}");
    }

    let hostile = "\x1b]0;pwned\x07\x1b[2J";
    env.ok(&[
        "leads",
        "add",
        "--campaign",
        "spring",
        "--email",
        "evil@example.com",
        "--referrer",
        "ANN",
        "--name",
        hostile,
    ]);
    let screen = env.pty(
        "$REFCTL leads list --campaign spring --email-contains evil",
        "",
        b"",
    );
    assert!(!screen.contains("\x1b]0;"), "the title was set: {screen:?}");
    assert!(
        !screen.contains("\x1b[2J"),
        "the screen was cleared: {screen:?}"
    );
    assert!(screen.contains("␛]0;pwned␇␛[2J"), "{screen:?}");
    let json = env.json(&["leads", "show", "evil@example.com", "--campaign", "spring"]);
    assert_eq!(json["name"], hostile);
}

/// An order asked for is the whole list's, kept by the server: `--reverse
/// --limit 5` is one request for the five newest, `--sort email --limit 3`
/// the first three by email; and a sorted list's cursors follow its order.
#[test]
fn a_limited_list_is_ordered_by_the_server_and_its_cursors_follow() {
    let env = Env::remote();
    env.spring_with_ann();
    let mut file = String::from("email,referred_by,name\n");
    for i in 0..50 {
        // Emails in the opposite order of ids: the first by email is the
        // newest. Names in mixed case, some empty (empty sorts last).
        let name = match i % 5 {
            0 => String::new(),
            1 => format!("zed {i}"),
            2 => format!("Amy {}", i % 3),
            _ => format!("bo {}", i % 4),
        };
        file.push_str(&format!("lead{:02}@example.com,ANN,{name}\n", 49 - i));
    }
    env.ok(&[
        "leads",
        "import",
        &env.file("l.csv", &file),
        "--campaign",
        "spring",
    ]);
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["leads", "list", "--campaign", "spring"];
        all.extend(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["--limit", "5", "--reverse"]), [50, 49, 48, 47, 46]);
    // One page of five was read (a list sorted here would say "5 of 50").
    let out = env
        .cmd()
        .args([
            "leads",
            "list",
            "--campaign",
            "spring",
            "--limit",
            "5",
            "--reverse",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("showing the first 5"), "{said}");
    let first: Vec<String> = env
        .json(&[
            "leads",
            "list",
            "--campaign",
            "spring",
            "--sort",
            "email",
            "--limit",
            "3",
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["email"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        first,
        [
            "lead00@example.com",
            "lead01@example.com",
            "lead02@example.com"
        ]
    );

    // Pages of 7 by name, either way, are the whole campaign in the order
    // the CLI sorts a list in: text any case, empty last, ties by id.
    let token = env.server().token("acme", "sorter", "read");
    let auth = format!("Bearer {token}");
    let walk = |order: &str| -> Vec<i64> {
        let mut seen = Vec::new();
        let mut cursor = String::new();
        loop {
            let (status, body) = env.server().http(
                "GET",
                &format!(
                    "/v1/leads?campaign=spring&sort=name&order={order}&limit=7&cursor={cursor}"
                ),
                &[("Authorization", &auth)],
                b"",
            );
            assert_eq!(status, 200, "{body}");
            let page: serde_json::Value = serde_json::from_str(&body).unwrap();
            seen.extend(
                page["data"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|l| l["id"].as_i64().unwrap()),
            );
            match page["next_cursor"].as_str() {
                Some(next) => cursor = next.to_string(),
                None => return seen,
            }
        }
    };
    let all = env.json(&["leads", "list", "--campaign", "spring", "--all"]);
    let mut want: Vec<(bool, String, i64)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let name = l["name"].as_str().unwrap_or_default().to_lowercase();
            (name.is_empty(), name, l["id"].as_i64().unwrap())
        })
        .collect();
    want.sort();
    let want: Vec<i64> = want.into_iter().map(|(_, _, id)| id).collect();
    assert_eq!(want.len(), 50);
    assert_eq!(walk("asc"), want);
    let mut reversed = want.clone();
    reversed.reverse();
    assert_eq!(walk("desc"), reversed);

    // A cursor is for the order it was given in; an unknown field is named.
    let (_, body) = env.server().http(
        "GET",
        "/v1/leads?campaign=spring&sort=name&limit=2",
        &[("Authorization", &auth)],
        b"",
    );
    let cursor = serde_json::from_str::<serde_json::Value>(&body).unwrap()["next_cursor"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, body) = env.server().http(
        "GET",
        &format!("/v1/leads?campaign=spring&sort=email&limit=2&cursor={cursor}"),
        &[("Authorization", &auth)],
        b"",
    );
    assert_eq!(status, 422, "{body}");
    let (status, body) = env.server().http(
        "GET",
        "/v1/leads?campaign=spring&sort=referred_by",
        &[("Authorization", &auth)],
        b"",
    );
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("created_at"), "{body}");
}

/// An explanation is the point of its table: in a narrow terminal its row
/// wraps inside its column instead of cutting the verdict off.
#[test]
fn explanations_wrap_in_their_column_instead_of_being_cut() {
    let env = Env::embedded();
    env.seed();
    let root = env!("CARGO_MANIFEST_DIR");
    env.apply_rules("examples/rules/stripe-spend.toml");
    let out = env
        .cmd()
        .env("COLUMNS", "60")
        .args([
            "rules",
            "test",
            "--campaign",
            "spring",
            "--event",
            &format!("{root}/examples/events/stripe/charge.succeeded.json"),
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.lines().all(|l| l.chars().count() <= 60), "{table}");
    assert!(!table.contains('…'), "an explanation was cut: {table}");
    let words: Vec<&str> = table.split_whitespace().collect();
    let text = words.join(" ");
    assert!(
        text.contains("listens to 'charge.refunded', not 'charge.succeeded'"),
        "{table}"
    );
}

/// On a terminal, errors are red like clap's; `--no-color` turns that off
/// for stderr too.
#[test]
fn errors_are_red_on_a_terminal_unless_colour_is_off() {
    let env = Env::embedded();
    env.seed();
    let screen = env.pty(
        "$REFCTL campaigns show nope; $REFCTL --no-color campaigns show nope",
        "",
        b"",
    );
    assert_eq!(
        screen
            .matches("\x1b[1;31merror\x1b[0m: no campaign")
            .count(),
        1,
        "{screen:?}"
    );
    assert!(screen.contains("\nerror: no campaign"), "{screen:?}");
}
