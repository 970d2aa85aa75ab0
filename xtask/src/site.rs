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

/// Prints a table of `dir`'s files and returns the total.
pub fn print_sizes(dir: &Path) -> Result<Size, Fail> {
    let mut files = Vec::new();
    collect_files(dir, &mut files)?;
    files.sort();
    let mut total = Size::default();
    println!("\n{:<48} {:>10} {:>10}", "dist/", "raw", "gzipped");
    for file in &files {
        let bytes = std::fs::read(file)
            .map_err(|e| Fail::new(format!("cannot read {}: {e}", file.display())))?;
        let size = Size {
            raw: bytes.len() as u64,
            gzipped: gzipped_len(&bytes),
        };
        total.raw += size.raw;
        total.gzipped += size.gzipped;
        let name = file.strip_prefix(dir).unwrap_or(file).display().to_string();
        println!("{name:<48} {:>10} {:>10}", kb(size.raw), kb(size.gzipped));
    }
    println!(
        "{:<48} {:>10} {:>10}",
        "total",
        kb(total.raw),
        kb(total.gzipped)
    );
    Ok(total)
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
