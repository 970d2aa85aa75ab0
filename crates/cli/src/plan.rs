//! The planning commands: `marginal`, `sweep`, `compare` and `optimize`. Glue over
//! `canting_model::planning`: parse, load, hand the model a runner that spreads the runs over
//! every core (the same numbers as one core gives), print JSON or CSV.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;

use canting_model::planning::{
    Candidate, Constraints, Flow, Level, Objective, OptimizeConfig, OptimizeReport, PairedChange,
    PlanError, Progress, Shard, SweepAxis, marginal, optimize, shard_range, sweep_from_runs,
    sweep_scenarios,
};
use canting_model::{
    Budgets, Comparison, Lang, MODEL_VERSION, Metric, RunResult, Scenario, ScenarioSpec, Strategy,
    decode_link, encode_link, run_seed,
};
use serde_json::{Map, Value, json};

use super::args::{BaselineArgs, Input, OptimizeArgs, Output, PlanArgs, SweepArgs};
use super::{
    Problems, RunPlan, csv_format, json_text, lang_of, link_text, load_baseline, load_spec,
    os_text, parallel_map, parse_number, read_scenario, read_text, run_kept, say, validate,
};

/// Every run of every scenario, spread over every core: run `i` of a scenario on
/// `run_seed(seed, i)`, so the runs are the same, in the same order, as on one core. A job is
/// one run seed with every scenario's run on it, so that the thread builds the seed's start
/// once for them all (`run_kept`).
pub(crate) fn run_scenarios(scenarios: &[Scenario]) -> Vec<Vec<RunResult>> {
    let mut jobs: Vec<(u64, Vec<(usize, u32)>)> = Vec::new();
    for (k, s) in scenarios.iter().enumerate() {
        for i in 0..s.runs() {
            let seed = run_seed(s.seed(), i);
            match jobs.iter_mut().find(|(j, _)| *j == seed) {
                Some((_, runs)) => runs.push((k, i)),
                None => jobs.push((seed, vec![(k, i)])),
            }
        }
    }
    let done = parallel_map(&jobs, |(seed, runs)| {
        runs.iter()
            .map(|&(k, i)| (k, i, run_kept(&scenarios[k], *seed)))
            .collect::<Vec<_>>()
    });
    let mut slots: Vec<Vec<Option<RunResult>>> = scenarios
        .iter()
        .map(|s| (0..s.runs()).map(|_| None).collect())
        .collect();
    for (k, i, run) in done.into_iter().flatten() {
        slots[k][i as usize] = Some(run);
    }
    slots
        .into_iter()
        .map(|runs| runs.into_iter().flatten().collect())
        .collect()
}

/// The problems of a planning tool's refusal, in the language asked for.
fn plan_problems(e: &PlanError, lang: Lang) -> Problems {
    e.messages(lang)
}

/// The base scenario a command names, with `--seed`, `--runs` and `--years` applied, validated.
fn base_scenario(
    input: &Input,
    plan: &PlanArgs,
    lang: Lang,
    problems: &mut Problems,
) -> Option<Scenario> {
    let plan = RunPlan::parse(plan, problems);
    let mut spec = load_spec(input, lang, problems)?;
    plan.apply(&mut spec);
    validate(&spec, lang, problems)
}

/// A number as CSV writes it: empty for no value (NaN), never a 0 that reads as a value.
fn cell(x: f64) -> String {
    if x.is_finite() {
        x.to_string()
    } else {
        String::new()
    }
}

/// A CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn levels_json(levels: &[Level], lang: Lang) -> Value {
    let mut out = Map::new();
    for l in levels {
        out.insert(
            l.metric.key().to_string(),
            json!({ "label": l.metric.label(lang), "mean": l.mean, "p10": l.p10, "p90": l.p90 }),
        );
    }
    Value::Object(out)
}

fn changes_json(changes: &[PairedChange], lang: Lang) -> Value {
    let mut out = Map::new();
    for c in changes {
        out.insert(
            c.metric.key().to_string(),
            json!({
                "mean": c.mean, "p10": c.p10, "p90": c.p90,
                "share_better": c.share_better,
                "verdict": c.verdict.key(), "verdict_label": c.verdict.label(lang),
            }),
        );
    }
    Value::Object(out)
}

