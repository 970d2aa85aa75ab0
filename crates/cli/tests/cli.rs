//! Runs the built `canting` binary for each subcommand: JSON and CSV shapes, links back and
//! forth, the parameter list, and exit status 2 with the problem on stderr for bad input,
//! including hostile input (arguments and file names that are not UTF-8, files that never end,
//! control characters in keys and links) and output that cannot be written.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use canting_model::{Metric, ScenarioSpec, decode_link, encode_link, parameters};
use serde_json::{Value, json};

fn canting(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(args)
        .output()
        .expect("the canting binary runs")
}

fn canting_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the canting binary starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("the canting binary runs")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "canting failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_bad_input(o: &Output, expect_in_stderr: &[&str]) {
    assert_eq!(
        o.status.code(),
        Some(2),
        "exit status 2 on bad input; stderr: {}",
        stderr(o)
    );
    assert!(o.stdout.is_empty(), "nothing on stdout on bad input");
    let err = stderr(o);
    for e in expect_in_stderr {
        assert!(err.contains(e), "stderr names \"{e}\": {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("canting-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path
}

#[test]
fn run_prints_json_with_every_metric_as_bands() {
    let out = stdout(&canting(&["run", "--runs", "3", "--years", "1"]));
    let v: Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(v["model_version"], canting_model::MODEL_VERSION);
    assert_eq!(v["seed"], canting_model::DEFAULT_SEED);
    assert_eq!(v["runs"], 3);
    let months = v["months"].as_array().expect("months");
    assert_eq!(months.len(), 13);
    assert_eq!(months[0], 0);
    let series = v["series"].as_object().expect("series");
    assert_eq!(series.len(), Metric::ALL.len());
    for &m in Metric::ALL {
        let s = &series[m.key()];
        for band in ["mean", "p10", "p50", "p90"] {
            let values = s[band]
                .as_array()
                .unwrap_or_else(|| panic!("{}.{band}", m.key()));
            assert_eq!(values.len(), 13);
            assert!(
                values
                    .iter()
                    .all(|x| x.as_f64().is_some_and(f64::is_finite))
            );
        }
    }
    for k in [
        "competitiveness",
        "training_uptake",
        "obstacle_training_gap",
        "obstacle_youth_disinterest",
        "obstacle_tech_illiteracy",
        "obstacle_severity",
    ] {
        assert!(series.contains_key(k), "{k}");
    }
    let link = v["link"].as_str().expect("the run's link");
    assert!(decode_link(link).is_ok());
}

#[test]
fn run_prints_csv_one_row_per_metric_and_month() {
    let out = stdout(&canting(&[
        "run", "--runs", "2", "--years", "1", "--format", "csv",
    ]));
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("metric,month,mean,p10,p50,p90"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), Metric::ALL.len() * 13);
    for row in &rows {
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells.len(), 6, "{row}");
        assert!(Metric::from_key(cells[0]).is_some(), "{row}");
        assert!(cells[1].parse::<u32>().is_ok(), "{row}");
        for c in &cells[2..] {
            assert!(c.parse::<f64>().is_ok_and(f64::is_finite), "{row}");
        }
    }
}

#[test]
fn run_is_deterministic_and_the_seed_matters() {
    let a = stdout(&canting(&[
        "run", "--runs", "2", "--years", "1", "--format", "csv", "--seed", "5",
    ]));
    let b = stdout(&canting(&[
        "run", "--runs", "2", "--years", "1", "--format", "csv", "--seed", "5",
    ]));
    let c = stdout(&canting(&[
        "run", "--runs", "2", "--years", "1", "--format", "csv", "--seed", "6",
    ]));
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn scenario_prints_the_default_scenario_ready_to_edit() {
    let out = stdout(&canting(&["scenario"]));
    let spec: ScenarioSpec = serde_json::from_str(&out).expect("a scenario JSON");
    assert_eq!(spec, ScenarioSpec::default());
    let out = stdout(&canting(&["scenario", "--preset", "export_focus"]));
    let spec: ScenarioSpec = serde_json::from_str(&out).expect("a scenario JSON");
    assert_eq!(
        spec,
        ScenarioSpec::from_preset(canting_model::Preset::ExportFocus)
    );
}

#[test]
fn link_prints_the_token_and_run_takes_it_back_even_inside_a_url() {
    let mut spec = ScenarioSpec::from_preset(canting_model::Preset::YouthRegeneration);
    spec.runs = 2;
    spec.years = 1;
    spec.seed = 77;
    let json = serde_json::to_string_pretty(&spec).expect("serialises");
    let path = temp_file("youth.json", &json);
    let token = stdout(&canting(&["link", path.to_str().expect("utf-8 path")]))
        .trim()
        .to_string();
    assert_eq!(token, encode_link(&spec.validate().expect("valid")));
    let url = stdout(&canting(&[
        "link",
        path.to_str().expect("utf-8 path"),
        "--base",
        "https://example.org/canting/",
    ]));
    assert_eq!(
        url.trim(),
        format!("https://example.org/canting/#s={token}")
    );
    let from_file = stdout(&canting(&[
        "run",
        "--scenario",
        path.to_str().expect("utf-8 path"),
        "--format",
        "csv",
    ]));
    let from_token = stdout(&canting(&["run", "--link", &token, "--format", "csv"]));
    let from_url = stdout(&canting(&[
        "run",
        "--link",
        &format!("https://example.org/canting/#s={token}&lang=id"),
        "--format",
        "csv",
    ]));
    assert_eq!(from_file, from_token);
    assert_eq!(from_file, from_url);
    let from_stdin = stdout(&canting_stdin(&["link", "-"], &json));
    assert_eq!(from_stdin.trim(), token);
    let decoded = stdout(&canting(&["scenario", "--link", &token]));
    assert_eq!(
        serde_json::from_str::<ScenarioSpec>(&decoded).expect("JSON"),
        spec
    );
}

#[test]
fn params_prints_every_parameter_with_value_unit_and_source() {
    let out = stdout(&canting(&["params"]));
    for p in parameters() {
        assert!(out.contains(&format!("{} = ", p.key)), "{}", p.key);
    }
    assert!(out.contains("assumption: "));
    assert!(out.contains("FACTS: "));
    let json: Value = serde_json::from_str(&stdout(&canting(&[
        "params", "--format", "json", "--lang", "id",
    ])))
    .expect("JSON");
    let list = json.as_array().expect("a list");
    assert_eq!(list.len(), parameters().len());
    for p in list {
        let kind = p["source"].as_str().unwrap_or_default();
        assert!(
            ["facts", "evidence", "calibrated", "assumption"].contains(&kind),
            "{kind}"
        );
        assert!(p["low"].as_f64() <= p["high"].as_f64(), "{}", p["key"]);
    }
    assert!(out.contains("calibrated to: ") && out.contains("evidence: "));
    let md = stdout(&canting(&["params", "--format", "md"]));
    assert_eq!(md.lines().count(), parameters().len() + 2);
}

#[test]
fn help_presets_and_metrics_print() {
    assert!(stdout(&canting(&["help"])).contains("Usage: canting"));
    assert!(stdout(&canting(&[])).contains("Usage"));
    assert!(stdout(&canting(&["presets"])).contains("export_focus"));
    assert!(stdout(&canting(&["metrics", "--lang", "id"])).contains("Daya saing"));
    assert!(stdout(&canting(&["--version"])).contains("model version"));
}

#[test]
fn an_unreadable_file_exits_2_and_names_it() {
    assert_bad_input(
        &canting(&["run", "--scenario", "/no/such/file.json"]),
        &["/no/such/file.json"],
    );
    assert_bad_input(
        &canting(&["link", "/no/such/file.json"]),
        &["/no/such/file.json"],
    );
}

#[test]
fn bad_json_exits_2() {
    let path = temp_file("bad.json", "{ this is not json");
    assert_bad_input(
        &canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]),
        &["not a valid scenario JSON"],
    );
    let path = temp_file("typo.json", r#"{"envelope_juta": 5000, "budget": {}}"#);
    assert_bad_input(
        &canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]),
        &["unknown field"],
    );
}

