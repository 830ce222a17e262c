//! Where a hosted platform's kept customer lists live: one JSON file per
//! list under `REFCTL_HOME/lists/<platform>/<campaign>/`, holding digests
//! only (HMAC-SHA256 under a local secret of the SHA-256 of the normalized
//! key), never the keys themselves.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::platform::HostedCampaign;
use crate::api::{ListKeyKind, ListKind};
use crate::client::ClientError;

/// One kept list, as its file holds it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredList {
    pub name: String,
    pub kind: ListKind,
    pub created_at: String,
    pub updated_at: String,
    pub expires_at: Option<String>,
    /// `(kind, digest in hex, line)`.
    pub keys: Vec<(ListKeyKind, String, u64)>,
    /// Leads it qualified (or kept pending), by the platform's id.
    #[serde(default)]
    pub matched: Vec<String>,
}

pub fn now() -> String {
    crate::domain::time::stored(jiff::Timestamp::now())
}

pub fn local(e: impl std::fmt::Display, path: &Path) -> ClientError {
    ClientError::Local(format!("customer list {}: {e}", path.display()))
}

fn hex(bytes: &[u8]) -> String {
    crate::domain::codes::hex(bytes)
}

/// A SHA-256 in hex as its bytes (see `domain::list_keys`).
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    crate::domain::list_keys::sha256_from_hex(text)
}

/// The lists of one platform under `REFCTL_HOME`.
#[derive(Debug, Clone)]
pub struct LocalLists {
    dir: PathBuf,
}

impl LocalLists {
    pub fn new(home: &Path, platform: &str) -> LocalLists {
        LocalLists {
            dir: home.join("lists").join(platform),
        }
    }

    /// The local secret the digests are made with (32 random bytes, made once).
    pub fn secret(&self) -> Result<Vec<u8>, ClientError> {
        let path = self.dir.join("secret");
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Some(bytes) = unhex(&text)
        {
            return Ok(bytes);
        }
        use rand::RngCore;
        let mut secret = vec![0u8; 32];
        rand::rng().fill_bytes(&mut secret);
        crate::private_file::create_dir_all(&self.dir).map_err(|e| local(e, &self.dir))?;
        let mut file = crate::private_file::create(&path).map_err(|e| local(e, &path))?;
        std::io::Write::write_all(&mut file, hex(&secret).as_bytes())
            .map_err(|e| local(e, &path))?;
        Ok(secret)
    }

    pub fn digest(secret: &[u8], sha256: &[u8]) -> String {
        hex(&crate::domain::list_keys::digest(secret, sha256))
    }

    /// A list's file: the campaign's id, then the name, both reduced to a
    /// plain file name (anything else is hashed: no path from data).
    pub fn path(&self, campaign: &HostedCampaign, name: &str) -> PathBuf {
        self.dir
            .join(crate::private_file::path_component(&campaign.id))
            .join(format!(
                "{}.json",
                crate::private_file::path_component(name)
            ))
    }

    pub fn read(&self, path: &Path) -> Result<Option<StoredList>, ClientError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| local(e, path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(local(e, path)),
        }
    }

    pub fn write(&self, path: &Path, list: &StoredList) -> Result<(), ClientError> {
        if let Some(dir) = path.parent() {
            crate::private_file::create_dir_all(dir).map_err(|e| local(e, dir))?;
        }
        let tmp = path.with_extension("json.tmp");
        let json = serde_json::to_vec(list).map_err(|e| local(e, path))?;
        {
            let mut file = crate::private_file::create(&tmp).map_err(|e| local(e, &tmp))?;
            std::io::Write::write_all(&mut file, &json).map_err(|e| local(e, &tmp))?;
        }
        std::fs::rename(&tmp, path).map_err(|e| local(e, path))
    }

    pub fn all(&self, campaign: &HostedCampaign) -> Result<Vec<StoredList>, ClientError> {
        let dir = self
            .dir
            .join(crate::private_file::path_component(&campaign.id));
        let mut lists = Vec::new();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(lists),
            Err(e) => return Err(local(e, &dir)),
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "json")
                && let Some(list) = self.read(&path)?
            {
                lists.push(list);
            }
        }
        lists.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(lists)
    }

    /// Every list file kept for this platform, of every campaign.
    pub fn every_file(&self) -> Result<Vec<PathBuf>, ClientError> {
        let mut files = Vec::new();
        let campaigns = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(files),
            Err(e) => return Err(local(e, &self.dir)),
        };
        for campaign in campaigns.flatten() {
            if let Ok(entries) = std::fs::read_dir(campaign.path()) {
                files.extend(
                    entries
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "json")),
                );
            }
        }
        Ok(files)
    }
}
