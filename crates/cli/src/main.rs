//! `canting`: runs Canting's model from the command line. Thin glue over `canting-model`:
//! parse the arguments, read a scenario (file, link or default), run or print, and on bad input
//! exit with status 2 and every problem on stderr, escaped so that no input writes to the
//! terminal; output that cannot be written exits with status 1.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::io::{ErrorKind, Read as _, Write as _};
use std::process::ExitCode;

use canting_model::{
    Budgets, Comparison, Lang, LongTexts, MODEL_VERSION, Metric, Morris, MorrisConfig, Preset,
    RunResult, Scenario, ScenarioSpec, SensitivityReport, SharedStarts, Source, Strategy, Summary,
    Verdict, comparable, decode_link, encode_link, outcomes_of, parameters, run_once, run_seed,
    split_in_proportion,
};
use serde_json::{Map, Value, json};

mod args;
mod plan;

use args::{
    BaselineArgs, Cli, Command, Input, LangArg, Output, PlanArgs, SensitivityArgs, SplitsArgs,
};
use clap::{CommandFactory as _, FromArgMatches as _};

fn main() -> ExitCode {
    let cli = match parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    match run_cli(cli) {
        Ok(out) => write_output(&out),
        Err(problems) => {
            for p in &problems {
                say(p);
            }
            ExitCode::from(2)
        }
    }
}

/// The clap command, with the model's version in `--version`.
fn command() -> clap::Command {
    Cli::command().version(format!(
        "{} (model version {MODEL_VERSION})",
        env!("CARGO_PKG_VERSION")
    ))
}

fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, clap::Error> {
    command()
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m))
}

/// What clap stopped at: help and the version go to standard output (status 0); a malformed
/// command goes to standard error as the runner's other problems do, escaped, with clap's hint
/// at the usage after it (status 2).
fn clap_exit(e: &clap::Error) -> ExitCode {
    let text = e.render().to_string();
    if !e.use_stderr() {
        return write_output(&text);
    }
    for (i, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        say(if i == 0 {
            line.strip_prefix("error: ").unwrap_or(line)
        } else {
            line
        });
    }
    ExitCode::from(2)
}

/// Writes a command's output to standard output.
///
/// A closed pipe (`canting run --format csv | head -1`) is not a failure: the reader has had
/// what it wanted, so the runner stops quietly with status 0, as ripgrep does, rather than 141
/// (the shell's status for a process killed by SIGPIPE), which a `set -o pipefail` script would
/// take for an error. Any other write error (a full disk, say) loses output the user asked for,
/// so it exits 1 and says why; 2 stays the status for bad input.
fn write_output(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("cannot write the output: {e}"));
            ExitCode::from(1)
        }
    }
}

/// Writes one message (a problem, a note, progress) to standard error as `canting: …`, one
/// line, escaped. Every message goes through here, so nothing a user, a file or a shared link
/// says (file names, option values, parameter keys, link text) reaches the terminal raw.
/// A failed write is ignored: standard error is where the runner would report it.
fn say(message: &str) {
    let mut line = escaped(message);
    // A message quotes what it is about; a key or a file name of a megabyte would bury it.
    if let Some((cut, _)) = line.char_indices().nth(MAX_MESSAGE_CHARS) {
        let more = line[cut..].chars().count();
        line.truncate(cut);
        let _ = write!(line, "… ({more} more characters)");
    }
    let _ = writeln!(std::io::stderr().lock(), "canting: {line}");
}

/// The longest message [`say`] writes, characters after escaping; the rest is cut off.
const MAX_MESSAGE_CHARS: usize = 1000;

/// Whether a character must not reach a terminal or a reader as it is: the C0 and C1 controls
/// and DEL (which move the cursor, set the window title, clear the screen, or start a new line
/// that looks like the runner's own), the bidirectional embeddings, overrides, isolates and marks
/// (which reorder what follows them on screen), the line and paragraph separators, and the
/// invisible format characters (zero-width spaces and joiners, the soft hyphen, the byte-order
/// mark, tags), with which `n_artisans` and an unknown key would look the same.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

