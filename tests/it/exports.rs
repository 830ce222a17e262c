//! Customer lists shaped like real exports (tests/fixtures/exports/: a
//! Salesforce report, Google and Outlook contacts, Excel for Mac, HubSpot
//! (one address column, and three),
//! Shopify, a UTF-8 file with a stray Windows-1252 byte): every row lands in
//! the outcome a person would expect, naming the right lead, on the right
//! line.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::Env;

/// (file line, outcome, the lead's email when the row names one).
type Expected = &'static [(u64, &'static str, Option<&'static str>)];

const CASES: &[(&str, Expected)] = &[
    (
        "salesforce-report.csv",
        &[
            (7, "will_qualify", Some("bob.martin@example.com")),
            (8, "will_qualify", Some("carla.rossi@example.com")),
            (9, "already_qualified", Some("grace.okafor@example.com")),
            (10, "no_match", None),
            // The report's footer: rows without an address.
            (12, "invalid", None),
            (13, "invalid", None),
            (14, "invalid", None),
        ],
    ),
    (
        "google-contacts.csv",
        &[
            (2, "will_qualify", Some("emma.schulz@example.de")),
            (3, "will_qualify", Some("hiro.tanaka@example.jp")),
            (4, "not_a_lead", None),
            (5, "no_match", None),
        ],
    ),
    (
        "outlook-contacts.csv",
        &[
            (2, "will_qualify", Some("hiro.tanaka@example.jp")),
            (3, "ambiguous", None),
            (4, "will_qualify", Some("jack.wilson@example.com")),
        ],
    ),
    (
        "excel-mac.csv",
        &[
            (2, "will_qualify", Some("ines.dubois@example.fr")),
            (3, "will_qualify", Some("farid.nasser@example.com")),
            (4, "no_match", None),
        ],
    ),
    (
        "hubspot-contacts.csv",
        &[
            (2, "will_qualify", Some("jack.wilson@example.com")),
            (3, "will_qualify", Some("kate.murphy@example.ie")),
            (4, "already_qualified", Some("dev.patel@example.org")),
            (5, "not_a_lead", None),
        ],
    ),
    (
        // A person's addresses in three columns: each one counts.
        "hubspot-several-emails.csv",
        &[
            (2, "will_qualify", Some("bob.martin@example.com")),
            (3, "will_qualify", Some("carla.rossi@example.com")),
            (4, "will_qualify", Some("farid.nasser@example.com")),
            (5, "no_match", None),
        ],
    ),
    (
        "shopify-customers.csv",
        &[
            (2, "will_qualify", Some("emma.schulz@example.de")),
            (3, "will_qualify", Some("farid.nasser@example.com")),
            (4, "duplicate", Some("emma.schulz@example.de")),
        ],
    ),
    (
        "mixed-encoding.csv",
        &[
            (2, "will_qualify", Some("bob.martin@example.com")),
            (3, "will_qualify", Some("josé@bücher.de")),
        ],
    ),
];

/// Every row of every report in `dir`: its line, outcome and lead id.
fn report_rows(dir: &Path) -> BTreeMap<u64, (String, Option<i64>)> {
    let mut rows = BTreeMap::new();
    for (_, mut reader) in crate::common::report_readers(dir) {
        for record in reader.records() {
            let record = record.unwrap();
            let line: u64 = record[1].parse().unwrap();
            let lead = record[3].parse().ok();
            let before = rows.insert(line, (record[2].to_string(), lead));
            assert!(before.is_none(), "line {line} in two reports");
        }
    }
    rows
}

#[test]
fn exports_as_real_tools_write_them_match_every_row_right() {
    let env = Env::embedded();
    env.seed_quickstart();
    env.ok(&[
        "leads",
        "add",
        "--campaign",
        "spring",
        "--email",
        "josé@bücher.de",
        "--referrer",
        "OMAR",
    ]);
    let id_of = |email: &str| {
        env.json(&["leads", "show", email, "--campaign", "spring"])["id"]
            .as_i64()
            .unwrap()
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exports");
    for (file, expected) in CASES {
        let plan = env.json(&[
            "customers",
            "upload",
            root.join(file).to_str().unwrap(),
            "--campaign",
            "spring",
            "--dry-run",
        ]);
        let got = report_rows(Path::new(plan["report_dir"].as_str().unwrap()));
        let want: BTreeMap<u64, (String, Option<i64>)> = expected
            .iter()
            .map(|(line, outcome, email)| (*line, (outcome.to_string(), email.map(id_of))))
            .collect();
        // Ambiguous rows name no single lead; compare outcomes there only.
        let got: BTreeMap<u64, (String, Option<i64>)> = got
            .into_iter()
            .map(|(l, (o, lead))| {
                let lead = if o == "ambiguous" || o == "not_a_lead" {
                    None
                } else {
                    lead
                };
                (l, (o, lead))
            })
            .collect();
        assert_eq!(got, want, "{file}: {plan}");
    }
}