#[test]
fn an_invalid_scenario_exits_2_naming_every_problem() {
    let path = temp_file(
        "invalid.json",
        r#"{"envelope_juta": 100, "years": 0, "runs": 2, "params": {"no_such_param": 1},
            "budgets_juta": {"flagship_exports": 2000000, "government_priority": 0, "networking": 0,
            "product_quality": 0, "finance_credibility": 0, "local_materials": 0, "technology_wisdom": 0}}"#,
    );
    let o = canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]);
    assert_bad_input(&o, &["budgets add up to", "1 to 10 years", "no_such_param"]);
    let o = canting(&[
        "run",
        "--scenario",
        path.to_str().expect("utf-8 path"),
        "--lang",
        "id",
    ]);
    assert_bad_input(&o, &["melebihi batas model", "jangka waktu"]);
}

#[test]
fn a_broken_token_exits_2() {
    let token = encode_link(&ScenarioSpec::default().validate().expect("valid"));
    assert_bad_input(
        &canting(&["run", "--link", &token[..token.len() - 3]]),
        &["link"],
    );
    assert_bad_input(&canting(&["run", "--link", "not*a*token"]), &["character"]);
    assert_bad_input(
        &canting(&["run", "--link", "https://example.org/canting/?lang=en"]),
        &["no scenario"],
    );
}

#[test]
fn bad_options_exit_2() {
    assert_bad_input(
        &canting(&["run", "--runs", "many"]),
        &["--runs must be a whole number"],
    );
    assert_bad_input(&canting(&["run", "--years", "20"]), &["1 to 10 years"]);
    assert_bad_input(&canting(&["run", "--format", "xml"]), &["--format"]);
    assert_bad_input(
        &canting(&["run", "--frobnicate", "1"]),
        &["unexpected argument '--frobnicate'"],
    );
    assert_bad_input(
        &canting(&["run", "--seed"]),
        &["a value is required for '--seed <N>'"],
    );
    assert_bad_input(&canting(&["run", "--preset", "nope"]), &["unknown preset"]);
    assert_bad_input(
        &canting(&["run", "--preset", "today", "--link", "x"]),
        &["at most one"],
    );
    assert_bad_input(&canting(&["fly"]), &["unrecognized subcommand 'fly'"]);
    assert_bad_input(
        &canting(&["link"]),
        &["required arguments were not provided", "<FILE.json>"],
    );
}

#[test]
fn docs_model_md_carries_the_current_parameter_table() {
    // The table in docs/MODEL.md is what `canting params --format md` prints; with
    // CANTING_BLESS=1 this test rewrites it instead of failing.
    let table = stdout(&canting(&["params", "--format", "md"]));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/MODEL.md");
    let doc = std::fs::read_to_string(path).expect("read docs/MODEL.md");
    let start_marker = "<!-- params:start";
    let end_marker = "<!-- params:end -->";
    let start = doc
        .find(start_marker)
        .expect("docs/MODEL.md has a params:start marker");
    let body_start = start + doc[start..].find('\n').expect("a line after the marker") + 1;
    let end = doc
        .find(end_marker)
        .expect("docs/MODEL.md has a params:end marker");
    if std::env::var_os("CANTING_BLESS").is_some() {
        let updated = format!("{}{}{}", &doc[..body_start], table, &doc[end..]);
        std::fs::write(path, updated).expect("write docs/MODEL.md");
        return;
    }
    assert_eq!(
        &doc[body_start..end],
        table,
        "docs/MODEL.md's parameter table is stale: rerun with CANTING_BLESS=1"
    );
}

#[test]
fn a_preset_baseline_takes_the_scenarios_parameters_so_only_the_allocation_differs() {
    // Regression: a preset baseline ran at the default parameters, so a scenario with its own
    // parameters and today's allocation showed a "difference" from today's allocation.
    let scenario = stdout(&canting(&["scenario", "--preset", "today"]));
    let mut spec: Value = serde_json::from_str(&scenario).expect("JSON");
    spec["params"] = json!({ "link_decay_rate": 0.25, "quit_rate_young": 0.2 });
    spec["runs"] = json!(2);
    spec["years"] = json!(1);
    let out = canting_stdin(
        &["run", "--scenario", "-", "--baseline-preset", "today"],
        &spec.to_string(),
    );
    let json: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let differences = json["difference"].as_object().expect("differences");
    assert!(!differences.is_empty());
    for (metric, d) in differences {
        for v in d["mean"].as_array().expect("mean") {
            assert!(
                v.as_f64().is_none_or(|x| x == 0.0),
                "{metric} differs from its own allocation: {v}"
            );
        }
    }
}

#[test]
fn run_with_a_baseline_prints_paired_differences_on_the_same_seeds() {
    let json: Value = serde_json::from_str(&stdout(&canting(&[
        "run",
        "--preset",
        "export_focus",
        "--baseline-preset",
        "today",
        "--runs",
        "4",
        "--years",
        "1",
    ])))
    .expect("JSON");
    let d = &json["difference"]["exports_usd_m"];
    let (mean, p10, p90) = (
        d["mean"][12].as_f64().expect("mean"),
        d["p10"][12].as_f64().expect("p10"),
        d["p90"][12].as_f64().expect("p90"),
    );
    assert!(p10 <= mean && mean <= p90);
    // Month 0 is shared: every run's difference there is zero.
    assert_eq!(d["mean"][0].as_f64(), Some(0.0));
    assert!(
        json["difference"]["competitiveness"]["verdict_at_horizon"]
            .as_str()
            .is_some()
    );
    // The scenario minus the baseline, per metric, equals the difference of the means.
    let level = json["series"]["exports_usd_m"]["mean"][12]
        .as_f64()
        .expect("level");
    let base = json["baseline"]["series"]["exports_usd_m"]["mean"][12]
        .as_f64()
        .expect("baseline");
    assert!((level - base - mean).abs() < 1e-9);
    let csv = stdout(&canting(&[
        "run",
        "--baseline-preset",
        "no_budget",
        "--runs",
        "2",
        "--years",
        "1",
        "--format",
        "csv",
    ]));
    assert!(csv.starts_with("metric,month,mean,p10,p50,p90,baseline_mean,diff_mean"));
    assert_bad_input(
        &canting(&["run", "--baseline-preset", "nope"]),
        &["unknown preset"],
    );
}