/// Text with every [unsafe](is_unsafe) character written as an escape: `\n`, `\r`, `\t`, or
/// `\u{1b}` in Rust's notation. (Bytes that are not UTF-8 are already `\xNN`: see [`os_text`].)
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// Pretty JSON as serde_json writes it (`to_string_pretty`, which cannot fail on the runner's
/// values), with every [unsafe](is_unsafe) character it leaves raw
/// (DEL, the C1 controls, the bidirectional and invisible characters) as `\uXXXX` escapes, and a final
/// newline. They can only occur inside JSON strings, where the escape means the same character,
/// so the output parses to the same value and shows safely in a terminal.
fn json_text(raw: serde_json::Result<String>) -> String {
    let raw = raw.unwrap_or_default();
    let mut out = String::with_capacity(raw.len() + 1);
    for c in raw.chars() {
        if is_unsafe(c) && c != '\n' {
            // JSON escapes UTF-16 code units: a tag character is a surrogate pair.
            for unit in c.encode_utf16(&mut [0; 2]) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// Every problem with the input, already in words for the user.
type Problems = Vec<String>;

/// An argument or file name as text for a message: its UTF-8 parts as they are, every other
/// byte as `\xNN`.
fn os_text(s: &OsStr) -> String {
    bytes_text(s.as_encoded_bytes())
}

fn bytes_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

fn run_cli(cli: Cli) -> Result<String, Problems> {
    let Some(command) = cli.command else {
        return Ok(self::command().render_long_help().to_string());
    };
    match command {
        Command::Run {
            input,
            baseline,
            plan,
            output,
        } => cmd_run(&input, &baseline, &plan, &output),
        Command::Scenario { link, preset } => cmd_scenario(link, preset),
        Command::Link { file, base, lang } => cmd_link(&file, base.as_deref(), &lang),
        Command::Params { format, lang } => cmd_params(format.as_deref(), &lang),
        Command::Sensitivity(a) => cmd_sensitivity(&a),
        Command::Splits(a) => cmd_splits(&a),
        Command::Marginal {
            input,
            step,
            plan,
            output,
        } => plan::cmd_marginal(&input, &step, &plan, &output),
        Command::Sweep(a) => plan::cmd_sweep(&a),
        Command::Compare {
            files,
            baseline,
            plan,
            output,
        } => plan::cmd_compare(&files, &baseline, &plan, &output),
        Command::Optimize(a) => plan::cmd_optimize(&a),
        Command::Presets { lang } => cmd_presets(&lang),
        Command::Metrics { lang } => cmd_metrics(&lang),
        // Compact: the page downloads it.
        Command::Texts => Ok(json_text(
            serde_json::to_string(&LongTexts::of_this_build()),
        )),
    }
}

fn lang_of(o: &LangArg, problems: &mut Problems) -> Lang {
    match o.lang.as_deref() {
        None => Lang::En,
        Some(k) => Lang::from_key(k).unwrap_or_else(|| {
            problems.push(format!("--lang must be id or en, not \"{k}\""));
            Lang::En
        }),
    }
}

/// The most the runner reads of a scenario file or of standard input, bytes. A scenario is a few
/// kilobytes at most; the limit is there so that a file that never ends (`/dev/urandom`) is
/// refused instead of read until memory runs out.
const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and parses a scenario file, or standard input for `-`.
fn read_scenario(name: &OsStr) -> Result<ScenarioSpec, String> {
    let (origin, text) = read_text(name, "scenario file")?;
    serde_json::from_str(&text).map_err(|e| format!("{origin} is not a valid scenario JSON: {e}"))
}

/// Reads a text file (a scenario, a design), or standard input for `-`: at most
/// [`MAX_INPUT_BYTES`], UTF-8 or UTF-16 ([`decode_text`]), not empty. The text and how to name
/// where it came from (`the scenario file "mine.json"`, `standard input`).
fn read_text(name: &OsStr, kind: &str) -> Result<(String, String), String> {
    let origin = if name == "-" {
        "standard input".to_string()
    } else {
        format!("the {kind} \"{}\"", os_text(name))
    };
    let mut bytes = Vec::new();
    // One byte past the limit tells a file of exactly the limit from a longer one.
    let read = if name == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(name).and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
    };
    if let Err(e) = read {
        return Err(format!("cannot read {origin}: {e}"));
    }
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "{origin} is longer than {} MiB, the most the runner reads (a scenario is a few kilobytes)",
            MAX_INPUT_BYTES >> 20
        ));
    }
    let text = decode_text(bytes).map_err(|e| format!("{origin} {e}"))?;
    // Said plainly, rather than as JSON's "EOF while parsing a value at line 1 column 0".
    if text.trim().is_empty() {
        return Err(format!("{origin} is empty"));
    }
    Ok((origin, text))
}

