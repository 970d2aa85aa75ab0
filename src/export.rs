//! What the page hands over as files: every series of the scenario, the baseline and the
//! compared scenarios as one tidy CSV, and the scenario as the JSON that `canting run
//! --scenario` reads. Pure, tested natively; `infra` does the downloading.

use std::fmt::Write;

use canting_model::{Comparison, Metric, ScenarioSpec, Strategy, Summary};

/// What the page downloads, as a notice names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// Every series, as CSV.
    Csv,
    /// A chart, as PNG.
    Png,
    /// The scenario, as JSON.
    Scenario,
}

/// The CSV's file name.
pub const CSV_FILE: &str = "canting-series.csv";
/// The scenario's file name.
pub const SCENARIO_FILE: &str = "canting-scenario.json";

/// The CSV's columns before the budgets: one row per scenario, metric and month, with the
/// levels over runs, then the paired differences from the baseline on the same seeds (as
/// `canting run --baseline` writes them), then what the ensemble was run with.
const CSV_COLUMNS: &str = "scenario,name,metric,month,year,mean,p10,p50,p90,\
diff_mean,diff_p10,diff_p50,diff_p90,share_better,verdict,seed,runs,envelope_juta";

/// The CSV's header: [`CSV_COLUMNS`], then each strategy's budget (`flagship_exports_juta`, …).
pub fn csv_header() -> String {
    let mut header = String::from(CSV_COLUMNS);
    for s in Strategy::ALL {
        let _ = write!(header, ",{}_juta", s.key());
    }
    header
}

/// One ensemble in the CSV: its role (`scenario`, `baseline`, `compared_1`, …), the name a
/// user gave it (empty for the scenario and the baseline), the scenario it ran, its summary
/// and, except for the baseline, its runs against the baseline's, pair by pair.
pub struct Series<'a> {
    pub role: String,
    pub name: String,
    pub spec: ScenarioSpec,
    pub summary: &'a Summary,
    pub paired: Option<&'a Comparison>,
}

/// Every series of every ensemble, one row per (ensemble, metric, month), with the mean and
/// the 10th, 50th and 90th percentiles over runs, the same of the paired differences from the
/// baseline with the share of runs in which it is better and the verdict (empty for the
/// baseline itself), and the seed, runs, envelope and budgets it ran with, so that each row
/// says what made it. Numbers are written as Rust writes them (a '.' decimal mark and every
/// digit needed to read the same number back), whatever the page's language; a month with no
/// value is an empty cell, never a 0 that reads as free.
pub fn series_csv(series: &[Series]) -> String {
    let mut out = csv_header();
    out.push('\n');
    for s in series {
        let (role, name) = (csv_field(&s.role), csv_field(&s.name));
        let mut ran = format!("{},{},{}", s.spec.seed, s.spec.runs, s.spec.envelope_juta);
        for strategy in Strategy::ALL {
            let _ = write!(ran, ",{}", s.spec.budgets_juta.get(strategy));
        }
        for &metric in Metric::ALL {
            let b = s.summary.bands(metric);
            let d = s.paired.map(|p| p.difference(metric));
            for (i, &month) in s.summary.months.iter().enumerate() {
                let at = |v: &[f64]| number(v.get(i).copied().unwrap_or(f64::NAN));
                let paired = match (s.paired, d) {
                    (Some(p), Some(d)) => format!(
                        "{},{},{},{},{},{}",
                        at(&d.mean),
                        at(&d.p10),
                        at(&d.p50),
                        at(&d.p90),
                        number(p.share_better(metric, month)),
                        p.verdict(metric, month).key()
                    ),
                    _ => ",,,,,".into(),
                };
                let _ = writeln!(
                    out,
                    "{role},{name},{},{month},{},{},{},{},{},{paired},{ran}",
                    metric.key(),
                    years(month),
                    at(&b.mean),
                    at(&b.p10),
                    at(&b.p50),
                    at(&b.p90),
                );
            }
        }
    }
    out
}

/// The scenario as `canting scenario` prints it, which `canting run --scenario FILE` reads:
/// the model's own serde form, so that the two cannot drift apart.
pub fn scenario_json(spec: &ScenarioSpec) -> Result<String, String> {
    serde_json::to_string_pretty(spec)
        .map(|text| text + "\n")
        .map_err(|e| e.to_string())
}

/// A chart's PNG file name, after its key (a metric's, or `compare-` and a metric's).
pub fn png_file(chart_key: &str) -> String {
    let safe: String = chart_key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("canting-{safe}.png")
}

fn number(x: f64) -> String {
    if x.is_finite() {
        x.to_string()
    } else {
        String::new()
    }
}