#[test]
fn runs_on_every_core_give_the_same_numbers_as_the_model_on_one() {
    let spec = ScenarioSpec {
        runs: 5,
        years: 1,
        ..ScenarioSpec::default()
    };
    let s = spec.validate().expect("valid");
    let summary = canting_model::run_ensemble(&s);
    let json: Value =
        serde_json::from_str(&stdout(&canting(&["run", "--runs", "5", "--years", "1"])))
            .expect("JSON");
    for &m in Metric::ALL {
        let got: Vec<f64> = json["series"][m.key()]["mean"]
            .as_array()
            .expect("means")
            .iter()
            .map(|v| v.as_f64().expect("number"))
            .collect();
        // JSON's decimal text parses back to within a rounding of the value.
        for (a, b) in got.iter().zip(&summary.bands(m).mean) {
            assert!(
                (a - b).abs() <= 1e-12 * b.abs().max(1.0),
                "{}: {a} vs {b}",
                m.key()
            );
        }
    }
}

#[test]
fn the_sensitivity_screening_runs_and_ranks_parameters() {
    // A smoke test: the full screening is a long analysis of its own.
    let json: Value = serde_json::from_str(&stdout(&canting(&[
        "sensitivity",
        "--trajectories",
        "1",
        "--runs",
        "1",
        "--years",
        "1",
        "--format",
        "json",
    ])))
    .expect("JSON");
    let outcomes = json["outcomes"].as_array().expect("outcomes");
    assert_eq!(outcomes.len(), canting_model::SCREENED_OUTCOMES.len());
    for o in outcomes {
        let effects = o["effects"].as_array().expect("effects");
        assert!(effects.len() > 100);
        let mu: Vec<f64> = effects
            .iter()
            .map(|e| e["mu_star"].as_f64().unwrap_or(-1.0))
            .collect();
        assert!(mu.windows(2).all(|w| w[0] >= w[1]), "ranked by mu*");
        assert_eq!(o["presets_best_first"].as_array().map(Vec::len), Some(6));
    }
    assert_bad_input(
        &canting(&["sensitivity", "--trajectories", "0"]),
        &["--trajectories must be 1 to 1000"],
    );
}

#[test]
fn random_splits_are_compared_with_todays_on_the_same_seeds() {
    let out = stdout(&canting(&[
        "splits", "--count", "3", "--runs", "8", "--years", "1", "--seed", "3",
    ]));
    assert!(out.starts_with("3 random splits of Rp 5000 juta against today's split (8 runs"));
    for m in Metric::HEADLINE {
        assert!(out.contains(&format!("  {:<28} ", m.key())), "{out}");
    }
    assert!(out.contains("the five best on competitiveness:"));
    // The same draws give the same splits.
    let again = stdout(&canting(&[
        "splits", "--count", "3", "--runs", "8", "--years", "1", "--seed", "3",
    ]));
    assert_eq!(out, again);
    assert_bad_input(
        &canting(&["splits", "--count", "0"]),
        &["--count must be 1 to 10000"],
    );
}