/// The CSV cells of a paired change: mean, p10, p90, share better, verdict.
fn change_cells(c: Option<&PairedChange>) -> String {
    match c {
        Some(c) => format!(
            "{},{},{},{},{}",
            cell(c.mean),
            cell(c.p10),
            cell(c.p90),
            cell(c.share_better),
            c.verdict.key()
        ),
        None => ",,,,".to_string(),
    }
}

fn budgets_json(b: &Budgets) -> Value {
    serde_json::to_value(b).unwrap_or(Value::Null)
}

/// `canting marginal`: what Rp 100 juta more (and less) a year in each strategy changes.
pub(super) fn cmd_marginal(
    input: &Input,
    step: &Option<String>,
    plan: &PlanArgs,
    output: &Output,
) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(&output.lang, &mut problems);
    let csv = csv_format(output, &mut problems);
    let step = parse_number::<u64>("--step", step, &mut problems).unwrap_or(100);
    if !(1..=canting_model::MAX_ENVELOPE_JUTA).contains(&step) {
        problems.push(format!(
            "--step must be 1 to {} (Rp juta), not {step}",
            canting_model::MAX_ENVELOPE_JUTA
        ));
    }
    let base = base_scenario(input, plan, lang, &mut problems);
    let Some(base) = base.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let metrics = Metric::HEADLINE;
    let table = marginal(&base, step, &metrics, &mut run_scenarios, &mut |_| {
        Flow::Continue
    })
    .map_err(|e| plan_problems(&e, lang))?;
    if csv {
        let mut out = String::from(
            "strategy,budget_juta,change_juta,metric,mean,p10,p90,share_better,verdict\n",
        );
        for row in &table.rows {
            for (change, list) in [
                (i128::from(step), &row.more),
                (-i128::from(row.less_juta), &row.less),
            ] {
                for c in list {
                    let _ = writeln!(
                        out,
                        "{},{},{change},{},{}",
                        row.strategy.key(),
                        row.budget_juta,
                        c.metric.key(),
                        change_cells(Some(c))
                    );
                }
            }
        }
        return Ok(out);
    }
    let rows: Vec<Value> = table
        .rows
        .iter()
        .map(|r| {
            json!({
                "strategy": r.strategy.key(),
                "label": r.strategy.label(lang),
                "budget_juta": r.budget_juta,
                "more_juta": step,
                "more": changes_json(&r.more, lang),
                "less_juta": r.less_juta,
                "less": changes_json(&r.less, lang),
            })
        })
        .collect();
    let value = json!({
        "model_version": MODEL_VERSION,
        "seed": base.seed(),
        "runs": base.runs(),
        "years": base.years(),
        "step_juta": step,
        "scenario": base.spec(),
        "link": encode_link(&base),
        "base": levels_json(&table.base, lang),
        "strategies": rows,
    });
    Ok(json_text(serde_json::to_string_pretty(&value)))
}

/// A list of numbers, `0,500,1000`, for `flag`.
fn parse_values(flag: &str, text: &str, problems: &mut Problems) -> Vec<f64> {
    let mut out = Vec::new();
    for part in text.split(',') {
        match part.trim().parse::<f64>() {
            Ok(v) if v.is_finite() => out.push(v),
            _ => {
                problems.push(format!(
                    "{flag} must be numbers separated by commas, and \"{}\" is not a number",
                    part.trim()
                ));
                return Vec::new();
            }
        }
    }
    out
}

/// The most points a sweep's range may have.
const MAX_POINTS: usize = 10_000;

