//! The built site in `dist/`: every file's size, raw and gzipped, as a visitor downloads it.

use std::io::Write;
use std::path::Path;

use flate2::{Compression, write::GzEncoder};

use crate::Fail;

/// Sizes in bytes.
#[derive(Clone, Copy, Default)]
pub struct Size {
    pub raw: u64,
    pub gzipped: u64,
}

/// The files the page fetches only when the reader opens them (the rest is the first load), as
/// the site's service worker lists them: `const ON_DEMAND = ["texts.json"];` in sw.js.
fn on_demand(dir: &Path) -> Result<Vec<String>, Fail> {
    let sw = std::fs::read_to_string(dir.join("sw.js"))
        .map_err(|e| Fail::new(format!("cannot read the site's sw.js: {e}")))?;
    let list = sw
        .lines()
        .find_map(|l| l.trim().strip_prefix("const ON_DEMAND = ["))
        .and_then(|rest| rest.strip_suffix("];"))
        .ok_or_else(|| Fail::new("sw.js has no `const ON_DEMAND = [...];` line"))?;
    Ok(list
        .split(',')
        .map(|name| name.trim().trim_matches('"').to_string())
        .filter(|name| !name.is_empty())
        .collect())
}

/// Prints a table of `dir`'s files, the first load apart from what loads on demand, and returns
/// the first load's total.
pub fn print_sizes(dir: &Path) -> Result<Size, Fail> {
    let on_demand = on_demand(dir)?;
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.sort();
    let (mut first, mut later) = (Size::default(), Size::default());
    println!("\n{:<48} {:>10} {:>10}", "dist/", "raw", "gzipped");
    for file in &files {
        let bytes = std::fs::read(file)
            .map_err(|e| Fail::new(format!("cannot read {}: {e}", file.display())))?;
        let size = Size {
            raw: bytes.len() as u64,
            gzipped: gzipped_len(&bytes),
        };
        let name = file.strip_prefix(dir).unwrap_or(file).display().to_string();
        let total = if on_demand.contains(&name) {
            &mut later
        } else {
            &mut first
        };
        total.raw += size.raw;
        total.gzipped += size.gzipped;
        println!("{name:<48} {:>10} {:>10}", kb(size.raw), kb(size.gzipped));
    }
    for (label, total) in [("first load", first), ("on demand", later)] {
        println!(
            "{label:<48} {:>10} {:>10}",
            kb(total.raw),
            kb(total.gzipped)
        );
    }
    Ok(first)
}

/// Kilobytes (1,000 bytes) with one decimal.
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn gzipped_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map(|v| v.len() as u64).unwrap_or(0)
}

fn collect_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) -> Result<(), Fail> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Fail::new(format!("cannot read {}: {e}", dir.display())))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