/// `/dev/full`, opened for writing: every write to it fails as on a full disk.
#[cfg(target_os = "linux")]
fn dev_full() -> std::fs::File {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full")
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_exits_1_naming_the_write_error_not_a_panic() {
    let full = dev_full();
    let o = Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(["run", "--runs", "1", "--years", "1"])
        .stdout(full)
        .output()
        .expect("the canting binary runs");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("cannot write the output"), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_error_still_exits_2_on_bad_input() {
    let full = dev_full();
    let o = Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(["run", "--runs", "many"])
        .stderr(full)
        .output()
        .expect("the canting binary runs");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_closed_pipe_ends_the_run_quietly_with_status_0() {
    // The scenario comes from standard input, so the reader of standard output is gone
    // before the runner writes anything: the write meets a closed pipe every time.
    let mut child = Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(["run", "--scenario", "-", "--format", "csv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the canting binary starts");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(br#"{"runs": 2, "years": 1}"#)
        .expect("write stdin");
    drop(stdin);
    let o = child.wait_with_output().expect("the canting binary runs");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

#[cfg(unix)]
fn canting_os(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(args)
        .output()
        .expect("the canting binary runs")
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_exits_2_naming_it_not_a_panic() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let os = |s: &str| OsStr::new(s).to_os_string();
    let bytes = |b: &[u8]| OsStr::from_bytes(b).to_os_string();
    let cases: [(Vec<std::ffi::OsString>, &[&str]); 6] = [
        (
            vec![os("run"), os("--scenario"), bytes(b"/no/such/\xff.json")],
            &["cannot read the scenario file \"/no/such/\\xff.json\""],
        ),
        (
            vec![os("run"), bytes(b"--scenario=/no/such/\xfe.json")],
            &["/no/such/\\xfe.json"],
        ),
        (
            vec![os("run"), os("--runs"), bytes(b"3\xff")],
            &["invalid UTF-8"],
        ),
        (
            vec![bytes(b"r\xffn")],
            &["unrecognized subcommand 'r\u{fffd}n'"],
        ),
        (
            vec![os("params"), bytes(b"--la\xffng=id")],
            &["unexpected argument '--la\u{fffd}ng'"],
        ),
        (
            vec![os("params"), bytes(b"\xc3")],
            &["unexpected argument '\u{fffd}'"],
        ),
    ];
    for (args, expected) in cases {
        let args: Vec<&OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        assert_bad_input(&canting_os(&args), expected);
    }
}

#[cfg(unix)]
#[test]
fn a_scenario_file_whose_name_is_not_utf8_is_read() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let path = temp_file("utf8-first.json", r#"{"runs": 2, "years": 1}"#);
    let odd = path.with_file_name(OsStr::from_bytes(b"not-utf8-\xff.json"));
    std::fs::rename(&path, &odd).expect("rename to a name that is not UTF-8");
    let expected = stdout(&canting(&[
        "run", "--runs", "2", "--years", "1", "--format", "csv",
    ]));
    let from_odd = stdout(&canting_os(&[
        OsStr::new("run"),
        OsStr::new("--scenario"),
        odd.as_os_str(),
        OsStr::new("--format"),
        OsStr::new("csv"),
    ]));
    assert_eq!(from_odd, expected);
    let mut inline = std::ffi::OsString::from("--scenario=");
    inline.push(&odd);
    let from_inline = stdout(&canting_os(&[
        OsStr::new("run"),
        &inline,
        OsStr::new("--format"),
        OsStr::new("csv"),
    ]));
    assert_eq!(from_inline, expected);
    let token = stdout(&canting_os(&[OsStr::new("link"), odd.as_os_str()]));
    assert!(decode_link(token.trim()).is_ok(), "{token}");
}

/// Characters that must never reach the terminal raw: controls that set the window title,
/// clear the screen or start a fake line, and bidirectional overrides and isolates.
const HOSTILE: [&str; 5] = [
    "\u{1b}]0;owned\u{7}",
    "\u{1b}[2J",
    "x\ncanting: all fine",
    "\u{202e}nosj.\u{2066}",
    "\u{9b}31m\u{7f}",
];

/// The control characters (but newlines) and bidirectional overrides and isolates in a text.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Every line of stderr is one of the runner's own (`canting: …`), and nothing in it is a
/// control or bidirectional character.
fn assert_escaped(err: &str) {
    for line in err.lines() {
        assert!(line.starts_with("canting: "), "a line of its own: {err:?}");
    }
    let raw = raw_controls(err);
    assert!(raw.is_empty(), "raw {raw:?} in {err:?}");
}

#[test]
fn parameter_keys_from_a_file_or_a_link_are_escaped_in_messages() {
    let mut spec = ScenarioSpec {
        runs: 2,
        years: 1,
        ..ScenarioSpec::default()
    };
    for (i, h) in HOSTILE.iter().enumerate() {
        spec.params.insert(format!("key{i}{h}"), 1.0);
    }
    let json = serde_json::to_string(&spec).expect("serialises");
    let path = temp_file("hostile-keys.json", &json);
    let from_file = canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]);
    let token = canting_model::encode_spec(&spec, canting_model::MODEL_VERSION);
    let from_link = canting(&["run", "--link", &token, "--lang", "id"]);
    for o in [&from_file, &from_link] {
        assert_bad_input(
            o,
            &[
                "key0\\u{1b}]0;owned\\u{7}\"",
                "key1\\u{1b}[2J\"",
                "key2x\\ncanting: all fine\"",
                "key3\\u{202e}nosj.\\u{2066}\"",
                "key4\\u{9b}31m\\u{7f}\"",
            ],
        );
        let err = stderr(o);
        assert_escaped(&err);
        assert_eq!(err.lines().count(), HOSTILE.len(), "one line a key: {err}");
    }
}

#[test]
fn arguments_and_json_fields_are_escaped_in_messages() {
    for h in HOSTILE {
        let key = serde_json::to_string(h).expect("a JSON string");
        let path = temp_file("hostile-field.json", &format!("{{{key}: 1}}"));
        let field = canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]);
        assert_bad_input(&field, &["unknown field"]);
        let cases = [
            canting(&["run", "--preset", h]),
            canting(&["run", "--runs", h, "--lang", h]),
            canting(&["run", &format!("--{h}"), "1"]),
            canting(&["params", h]),
            canting(&[h]),
            canting(&["run", "--link", &format!("abc{h}")]),
            canting(&["run", "--scenario", &format!("/no/such/{h}")]),
            field,
        ];
        for o in &cases {
            assert_bad_input(o, &[]);
            assert_escaped(&stderr(o));
        }
    }
}

#[test]
fn a_link_with_hostile_keys_prints_as_json_with_them_escaped() {
    let mut spec = ScenarioSpec::default();
    for h in HOSTILE {
        spec.params.insert(h.to_string(), 2.5);
    }
    let token = canting_model::encode_spec(&spec, canting_model::MODEL_VERSION);
    let out = stdout(&canting(&["scenario", "--link", &token]));
    let raw = raw_controls(&out);
    assert!(raw.is_empty(), "raw {raw:?} in {out:?}");
    let back: ScenarioSpec = serde_json::from_str(&out).expect("still JSON");
    assert_eq!(back, spec);
}

#[test]
fn a_base_with_control_characters_or_spaces_is_refused() {
    let path = temp_file("base.json", r#"{"runs": 2, "years": 1}"#);
    let path = path.to_str().expect("utf-8 path");
    for base in [
        "https://example.org/\u{1b}]0;owned\u{7}",
        "https://example.org/\u{202e}",
        "https://example.org/ canting/",
    ] {
        let o = canting(&["link", path, "--base", base]);
        assert_bad_input(&o, &["--base must be a web address"]);
        assert_escaped(&stderr(&o));
    }
}

/// Runs the binary, failing the test (and ending the process) if it has not finished within a
/// minute: the faults these tests guard against made it run forever.
fn canting_bounded(args: &[&str], stdin: Stdio) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the canting binary starts");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output()));
    match rx.recv_timeout(std::time::Duration::from_secs(60)) {
        Ok(o) => o.expect("the canting binary runs"),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            panic!("canting {args:?} still running after a minute");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_scenario_file_that_never_ends_is_refused_after_64_mib() {
    for endless in ["/dev/urandom", "/dev/zero"] {
        let o = canting_bounded(&["run", "--scenario", endless], Stdio::null());
        assert_bad_input(&o, &[endless, "longer than 64 MiB"]);
    }
}

#[test]
fn standard_input_that_never_ends_is_refused_after_64_mib() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canting"))
        .args(["link", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the canting binary starts");
    let mut stdin = child.stdin.take().expect("stdin");
    // Spaces are valid JSON whitespace: only the length can stop the reader. The writer stops
    // when the runner closes the pipe, or after 256 MiB if it never does.
    let writer = std::thread::spawn(move || {
        let block = vec![b' '; 1 << 20];
        for _ in 0..256 {
            if stdin.write_all(&block).is_err() {
                return;
            }
        }
    });
    let o = child.wait_with_output().expect("the canting binary runs");
    writer.join().expect("the writer ends");
    assert_bad_input(&o, &["standard input is longer than 64 MiB"]);
}

#[test]
fn a_scenario_file_of_exactly_64_mib_is_read() {
    let mut json = br#"{"runs": 2, "years": 1}"#.to_vec();
    json.resize(64 * 1024 * 1024, b' ');
    let o = canting_stdin(&["link", "-"], std::str::from_utf8(&json).expect("ASCII"));
    assert!(decode_link(stdout(&o).trim()).is_ok());
}

#[test]
fn json_that_starts_with_a_byte_order_mark_is_read() {
    let json = "\u{feff}{\"runs\": 2, \"years\": 1, \"seed\": 9}";
    let path = temp_file("bom.json", json);
    let from_file = stdout(&canting(&[
        "run",
        "--scenario",
        path.to_str().expect("utf-8 path"),
        "--format",
        "csv",
    ]));
    let plain = stdout(&canting(&[
        "run", "--runs", "2", "--years", "1", "--seed", "9", "--format", "csv",
    ]));
    assert_eq!(from_file, plain);
    let from_stdin = stdout(&canting_stdin(&["link", "-"], json));
    assert!(decode_link(from_stdin.trim()).is_ok());
}

#[test]
fn a_scenario_file_that_is_not_utf8_exits_2_saying_so() {
    let path = temp_file("latin1.json", "");
    // An "é" in Latin-1 after twelve bytes of JSON: byte 13 is not UTF-8.
    std::fs::write(&path, b"{\"runs\": 2} \xe9").expect("write");
    assert_bad_input(
        &canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]),
        &["latin1.json\" is not UTF-8 text (byte 13"],
    );
}

#[test]
fn every_value_problem_is_named_at_once() {
    // clap refuses a malformed command line (an unknown option, a missing value) first; once
    // it parses, every value's problem is named in one go.
    let cases: [(&[&str], &[&str]); 6] = [
        (
            &["run", "--runs", "many", "--preset", "nope", "--lang", "xx"],
            &[
                "--runs must be a whole number",
                "unknown preset \"nope\"",
                "--lang must be id or en",
            ],
        ),
        (
            &["params", "--format", "xml", "--lang", "xx"],
            &[
                "--format must be text, json or md",
                "--lang must be id or en",
            ],
        ),
        (
            &["splits", "--count", "0", "--runs", "x"],
            &[
                "--count must be 1 to 10000",
                "--runs must be a whole number",
            ],
        ),
        (
            &["sensitivity", "--trajectories", "0", "--years", "99"],
            &[
                "--trajectories must be 1 to 1000",
                "--years must be 1 to 10",
            ],
        ),
        (
            &["scenario", "--preset", "nope", "--link", "x"],
            &["at most one"],
        ),
        (&["presets", "--lang", "xx"], &["--lang must be id or en"]),
    ];
    for (args, expected) in cases {
        assert_bad_input(&canting(args), expected);
    }
    assert_bad_input(
        &canting(&["run", "--frobnicate=1", "--runs", "many"]),
        &[
            "unexpected argument '--frobnicate'",
            "tip: a similar argument exists: '--format'",
        ],
    );
}

#[test]
fn a_link_pasted_with_the_punctuation_around_it_is_read() {
    let mut spec = ScenarioSpec::from_preset(canting_model::Preset::ExportFocus);
    spec.seed = 31;
    let token = encode_link(&spec.validate().expect("valid"));
    let expected = stdout(&canting(&["scenario", "--link", &token]));
    let url = format!("https://example.org/canting/#s={token}&l=en");
    for pasted in [
        format!("{token}."),
        format!("\"{token}\","),
        format!("({token})"),
        format!("'{token}'."),
        format!("“{token}”"),
        format!("{token}..."),
        format!("  {token}!\n"),
        format!("<{url}>."),
        format!("({url});"),
        format!("\"{url}\""),
        format!("https://example.org/canting/?l=id#m=free&s={token}&b={token}),"),
    ] {
        let got = stdout(&canting(&["scenario", "--link", &pasted]));
        assert_eq!(got, expected, "{pasted:?}");
    }
    // Punctuation inside a token is still refused: it is no longer a paste of this link.
    let (head, tail) = token.split_at(10);
    assert_bad_input(
        &canting(&["scenario", "--link", &format!("{head}.{tail}")]),
        &["character"],
    );
    assert_bad_input(&canting(&["run", "--link", "\"...\""]), &["empty"]);
}

#[test]
fn a_link_broken_by_a_newline_is_refused_on_one_line() {
    let token = encode_link(&ScenarioSpec::default().validate().expect("valid"));
    let (head, tail) = token.split_at(20);
    let o = canting(&["run", "--link", &format!("{head}\n{tail}")]);
    assert_bad_input(&o, &["('\\n' at position 21)"]);
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}

#[test]
fn a_bad_link_is_explained_in_the_language_asked_for() {
    assert_bad_input(
        &canting(&["run", "--link", "not*a*token", "--lang", "id"]),
        &["tautan memuat karakter yang tidak semestinya"],
    );
}

#[test]
fn the_scenario_and_the_baseline_cannot_both_come_from_standard_input() {
    let o = canting_stdin(
        &["run", "--scenario", "-", "--baseline", "-"],
        r#"{"runs": 2, "years": 1}"#,
    );
    assert_bad_input(&o, &["cannot both be - (standard input"]);
}

/// `canting` under a process limit that lets it start no thread at all (Linux's RLIMIT_NPROC
/// of 1, through util-linux's `prlimit`). Root is exempt from that limit, so as root the
/// runner runs as `nobody` (through `setpriv`), from a copy that `nobody` may run wherever the
/// build directory is.
#[cfg(target_os = "linux")]
fn canting_without_threads(args: &[&str]) -> Output {
    use std::os::unix::fs::PermissionsExt;
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let root = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().next())
        == Some("0");
    let mut binary = std::path::PathBuf::from(env!("CARGO_BIN_EXE_canting"));
    let mut cmd = if root {
        // One copy per call: tests run in parallel threads of one process, and writing a
        // binary that another test is running fails ("text file busy").
        static CALLS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("canting-nobody-{}-{call}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let copy = dir.join("canting");
        std::fs::copy(&binary, &copy).expect("copy the binary");
        std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        binary = copy;
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        c.arg("prlimit");
        c
    } else {
        Command::new("prlimit")
    };
    cmd.args(["--nproc=1", "--"])
        .arg(&binary)
        .args(args)
        .output()
        .expect("prlimit (and, as root, setpriv) run")
}

#[cfg(target_os = "linux")]
#[test]
fn runs_finish_on_the_main_thread_when_no_other_thread_can_start() {
    for args in [
        &["run", "--runs", "3", "--years", "1", "--format", "csv"][..],
        &["splits", "--count", "2", "--runs", "8", "--years", "1"][..],
    ] {
        let limited = canting_without_threads(args);
        assert_eq!(stderr(&limited), "", "{args:?}");
        assert_eq!(stdout(&limited), stdout(&canting(args)), "{args:?}");
    }
}

#[test]
fn a_number_too_large_or_negative_is_called_that() {
    assert_bad_input(
        &canting(&[
            "run",
            "--runs",
            "5000000000",
            "--seed",
            "99999999999999999999",
            "--years",
            "-2",
        ]),
        &[
            "--runs is too large: \"5000000000\"",
            "--seed is too large",
            "--years cannot be negative: \"-2\"",
        ],
    );
    assert_bad_input(
        &canting(&["splits", "--count", "-1"]),
        &["--count cannot be negative"],
    );
}

#[test]
fn a_huge_key_is_quoted_cut_short() {
    let json = format!(r#"{{"params": {{"{}": 1}}}}"#, "k".repeat(100_000));
    let path = temp_file("huge-key.json", &json);
    let o = canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]);
    assert_bad_input(
        &o,
        &[
            "there is no model parameter called \"kkk",
            "more characters)",
        ],
    );
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.len() < 1200, "{} bytes", err.len());
}

#[test]
fn a_scenario_saved_as_utf16_is_read() {
    let json = "{\"runs\": 2, \"years\": 1, \"seed\": 4, \"params\": {\"n_artisans\": 9000}}";
    let expected = stdout(&canting_stdin(&["link", "-"], json));
    let mut le = vec![0xff, 0xfe];
    let mut be = vec![0xfe, 0xff];
    for unit in json.encode_utf16() {
        le.extend(unit.to_le_bytes());
        be.extend(unit.to_be_bytes());
    }
    for (name, bytes) in [("utf16le.json", &le), ("utf16be.json", &be)] {
        let path = temp_file(name, "");
        std::fs::write(&path, bytes).expect("write");
        let token = stdout(&canting(&["link", path.to_str().expect("utf-8 path")]));
        assert_eq!(token, expected, "{name}");
    }
    let path = temp_file("utf16-odd.json", "");
    std::fs::write(&path, &le[..le.len() - 1]).expect("write");
    assert_bad_input(
        &canting(&["link", path.to_str().expect("utf-8 path")]),
        &["starts as UTF-16 text but is not valid UTF-16"],
    );
}

#[test]
fn help_after_a_command_prints_the_usage() {
    for args in [
        &["run", "--help"][..],
        &["splits", "-h"],
        &["link", "--help"],
    ] {
        assert!(stdout(&canting(args)).contains("Usage:"), "{args:?}");
    }
}

#[test]
fn an_option_without_its_value_does_not_swallow_the_next_option() {
    let o = canting(&["run", "--seed", "--runs", "3", "--scenario"]);
    // clap names the first option without its value, and does not take --runs for it.
    assert_bad_input(&o, &["a value is required for '--seed <N>'"]);
    assert!(!stderr(&o).contains("--runs"), "{}", stderr(&o));
    // A value that starts with -- can still be given inline; - is standard input.
    assert_bad_input(
        &canting(&["run", "--scenario=--no-such.json"]),
        &["cannot read the scenario file \"--no-such.json\""],
    );
    let o = canting_stdin(&["link", "-"], r#"{"runs": 2}"#);
    assert!(decode_link(stdout(&o).trim()).is_ok());
}

#[test]
fn an_empty_scenario_is_called_empty() {
    assert_bad_input(
        &canting_stdin(&["run", "--scenario", "-"], ""),
        &["standard input is empty"],
    );
    let path = temp_file("empty.json", "\u{feff} \n");
    assert_bad_input(
        &canting(&["link", path.to_str().expect("utf-8 path")]),
        &["empty.json\" is empty"],
    );
}

#[test]
fn a_link_given_as_a_file_or_a_file_as_a_link_is_named_for_what_it_is() {
    let path = temp_file("meant.json", r#"{"runs": 2}"#);
    let path = path.to_str().expect("utf-8 path");
    assert_bad_input(
        &canting(&["run", "--link", path]),
        &["that is a file: give it with --scenario"],
    );
    let token = encode_link(&ScenarioSpec::default().validate().expect("valid"));
    assert_bad_input(
        &canting(&[
            "run",
            "--scenario",
            &format!("https://example.org/#s={token}"),
        ]),
        &["that is a link: give it with --link"],
    );
    let o = canting(&["run", "--scenario", "/no/such/file.json"]);
    assert_bad_input(&o, &["/no/such/file.json"]);
    assert!(!stderr(&o).contains("that is a link"), "{}", stderr(&o));
}

#[test]
fn an_invisible_character_in_a_key_is_shown() {
    let path = temp_file(
        "invisible.json",
        r#"{"params": {"n_artisans\u200b": 9000, "\ufeffn_businesses": 50}}"#,
    );
    assert_bad_input(
        &canting(&["run", "--scenario", path.to_str().expect("utf-8 path")]),
        &["\"n_artisans\\u{200b}\"", "\"\\u{feff}n_businesses\""],
    );
}

/// A small city that everyone leaves within a year and nobody enters.
const EMPTYING_CITY: &str = r#"{"runs": 2, "years": 2, "params": {
    "n_artisans": 300, "n_businesses": 50, "youth_entry_prob": 0, "adult_entry_prob": 0,
    "exit_rate_under_55": 1, "exit_rate_55_65": 1, "exit_rate_65_75": 1, "exit_rate_over_75": 1}}"#;

#[test]
fn a_month_with_no_artisans_has_no_unit_cost_null_in_json_and_empty_in_csv() {
    // Regression: an empty city's unit cost and wage ratio were 0, which reads as free.
    let path = temp_file("emptying.json", EMPTYING_CITY);
    let path = path.to_str().expect("a UTF-8 temporary path");
    let json: Value =
        serde_json::from_str(&stdout(&canting(&["run", "--scenario", path]))).expect("JSON");
    let cost = &json["series"]["unit_cost"]["mean"];
    let last = cost.as_array().expect("a series").len() - 1;
    assert_eq!(
        json["series"]["employment"]["mean"][last].as_f64(),
        Some(0.0)
    );
    assert!(
        cost[last].is_null(),
        "unit cost of an empty city: {}",
        cost[last]
    );
    assert!(json["series"]["wage_ratio"]["mean"][last].is_null());
    assert!(cost[0].as_f64().is_some_and(|c| c > 0.0));

    let csv = stdout(&canting(&["run", "--scenario", path, "--format", "csv"]));
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("unit_cost,{last},")))
        .expect("the last month's unit cost row");
    assert_eq!(
        row,
        format!("unit_cost,{last},,,,"),
        "no value is an empty cell"
    );
    assert!(!csv.contains("NaN"), "NaN written out");
}