/// `--range FROM:TO:STEP`: FROM, FROM + STEP, … up to TO.
fn parse_range(text: &str, problems: &mut Problems) -> Vec<f64> {
    let parts: Vec<Option<f64>> = text
        .split(':')
        .map(|p| p.trim().parse::<f64>().ok().filter(|v| v.is_finite()))
        .collect();
    let [Some(from), Some(to), Some(step)] = parts[..] else {
        problems.push(format!(
            "--range must be FROM:TO:STEP (three numbers), not \"{text}\""
        ));
        return Vec::new();
    };
    if step <= 0.0 || to < from {
        problems.push(format!(
            "--range needs a step above 0 and FROM at most TO, not \"{text}\""
        ));
        return Vec::new();
    }
    let count = ((to - from) / step + 1e-9).floor() + 1.0;
    if count > MAX_POINTS as f64 {
        problems.push(format!(
            "--range gives {count} points, more than the {MAX_POINTS} a sweep may have"
        ));
        return Vec::new();
    }
    // Each value from its index, so that no rounding error builds up along the range.
    (0..count as usize)
        .map(|i| from + step * i as f64)
        .collect()
}

/// `--shard K/N`, the whole list when not given.
fn parse_shard(o: &SweepArgs, problems: &mut Problems) -> Shard {
    match o.shard.as_deref() {
        None => Shard::WHOLE,
        Some(text) => Shard::parse(text).unwrap_or_else(|| {
            problems.push(format!(
                "--shard must be K/N with 1 <= K <= N (say 2/8), not \"{text}\""
            ));
            Shard::WHOLE
        }),
    }
}

/// One row of a sweep's output: a point or a design row, its outcomes and, when it has a
/// baseline, its paired change.
struct Row<'a> {
    /// Its position in the whole list, from 1.
    index: usize,
    value: Option<f64>,
    line: Option<usize>,
    scenario: &'a Scenario,
    levels: Vec<Level>,
    change: Option<Vec<PairedChange>>,
}

const SWEEP_HEADER: &str =
    "row,value,link,metric,mean,p10,p90,diff_mean,diff_p10,diff_p90,share_better,verdict\n";

fn write_rows(out: &mut String, rows: &[Row], csv: bool, axis: Option<&str>, lang: Lang) {
    for r in rows {
        let link = encode_link(r.scenario);
        if csv {
            for (k, l) in r.levels.iter().enumerate() {
                let change = r.change.as_ref().and_then(|c| c.get(k));
                let _ = writeln!(
                    out,
                    "{},{},{link},{},{},{},{},{}",
                    r.index,
                    r.value.map(cell).unwrap_or_default(),
                    l.metric.key(),
                    cell(l.mean),
                    cell(l.p10),
                    cell(l.p90),
                    change_cells(change)
                );
            }
            continue;
        }
        let mut value = json!({
            "row": r.index,
            "model_version": MODEL_VERSION,
            "seed": r.scenario.seed(),
            "runs": r.scenario.runs(),
            "years": r.scenario.years(),
            "link": link,
            "outcomes": levels_json(&r.levels, lang),
        });
        if let Some(axis) = axis {
            value["axis"] = json!(axis);
        }
        if let Some(v) = r.value {
            value["value"] = json!(v);
        }
        if let Some(line) = r.line {
            value["line"] = json!(line);
        }
        if let Some(change) = &r.change {
            value["change"] = changes_json(change, lang);
        }
        out.push_str(&json_text(serde_json::to_string(&value)));
    }
}