/// Months as years, to four decimals without trailing zeros: 60 is "5", 1 is "0.0833".
fn years(month: u32) -> String {
    let text = format!("{:.4}", f64::from(month) / 12.0);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
/// A name a user typed that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) is
/// kept as text by a leading apostrophe, so that opening the file runs nothing.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use canting_model::{Budgets, Preset, run_ensemble};

    fn small(spec: ScenarioSpec) -> ScenarioSpec {
        ScenarioSpec {
            years: 1,
            runs: 2,
            ..spec
        }
    }

    fn summary(spec: &ScenarioSpec) -> Summary {
        let scenario = spec.validate().expect("a valid scenario");
        run_ensemble(&scenario)
    }

    #[test]
    fn csv_has_a_row_per_ensemble_metric_and_month_with_point_decimals() {
        let spec = small(ScenarioSpec::default());
        let s = summary(&spec);
        let other = small(ScenarioSpec {
            budgets_juta: Preset::ExportFocus.budgets(5000),
            ..ScenarioSpec::default()
        });
        let (o, _, paired) = canting_model::run_comparison(
            &other.validate().expect("valid"),
            &spec.validate().expect("valid"),
        )
        .expect("the same seeds");
        let csv = series_csv(&[
            Series {
                role: "baseline".into(),
                name: String::new(),
                spec: spec.clone(),
                summary: &s,
                paired: None,
            },
            Series {
                role: "compared_1".into(),
                name: "Ekspor, \"besar\"".into(),
                spec: other.clone(),
                summary: &o,
                paired: Some(&paired),
            },
        ]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], csv_header());
        assert!(lines[0].ends_with(",envelope_juta,flagship_exports_juta,government_priority_juta,networking_juta,product_quality_juta,finance_credibility_juta,local_materials_juta,technology_wisdom_juta"));
        let columns = lines[0].split(',').count();
        assert_eq!(columns, 25);
        assert_eq!(lines.len(), 1 + 2 * Metric::ALL.len() * 13);
        let horizon = format!("baseline,,{},12,1,", Metric::Competitiveness.key());
        let row: Vec<&str> = lines
            .iter()
            .find(|l| l.starts_with(&horizon))
            .expect("the horizon's row")
            .split(',')
            .collect();
        assert_eq!(
            row[5].parse::<f64>(),
            Ok(s.final_value(Metric::Competitiveness))
        );
        // The baseline has no difference from itself; it says what it ran with.
        assert_eq!(&row[9..15], &["", "", "", "", "", ""]);
        assert_eq!(&row[15..18], &["2014", "2", "5000"]);
        assert_eq!(
            &row[18..],
            &["900", "500", "400", "1400", "600", "500", "700"]
        );
        // The compared scenario's paired difference and verdict, as the comparison has them.
        let m = Metric::ExportsUsdM;
        let mine = lines
            .iter()
            .find(|l| l.starts_with("compared_1,") && l.contains(&format!(",{},12,1,", m.key())))
            .expect("the compared row")
            .rsplit(',')
            .collect::<Vec<_>>();
        let d = paired.difference(m);
        // From the end: 7 budgets, envelope, runs, seed, then verdict and share better.
        assert_eq!(mine[10], paired.verdict(m, 12).key());
        assert_eq!(mine[11].parse::<f64>(), Ok(paired.share_better(m, 12)));
        assert_eq!(mine[15].parse::<f64>(), Ok(d.mean[12]));
        assert_eq!(mine[6], "2250", "export focus's flagship budget");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("compared_1,\"Ekspor, \"\"besar\"\"\",")),
            "the name is quoted"
        );
        // Every number reads back with a '.' mark; none is written with a ','.
        for line in &lines[1..lines.len() / 2] {
            let cells: Vec<&str> = line.split(',').collect();
            assert_eq!(cells.len(), columns, "{line}");
            for (i, cell) in cells.iter().enumerate().skip(3) {
                if i != 14 {
                    assert!(cell.is_empty() || cell.parse::<f64>().is_ok(), "{line}");
                }
            }
        }
    }

    #[test]
    fn a_name_that_reads_as_a_formula_stays_text() {
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field("-2"), "'-2");
        assert_eq!(csv_field("Pemuda"), "Pemuda");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
    }

    #[test]
    fn years_are_short() {
        assert_eq!(years(0), "0");
        assert_eq!(years(1), "0.0833");
        assert_eq!(years(18), "1.5");
        assert_eq!(years(60), "5");
    }

    #[test]
    fn scenario_json_reads_back_as_the_same_scenario() {
        let mut spec = ScenarioSpec {
            budgets_juta: Preset::ExportFocus.budgets(2000),
            envelope_juta: 2000,
            seed: 77,
            ..ScenarioSpec::default()
        };
        spec.params.insert("youth_entry_prob".into(), 0.125);
        for spec in [ScenarioSpec::default(), spec] {
            let json = scenario_json(&spec).expect("JSON");
            assert_eq!(ScenarioSpec::from_json(&json).expect("it reads"), spec);
        }
        let zero = ScenarioSpec {
            budgets_juta: Budgets::ZERO,
            ..ScenarioSpec::default()
        };
        assert!(scenario_json(&zero).unwrap().contains("\"budgets_juta\""));
    }

    #[test]
    fn png_names_follow_the_chart() {
        assert_eq!(png_file("competitiveness"), "canting-competitiveness.png");
        assert_eq!(
            png_file("compare-obstacle_severity"),
            "canting-compare-obstacle_severity.png"
        );
        assert_eq!(png_file("../x y"), "canting----x-y.png");
    }
}
