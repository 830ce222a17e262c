//! Parse + normalize + match throughput of the customer-list matcher, and its
//! peak memory, against 100k leads at 1M and 10M customer rows; in the same
//! run, DuckDB doing the same join, for a ratio that survives noisy machines.
//!
//!     benches/run.sh                      # sets up DuckDB, then runs this
//!     cargo bench --bench matching        # the same, if python3 has duckdb
//!
//! Environment: BENCH_ROWS (default "1000000,10000000"), BENCH_LEADS (100000),
//! BENCH_DIR (where data is generated; default a temp dir, removed after),
//! BENCH_PYTHON (the python with duckdb; default python3), BENCH_REPEAT (3:
//! each side runs this many times and its best time counts, which is what
//! survives a noisy shared machine).
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use refctl::matching::{self, IndexOptions, IndexedLead, IndexedReferrer, LeadIndex, ReadOptions};

/// A small deterministic generator: the same data on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const FIRST: &[&str] = &[
    "james",
    "mary",
    "john",
    "patricia",
    "robert",
    "jennifer",
    "michael",
    "linda",
    "david",
    "elizabeth",
    "jose",
    "maria",
    "chen",
    "aisha",
    "ines",
    "kenji",
    "olga",
    "lucia",
    "omar",
    "fatima",
];
const LAST: &[&str] = &[
    "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "martinez",
    "lopez", "nguyen", "kim", "müller", "dubois", "rossi", "tanaka", "silva", "okafor", "haddad",
    "patel",
];
const DOMAINS: &[&str] = &[
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "example.com",
    "acme.io",
    "shop.co.uk",
    "web.de",
    "orange.fr",
    "icloud.com",
    "company.org",
];

fn lead_email(i: u64) -> String {
    let first = FIRST[(i % FIRST.len() as u64) as usize];
    let last = LAST[((i / 7) % LAST.len() as u64) as usize].replace('ü', "u");
    let domain = DOMAINS[((i / 3) % DOMAINS.len() as u64) as usize];
    format!("{first}.{last}{i}@{domain}")
}

/// A referrer's email: referrers are a tenth as many as leads.
fn referrer_email(i: u64) -> String {
    let last = LAST[(i % LAST.len() as u64) as usize].replace('ü', "u");
    format!(
        "{last}.referrer{i}@{}",
        DOMAINS[(i % DOMAINS.len() as u64) as usize]
    )
}

/// leads.csv: `email` of every lead; referrers.csv: `email` of every referrer.
fn generate_people(leads_path: &Path, referrers_path: &Path, leads: u64) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(leads_path)?);
    writeln!(out, "email")?;
    for i in 0..leads {
        writeln!(out, "{}", lead_email(i))?;
    }
    out.flush()?;
    let mut out = BufWriter::with_capacity(1 << 20, File::create(referrers_path)?);
    writeln!(out, "email")?;
    for i in 0..leads.div_ceil(10) {
        writeln!(out, "{}", referrer_email(i))?;
    }
    out.flush()
}

/// customers.csv, shaped like a Stripe export: about 8% of rows are leads
/// (with the mess of real exports: case, spaces, NBSP; leads picked at
/// random, so many appear twice), 1% referrers, 1% unusable (`n/a`, an
/// address cut short), the rest customers who were never referred; names
/// with accents, quoted fields with commas.
fn generate_customers(path: &Path, rows: u64, leads: u64) -> std::io::Result<()> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    out.write_all(b"id,Email,Name,Created (UTC),Plan,Country\n")?;
    let mut email = String::new();
    for i in 0..rows {
        email.clear();
        match rng.below(100) {
            0..=4 => email.push_str(&lead_email(rng.below(leads))),
            5 => email.push_str(&lead_email(rng.below(leads)).to_uppercase()),
            6 => {
                email.push(' ');
                email.push_str(&lead_email(rng.below(leads)));
                email.push(' ');
            }
            7 => {
                email.push_str(&lead_email(rng.below(leads)));
                email.push('\u{a0}');
            }
            8 => email.push_str(if i % 2 == 0 { "n/a" } else { "customer@" }),
            9 => email.push_str(&referrer_email(rng.below(leads.div_ceil(10)))),
            _ => {
                let domain = DOMAINS[rng.below(DOMAINS.len() as u64) as usize];
                email.push_str(&format!("customer{i}@{domain}"));
            }
        }
        let first = FIRST[rng.below(FIRST.len() as u64) as usize];
        let last = LAST[rng.below(LAST.len() as u64) as usize];
        let name = if rng.below(10) == 0 {
            format!("\"{last}, {first}\"")
        } else {
            format!("{first} {last}")
        };
        let plan = ["free", "pro", "team"][rng.below(3) as usize];
        writeln!(
            out,
            "cus_{i:08},{email},{name},2026-{:02}-{:02} 09:14,{plan},US",
            1 + rng.below(12),
            1 + rng.below(28)
        )?;
    }
    out.flush()
}