/// Every line of a JSON Lines output, parsed.
fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("a JSON line: {e}: {l}")))
        .collect()
}

/// A CSV output's header and rows, each row with as many cells as the header.
fn csv_rows(out: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = out.lines();
    let header: Vec<String> = lines
        .next()
        .expect("a header")
        .split(',')
        .map(String::from)
        .collect();
    let rows: Vec<Vec<String>> = lines
        .map(|l| l.split(',').map(String::from).collect::<Vec<_>>())
        .collect();
    for r in &rows {
        assert_eq!(r.len(), header.len(), "{r:?}");
    }
    (header, rows)
}

#[test]
fn marginal_prints_the_paired_change_of_100_juta_more_and_less_per_strategy() {
    let out = stdout(&canting(&[
        "marginal", "--runs", "8", "--years", "1", "--lang", "id",
    ]));
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["step_juta"], 100);
    assert_eq!(v["base"]["competitiveness"]["label"], "Daya saing");
    let rows = v["strategies"].as_array().expect("strategies");
    assert_eq!(rows.len(), 7);
    for r in rows {
        assert_eq!(r["more_juta"], 100);
        assert!(r["less_juta"].as_u64().is_some_and(|l| l <= 100));
        for side in ["more", "less"] {
            for m in Metric::HEADLINE {
                let c = &r[side][m.key()];
                let (mean, p10, p90) = (c["mean"].as_f64(), c["p10"].as_f64(), c["p90"].as_f64());
                let (mean, p10, p90) = (mean.expect("mean"), p10.expect("p10"), p90.expect("p90"));
                assert!(p10 <= mean + 1e-9 && mean <= p90 + 1e-9, "{r}");
                assert!(c["verdict"].as_str().is_some() && c["verdict_label"].as_str().is_some());
            }
        }
    }
    // Technology's own target: more money, fewer artisans ill at ease with technology.
    let tech = &rows[6];
    assert_eq!(tech["strategy"], "technology_wisdom");
    assert!(tech["more"]["obstacle_tech_illiteracy"]["mean"].as_f64() < Some(0.0));
    let csv = stdout(&canting(&[
        "marginal", "--runs", "8", "--years", "1", "--format", "csv", "--step", "250",
    ]));
    let (header, rows) = csv_rows(&csv);
    assert_eq!(
        header.join(","),
        "strategy,budget_juta,change_juta,metric,mean,p10,p90,share_better,verdict"
    );
    assert_eq!(rows.len(), 7 * 2 * Metric::HEADLINE.len());
    assert!(rows.iter().any(|r| r[2] == "250") && rows.iter().any(|r| r[2] == "-250"));
    assert_bad_input(
        &canting(&["marginal", "--step", "0", "--runs", "x"]),
        &["--step must be 1 to", "--runs must be a whole number"],
    );
}