/// A file's text: UTF-8, with or without a byte-order mark (which some editors, Windows Notepad
/// among them, write and JSON does not allow), or UTF-16 after its byte-order mark (what Windows
/// PowerShell's `canting scenario > mine.json` writes). The error completes "the file …".
fn decode_text(bytes: Vec<u8>) -> Result<String, String> {
    let utf16 = |unit: fn([u8; 2]) -> u16| {
        let invalid = || "starts as UTF-16 text but is not valid UTF-16".to_string();
        let body = &bytes[2..];
        if !body.len().is_multiple_of(2) {
            return Err(invalid());
        }
        let units = body.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| invalid())
    };
    match bytes.get(..2) {
        Some([0xff, 0xfe]) => return utf16(u16::from_le_bytes),
        Some([0xfe, 0xff]) => return utf16(u16::from_be_bytes),
        _ => {}
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (byte {} is not valid UTF-8)",
            e.utf8_error().valid_up_to() + 1
        )
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// The scenario a command names (file, link or preset; the default otherwise), not validated.
fn load_spec(o: &Input, lang: Lang, problems: &mut Problems) -> Option<ScenarioSpec> {
    let given = [o.scenario.is_some(), o.link.is_some(), o.preset.is_some()]
        .iter()
        .filter(|&&g| g)
        .count();
    if given > 1 {
        problems.push("give at most one of --scenario, --link and --preset".to_string());
        return None;
    }
    if let Some(path) = &o.scenario {
        return match read_scenario(path) {
            Ok(spec) => Some(spec),
            Err(e) => {
                // A link given where a file was meant names no file; say what it is.
                let is_link = path
                    .to_str()
                    .is_some_and(|p| decode_link(link_text(p)).is_ok());
                problems.push(if is_link && !std::path::Path::new(path).exists() {
                    format!("{e} (that is a link: give it with --link)")
                } else {
                    e
                });
                None
            }
        };
    }
    if let Some(link) = &o.link {
        return match decode_link(link_text(link)) {
            Ok(d) => {
                if !d.same_version() {
                    say(&format!(
                        "note: the link was made by model version {}, this is version {MODEL_VERSION}; results may differ",
                        d.model_version
                    ));
                }
                Some(d.spec)
            }
            Err(e) => {
                let message = e.message(lang);
                // A file given where a link was meant reads as a damaged link; say what it is.
                problems.push(if std::path::Path::new(link).is_file() {
                    format!("{message} (that is a file: give it with --scenario)")
                } else {
                    message
                });
                None
            }
        };
    }
    if let Some(key) = &o.preset {
        return match Preset::from_key(key) {
            Some(p) => Some(ScenarioSpec::from_preset(p)),
            None => {
                problems.push(unknown_preset(key));
                None
            }
        };
    }
    Some(ScenarioSpec::default())
}

/// A link as pasted from a sentence, an e-mail or a chat, without the spaces, brackets, quotes
/// and punctuation around it (`<https://…#s=TOKEN>.`, `"TOKEN",`). None of them can be part of a
/// link's end: a token is base64url (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`), and the address
/// parts after it (`&l=en`) end in letters.
fn link_text(pasted: &str) -> &str {
    const OPENING: &[char] = &['<', '(', '[', '{', '"', '\'', '`', '“', '‘', '«', '‹'];
    const CLOSING: &[char] = &[
        '>', ')', ']', '}', '"', '\'', '`', '”', '’', '»', '›', '.', ',', ';', ':', '!', '?', '…',
    ];
    let mut link = pasted;
    loop {
        let inner = link
            .trim()
            .trim_start_matches(OPENING)
            .trim_end_matches(CLOSING);
        if inner == link {
            return link;
        }
        link = inner;
    }
}

fn parse_number<T: std::str::FromStr<Err = std::num::ParseIntError>>(
    flag: &str,
    value: &Option<String>,
    problems: &mut Problems,
) -> Option<T> {
    let v = value.as_ref()?;
    match v.trim().parse() {
        Ok(n) => Some(n),
        Err(e) => {
            problems.push(match e.kind() {
                std::num::IntErrorKind::PosOverflow => format!("{flag} is too large: \"{v}\""),
                _ if v.trim().starts_with('-') => {
                    format!("{flag} cannot be negative: \"{v}\"")
                }
                _ => format!("{flag} must be a whole number, not \"{v}\""),
            });
            None
        }
    }
}

fn validate(spec: &ScenarioSpec, lang: Lang, problems: &mut Problems) -> Option<Scenario> {
    match spec.validate() {
        Ok(s) => Some(s),
        Err(errors) => {
            problems.extend(errors.messages(lang));
            None
        }
    }
}

/// Whether `--format` asks for CSV (`json`, the default, or `csv`).
fn csv_format(o: &Output, problems: &mut Problems) -> bool {
    match o.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(f) => {
            problems.push(format!("--format must be json or csv, not \"{f}\""));
            false
        }
    }
}

/// `--seed`, `--runs` and `--years`, each replacing a scenario's own when given.
#[derive(Clone, Copy, Default)]
struct RunPlan {
    seed: Option<u64>,
    runs: Option<u32>,
    years: Option<u32>,
}

impl RunPlan {
    fn parse(o: &PlanArgs, problems: &mut Problems) -> RunPlan {
        RunPlan {
            seed: parse_number("--seed", &o.seed, problems),
            runs: parse_number("--runs", &o.runs, problems),
            years: parse_number("--years", &o.years, problems),
        }
    }

    fn apply(self, spec: &mut ScenarioSpec) {
        spec.seed = self.seed.unwrap_or(spec.seed);
        spec.runs = self.runs.unwrap_or(spec.runs);
        spec.years = self.years.unwrap_or(spec.years);
    }
}

