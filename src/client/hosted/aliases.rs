//! The referral codes a user asked for on a platform that assigns its own
//! (Referral Factory), kept as local aliases of the people created: a
//! `referrers import` with a `referral_code` column, then a `leads import`
//! naming those codes, works as it does on refctl's own store. One small
//! JSON file per platform under `REFCTL_HOME/aliases/`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::client::ClientError;

#[derive(Debug, Clone)]
pub struct CodeAliases {
    path: PathBuf,
}

/// `campaign id` → `asked code` → `platform id of the person`.
type Table = BTreeMap<String, BTreeMap<String, String>>;

impl CodeAliases {
    pub fn new(home: &std::path::Path, platform: &str) -> CodeAliases {
        CodeAliases {
            path: home.join("aliases").join(format!("{platform}.json")),
        }
    }

    fn read(&self) -> Table {
        std::fs::read(&self.path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// The platform id of the person asked to have `code` in `campaign`.
    pub fn get(&self, campaign: &str, code: &str) -> Option<String> {
        self.read().get(campaign)?.get(code.trim()).cloned()
    }

    /// Remembers that `code` was asked for the person `id` in `campaign`.
    pub fn put(&self, campaign: &str, code: &str, id: &str) -> Result<(), ClientError> {
        let mut table = self.read();
        table
            .entry(campaign.to_string())
            .or_default()
            .insert(code.trim().to_string(), id.to_string());
        let io = |e: std::io::Error| {
            ClientError::Local(format!(
                "could not keep the code alias in {}: {e}",
                self.path.display()
            ))
        };
        if let Some(dir) = self.path.parent() {
            crate::private_file::create_dir_all(dir).map_err(io)?;
        }
        let json = serde_json::to_vec_pretty(&table).map_err(|e| io(std::io::Error::other(e)))?;
        let tmp = self.path.with_extension("json.tmp");
        std::fs::write(&tmp, json).map_err(io)?;
        std::fs::rename(&tmp, &self.path).map_err(io)
    }
}
