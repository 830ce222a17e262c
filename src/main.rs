use std::process::ExitCode;

use refctl::cli::{self, Exit};

fn main() -> ExitCode {
    // `COMPLETE=bash refctl` prints a completion script that calls back here
    // for values only known at run time (campaign codes); then we stop.
    clap_complete::CompleteEnv::with_factory(cli::command).complete();
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == "generate-docs")
    {
        return cli::generate_docs(std::env::args_os().skip(1)).into();
    }
    let cli = cli::parse();
    if cli.global.no_color {
        refctl::output::forbid_color();
    }
    init_logging(cli.global.verbose);
    let format = cli.global.output;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: could not start the async runtime: {e}");
            return Exit::Failure.into();
        }
    };
    // The server drains its requests on Ctrl-C; every other command stops at
    // once, leaving the terminal as it found it (a prompt hides the cursor)
    // and saying how to go on: changes are journaled or idempotent.
    if !matches!(cli.command, cli::Command::Server(_)) {
        runtime.spawn(async {
            if tokio::signal::ctrl_c().await.is_ok() {
                use std::io::{IsTerminal, Write};
                let mut err = std::io::stderr();
                if err.is_terminal() {
                    let _ = err.write_all(b"\x1b[?25h");
                }
                let note = refctl::output::progress::interrupted_note().unwrap_or_else(|| {
                    "nothing more was sent. An upload goes on from its journal when run again."
                        .into()
                });
                let _ = writeln!(err, "\ninterrupted: {note}");
                std::process::exit(Exit::Interrupted as i32);
            }
        });
    }
    match runtime.block_on(cli::run(cli)) {
        Ok(exit) => exit.into(),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => cli::report_error(&err, format).into(),
    }
}

/// `-v` shows requests, retries and the server's request log on stderr.
fn init_logging(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "refctl=info,warn",
        _ => "refctl=debug,info",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("REFCTL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(refctl::output::stderr_colors())
        .event_format(refctl::output::LogLine)
        .init();
}

/// `refctl leads export | head` closes the pipe early; that is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