/// `canting sweep`: one budget or parameter over a range, or a design file of scenarios.
pub(super) fn cmd_sweep(o: &SweepArgs) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(&o.output.lang, &mut problems);
    let csv = csv_format(&o.output, &mut problems);
    let shard = parse_shard(o, &mut problems);
    let axes = [o.budget.is_some(), o.param.is_some(), o.design.is_some()];
    match axes.iter().filter(|&&a| a).count() {
        0 => problems.push(
            "`canting sweep` needs one of --budget STRATEGY, --param KEY or --design FILE"
                .to_string(),
        ),
        1 => {}
        _ => problems.push("give only one of --budget, --param and --design".to_string()),
    }
    if let Some(design) = &o.design {
        for (given, flag) in [
            (o.values.is_some(), "--values"),
            (o.range.is_some(), "--range"),
        ] {
            if given {
                problems.push(format!(
                    "{flag} goes with --budget or --param, not with --design"
                ));
            }
        }
        for (given, flag) in [
            (o.input.scenario.is_some(), "--scenario"),
            (o.input.link.is_some(), "--link"),
            (o.input.preset.is_some(), "--preset"),
        ] {
            if given {
                problems.push(format!(
                    "{flag} does not go with --design: each line of the design is a scenario"
                ));
            }
        }
        let design = design.clone();
        return design_sweep(o, &design, shard, csv, lang, problems);
    }
    if o.baseline.is_given() {
        problems.push(
            "--baseline and --baseline-preset go with --design; a budget or parameter sweep is compared with its base scenario"
                .to_string(),
        );
    }
    let axis = if let Some(key) = &o.budget {
        match Strategy::from_key(key) {
            Some(s) => Some(SweepAxis::Budget(s)),
            None => {
                let keys: Vec<&str> = Strategy::ALL.iter().map(|s| s.key()).collect();
                problems.push(format!(
                    "unknown strategy \"{key}\" (strategies: {})",
                    keys.join(", ")
                ));
                None
            }
        }
    } else {
        o.param.clone().map(SweepAxis::Param)
    };
    let values = match (&o.values, &o.range) {
        (Some(_), Some(_)) => {
            problems.push("give one of --values and --range".to_string());
            Vec::new()
        }
        (Some(text), None) => parse_values("--values", text, &mut problems),
        (None, Some(text)) => parse_range(text, &mut problems),
        (None, None) => {
            if axis.is_some() {
                problems.push("a sweep needs --values LIST or --range FROM:TO:STEP".to_string());
            }
            Vec::new()
        }
    };
    if values.len() > MAX_POINTS {
        problems.push(format!(
            "--values gives {} points, more than the {MAX_POINTS} a sweep may have",
            values.len()
        ));
    }
    let base = base_scenario(&o.input, &o.plan, lang, &mut problems);
    let (Some(base), Some(axis)) = (base, axis) else {
        return Err(problems);
    };
    // Every value is checked, in or out of this shard, so that every shard refuses the same
    // sweep.
    let all = sweep_scenarios(&base, &axis, &values);
    if let Err(e) = &all {
        problems.extend(plan_problems(e, lang));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let range = shard_range(values.len(), shard);
    let mut out = String::new();
    if csv && shard.index == 1 {
        out.push_str(SWEEP_HEADER);
    }
    let axis_name = match &axis {
        SweepAxis::Budget(s) => format!("budget:{}", s.key()),
        SweepAxis::Param(k) => format!("param:{k}"),
    };
    let mine = &values[range.clone()];
    if mine.is_empty() {
        return Ok(out);
    }
    let scenarios = sweep_scenarios(&base, &axis, mine).map_err(|e| plan_problems(&e, lang))?;
    let runs = run_scenarios(&scenarios);
    let points = sweep_from_runs(&scenarios, mine, Metric::ALL, &runs)
        .map_err(|e| plan_problems(&e, lang))?;
    let rows: Vec<Row> = points
        .into_iter()
        .enumerate()
        .map(|(i, p)| Row {
            index: range.start + i + 1,
            value: Some(p.value),
            line: None,
            scenario: &scenarios[i + 1],
            levels: p.levels,
            change: Some(p.change),
        })
        .collect();
    write_rows(&mut out, &rows, csv, Some(&axis_name), lang);
    Ok(out)
}

/// How many design rows are run at once: enough to keep every core busy, few enough that a
/// large design's runs are not all held in memory.
const DESIGN_CHUNK: usize = 16;

