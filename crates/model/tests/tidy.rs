//! Tidy checks (native only: they read the crate's files). The model crate names no web
//! crate in its manifest, and every Rust file in it opens with a `//!` header.
#![cfg(not(target_arch = "wasm32"))]

use canting_model::{Metric, Preset, ScenarioSpec, Strategy, run_comparison};
use std::path::{Path, PathBuf};

const CRATE: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_model_crate_has_no_web_dependency() {
    let manifest =
        std::fs::read_to_string(Path::new(CRATE).join("Cargo.toml")).expect("read Cargo.toml");
    for forbidden in [
        "yew",
        "web-sys",
        "web_sys",
        "wasm-bindgen",
        "wasm_bindgen",
        "gloo",
        "js-sys",
        "js_sys",
        "plotters",
    ] {
        for line in manifest.lines() {
            let line = line.trim();
            // The wasm test runner is a dev-dependency for wasm32 tests only.
            if line.starts_with('#') || line.starts_with("wasm-bindgen-test") {
                continue;
            }
            assert!(
                !line.starts_with(forbidden),
                "crates/model/Cargo.toml names {forbidden}: the model must know nothing of the browser ({line})"
            );
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_rust_file_opens_with_a_doc_header() {
    let mut files = Vec::new();
    for sub in ["src", "tests", "benches", "examples"] {
        rust_files(&Path::new(CRATE).join(sub), &mut files);
    }
    assert!(files.len() >= 10, "found only {} files", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read a source file");
        assert!(
            text.starts_with("//!"),
            "{} does not open with a `//!` header",
            f.display()
        );
    }
}

#[test]
fn docs_model_md_names_every_parameter() {
    // docs/MODEL.md carries the parameter table (from `canting params --format md`): a
    // parameter added to the code must be added there too.
    let path = Path::new(CRATE).join("../../docs/MODEL.md");
    let doc = std::fs::read_to_string(&path).expect("read docs/MODEL.md");
    for p in canting_model::parameters() {
        assert!(
            doc.contains(&format!("`{}`", p.key)),
            "docs/MODEL.md does not list the parameter {}",
            p.key
        );
    }
    for &m in canting_model::Metric::ALL {
        assert!(
            doc.contains(&format!("`{}`", m.key())),
            "docs/MODEL.md does not define the metric {}",
            m.key()
        );
    }
}

#[test]
fn every_submodel_file_is_short_enough_to_read_against_the_document() {
    // Regression: model 1's world.rs was 2,250 lines in one impl. Each submodel of
    // docs/MODEL.md section 7 is a file of its own under src/world/, none over 600 lines.
    let mut files = Vec::new();
    rust_files(&Path::new(CRATE).join("src/world"), &mut files);
    assert!(files.len() >= 10, "found only {} files", files.len());
    for f in files {
        let lines = std::fs::read_to_string(&f).expect("read").lines().count();
        assert!(lines <= 600, "{} has {lines} lines", f.display());
    }
}

#[test]
fn the_sensitivity_table_in_docs_model_md_is_the_one_the_app_shows() {
    // The app's model panel reads `influential` (src/influence.rs); docs/MODEL.md section 13
    // prints the same screening (`canting sensitivity --format md`). Regression: the document's
    // table was once left from an earlier model version.
    let path = Path::new(CRATE).join("../../docs/MODEL.md");
    let doc = std::fs::read_to_string(&path).expect("read docs/MODEL.md");
    let start = doc
        .find("<!-- sensitivity:start")
        .expect("a sensitivity:start marker");
    let end = doc
        .find("<!-- sensitivity:end")
        .expect("a sensitivity:end marker");
    let table = &doc[start..end];
    // Each row's second cell: "`key` mu; `key` mu; ...".
    let rows: Vec<Vec<(&str, f64)>> = table
        .lines()
        .filter_map(|l| l.split(" | ").nth(1))
        .map(|cell| {
            cell.split("; ")
                .filter_map(|c| {
                    let (k, v) = c.rsplit_once(' ')?;
                    Some((k.trim_matches('`'), v.parse().ok()?))
                })
                .collect()
        })
        .collect();
    let mut outcomes = 0;
    for &m in canting_model::Metric::ALL {
        let list = canting_model::influential(m);
        if list.is_empty() {
            continue;
        }
        outcomes += 1;
        // The row whose assumptions are this outcome's, in order; the document rounds mu* to
        // two places, the code to three.
        let keys: Vec<&str> = list.iter().map(|&(k, _)| k).collect();
        let row = rows
            .iter()
            .find(|r| r.iter().map(|&(k, _)| k).eq(keys.iter().copied()))
            .unwrap_or_else(|| panic!("docs/MODEL.md's sensitivity table has no row {keys:?}"));
        for (&(key, mu), &(_, shown)) in list.iter().zip(row) {
            assert!(
                (shown - mu).abs() <= 0.006,
                "docs/MODEL.md's sensitivity table gives {key} {shown} for {}, the app {mu}",
                m.key()
            );
        }
    }
    assert_eq!(
        table.matches("\n| ").count(),
        outcomes + 1,
        "one row per outcome, and the header"
    );
}

/// The rows of the table between `<!-- NAME:start` and `<!-- NAME:end` in docs/MODEL.md: the
/// first cell, and the first number of every other cell.
fn doc_table(name: &str) -> Vec<(String, Vec<f64>)> {
    let path = Path::new(CRATE).join("../../docs/MODEL.md");
    let doc = std::fs::read_to_string(&path).expect("read docs/MODEL.md");
    let start = doc
        .find(&format!("<!-- {name}:start"))
        .expect("a start marker");
    let end = doc
        .find(&format!("<!-- {name}:end"))
        .expect("an end marker");
    let number = |cell: &str| -> Option<f64> {
        let first = cell
            .trim()
            .trim_start_matches("**")
            .split([' ', '*'])
            .next()?;
        first.trim_start_matches('+').parse().ok()
    };
    doc[start..end]
        .lines()
        .filter(|l| {
            l.starts_with("| ") && !l.starts_with("| preset") && !l.starts_with("| strategy")
        })
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").collect();
            let values = cells[1..].iter().filter_map(|c| number(c)).collect();
            (cells[0].trim().to_string(), values)
        })
        .collect()
}

/// Year 5's mean paired difference of `scenario` from today's split, per metric.
fn paired_at_year_5(scenario: &ScenarioSpec, metrics: &[Metric]) -> Vec<f64> {
    let today = ScenarioSpec::default()
        .validate()
        .expect("today's split is valid");
    let s = scenario.validate().expect("the scenario is valid");
    let (_, _, comparison) = run_comparison(&s, &today).expect("comparable");
    let month = comparison
        .months
        .iter()
        .position(|&m| m == 60)
        .expect("month 60");
    metrics
        .iter()
        .map(|&m| comparison.difference(m).mean[month])
        .collect()
}

#[test]
fn the_preset_and_marginal_tables_in_docs_model_md_are_what_the_model_gives() {
    // Section 12's tables are printed by `canting run`; regression: a table left from an
    // earlier model version would go on telling readers what no longer holds.
    let columns: Vec<Metric> = Metric::HEADLINE
        .into_iter()
        .chain([Metric::ExportsUsdM])
        .collect();
    let presets = doc_table("presets");
    assert_eq!(presets.len(), Preset::ALL.len(), "one row per preset");
    for (key, shown) in presets.iter().filter(|(k, _)| k != "today") {
        let preset = Preset::from_key(key).unwrap_or_else(|| panic!("no preset {key}"));
        let model = paired_at_year_5(&ScenarioSpec::from_preset(preset), &columns);
        assert_eq!(shown.len(), columns.len(), "{key}: every column");
        for ((m, &shown), model) in columns.iter().zip(shown).zip(model) {
            assert!(
                (shown - model).abs() <= 0.006,
                "{key}, {}: docs/MODEL.md {shown}, the model {model:.4}",
                m.key()
            );
        }
    }

    let marginal_columns: Vec<Metric> = Metric::HEADLINE
        .into_iter()
        .chain([Metric::ExportsUsdM, Metric::Employment])
        .collect();
    let marginal = doc_table("marginal");
    assert_eq!(marginal.len(), Strategy::ALL.len(), "one row per strategy");
    for (key, shown) in &marginal {
        let s = Strategy::from_key(key).unwrap_or_else(|| panic!("no strategy {key}"));
        let mut spec = ScenarioSpec::default();
        spec.budgets_juta.set(s, spec.budgets_juta.get(s) + 100);
        let model = paired_at_year_5(&spec, &marginal_columns);
        for ((m, &shown), model) in marginal_columns.iter().zip(shown).zip(model) {
            assert!(
                (shown - model).abs() <= 0.0006,
                "+100 juta {key}, {}: docs/MODEL.md {shown}, the model {model:.5}",
                m.key()
            );
        }
    }
}