#[test]
fn sweep_runs_a_budget_or_a_parameter_over_a_range_one_json_line_per_point() {
    let lines = json_lines(&stdout(&canting(&[
        "sweep",
        "--budget",
        "networking",
        "--values",
        "0,400,1000",
        "--runs",
        "3",
        "--years",
        "1",
    ])));
    assert_eq!(lines.len(), 3);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["row"], i + 1);
        assert_eq!(l["axis"], "budget:networking");
        let link = l["link"].as_str().expect("link");
        let spec = decode_link(link).expect("a link").spec;
        assert_eq!(
            spec.budgets_juta.networking as f64,
            l["value"].as_f64().expect("value")
        );
        assert!(l["outcomes"]["competitiveness"]["mean"].as_f64().is_some());
    }
    // Today's networking budget is the base: no change in any run.
    let today = ScenarioSpec::default().budgets_juta.networking.to_string();
    let same = json_lines(&stdout(&canting(&[
        "sweep",
        "--budget",
        "networking",
        "--values",
        &today,
        "--runs",
        "3",
        "--years",
        "1",
    ])));
    assert_eq!(
        same[0]["change"]["training_uptake"]["mean"].as_f64(),
        Some(0.0)
    );
    let params = json_lines(&stdout(&canting(&[
        "sweep",
        "--param",
        "youth_entry_prob",
        "--range",
        "0.1:0.2:0.05",
        "--runs",
        "2",
        "--years",
        "1",
    ])));
    assert_eq!(params.len(), 3);
    assert_eq!(params[2]["value"].as_f64(), Some(0.2));
    assert_bad_input(
        &canting(&[
            "sweep",
            "--param",
            "youth_entry_prob",
            "--values",
            "0.1,5,-1",
        ]),
        &["youth_entry_prob", "not 5", "not -1"],
    );
    assert_bad_input(
        &canting(&[
            "sweep", "--budget", "nope", "--range", "5:1:1", "--shard", "3/2",
        ]),
        &[
            "unknown strategy \"nope\"",
            "--range needs a step above 0",
            "--shard must be K/N",
        ],
    );
    assert_bad_input(&canting(&["sweep"]), &["needs one of --budget"]);
}