/// Bumped when the generator changes, so that files kept in BENCH_DIR are
/// made again.
const GENERATION: u32 = 2;

/// Peak resident memory of this process, from /proc (Linux).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// The measured work, in a process of its own so that its peak memory is its own.
fn child(leads: &Path, referrers: &Path, customers: &Path) {
    let read = |path: &Path| -> Vec<String> {
        BufReader::new(File::open(path).unwrap())
            .lines()
            .skip(1)
            .map(Result::unwrap)
            .collect()
    };
    let emails = read(leads);
    let referrers = read(referrers);
    let index = LeadIndex::new(
        emails
            .into_iter()
            .enumerate()
            .map(|(i, email)| IndexedLead {
                id: i as i64 + 1,
                email: Some(email),
                qualified: i % 10 == 0,
                ..IndexedLead::default()
            }),
        referrers
            .into_iter()
            .enumerate()
            .map(|(i, email)| IndexedReferrer {
                id: i as i64 + 1,
                email: Some(email),
                ..IndexedReferrer::default()
            }),
        &IndexOptions::default(),
    );
    let started = Instant::now();
    let input = File::open(customers).unwrap();
    let summary = matching::plan(input, &ReadOptions::default(), &index, |_| {}).unwrap();
    let seconds = started.elapsed().as_secs_f64();
    // The rows that name a lead, as the peer's join counts them.
    let matched = summary.rows
        - summary.counts[&matching::Outcome::NoMatch]
        - summary.counts[&matching::Outcome::Invalid]
        - summary.counts[&matching::Outcome::NotALead];
    println!(
        "{} {} {seconds} {}",
        summary.rows,
        matched,
        peak_rss_mib().unwrap_or(f64::NAN)
    );
}

/// DuckDB doing the same join (customers' lower(trim(email)) against the
/// leads'), on one thread and on all: seconds and matched rows.
/// Seconds, and customer rows matched.
type PeerRun = (f64, u64);