/// The rows of a design file: each line that is not blank or a `#` comment is a scenario, as
/// JSON on one line or as a share link.
fn read_design(
    name: &std::ffi::OsStr,
    plan: RunPlan,
    lang: Lang,
    problems: &mut Problems,
) -> Vec<(usize, Scenario)> {
    let (origin, text) = match read_text(name, "design file") {
        Ok(t) => t,
        Err(e) => {
            problems.push(e);
            return Vec::new();
        }
    };
    let mut rows = Vec::new();
    for (idx, line) in text.lines().enumerate() {
        let number = idx + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let spec: Result<ScenarioSpec, String> = if trimmed.starts_with('{') {
            serde_json::from_str(trimmed).map_err(|e| format!("not a valid scenario JSON: {e}"))
        } else {
            decode_link(link_text(trimmed))
                .map(|d| d.spec)
                .map_err(|e| e.message(lang))
        };
        match spec {
            Ok(mut spec) => {
                plan.apply(&mut spec);
                match spec.validate() {
                    Ok(s) => rows.push((number, s)),
                    Err(errors) => {
                        for m in errors.messages(lang) {
                            problems.push(format!("line {number} of {origin}: {m}"));
                        }
                    }
                }
            }
            Err(e) => problems.push(format!("line {number} of {origin}: {e}")),
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push(format!("{origin} has no scenario (only blank or # lines)"));
    }
    rows
}

fn design_sweep(
    o: &SweepArgs,
    design: &OsStr,
    shard: Shard,
    csv: bool,
    lang: Lang,
    mut problems: Problems,
) -> Result<String, Problems> {
    let plan = RunPlan::parse(&o.plan, &mut problems);
    if design == "-" && o.baseline.baseline.as_deref() == Some(OsStr::new("-")) {
        problems.push(
            "--design and --baseline cannot both be - (standard input holds one of them)"
                .to_string(),
        );
    }
    let baseline = load_baseline(&o.baseline, None, &mut problems);
    let rows = read_design(design, plan, lang, &mut problems);
    // The baseline on each row's seeds and horizon, so that the runs pair up.
    let baselines: Vec<Option<Scenario>> = rows
        .iter()
        .map(|(_, s)| {
            let b = baseline.as_ref()?.paired_with(s.spec());
            validate(&b, lang, &mut problems)
        })
        .collect();
    if !problems.is_empty() {
        problems.dedup();
        return Err(problems);
    }
    let range = shard_range(rows.len(), shard);
    let mut out = String::new();
    if csv && shard.index == 1 {
        out.push_str(SWEEP_HEADER);
    }
    let mine: Vec<usize> = range.collect();
    for chunk in mine.chunks(DESIGN_CHUNK) {
        let mut scenarios: Vec<Scenario> = chunk.iter().map(|&i| rows[i].1.clone()).collect();
        let with_baseline: Vec<usize> = chunk
            .iter()
            .filter(|&&i| baselines[i].is_some())
            .copied()
            .collect();
        scenarios.extend(with_baseline.iter().filter_map(|&i| baselines[i].clone()));
        let runs = run_scenarios(&scenarios);
        let mut base_runs = runs[chunk.len()..].iter();
        let out_rows: Vec<Row> = chunk
            .iter()
            .zip(&runs)
            .map(|(&i, r)| {
                let s = &rows[i].1;
                let change =
                    baselines[i].as_ref().and(base_runs.next()).map(
                        |b| match Comparison::from_runs(r, b) {
                            Some(c) => PairedChange::at_horizon(&c, Metric::ALL),
                            None => Vec::new(),
                        },
                    );
                Row {
                    index: i + 1,
                    value: None,
                    line: Some(rows[i].0),
                    scenario: s,
                    levels: Level::at_horizon(
                        &canting_model::Summary::from_runs(s, r),
                        Metric::ALL,
                    ),
                    change,
                }
            })
            .collect();
        write_rows(&mut out, &out_rows, csv, None, lang);
    }
    Ok(out)
}

/// `canting compare`: scenario files against a baseline, on the baseline's seeds and horizon.
pub(super) fn cmd_compare(
    files: &[OsString],
    baseline: &BaselineArgs,
    plan: &PlanArgs,
    output: &Output,
) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(&output.lang, &mut problems);
    let csv = csv_format(output, &mut problems);
    let plan = RunPlan::parse(plan, &mut problems);
    let stdin_uses = files.iter().filter(|p| *p == "-").count()
        + usize::from(baseline.baseline.as_deref() == Some(OsStr::new("-")));
    if stdin_uses > 1 {
        problems.push("only one scenario can come from standard input (-)".to_string());
    }
    // Today's allocation when no baseline is named.
    let baseline_spec = if baseline.is_given() {
        load_baseline(baseline, None, &mut problems).map(|b| b.spec())
    } else {
        Some(ScenarioSpec::default())
    };
    let baseline = baseline_spec.and_then(|mut b| {
        plan.apply(&mut b);
        validate(&b, lang, &mut problems)
    });
    let mut scenarios = Vec::new();
    if stdin_uses <= 1 {
        for path in files {
            let name = os_text(path);
            match read_scenario(path) {
                Ok(mut spec) => {
                    if let Some(b) = &baseline {
                        // Compared on the baseline's seeds and horizon, never at mismatched
                        // years; said when that changes what the file asks for.
                        if (spec.seed, spec.runs, spec.years) != (b.seed(), b.runs(), b.years()) {
                            say(&format!(
                                "note: {name} is compared on the baseline's seed {}, {} and {} (it asks for seed {}, {} and {})",
                                b.seed(),
                                count(b.runs(), "run"),
                                count(b.years(), "year"),
                                spec.seed,
                                count(spec.runs, "run"),
                                count(spec.years, "year")
                            ));
                        }
                        spec.seed = b.seed();
                        spec.runs = b.runs();
                        spec.years = b.years();
                    }
                    if let Some(s) = validate(&spec, lang, &mut problems) {
                        scenarios.push((name, s));
                    }
                }
                Err(e) => problems.push(e),
            }
        }
    }
    let Some(baseline) = baseline.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let mut all: Vec<Scenario> = scenarios.iter().map(|(_, s)| s.clone()).collect();
    all.push(baseline.clone());
    let runs = run_scenarios(&all);
    let base_runs = &runs[runs.len() - 1];
    let base_levels = Level::at_horizon(
        &canting_model::Summary::from_runs(&baseline, base_runs),
        Metric::ALL,
    );
    let compared: Vec<(Vec<Level>, Vec<PairedChange>)> = scenarios
        .iter()
        .zip(&runs)
        .map(|((_, s), r)| {
            let levels = Level::at_horizon(&canting_model::Summary::from_runs(s, r), Metric::ALL);
            let change = Comparison::from_runs(r, base_runs)
                .map(|c| PairedChange::at_horizon(&c, Metric::ALL))
                .unwrap_or_default();
            (levels, change)
        })
        .collect();
    if csv {
        let mut out = String::from(
            "scenario,link,metric,mean,p10,p90,baseline_mean,diff_mean,diff_p10,diff_p90,share_better,verdict\n",
        );
        for ((name, s), (levels, change)) in scenarios.iter().zip(&compared) {
            let link = encode_link(s);
            for (k, l) in levels.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{},{link},{},{},{},{},{},{}",
                    field(name),
                    l.metric.key(),
                    cell(l.mean),
                    cell(l.p10),
                    cell(l.p90),
                    cell(base_levels[k].mean),
                    change_cells(change.get(k))
                );
            }
        }
        return Ok(out);
    }
    let list: Vec<Value> = scenarios
        .iter()
        .zip(&compared)
        .map(|((name, s), (levels, change))| {
            json!({
                "file": name,
                "scenario": s.spec(),
                "link": encode_link(s),
                "outcomes": levels_json(levels, lang),
                "change": changes_json(change, lang),
            })
        })
        .collect();
    let value = json!({
        "model_version": MODEL_VERSION,
        "seed": baseline.seed(),
        "runs": baseline.runs(),
        "years": baseline.years(),
        "baseline": {
            "scenario": baseline.spec(),
            "link": encode_link(&baseline),
            "outcomes": levels_json(&base_levels, lang),
        },
        "scenarios": list,
    });
    Ok(json_text(serde_json::to_string_pretty(&value)))
}