#[test]
fn sharded_sweeps_concatenate_to_the_unsharded_output() {
    let sweep = [
        "sweep",
        "--budget",
        "product_quality",
        "--range",
        "0:2000:500",
    ];
    let small = ["--runs", "2", "--years", "1"];
    let mut design = String::from("# a design: one scenario a line\n\n");
    for (i, preset) in ["today", "export_focus", "no_budget", "youth_regeneration"]
        .iter()
        .enumerate()
    {
        let mut spec =
            ScenarioSpec::from_preset(canting_model::Preset::from_key(preset).expect("preset"));
        spec.seed = 10 + i as u64;
        if i % 2 == 0 {
            design.push_str(&serde_json::to_string(&spec).expect("JSON"));
        } else {
            design.push_str(&encode_link(&spec.validate().expect("valid")));
        }
        design.push('\n');
    }
    let path = temp_file("design.txt", &design);
    let path = path.to_str().expect("utf-8 path");
    let by_design = ["sweep", "--design", path, "--baseline-preset", "today"];
    for base in [&sweep[..], &by_design[..]] {
        for format in ["csv", "json"] {
            let args = |shard: Option<&'static str>| {
                let mut a: Vec<&str> = base.iter().chain(&small).copied().collect();
                a.extend(["--format", format]);
                if let Some(s) = shard {
                    a.extend(["--shard", s]);
                }
                a
            };
            let whole = stdout(&canting(&args(None)));
            let joined: String = ["1/3", "2/3", "3/3"]
                .iter()
                .map(|s| stdout(&canting(&args(Some(s)))))
                .collect();
            assert_eq!(joined, whole, "{base:?} {format}");
            let rows = if format == "csv" {
                csv_rows(&whole).1.len() / Metric::ALL.len()
            } else {
                json_lines(&whole).len()
            };
            assert_eq!(rows, if base == &sweep[..] { 5 } else { 4 });
        }
    }
    // A design row keeps its own seed, and is paired with the baseline on it.
    let lines = json_lines(&stdout(&canting(&[
        "sweep",
        "--design",
        path,
        "--baseline-preset",
        "today",
        "--runs",
        "2",
        "--years",
        "1",
    ])));
    assert_eq!(lines[1]["seed"], 11);
    assert_eq!(lines[1]["line"], 4);
    assert_eq!(
        lines[0]["change"]["competitiveness"]["mean"].as_f64(),
        Some(0.0)
    );
}

#[test]
fn a_bad_design_file_names_every_bad_line() {
    let path = temp_file(
        "bad-design.txt",
        "{\"runs\": 2, \"years\": 1}\n{\"years\": 40}\nnot*a*link\n{\"runs\": 999, \"frob\": 1}\n",
    );
    let path = path.to_str().expect("utf-8 path");
    assert_bad_input(
        &canting(&["sweep", "--design", path]),
        &[
            "line 2 of the design file",
            "1 to 10 years",
            "line 3 of",
            "line 4 of",
            "frob",
        ],
    );
    let empty = temp_file("empty-design.txt", "# nothing\n\n");
    assert_bad_input(
        &canting(&["sweep", "--design", empty.to_str().expect("utf-8 path")]),
        &["has no scenario"],
    );
    assert_bad_input(
        &canting(&[
            "sweep", "--design", path, "--preset", "today", "--values", "1",
        ]),
        &[
            "--preset does not go with --design",
            "--values goes with --budget",
        ],
    );
}