fn cmd_run(
    input: &Input,
    baseline: &BaselineArgs,
    plan: &PlanArgs,
    output: &Output,
) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(&output.lang, &mut problems);
    let csv = csv_format(output, &mut problems);
    let plan = RunPlan::parse(plan, &mut problems);
    let spec = load_spec(input, lang, &mut problems);
    let baseline_spec = load_baseline(baseline, input.scenario.as_deref(), &mut problems);
    let Some(mut spec) = spec else {
        return Err(problems);
    };
    plan.apply(&mut spec);
    let scenario = validate(&spec, lang, &mut problems);
    // The baseline runs on the scenario's seeds and horizon, so the runs pair up.
    let baseline = baseline_spec.and_then(|b| validate(&b.paired_with(&spec), lang, &mut problems));
    let Some(s) = scenario.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let Some(b) = baseline else {
        let summary = Summary::from_runs(&s, &run_all(&s));
        return Ok(if csv {
            to_csv(&summary, None)
        } else {
            to_json(&s, &summary, None)
        });
    };
    if let Err(e) = comparable(&s, &b) {
        return Err(vec![e.message(lang)]);
    }
    // Both on the same threads, so each seed's start is built once for the two.
    let mut both = plan::run_scenarios(&[s.clone(), b.clone()]).into_iter();
    let (runs, base_runs) = (
        both.next().unwrap_or_default(),
        both.next().unwrap_or_default(),
    );
    let summary = Summary::from_runs(&s, &runs);
    let base_summary = Summary::from_runs(&b, &base_runs);
    let Some(comparison) = Comparison::from_runs(&runs, &base_runs) else {
        return Err(vec![
            "the scenario and the baseline share no seeded run".to_string(),
        ]);
    };
    let paired = Paired {
        baseline: &b,
        summary: &base_summary,
        comparison: &comparison,
    };
    Ok(if csv {
        to_csv(&summary, Some(&paired))
    } else {
        to_json(&s, &summary, Some(&paired))
    })
}

/// A baseline run on the scenario's seeds, and the run-by-run comparison with it.
struct Paired<'a> {
    baseline: &'a Scenario,
    summary: &'a Summary,
    comparison: &'a Comparison,
}

/// Every run of a scenario's ensemble, on every core; the same runs, in the same order, as
/// one core computes them.
fn run_all(s: &Scenario) -> Vec<RunResult> {
    let indices: Vec<u32> = (0..s.runs()).collect();
    parallel_map(&indices, |&i| run_once(s, run_seed(s.seed(), i)))
}

/// [`run_once`]'s result, from a starting state this thread kept if it has run the seed
/// before in a scenario of the same city (a paired baseline, a planning tool's scenarios).
fn run_kept(s: &Scenario, run_seed: u64) -> RunResult {
    // 64 starts of the default city hold about 50 MB; the default ensemble is 32 runs.
    thread_local! {
        static STARTS: std::cell::RefCell<SharedStarts> =
            std::cell::RefCell::new(SharedStarts::new(64));
    }
    STARTS.with_borrow_mut(|starts| starts.run(s, run_seed))
}

/// A baseline a command names: a scenario file, or a preset.
#[derive(Clone)]
enum Baseline {
    File(ScenarioSpec),
    Preset(Preset),
}

impl Baseline {
    /// The baseline as a scenario of its own (a preset at the default settings).
    fn spec(&self) -> ScenarioSpec {
        match self {
            Baseline::File(spec) => spec.clone(),
            Baseline::Preset(p) => ScenarioSpec::from_preset(*p),
        }
    }

    /// The baseline for scenario `s`, on its seed, runs and horizon so that the runs pair up;
    /// a preset also takes its envelope and parameters, so that only the allocation differs.
    fn paired_with(&self, s: &ScenarioSpec) -> ScenarioSpec {
        let mut b = match self {
            Baseline::File(spec) => spec.clone(),
            Baseline::Preset(p) => ScenarioSpec {
                envelope_juta: s.envelope_juta,
                budgets_juta: p.budgets(s.envelope_juta),
                params: s.params.clone(),
                ..ScenarioSpec::default()
            },
        };
        b.seed = s.seed;
        b.runs = s.runs;
        b.years = s.years;
        b
    }
}

/// The baseline a command names (`--baseline FILE` or `--baseline-preset KEY`), if any, beside
/// the scenario file `scenario` (which may also be standard input).
fn load_baseline(
    o: &BaselineArgs,
    scenario: Option<&OsStr>,
    problems: &mut Problems,
) -> Option<Baseline> {
    match (&o.baseline, &o.baseline_preset) {
        (Some(_), Some(_)) => {
            problems.push("give at most one of --baseline and --baseline-preset".to_string());
            None
        }
        // Standard input can be read once: the second reader would find it empty.
        (Some(path), None) if path == "-" && scenario == Some(OsStr::new("-")) => {
            problems.push(
                "--scenario and --baseline cannot both be - (standard input holds one scenario)"
                    .to_string(),
            );
            None
        }
        (Some(path), None) => match read_scenario(path) {
            Ok(spec) => Some(Baseline::File(spec)),
            Err(e) => {
                problems.push(e);
                None
            }
        },
        (None, Some(key)) => match Preset::from_key(key) {
            Some(p) => Some(Baseline::Preset(p)),
            None => {
                problems.push(unknown_preset(key));
                None
            }
        },
        (None, None) => None,
    }
}

fn unknown_preset(key: &str) -> String {
    let keys: Vec<&str> = Preset::ALL.iter().map(|p| p.key()).collect();
    format!("unknown preset \"{key}\" (presets: {})", keys.join(", "))
}

fn bands_json(summary: &Summary) -> Value {
    let mut series = Map::new();
    for &m in Metric::ALL {
        let b = summary.bands(m);
        series.insert(
            m.key().to_string(),
            json!({ "mean": b.mean, "p10": b.p10, "p50": b.p50, "p90": b.p90 }),
        );
    }
    Value::Object(series)
}

