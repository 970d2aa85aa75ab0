//! Installs what the build and the tests need, each piece only when it is missing or at the
//! wrong version, and says what it does. A second run installs nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Fail, cmd, project_root, run};

/// Trunk 0.22 needs a newer rustc than this project's toolchain; 0.21.14 builds on Rust 1.95.
pub const TRUNK_VERSION: &str = "0.21.14";

/// Everything `cargo xtask serve` and `dist` need: the wasm target, Trunk, wasm-bindgen-cli and
/// wasm-opt (from the npm lock file).
pub fn ensure_build_tools() -> Result<(), Fail> {
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_node_packages()?;
    Ok(())
}

/// What the browser tests need on top: a system Chromium (Playwright never downloads one here).
pub fn ensure_test_tools() -> Result<(), Fail> {
    ensure_build_tools()?;
    ensure_chromium()
}

/// The `PATH` under which Trunk finds our wasm-bindgen and wasm-opt rather than downloading its own.
pub fn tool_path() -> String {
    let mut dirs = vec![project_root().join("node_modules/.bin"), cargo_bin_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The Chromium the browser tests drive.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn ensure_wasm_target() -> Result<(), Fail> {
    let installed = output_of(Command::new("rustup").args(["target", "list", "--installed"]));
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    step("adding the Rust target wasm32-unknown-unknown (rustup)");
    run(cmd("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_trunk() -> Result<(), Fail> {
    if version_of("trunk").as_deref() == Some(TRUNK_VERSION) {
        return Ok(());
    }
    step(&format!(
        "installing Trunk {TRUNK_VERSION}, the wasm bundler (cargo install; takes about 6 minutes)"
    ));
    run(cmd("cargo").args(["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]))
}

fn ensure_wasm_bindgen() -> Result<(), Fail> {
    let wanted = locked_version("wasm-bindgen")?;
    if version_of("wasm-bindgen").as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    // `--locked` fails for this version: its lock file names a crate version the registry
    // no longer has. The CLI only has to equal the library crate's version, which it does.
    step(&format!(
        "installing wasm-bindgen-cli {wanted}, matching Cargo.lock (cargo install; about 3 minutes)"
    ));
    run(cmd("cargo").args(["install", "--force", &format!("wasm-bindgen-cli@{wanted}")]))
}

fn ensure_node_packages() -> Result<(), Fail> {
    let root = project_root();
    let stamp = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    if newer_or_same(&stamp, &lock) && root.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    if which("npm").is_none() {
        return Err(Fail::new(
            "npm is missing; install Node.js and npm (as root: apt-get install -y nodejs npm)",
        ));
    }
    step(
        "installing the Node packages from package-lock.json: binaryen (wasm-opt), playwright-core and axe-core for the browser tests (npm ci)",
    );
    run(cmd("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&root))
}

fn ensure_chromium() -> Result<(), Fail> {
    let chromium = chromium_path();
    if chromium.exists() {
        return Ok(());
    }
    let install = "apt-get update && apt-get install -y chromium chromium-driver";
    if !is_root() {
        return Err(Fail::new(format!(
            "Chromium is missing at {}; the browser tests need it. Run as root: {install}",
            chromium.display()
        )));
    }
    step("installing Chromium and ChromeDriver from Debian (apt-get)");
    run(cmd("apt-get").arg("update"))?;
    run(cmd("apt-get").args(["install", "-y", "chromium", "chromium-driver"]))
}

/// The version a Cargo.lock entry holds, e.g. `wasm-bindgen`'s.
pub fn locked_version(package: &str) -> Result<String, Fail> {
    let lock = std::fs::read_to_string(project_root().join("Cargo.lock"))
        .map_err(|e| Fail::new(format!("cannot read Cargo.lock: {e}")))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"")
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_string());
        }
    }
    Err(Fail::new(format!("Cargo.lock has no entry for {package}")))
}

/// A tool's version as it prints it (`trunk 0.21.14` gives `0.21.14`), looked up on our PATH.
fn version_of(tool: &str) -> Option<String> {
    let path = which(tool)?;
    let out = output_of(Command::new(path).arg("--version"));
    out.split_whitespace().nth(1).map(str::to_string)
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::split_paths(&tool_path())
        .map(|dir| dir.join(tool))
        .find(|p| p.is_file())
}

fn cargo_bin_dir() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin")
}

fn output_of(command: &mut Command) -> String {
    command
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

fn newer_or_same(file: &Path, than: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    matches!((modified(file), modified(than)), (Some(a), Some(b)) if a >= b)
}

fn is_root() -> bool {
    output_of(Command::new("id").arg("-u")).trim() == "0"
}

fn step(what: &str) {
    eprintln!("xtask: {what}");
}