#[test]
fn compare_pairs_each_scenario_file_with_the_baseline_on_its_seeds() {
    let write = |name: &str, preset: canting_model::Preset, years: u32| {
        let spec = ScenarioSpec {
            years,
            ..ScenarioSpec::from_preset(preset)
        };
        temp_file(name, &serde_json::to_string_pretty(&spec).expect("JSON"))
    };
    let a = write("cmp-export.json", canting_model::Preset::ExportFocus, 2);
    let b = write(
        "cmp-youth.json",
        canting_model::Preset::YouthRegeneration,
        1,
    );
    let (a, b) = (a.to_str().expect("utf-8"), b.to_str().expect("utf-8"));
    let o = canting(&[
        "compare",
        a,
        b,
        "--baseline-preset",
        "today",
        "--runs",
        "4",
        "--years",
        "1",
    ]);
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    // The two-year file is compared at the baseline's one year, and told so.
    assert!(
        stderr(&o).contains("compared on the baseline's seed 2014, 4 runs and 1 year"),
        "{}",
        stderr(&o)
    );
    assert_eq!(v["years"], 1);
    let list = v["scenarios"].as_array().expect("scenarios");
    assert_eq!(list.len(), 2);
    let base_level = v["baseline"]["outcomes"]["exports_usd_m"]["mean"]
        .as_f64()
        .expect("level");
    for s in list {
        let level = s["outcomes"]["exports_usd_m"]["mean"]
            .as_f64()
            .expect("level");
        let diff = s["change"]["exports_usd_m"]["mean"].as_f64().expect("diff");
        assert!((level - base_level - diff).abs() < 1e-9);
        assert_eq!(
            decode_link(s["link"].as_str().expect("link"))
                .expect("link")
                .spec
                .years,
            1
        );
    }
    let csv = stdout(&canting(&[
        "compare", a, b, "--runs", "2", "--years", "1", "--format", "csv",
    ]));
    let (header, rows) = csv_rows(&csv);
    assert_eq!(header[0], "scenario");
    assert_eq!(rows.len(), 2 * Metric::ALL.len());
    assert_bad_input(
        &canting(&["compare"]),
        &["required arguments were not provided", "<FILE.json>..."],
    );
    assert_bad_input(
        &canting(&[
            "compare",
            "/nonexistent/x.json",
            "--baseline-preset",
            "nope",
        ]),
        &[
            "cannot read the scenario file \"/nonexistent/x.json\"",
            "unknown preset \"nope\"",
        ],
    );
    assert_bad_input(
        &canting(&["compare", "-", "-"]),
        &["only one scenario can come from standard input"],
    );
}

#[test]
fn optimize_suggests_a_split_within_the_envelope_floors_and_ceilings() {
    let args = [
        "optimize",
        "--runs",
        "4",
        "--years",
        "1",
        "--search-runs",
        "2",
        "--objective",
        "training_uptake=1,obstacle_severity=0.5",
        "--envelope",
        "4000",
        "--floor",
        "local_materials=300,flagship_exports=250",
        "--ceiling",
        "networking=900",
    ];
    let o = canting(&args);
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert!(stderr(&o).contains("optimising:"), "progress is shown");
    let budgets = &v["suggestion"]["budgets_juta"];
    let total: u64 = budgets
        .as_object()
        .expect("budgets")
        .values()
        .map(|b| b.as_u64().expect("juta"))
        .sum();
    assert_eq!(total, 4000);
    assert!(budgets["local_materials"].as_u64() >= Some(300));
    assert!(budgets["flagship_exports"].as_u64() >= Some(250));
    assert!(budgets["networking"].as_u64() <= Some(900));
    assert_eq!(
        v["current_keeps_the_constraints"], false,
        "today's split spends 5,000"
    );
    let share = v["share_of_runs_suggestion_beats_current"]
        .as_f64()
        .expect("share");
    assert!((0.0..=1.0).contains(&share));
    assert!(v["suggestion"]["objective"].as_f64().is_some());
    assert!(v["runners_up"].as_array().is_some_and(|r| !r.is_empty()));
    let link = v["suggestion"]["link"].as_str().expect("a link");
    assert_eq!(
        decode_link(link).expect("link").spec.budgets_juta.total(),
        4000
    );
    let csv = stdout(&canting(&[&args[..], &["--format", "csv"]].concat()));
    let (header, rows) = csv_rows(&csv);
    assert_eq!(header[0], "split");
    assert_eq!(rows[0][0], "suggestion");
    assert_eq!(rows[1][0], "current");
    let strategies = 8..15;
    let sum: u64 = rows[0][strategies]
        .iter()
        .map(|c| c.parse::<u64>().expect("juta"))
        .sum();
    assert_eq!(sum, 4000);
}

#[test]
fn optimize_refuses_impossible_constraints_naming_every_problem() {
    assert_bad_input(
        &canting(&[
            "optimize",
            "--floor",
            "product_quality=9000,nope=1",
            "--objective",
            "foo,competitiveness=x",
            "--search-runs",
            "0",
        ]),
        &[
            "unknown strategy \"nope\"",
            "unknown outcome \"foo\"",
            "the weight of competitiveness must be a number",
            "--search-runs must be 1 or more",
            "the floor of product_quality (Rp 9,000 million) is above its ceiling (Rp 5,000 million)",
        ],
    );
    assert_bad_input(
        &canting(&[
            "optimize",
            "--floor",
            "product_quality=4000,networking=4000",
            "--lang",
            "id",
        ]),
        &["batas bawah berjumlah Rp 8.000 juta"],
    );
    assert_bad_input(
        &canting(&["optimize", "--objective", "training_offered"]),
        &["neither better nor worse"],
    );
}

#[test]
fn the_usage_names_the_planning_commands() {
    let usage = stdout(&canting(&["help"]));
    for command in ["marginal", "sweep", "compare", "optimize"] {
        let listed = usage.lines().any(|l| l.trim_start().starts_with(command));
        assert!(listed, "{command} in {usage}");
    }
    assert!(stdout(&canting(&["sweep", "--help"])).contains("--shard <K/N>"));
}

#[test]
fn the_marginal_table_on_every_core_is_the_models_on_one() {
    use canting_model::planning::{in_order, marginal, no_progress};
    let spec = ScenarioSpec {
        runs: 4,
        years: 1,
        ..ScenarioSpec::default()
    };
    let table = marginal(
        &spec.validate().expect("valid"),
        100,
        &Metric::HEADLINE,
        &mut in_order,
        &mut no_progress,
    )
    .expect("the table");
    let json: Value = serde_json::from_str(&stdout(&canting(&[
        "marginal", "--runs", "4", "--years", "1",
    ])))
    .expect("JSON");
    for (row, got) in table
        .rows
        .iter()
        .zip(json["strategies"].as_array().expect("rows"))
    {
        for c in &row.more {
            let value = got["more"][c.metric.key()]["mean"].as_f64().expect("mean");
            assert!(
                (value - c.mean).abs() <= 1e-12 * c.mean.abs().max(1.0),
                "{value} vs {}",
                c.mean
            );
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn planning_commands_finish_on_the_main_thread_when_no_other_thread_can_start() {
    for args in [
        &["marginal", "--runs", "2", "--years", "1", "--format", "csv"][..],
        &[
            "sweep",
            "--budget",
            "networking",
            "--values",
            "0,100",
            "--runs",
            "2",
            "--years",
            "1",
        ][..],
    ] {
        let limited = canting_without_threads(args);
        assert_eq!(stderr(&limited), "", "{args:?}");
        assert_eq!(stdout(&limited), stdout(&canting(args)), "{args:?}");
    }
}