fn to_json(s: &Scenario, summary: &Summary, paired: Option<&Paired>) -> String {
    let mut value = json!({
        "model_version": summary.model_version,
        "seed": summary.seed,
        "runs": summary.runs,
        "months": summary.months,
        "series": bands_json(summary),
        "scenario": s.spec(),
        "link": encode_link(s),
    });
    if let Some(p) = paired {
        let horizon = summary.months.last().copied().unwrap_or(0);
        let mut diffs = Map::new();
        for &m in Metric::ALL {
            let d = p.comparison.difference(m);
            let share_better: Vec<f64> = (0..summary.months.len() as u32)
                .map(|t| p.comparison.share_better(m, t))
                .collect();
            diffs.insert(
                m.key().to_string(),
                json!({
                    "mean": d.mean, "p10": d.p10, "p50": d.p50, "p90": d.p90,
                    "share_better": share_better,
                    "verdict_at_horizon": p.comparison.verdict(m, horizon).key(),
                }),
            );
        }
        value["baseline"] = json!({
            "scenario": p.baseline.spec(),
            "link": encode_link(p.baseline),
            "series": bands_json(p.summary),
        });
        value["difference"] = Value::Object(diffs);
    }
    json_text(serde_json::to_string_pretty(&value))
}

fn to_csv(summary: &Summary, paired: Option<&Paired>) -> String {
    // A month with no value (a city with no artisans has no unit cost) is an empty cell, as
    // it is `null` in JSON: never a 0 that reads as free.
    let cell = |x: f64| {
        if x.is_finite() {
            x.to_string()
        } else {
            String::new()
        }
    };
    let mut out = String::from("metric,month,mean,p10,p50,p90");
    if paired.is_some() {
        out.push_str(",baseline_mean,diff_mean,diff_p10,diff_p50,diff_p90,share_better,verdict");
    }
    out.push('\n');
    for &m in Metric::ALL {
        let b = summary.bands(m);
        for (i, month) in summary.months.iter().enumerate() {
            let _ = write!(
                out,
                "{},{},{},{},{},{}",
                m.key(),
                month,
                cell(b.mean[i]),
                cell(b.p10[i]),
                cell(b.p50[i]),
                cell(b.p90[i])
            );
            if let Some(p) = paired {
                let d = p.comparison.difference(m);
                let _ = write!(
                    out,
                    ",{},{},{},{},{},{},{}",
                    cell(p.summary.bands(m).mean[i]),
                    cell(d.mean[i]),
                    cell(d.p10[i]),
                    cell(d.p50[i]),
                    cell(d.p90[i]),
                    cell(p.comparison.share_better(m, *month)),
                    p.comparison.verdict(m, *month).key()
                );
            }
            out.push('\n');
        }
    }
    out
}

fn cmd_scenario(link: Option<String>, preset: Option<String>) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let input = Input {
        scenario: None,
        link,
        preset,
    };
    let spec = load_spec(&input, Lang::En, &mut problems);
    match spec {
        Some(spec) if problems.is_empty() => Ok(json_text(serde_json::to_string_pretty(&spec))),
        _ => Err(problems),
    }
}

fn cmd_link(path: &OsStr, base: Option<&str>, lang: &LangArg) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(lang, &mut problems);
    // The base is printed as the start of a link: a space would end the link where it is
    // pasted, and a control character would reach the terminal or the page raw.
    if let Some(base) = base
        && base.chars().any(|c| c.is_whitespace() || is_unsafe(c))
    {
        problems.push(format!(
            "--base must be a web address without spaces or control characters, not \"{base}\""
        ));
    }
    let spec = match read_scenario(path) {
        Ok(spec) => spec,
        Err(e) => {
            problems.push(e);
            return Err(problems);
        }
    };
    match validate(&spec, lang, &mut problems) {
        Some(s) if problems.is_empty() => {
            let token = encode_link(&s);
            Ok(match base {
                // The app reads its state from the URL's fragment.
                Some(base) => {
                    let base = base.split('#').next().unwrap_or_default();
                    format!("{base}#s={token}\n")
                }
                None => format!("{token}\n"),
            })
        }
        _ => Err(problems),
    }
}

fn source_text(s: &Source) -> String {
    match s {
        Source::Facts(t) => format!("FACTS: {t}"),
        Source::Evidence(t) => format!("evidence: {t}"),
        Source::Calibrated(t) => format!("calibrated to: {t}"),
        Source::Assumption(t) => format!("assumption: {t}"),
    }
}