fn duckdb(python: &str, leads: &Path, customers: &Path, threads: &str) -> Option<PeerRun> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/peer_duckdb.py");
    let out = Command::new(python)
        .arg(script)
        .arg(leads)
        .arg(customers)
        .arg(threads)
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "DuckDB peer failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split_whitespace();
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `--generate DIR ROWS LEADS`: only write the data (for benches/upload.sh),
    // printing the leads, referrers and customers files' paths.
    if let Some(at) = args.iter().position(|a| a == "--generate") {
        let dir = PathBuf::from(&args[at + 1]);
        let rows: u64 = args[at + 2].parse().expect("ROWS");
        let leads: u64 = args[at + 3].parse().expect("LEADS");
        std::fs::create_dir_all(&dir).unwrap();
        let leads_file = dir.join(format!("leads-{leads}.csv"));
        let referrers_file = dir.join(format!("referrers-{leads}.csv"));
        if !leads_file.exists() || !referrers_file.exists() {
            generate_people(&leads_file, &referrers_file, leads).unwrap();
        }
        let customers = dir.join(format!("customers-{GENERATION}-{rows}-{leads}.csv"));
        if !customers.exists() {
            generate_customers(&customers, rows, leads).unwrap();
        }
        for path in [&leads_file, &referrers_file, &customers] {
            println!("{}", path.display());
        }
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--child") {
        child(
            Path::new(&args[at + 1]),
            Path::new(&args[at + 2]),
            Path::new(&args[at + 3]),
        );
        return;
    }
    let sizes: Vec<u64> = std::env::var("BENCH_ROWS")
        .unwrap_or_else(|_| "1000000,10000000".into())
        .split(',')
        .map(|s| {
            s.trim()
                .replace('_', "")
                .parse()
                .expect("BENCH_ROWS: numbers")
        })
        .collect();
    let leads: u64 = std::env::var("BENCH_LEADS")
        .map(|s| s.parse().expect("BENCH_LEADS: a number"))
        .unwrap_or(100_000);
    let python = std::env::var("BENCH_PYTHON").unwrap_or_else(|_| "python3".into());
    let repeat: u32 = std::env::var("BENCH_REPEAT")
        .map(|s| s.parse().expect("BENCH_REPEAT: a number"))
        .unwrap_or(3);
    let temp = tempfile::tempdir().unwrap();
    let dir: PathBuf = std::env::var_os("BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&dir).unwrap();

    let leads_file = dir.join(format!("leads-{leads}.csv"));
    let referrers_file = dir.join(format!("referrers-{leads}.csv"));
    if !leads_file.exists() || !referrers_file.exists() {
        generate_people(&leads_file, &referrers_file, leads).unwrap();
    }
    println!("customer-list matching against {leads} leads (one core)");
    println!(
        "{:>11}  {:>9}  {:>9}  {:>12}  {:>9}  {:>13}  {:>13}  {:>9}",
        "rows", "MB", "refctl s", "rows/s", "peak MiB", "duckdb 1t s", "duckdb all s", "vs 1t"
    );
    for rows in sizes {
        let customers = dir.join(format!("customers-{GENERATION}-{rows}-{leads}.csv"));
        if !customers.exists() {
            generate_customers(&customers, rows, leads).unwrap();
        }
        let mb = std::fs::metadata(&customers).unwrap().len() as f64 / 1e6;
        let (mut seconds, mut peak, mut matched) = (f64::INFINITY, 0f64, 0);
        let (mut one, mut all): (Option<PeerRun>, Option<PeerRun>) = (None, None);
        let best = |a: Option<PeerRun>, b: Option<PeerRun>| match (a, b) {
            (Some(x), Some(y)) => Some(if y.0 < x.0 { y } else { x }),
            (x, y) => x.or(y),
        };
        for _ in 0..repeat {
            let out = Command::new(std::env::current_exe().unwrap())
                .arg("--child")
                .arg(&leads_file)
                .arg(&referrers_file)
                .arg(&customers)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8_lossy(&out.stdout);
            let f: Vec<f64> = text
                .split_whitespace()
                .map(|s| s.parse().unwrap())
                .collect();
            assert_eq!(f[0] as u64, rows);
            matched = f[1] as u64;
            seconds = seconds.min(f[2]);
            peak = peak.max(f[3]);
            one = best(one, duckdb(&python, &leads_file, &customers, "1"));
            all = best(all, duckdb(&python, &leads_file, &customers, "0"));
        }
        if let Some((_, peer_matched)) = one {
            // lower(trim()) misses what only Unicode-aware trimming finds (NBSP).
            assert!(
                peer_matched <= matched,
                "DuckDB matched {peer_matched}, refctl {matched}"
            );
            println!("             matched rows: refctl {matched}, DuckDB {peer_matched}");
        }
        let fmt = |p: Option<PeerRun>| p.map_or("-".to_string(), |(s, _)| format!("{s:.2}"));
        println!(
            "{rows:>11}  {mb:>9.0}  {seconds:>9.2}  {:>12.0}  {peak:>9.0}  {:>13}  {:>13}  {:>9}",
            rows as f64 / seconds,
            fmt(one),
            fmt(all),
            one.map_or("-".to_string(), |(s, _)| format!("{:.2}x", s / seconds)),
        );
    }
}
