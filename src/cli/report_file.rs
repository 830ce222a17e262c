//! A CSV of every row a bulk command handled, under `REFCTL_HOME/<folder>/`,
//! so that the terminal names a few and points at the rest. Private like
//! every report; cells a spreadsheet would run are escaped.

use std::path::PathBuf;

use super::context::Ctx;

/// Writes `header` and `rows` to `REFCTL_HOME/<folder>/<name(stamp)>`, the
/// stamp being the time in milliseconds, and returns the file's path.
pub fn write(
    ctx: &Ctx,
    folder: &str,
    name: impl FnOnce(i64) -> String,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> anyhow::Result<PathBuf> {
    let dir = ctx.settings.paths.home.join(folder);
    crate::private_file::create_dir_all(&dir)
        .map_err(|e| anyhow::anyhow!("could not create {}: {e}", dir.display()))?;
    let path = dir.join(name(jiff::Timestamp::now().as_millisecond()));
    let fail =
        |e: &dyn std::fmt::Display| anyhow::anyhow!("could not write {}: {e}", path.display());
    let file = crate::private_file::create(&path).map_err(|e| fail(&e))?;
    let mut out = csv::Writer::from_writer(std::io::BufWriter::new(file));
    out.write_record(header).map_err(|e| fail(&e))?;
    for row in rows {
        out.write_record(row.into_iter().map(crate::output::spreadsheet_safe))
            .map_err(|e| fail(&e))?;
    }
    out.flush().map_err(|e| fail(&e))?;
    Ok(path)
}