fn cmd_params(format: Option<&str>, lang: &LangArg) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(lang, &mut problems);
    let format = format.unwrap_or("text").to_string();
    if !["text", "json", "md"].contains(&format.as_str()) {
        problems.push(format!(
            "--format must be text, json or md, not \"{format}\""
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let params = parameters();
    let mut out = String::new();
    match format.as_str() {
        "json" => {
            let list: Vec<Value> = params
                .iter()
                .map(|p| {
                    json!({
                        "key": p.key, "value": p.value, "unit": p.unit, "min": p.min, "max": p.max,
                        "user_editable": p.user_editable, "group": p.group.key(),
                        "label": p.label(lang), "description": p.description(lang),
                        "source": p.source.kind(), "low": p.low, "high": p.high,
                        "source_text": p.source.text(),
                    })
                })
                .collect();
            out = json_text(serde_json::to_string_pretty(&list));
        }
        "md" => {
            out.push_str(
                "| key | value | unit | allowed | plausible | editable | source |\n|---|---|---|---|---|---|---|\n",
            );
            for p in &params {
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {} | {} to {} | {} to {} | {} | {} |",
                    p.key,
                    p.value,
                    p.unit,
                    p.min,
                    p.max,
                    p.low,
                    p.high,
                    if p.user_editable { "yes" } else { "no" },
                    source_text(&p.source).replace('|', "/")
                );
            }
        }
        _ => {
            let mut group = None;
            for p in &params {
                if group != Some(p.group) {
                    group = Some(p.group);
                    let _ = writeln!(out, "\n## {}", p.group.label(lang));
                }
                let _ = writeln!(
                    out,
                    "{} = {} {}  ({}; plausible {} to {})",
                    p.key,
                    p.value,
                    p.unit,
                    p.label(lang),
                    p.low,
                    p.high
                );
                let _ = writeln!(out, "    {}", p.description(lang));
                let _ = writeln!(out, "    {}", source_text(&p.source));
            }
        }
    }
    Ok(out)
}

fn cmd_sensitivity(o: &SensitivityArgs) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(&o.lang, &mut problems);
    let format = o.format.clone().unwrap_or_else(|| "text".to_string());
    if !["text", "json", "md", "rust"].contains(&format.as_str()) {
        problems.push(format!(
            "--format must be text, json, md or rust, not \"{format}\""
        ));
    }
    let mut config = MorrisConfig::default();
    if let Some(t) = parse_number::<u32>("--trajectories", &o.trajectories, &mut problems) {
        if (1..=1000).contains(&t) {
            config.trajectories = t;
        } else {
            problems.push(format!("--trajectories must be 1 to 1000, not {t}"));
        }
    }
    if let Some(r) = parse_number::<u32>("--runs", &o.runs, &mut problems) {
        if (1..=256).contains(&r) {
            config.runs = r;
        } else {
            problems.push(format!("--runs must be 1 to 256, not {r}"));
        }
    }
    if let Some(y) = parse_number::<u32>("--years", &o.years, &mut problems) {
        if (1..=10).contains(&y) {
            config.years = y;
        } else {
            problems.push(format!("--years must be 1 to 10, not {y}"));
        }
    }
    if let Some(seed) = parse_number::<u64>("--seed", &o.seed, &mut problems) {
        config.seed = seed;
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let design = Morris::new(&config);
    let scenarios = design.scenarios();
    let total = scenarios.len();
    say(&format!(
        "screening {} parameters: {} ensembles of {} runs",
        design.factors().len(),
        total,
        config.runs
    ));
    let done = std::sync::atomic::AtomicUsize::new(0);
    let outcomes = parallel_map(&scenarios, |s| {
        let runs: Vec<RunResult> = (0..s.runs())
            .map(|i| run_once(s, run_seed(s.seed(), i)))
            .collect();
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        if n.is_multiple_of(50) || n == total {
            say(&format!("{n} of {total} ensembles done"));
        }
        outcomes_of(&Summary::from_runs(s, &runs))
    });
    let report = design.report(&outcomes);
    Ok(match format.as_str() {
        "json" => sensitivity_json(&report, lang),
        "md" => sensitivity_md(&report, lang),
        "rust" => sensitivity_rust(&report),
        _ => sensitivity_text(&report, lang),
    })
}

/// `canting splits`: random splits of today's envelope against today's split, paired.
fn cmd_splits(o: &SplitsArgs) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let count = parse_number::<u32>("--count", &o.count, &mut problems).unwrap_or(60);
    if !(1..=10_000).contains(&count) {
        problems.push(format!("--count must be 1 to 10000, not {count}"));
    }
    let today = ScenarioSpec {
        runs: parse_number("--runs", &o.runs, &mut problems).unwrap_or(16),
        years: parse_number("--years", &o.years, &mut problems).unwrap_or(5),
        ..ScenarioSpec::default()
    };
    let draw_seed = parse_number::<u64>("--seed", &o.seed, &mut problems).unwrap_or(7);
    let baseline = validate(&today, Lang::En, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(baseline) = baseline else {
        return Err(vec!["today's scenario is invalid".to_string()]);
    };
    // Even over all splits of the envelope (a flat Dirichlet): each strategy's weight an
    // exponential draw.
    let envelope = today.envelope_juta;
    let splits: Vec<Budgets> = (0..count)
        .map(|i| {
            let weights = std::array::from_fn::<u64, 7, _>(|k| {
                let h = run_seed(draw_seed, i * 7 + k as u32);
                let u = ((h >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
                (-u.ln() * 1e9) as u64
            });
            let parts = split_in_proportion(envelope, &weights);
            Budgets::from_array(std::array::from_fn(|k| parts[k]))
        })
        .collect();
    let base_runs: Vec<RunResult> = parallel_map(&(0..baseline.runs()).collect::<Vec<_>>(), |&i| {
        run_kept(&baseline, run_seed(baseline.seed(), i))
    });
    let compared = parallel_map(&splits, |b| {
        let spec = ScenarioSpec {
            budgets_juta: *b,
            ..today.clone()
        };
        let scenario = spec.validate().ok()?;
        let runs: Vec<RunResult> = (0..scenario.runs())
            .map(|i| run_kept(&scenario, run_seed(scenario.seed(), i)))
            .collect();
        Comparison::from_runs(&runs, &base_runs)
    });
    let horizon = baseline.months();
    let mut out = format!(
        "{count} random splits of Rp {envelope} juta against today's split ({} runs each, \
         {} years, paired on the same seeds; draws from seed {draw_seed})\n\n",
        baseline.runs(),
        baseline.years()
    );
    out.push_str("splits better than today's (verdict), by headline outcome:\n");
    for m in Metric::HEADLINE {
        let better = compared
            .iter()
            .flatten()
            .filter(|c| c.verdict(m, horizon) == Verdict::Better)
            .count();
        let _ = writeln!(out, "  {:<28} {better} of {count}", m.key());
    }
    let change = |c: &Comparison, m: Metric| {
        c.difference(m)
            .mean
            .get(horizon as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let describe = |out: &mut String, b: &Budgets, c: &Comparison| {
        let budgets: Vec<String> = Strategy::ALL
            .iter()
            .map(|&s| format!("{} {}", s.key(), b.get(s)))
            .collect();
        let _ = writeln!(out, "  {}", budgets.join(", "));
        let changes: Vec<String> = Metric::HEADLINE
            .iter()
            .map(|&m| format!("{} {:+.2}", m.key(), change(c, m)))
            .collect();
        let _ = writeln!(out, "    {}", changes.join(", "));
    };
    let mut ranked: Vec<(&Budgets, &Comparison)> = splits
        .iter()
        .zip(&compared)
        .filter_map(|(b, c)| Some((b, c.as_ref()?)))
        .collect();
    ranked.sort_by(|a, b| {
        change(b.1, Metric::Competitiveness).total_cmp(&change(a.1, Metric::Competitiveness))
    });
    out.push_str("\nthe five best on competitiveness:\n");
    for (b, c) in ranked.iter().take(5) {
        describe(&mut out, b, c);
    }
    if let Some((b, c)) = ranked.iter().min_by(|a, b| {
        change(a.1, Metric::ObstacleSeverity).total_cmp(&change(b.1, Metric::ObstacleSeverity))
    }) {
        out.push_str("\nthe best on obstacle severity:\n");
        describe(&mut out, b, c);
    }
    Ok(out)
}

/// `f` over every item, on every core, the results in the items' order.
///
/// The calling thread works too, so that the results come even when no other thread can be
/// started (a process limit reached); an item whose helper thread panicked is computed again
/// here (in a build that unwinds: the release profile aborts on a panic).
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, items.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
        }
        mine
    };
    let mut slots: Vec<Option<R>> = items.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut done = work();
        for helper in helpers {
            done.extend(helper.join().unwrap_or_default());
        }
        for (i, r) in done {
            slots[i] = Some(r);
        }
    });
    slots
        .into_iter()
        .zip(items)
        .map(|(r, item)| r.unwrap_or_else(|| f(item)))
        .collect()
}

