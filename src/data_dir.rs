//! Reading `data/` from disk, for the native build step, the tests and the
//! benches. Outside `core`, which stays pure (no file system, no browser).

use crate::core::validate::DataFile;
use std::path::Path;

/// Reads every `.json` file below `root` (the `data/` folder), sorted by path.
pub fn read_data_dir(root: &Path) -> std::io::Result<Vec<DataFile>> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<DataFile>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, root, out)?;
            } else if path.extension().is_some_and(|e| e == "json") {
                let rel = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(DataFile {
                    path: rel,
                    contents: std::fs::read_to_string(&path)?,
                });
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}
