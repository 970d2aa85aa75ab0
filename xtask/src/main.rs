//! `cargo xtask`: the project's tasks. `serve` and `test` are the README's two commands; each
//! installs what is missing first, so a fresh machine with only Rust needs nothing else.

mod site;
mod tools;

use std::path::PathBuf;
use std::process::{Command, ExitCode};
use std::time::Instant;

const USAGE: &str = "\
usage: cargo xtask <task>

  serve        install what is missing, build, and serve the app on http://127.0.0.1:8080
  test         install what is missing, then lint, native tests, wasm tests, dist, browser tests
  dist         build the optimised static site into dist/ and print its sizes
  bench        run the model's, the runner's and the browser's benchmarks, and print their figures
  screenshot   rebuild dist/ and write the README's and a lesson's screenshots into docs/
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(),
        Some("dist") => tools::ensure_build_tools().and_then(|()| dist().map(|_| ())),
        Some("bench") => bench(),
        Some("screenshot") => screenshot(),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(Fail::new(format!("unknown task `{other}`\n\n{USAGE}"))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(fail) => {
            eprintln!("\nxtask: FAILED: {}", fail.0);
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), Fail> {
    tools::ensure_build_tools()?;
    println!("xtask: serving Canting on http://127.0.0.1:8080 (live reload; Ctrl-C stops)");
    run(trunk().args(["serve", "--address", "127.0.0.1", "--port", "8080"]))
}

fn test() -> Result<(), Fail> {
    let started = Instant::now();
    tools::ensure_test_tools()?;
    let mut passed = Vec::new();

    stage("1/5 lint: cargo fmt --check, cargo clippy");
    run(cmd("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|_| Fail::new("formatting differs; run `cargo fmt --all`"))?;
    run(cmd("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    passed.push("lint".to_string());

    stage("2/5 native tests of every crate");
    run(cmd("cargo").args(["test", "--workspace"]))?;
    passed.push("native tests".to_string());

    stage("3/5 the model's tests compiled to wasm32 and run in Node");
    run(cmd("cargo")
        .args([
            "test",
            "--package",
            "canting-model",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        ))?;
    passed.push("wasm tests".to_string());

    stage("4/5 cargo xtask dist");
    let size = dist()?;
    passed.push(format!(
        "dist ({} gzipped at first load)",
        site::kb(size.gzipped)
    ));

    stage("5/5 browser tests in headless Chromium against dist/");
    run(&mut node_tests())?;
    passed.push("browser tests".to_string());

    println!(
        "\nxtask test: all {} steps passed in {:.0} s: {}",
        passed.len(),
        started.elapsed().as_secs_f64(),
        passed.join(", ")
    );
    Ok(())
}

/// Builds the release site into `dist/` and prints every file's size.
fn dist() -> Result<site::Size, Fail> {
    run(trunk().args(["build", "--release"]))?;
    site::print_sizes(&project_root().join("dist"))
}

fn bench() -> Result<(), Fail> {
    tools::ensure_test_tools()?;
    stage("the native model benchmark (cargo bench)");
    let native = run_capturing(cmd("cargo").args(["bench", "--package", "canting-model"]))?;
    stage("the runner: `canting run`, default scenario, the whole process");
    runner_bench()?;
    stage("the browser benchmark against dist/");
    dist()?;
    let mut browser = node();
    browser.arg("tests/bench/browser-bench.mjs");
    // The wasm-against-native ratio needs the native figure of the same ensemble.
    if let Some(ms) = native_ensemble_ms(&native) {
        browser.env("NATIVE_ENSEMBLE_MS", ms.to_string());
    }
    run(&mut browser)
}

/// Times `canting run` (the default ensemble, on every core, printed as JSON) from start to exit,
/// as a user at a terminal would wait for it: the best and the median of seven.
fn runner_bench() -> Result<(), Fail> {
    run(cmd("cargo").args(["build", "--release", "--quiet", "--package", "canting-cli"]))?;
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || project_root().join("target"),
        |dir| project_root().join(dir),
    );
    let exe = target.join("release").join("canting");
    let mut ms = Vec::new();
    for _ in 0..7 {
        let started = Instant::now();
        let status = Command::new(&exe)
            .arg("run")
            .stdout(std::process::Stdio::null())
            .status()
            .map_err(|e| Fail::new(format!("could not start {}: {e}", exe.display())))?;
        if !status.success() {
            return Err(Fail::new(format!("`canting run` failed ({status})")));
        }
        ms.push(started.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(f64::total_cmp);
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "canting run, whole process: best {:.0} ms, median {:.0} ms of 7 ({cores} cores; target <= 150 ms)",
        ms[0], ms[3]
    );
    Ok(())
}

/// The default ensemble's time from the model benchmark's line `default ensemble: 123.4 ms`.
fn native_ensemble_ms(bench_output: &str) -> Option<f64> {
    let line = bench_output
        .lines()
        .find(|l| l.trim_start().starts_with("default ensemble"))?;
    let after = line.split_once(':')?.1;
    after.split_whitespace().next()?.parse().ok()
}

fn screenshot() -> Result<(), Fail> {
    tools::ensure_test_tools()?;
    dist()?;
    run(node().arg("tests/screenshot.mjs"))?;
    run(node().arg("tests/lesson.mjs"))
}

fn node_tests() -> Command {
    let mut command = node();
    command.args(["--test", "--test-concurrency=1", "tests/browser/"]);
    command
}

fn node() -> Command {
    let mut command = cmd("node");
    command.env("CHROMIUM", tools::chromium_path());
    command
}

fn trunk() -> Command {
    cmd("trunk")
}

/// A command run from the project root, with our tools first on `PATH`.
pub fn cmd(program: &str) -> Command {
    let mut command = Command::new(program);
    command
        .current_dir(project_root())
        .env("PATH", tools::tool_path());
    command
}

/// Runs a command to completion, its output passing through; a non-zero exit is a failure.
pub fn run(command: &mut Command) -> Result<(), Fail> {
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        command
            .get_args()
            .map(|a| a.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let status = command
        .status()
        .map_err(|e| Fail::new(format!("could not start `{shown}`: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Fail::new(format!("`{shown}` failed ({status})")))
    }
}

/// Runs a command like [`run`], printing its output and also returning it.
fn run_capturing(command: &mut Command) -> Result<String, Fail> {
    let output = command
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| Fail::new(format!("could not start {:?}: {e}", command.get_program())))?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    print!("{text}");
    if output.status.success() {
        Ok(text)
    } else {
        Err(Fail::new(format!(
            "{:?} failed ({})",
            command.get_program(),
            output.status
        )))
    }
}

pub fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn stage(what: &str) {
    println!("\n=== xtask: {what}");
}

/// Why a task stopped, in a sentence the user can act on.
#[derive(Debug)]
pub struct Fail(String);

impl Fail {
    pub fn new(message: impl Into<String>) -> Self {
        Fail(message.into())
    }
}