/// How many parameters each outcome's table lists.
const TOP: usize = 5;

fn sensitivity_text(report: &SensitivityReport, lang: Lang) -> String {
    let mut out = String::new();
    let c = report.config;
    let _ = writeln!(
        out,
        "Morris screening: {} trajectories, {} runs, {} years, seed {}; mu* is the outcome's mean absolute change across a parameter's plausible range",
        c.trajectories, c.runs, c.years, c.seed
    );
    for ((metric, effects), ranking) in report.effects.iter().zip(&report.rankings) {
        let _ = writeln!(out, "\n## {} ({})", metric.label(lang), metric.unit(lang));
        for e in effects.iter().take(TOP) {
            let _ = writeln!(
                out,
                "  {:34} mu* {:>9.3}  mu {:>9.3}  sigma {:>9.3}",
                e.key, e.mu_star, e.mu, e.sigma
            );
        }
        let keys: Vec<&str> = ranking.default_ranking.iter().map(|p| p.key()).collect();
        let _ = writeln!(
            out,
            "  presets, best first: {}; same ranking at {:.0}% of points, same best at {:.0}%, mean Kendall tau {:.2}",
            keys.join(" > "),
            100.0 * ranking.same_ranking,
            100.0 * ranking.same_best,
            ranking.mean_tau
        );
    }
    out
}

