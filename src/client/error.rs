use crate::api::Problem;

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The API answered with an error.
    #[error("{0}")]
    Api(Box<Problem>),
    /// No connection could be made (refused, no such host, TLS).
    #[error("could not reach {target} ({attempts} attempt{}): {message}", plural(*attempts))]
    Unreachable {
        target: String,
        message: String,
        attempts: u32,
    },
    /// The API took longer than the request timeout to answer.
    #[error("{target} did not answer within {seconds} s ({attempts} attempt{})", plural(*attempts))]
    TimedOut {
        target: String,
        seconds: u64,
        attempts: u32,
    },
    /// The connection broke before the whole answer came (the change may
    /// have been made; a retry with the same idempotency key is safe).
    #[error("the connection to {target} broke before the answer came ({attempts} attempt{}): {message}", plural(*attempts))]
    Broken {
        target: String,
        message: String,
        attempts: u32,
    },
    /// The API kept failing (5xx) after every retry.
    #[error("{target} answered HTTP {status} ({attempts} attempt{}): {detail}", plural(*attempts))]
    ServerFailed {
        target: String,
        status: u16,
        attempts: u32,
        detail: String,
    },
    /// The API said to slow down, and retries did not get through.
    #[error("rate limited by {target} after {attempts} attempts{}", retry_after.map(|s| format!("; retry in {s}s")).unwrap_or_default())]
    RateLimited {
        target: String,
        attempts: u32,
        retry_after: Option<u64>,
    },
    /// The platform answered 429 a moment ago; refctl waits out its window
    /// before calling it again (across runs).
    #[error(
        "{title} answered 429 at most a minute ago: refctl will not call it again before {until}, since another excess could block this IP (the time is kept in {path})"
    )]
    CoolingDown {
        title: &'static str,
        until: String,
        path: String,
    },
    /// An answer that is not what the API promises.
    #[error("unexpected response from the API: {0}")]
    Decode(String),
    /// The backend's API has no such operation.
    #[error("{backend} does not offer {operation}")]
    Unsupported {
        backend: &'static str,
        operation: &'static str,
    },
    /// The platform offers the operation, and refctl does not carry it out yet.
    #[error("refctl does not carry out {operation} on {backend} yet (the platform offers it)")]
    NotBuilt {
        backend: &'static str,
        operation: &'static str,
    },
    /// A local file the client keeps (audit log, cool-down, aliases) could not be used.
    #[error("{0}")]
    Local(String),
    /// The local workspace's database could not be opened (or migrated).
    #[error("could not open the local workspace {}: {message}", .path.display())]
    Workspace {
        path: std::path::PathBuf,
        message: String,
    },
    /// A request to the in-process server (the local workspace) failed
    /// before it had an answer.
    #[error("the local workspace could not answer: {0}")]
    InProcess(String),
}

fn plural(n: u32) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl ClientError {
    pub fn from_error_response(status: u16, body: &[u8]) -> ClientError {
        match serde_json::from_slice::<Problem>(body) {
            Ok(p) => ClientError::Api(Box::new(p)),
            Err(_) => {
                let text = String::from_utf8_lossy(body);
                let text = text.trim();
                let mut p = Problem::new(
                    status,
                    crate::api::ProblemCode::Unknown,
                    if text.is_empty() {
                        format!("HTTP {status}")
                    } else {
                        format!(
                            "HTTP {status}: {}",
                            text.chars().take(200).collect::<String>()
                        )
                    },
                );
                p.code = crate::api::ProblemCode::Unknown;
                ClientError::Api(Box::new(p))
            }
        }
    }

    /// The problem the API answered with, if it answered.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ClientError::Api(p) => Some(p.as_ref()),
            _ => None,
        }
    }
}