/// "1 run", "4 runs".
fn count(n: u32, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `--objective competitiveness` or `competitiveness=1,obstacle_severity=0.5`.
fn parse_objective(text: &str, problems: &mut Problems) -> Vec<(Metric, f64)> {
    let mut terms = Vec::new();
    for part in text.split(',') {
        let (key, weight) = match part.split_once('=') {
            Some((k, w)) => (k.trim(), Some(w.trim())),
            None => (part.trim(), None),
        };
        let Some(metric) = Metric::from_key(key) else {
            let keys: Vec<&str> = Metric::HEADLINE.iter().map(|m| m.key()).collect();
            problems.push(format!(
                "--objective: unknown outcome \"{key}\" (the headline outcomes: {}; `canting metrics` lists every one)",
                keys.join(", ")
            ));
            continue;
        };
        let weight = match weight.map(str::parse::<f64>) {
            None => 1.0,
            Some(Ok(w)) if w.is_finite() => w,
            Some(_) => {
                problems.push(format!(
                    "--objective: the weight of {key} must be a number, not \"{}\"",
                    weight.unwrap_or_default()
                ));
                continue;
            }
        };
        terms.push((metric, weight));
    }
    terms
}

/// `--floor` or `--ceiling`: `product_quality=500,networking=200`, Rp juta per strategy.
fn parse_bounds(flag: &str, text: &str, into: &mut [u64; 7], problems: &mut Problems) {
    for part in text.split(',') {
        let Some((key, value)) = part.split_once('=') else {
            problems.push(format!(
                "{flag} must be STRATEGY=JUTA pairs separated by commas, not \"{}\"",
                part.trim()
            ));
            continue;
        };
        let Some(s) = Strategy::from_key(key.trim()) else {
            let keys: Vec<&str> = Strategy::ALL.iter().map(|s| s.key()).collect();
            problems.push(format!(
                "{flag}: unknown strategy \"{}\" (strategies: {})",
                key.trim(),
                keys.join(", ")
            ));
            continue;
        };
        match value.trim().parse::<u64>() {
            Ok(v) => into[s.index()] = v,
            Err(_) => problems.push(format!(
                "{flag}: the budget of {} must be a whole number of Rp juta, not \"{}\"",
                s.key(),
                value.trim()
            )),
        }
    }
}

/// `canting optimize`: the best split of the envelope on an objective, within floors and
/// ceilings, against the current split.
pub(super) fn cmd_optimize(o: &OptimizeArgs) -> Result<String, Problems> {
    let mut problems = Vec::new();
    let lang = lang_of(&o.output.lang, &mut problems);
    let csv = csv_format(&o.output, &mut problems);
    let terms = parse_objective(
        o.objective.as_deref().unwrap_or("competitiveness"),
        &mut problems,
    );
    let envelope = parse_number::<u64>("--envelope", &o.envelope, &mut problems);
    let search_runs = parse_number::<u32>("--search-runs", &o.search_runs, &mut problems);
    if search_runs == Some(0) {
        problems.push("--search-runs must be 1 or more".to_string());
    }
    let base = base_scenario(&o.input, &o.plan, lang, &mut problems);
    let envelope = envelope
        .or(base.as_ref().map(|b| b.spec().envelope_juta))
        .unwrap_or(canting_model::DEFAULT_ENVELOPE_JUTA);
    let mut constraints = Constraints::envelope(envelope);
    if let Some(text) = &o.floor {
        parse_bounds("--floor", text, &mut constraints.floors_juta, &mut problems);
    }
    if let Some(text) = &o.ceiling {
        parse_bounds(
            "--ceiling",
            text,
            &mut constraints.ceilings_juta,
            &mut problems,
        );
    }
    if let Err(e) = constraints.check() {
        problems.extend(plan_problems(&e, lang));
    }
    let objective = if problems.is_empty() || !terms.is_empty() {
        match Objective::new(terms) {
            Ok(obj) => Some(obj),
            Err(e) => {
                problems.extend(plan_problems(&e, lang));
                None
            }
        }
    } else {
        None
    };
    let (Some(base), Some(objective)) = (base, objective) else {
        return Err(problems);
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut config = OptimizeConfig::new(objective, constraints);
    if let Some(r) = search_runs {
        config.search_runs = r;
    }
    let terms = config.objective.terms().to_vec();
    // Progress on standard error, about every tenth of the way.
    let mut shown = 0;
    let mut progress = |p: Progress| {
        let tenth = (u64::from(p.done) * 10 / u64::from(p.total.max(1))) as u32;
        if tenth > shown {
            shown = tenth;
            say(&format!("optimising: {} of about {} runs", p.done, p.total));
        }
        Flow::Continue
    };
    let report = optimize(&base, config, &mut run_scenarios, &mut progress)
        .map_err(|e| plan_problems(&e, lang))?;
    Ok(if csv {
        optimize_csv(&report)
    } else {
        optimize_json(&base, &report, &terms, &constraints, lang)
    })
}

fn optimize_csv(report: &OptimizeReport) -> String {
    let mut out = String::from(
        "split,origin,objective,behind_mean,behind_p10,behind_p90,share_suggestion_better,moved_juta",
    );
    for s in Strategy::ALL {
        let _ = write!(out, ",{}", s.key());
    }
    for m in Metric::HEADLINE {
        let _ = write!(out, ",{}", m.key());
    }
    out.push('\n');
    let mut row = |name: &str, c: &Candidate| {
        let _ = write!(
            out,
            "{name},{},{},{},{},{},{},{}",
            c.origin.key(),
            cell(c.objective),
            cell(c.behind_mean),
            cell(c.behind_p10),
            cell(c.behind_p90),
            cell(c.share_suggestion_better),
            c.moved_juta
        );
        for v in c.budgets.to_array() {
            let _ = write!(out, ",{v}");
        }
        for m in Metric::HEADLINE {
            let level = c
                .levels
                .iter()
                .find(|l| l.metric == m)
                .map_or(f64::NAN, |l| l.mean);
            let _ = write!(out, ",{}", cell(level));
        }
        out.push('\n');
    };
    row("suggestion", &report.suggestion);
    row("current", &report.current);
    for r in &report.runners_up {
        row("runner_up", r);
    }
    out
}

fn candidate_json(base: &Scenario, c: &Candidate, lang: Lang) -> Value {
    let mut spec = base.spec().clone();
    spec.budgets_juta = c.budgets;
    let link = spec.validate().map(|s| encode_link(&s)).ok();
    json!({
        "budgets_juta": budgets_json(&c.budgets),
        "origin": c.origin.key(),
        "objective": c.objective,
        "outcomes": levels_json(&c.levels, lang),
        "suggestion_minus_this": {
            "mean": c.behind_mean, "p10": c.behind_p10, "p90": c.behind_p90,
            "share_suggestion_better": c.share_suggestion_better,
        },
        "moved_juta": c.moved_juta,
        "link": link,
    })
}

fn optimize_json(
    base: &Scenario,
    report: &OptimizeReport,
    terms: &[(Metric, f64)],
    constraints: &Constraints,
    lang: Lang,
) -> String {
    let per_strategy = |v: &[u64; 7]| -> Value {
        let mut m = Map::new();
        for s in Strategy::ALL {
            m.insert(s.key().to_string(), json!(v[s.index()]));
        }
        Value::Object(m)
    };
    let value = json!({
        "model_version": MODEL_VERSION,
        "seed": base.seed(),
        "runs": base.runs(),
        "years": base.years(),
        "objective": terms.iter().map(|(m, w)| json!({
            "metric": m.key(), "label": m.label(lang), "weight": w,
            "better": if m.higher_is_better() == Some(false) { "lower" } else { "higher" },
        })).collect::<Vec<_>>(),
        "constraints": {
            "envelope_juta": constraints.envelope_juta,
            "floors_juta": per_strategy(&constraints.floors_juta),
            "ceilings_juta": per_strategy(&constraints.ceilings_juta),
        },
        "suggestion": candidate_json(base, &report.suggestion, lang),
        "current": candidate_json(base, &report.current, lang),
        "current_keeps_the_constraints": report.current_feasible,
        "share_of_runs_suggestion_beats_current": report.current.share_suggestion_better,
        "change_from_current": changes_json(&report.changes, lang),
        "runners_up": report.runners_up.iter().map(|c| candidate_json(base, c, lang)).collect::<Vec<_>>(),
        "surface_r2": report.surface_fit,
        "ensembles": report.ensembles,
        "runs_computed": report.runs,
    });
    json_text(serde_json::to_string_pretty(&value))
}