fn sensitivity_md(report: &SensitivityReport, lang: Lang) -> String {
    let mut out = String::from(
        "| outcome | top five assumptions (mu*, in the outcome's units) | presets' ranking survives |\n|---|---|---|\n",
    );
    for ((metric, effects), ranking) in report.effects.iter().zip(&report.rankings) {
        let top: Vec<String> = effects
            .iter()
            .take(TOP)
            .map(|e| format!("`{}` {:.2}", e.key, e.mu_star))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | whole ranking {:.0}%, best {:.0}%, tau {:.2} |",
            metric.label(lang),
            top.join("; "),
            100.0 * ranking.same_ranking,
            100.0 * ranking.same_best,
            ranking.mean_tau
        );
    }
    out
}

/// The model crate's table of the assumptions that matter most (`src/influence.rs`), as the
/// app's model panel shows them.
fn sensitivity_rust(report: &SensitivityReport) -> String {
    let c = report.config;
    let mut out = format!(
        "//! The assumptions that matter most for each outcome, from the Morris screening\n\
         //! (`canting sensitivity --format rust`: {} trajectories, {} runs, {} years, seed {}).\n\
         //! Generated: rerun the command into this file, then `cargo fmt`.\n\n\
         use crate::Metric;\n\n\
         /// The parameters with the largest effect on an outcome, largest first, with their mu*\n\
         /// (the outcome's mean absolute change across the parameter's plausible range).\n\
         pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {{\n    match m {{\n",
        c.trajectories, c.runs, c.years, c.seed
    );
    for (metric, effects) in &report.effects {
        let _ = write!(out, "        Metric::{:?} => &[", metric);
        for e in effects.iter().take(TOP) {
            let _ = write!(out, "(\"{}\", {:.3}), ", e.key, e.mu_star);
        }
        out.push_str("],\n");
    }
    out.push_str("        _ => &[],\n    }\n}\n");
    out
}

fn sensitivity_json(report: &SensitivityReport, lang: Lang) -> String {
    let outcomes: Vec<Value> = report
        .effects
        .iter()
        .zip(&report.rankings)
        .map(|((metric, effects), ranking)| {
            json!({
                "metric": metric.key(),
                "label": metric.label(lang),
                "effects": effects.iter().map(|e| json!({
                    "key": e.key, "mu_star": e.mu_star, "mu": e.mu, "sigma": e.sigma,
                })).collect::<Vec<_>>(),
                "presets_best_first": ranking.default_ranking.iter().map(|p| p.key()).collect::<Vec<_>>(),
                "same_ranking": ranking.same_ranking,
                "same_best": ranking.same_best,
                "mean_kendall_tau": ranking.mean_tau,
            })
        })
        .collect();
    let c = report.config;
    let value = json!({
        "trajectories": c.trajectories, "runs": c.runs, "years": c.years, "seed": c.seed,
        "outcomes": outcomes,
    });
    json_text(serde_json::to_string_pretty(&value))
}

/// The options of a listing command, which takes only `--lang`.
fn listing_lang(o: &LangArg) -> Result<Lang, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(o, &mut problems);
    if problems.is_empty() {
        Ok(lang)
    } else {
        Err(problems)
    }
}

fn cmd_presets(lang: &LangArg) -> Result<String, Problems> {
    let lang = listing_lang(lang)?;
    let mut out = String::new();
    for p in Preset::ALL {
        let b = p.budgets(canting_model::DEFAULT_ENVELOPE_JUTA).to_array();
        let _ = writeln!(out, "{:20} {:28} {:?}", p.key(), p.label(lang), b);
    }
    Ok(out)
}

fn cmd_metrics(lang: &LangArg) -> Result<String, Problems> {
    let lang = listing_lang(lang)?;
    let mut out = String::new();
    for &m in Metric::ALL {
        let _ = writeln!(out, "{:28} {} ({})", m.key(), m.label(lang), m.unit(lang));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_unsafe_character_and_keeps_the_rest() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let shown = escaped(&c.to_string());
            assert!(!shown.chars().any(is_unsafe), "{:x}", u32::from(c));
            if !is_unsafe(c) {
                assert_eq!(shown, c.to_string());
            }
        }
        assert_eq!(escaped("a\u{1b}]0;t\u{7}\nb"), "a\\u{1b}]0;t\\u{7}\\nb");
        assert_eq!(escaped("Daya saing — é ✓"), "Daya saing — é ✓");
    }

    #[test]
    fn json_escaping_keeps_the_value() {
        let value = json!({ "k\u{202e}\u{85}\u{7f}\u{200b}\u{e0041}": ["x\u{2066}y", 1.5] });
        let out = json_text(serde_json::to_string_pretty(&value));
        assert!(!out.chars().any(|c| is_unsafe(c) && c != '\n'), "{out}");
        assert_eq!(serde_json::from_str::<Value>(&out).ok(), Some(value));
    }

    #[test]
    fn pasted_links_lose_only_what_surrounds_them() {
        for (pasted, link) in [
            ("AQ-_x.", "AQ-_x"),
            ("<https://e.org/#s=AQ&l=en>.", "https://e.org/#s=AQ&l=en"),
            ("(“AQ”),", "AQ"),
            (" 'AQ=' ", "AQ="),
            ("AQ.x", "AQ.x"),
            ("...", ""),
        ] {
            assert_eq!(link_text(pasted), link, "{pasted:?}");
        }
    }
}
