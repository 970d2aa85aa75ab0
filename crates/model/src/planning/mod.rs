//! Planning tools over whole ensembles: what the next Rp 100 juta buys in each strategy
//! ([`marginal`]), an outcome across a range of one budget or parameter ([`sweep`]), and a
//! suggested split within an envelope, floors and ceilings ([`optimize`]).
//!
//! Every scenario a tool runs keeps its base's seed, runs and horizon, so run `i` of each meets
//! the same dice (common random numbers) and every difference is paired run by run, summarised
//! and judged by [`Comparison`] as everywhere else. The tools know nothing of threads or I/O:
//! the caller hands them a [`Runner`] that computes ensembles (one after another with
//! [`in_order`], on every core in the runner, in web workers in the page), and each tool also
//! exists in two halves, the scenarios to run and the report from their runs, for a caller that
//! runs them as it likes.

mod marginal;
mod optimize;
mod sweep;

pub use marginal::{
    Marginal, MarginalRow, STEP_JUTA, marginal, marginal_from_runs, marginal_scenarios,
};
pub use optimize::{
    Candidate, Constraints, Objective, OptimizeConfig, OptimizeReport, Origin, Search, Stage,
    optimize,
};
pub use sweep::{
    Shard, SweepAxis, SweepPoint, shard_range, sweep, sweep_from_runs, sweep_scenarios,
};

use crate::world::RunResult;
use crate::{
    Comparison, Lang, Metric, Scenario, ScenarioSpec, Summary, ValidationErrors, Verdict,
    group_thousands,
};

/// Computes ensembles: for each scenario, every one of its runs, run `i` on
/// `run_seed(seed, i)`, in run order. Any function or closure of that shape is a runner.
pub trait Runner {
    /// Every run of each scenario, in the scenarios' order.
    fn run(&mut self, scenarios: &[Scenario]) -> Vec<Vec<RunResult>>;
}

impl<F: FnMut(&[Scenario]) -> Vec<Vec<RunResult>>> Runner for F {
    fn run(&mut self, scenarios: &[Scenario]) -> Vec<Vec<RunResult>> {
        self(scenarios)
    }
}

/// The simplest runner: every run of every scenario, one after another on this thread.
pub fn in_order(scenarios: &[Scenario]) -> Vec<Vec<RunResult>> {
    scenarios
        .iter()
        .map(|s| {
            let mut e = crate::Ensemble::new(s);
            while e.step() {}
            e.results().to_vec()
        })
        .collect()
}

/// Whether a long computation goes on: what a progress callback answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Go on.
    Continue,
    /// Stop as soon as the ensembles being computed are done; the tool returns
    /// [`PlanError::Cancelled`].
    Stop,
}

/// How far a tool has come, in seeded runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Runs computed so far.
    pub done: u32,
    /// Runs the tool will compute in all (for [`optimize`], its current estimate).
    pub total: u32,
}

/// How many ensembles a tool hands its runner at once, between two progress reports.
pub(crate) const CHUNK: usize = 4;

/// Why a planning tool gave no answer.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PlanError {
    /// A scenario the tool would run does not validate (a budget past the model's limit, a
    /// parameter value out of its range).
    #[error("{0}")]
    Invalid(ValidationErrors),
    /// The floors, ceilings and envelope cannot all hold.
    #[error(
        "the floors add up to Rp {} million and the ceilings to Rp {} million: no split of an envelope of Rp {} million keeps them",
        group_thousands(Lang::En, *floors_juta),
        group_thousands(Lang::En, *ceilings_juta),
        group_thousands(Lang::En, *envelope_juta)
    )]
    Infeasible {
        /// The floors' sum, Rp juta.
        floors_juta: u64,
        /// The ceilings' sum, Rp juta (saturating).
        ceilings_juta: u64,
        /// The envelope, Rp juta.
        envelope_juta: u64,
    },
    /// A strategy's floor is above its ceiling.
    #[error(
        "the floor of {strategy} (Rp {} million) is above its ceiling (Rp {} million)",
        group_thousands(Lang::En, *floor_juta),
        group_thousands(Lang::En, *ceiling_juta)
    )]
    FloorAboveCeiling {
        /// The strategy's key.
        strategy: &'static str,
        /// Its floor, Rp juta.
        floor_juta: u64,
        /// Its ceiling, Rp juta.
        ceiling_juta: u64,
    },
    /// The objective weighs no outcome.
    #[error("the objective must give a weight to at least one outcome")]
    ObjectiveEmpty,
    /// The objective weighs an outcome that is neither better nor worse when higher.
    #[error("the objective cannot weigh {metric}: it is neither better nor worse when higher")]
    ObjectiveNoDirection {
        /// The outcome's key.
        metric: &'static str,
    },
    /// A sweep has no values.
    #[error("a sweep needs at least one value")]
    NoValues,
    /// A budget sweep's value is not a whole number of Rp juta, 0 or more.
    #[error("a budget must be a whole number of Rp million, 0 or more, not {value}")]
    BudgetValue {
        /// The value given.
        value: f64,
    },
    /// The progress callback asked to stop.
    #[error("stopped before the end, as asked")]
    Cancelled,
    /// The runner gave back no run, or runs of another length, for a scenario.
    #[error("the runner gave back no runs for a scenario")]
    NoRuns,
}

impl PlanError {
    /// The problems in plain words, in the given language: one message per problem.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            PlanError::Invalid(errors) => errors.messages(lang),
            e => vec![e.message(lang)],
        }
    }

    fn message(&self, lang: Lang) -> String {
        let rp = |juta: u64| group_thousands(lang, juta);
        match (lang, self) {
            (_, PlanError::Invalid(errors)) => errors.messages(lang).join("; "),
            (Lang::En, e) => e.to_string(),
            (
                Lang::Id,
                PlanError::Infeasible {
                    floors_juta,
                    ceilings_juta,
                    envelope_juta,
                },
            ) => format!(
                "batas bawah berjumlah Rp {} juta dan batas atas Rp {} juta: tidak ada pembagian pagu Rp {} juta yang memenuhi keduanya",
                rp(*floors_juta),
                rp(*ceilings_juta),
                rp(*envelope_juta)
            ),
            (
                Lang::Id,
                PlanError::FloorAboveCeiling {
                    strategy,
                    floor_juta,
                    ceiling_juta,
                },
            ) => format!(
                "batas bawah {strategy} (Rp {} juta) di atas batas atasnya (Rp {} juta)",
                rp(*floor_juta),
                rp(*ceiling_juta)
            ),
            (Lang::Id, PlanError::ObjectiveEmpty) => {
                "sasaran harus memberi bobot pada paling sedikit satu hasil".to_string()
            }
            (Lang::Id, PlanError::ObjectiveNoDirection { metric }) => format!(
                "sasaran tidak dapat memberi bobot pada {metric}: hasil ini tidak lebih baik atau lebih buruk bila lebih tinggi"
            ),
            (Lang::Id, PlanError::NoValues) => {
                "sapuan memerlukan paling sedikit satu nilai".to_string()
            }
            (Lang::Id, PlanError::BudgetValue { value }) => format!(
                "anggaran harus bilangan bulat Rp juta, 0 atau lebih, bukan {}",
                format!("{value}").replace('.', ",")
            ),
            (Lang::Id, PlanError::Cancelled) => {
                "dihentikan sebelum selesai, sesuai permintaan".to_string()
            }
            (Lang::Id, PlanError::NoRuns) => {
                "pelaksana tidak mengembalikan ulangan untuk sebuah skenario".to_string()
            }
        }
    }
}

/// One outcome at the horizon: the mean and the 10th and 90th percentiles over runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Level {
    /// The outcome.
    pub metric: Metric,
    /// The mean over runs (NaN where no run has a value).
    pub mean: f64,
    /// The 10th percentile over runs.
    pub p10: f64,
    /// The 90th percentile over runs.
    pub p90: f64,
}

impl Level {
    /// Each of `metrics` at a summary's horizon.
    pub fn at_horizon(summary: &Summary, metrics: &[Metric]) -> Vec<Level> {
        metrics
            .iter()
            .map(|&m| {
                let b = summary.bands(m);
                let last = |v: &[f64]| v.last().copied().unwrap_or(f64::NAN);
                Level {
                    metric: m,
                    mean: last(&b.mean),
                    p10: last(&b.p10),
                    p90: last(&b.p90),
                }
            })
            .collect()
    }
}

/// The paired change in one outcome at the horizon: the mean and the 10th and 90th percentiles
/// of the per-run difference, the share of runs better, and the verdict ([`Comparison`]'s
/// rules).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairedChange {
    /// The outcome.
    pub metric: Metric,
    /// The mean per-run difference.
    pub mean: f64,
    /// Its 10th percentile.
    pub p10: f64,
    /// Its 90th percentile.
    pub p90: f64,
    /// The share of runs in which the change is for the better (higher or lower as the outcome
    /// prefers).
    pub share_better: f64,
    /// What the change means.
    pub verdict: Verdict,
}

impl PairedChange {
    /// Each of `metrics` at a comparison's horizon.
    pub fn at_horizon(c: &Comparison, metrics: &[Metric]) -> Vec<PairedChange> {
        let horizon = c.months.last().copied().unwrap_or(0);
        metrics
            .iter()
            .map(|&m| {
                let d = c.difference(m);
                let last = |v: &[f64]| v.last().copied().unwrap_or(f64::NAN);
                PairedChange {
                    metric: m,
                    mean: last(&d.mean),
                    p10: last(&d.p10),
                    p90: last(&d.p90),
                    share_better: c.share_better(m, horizon),
                    verdict: c.verdict(m, horizon),
                }
            })
            .collect()
    }
}

/// The paired changes of `runs` against `base_runs` at the horizon (an empty comparison, every
/// change NaN with no value, when no run pairs up).
pub(crate) fn paired(
    runs: &[RunResult],
    base_runs: &[RunResult],
    metrics: &[Metric],
) -> Vec<PairedChange> {
    match Comparison::at_horizon(runs, base_runs) {
        Some(c) => PairedChange::at_horizon(&c, metrics),
        None => metrics
            .iter()
            .map(|&m| PairedChange {
                metric: m,
                mean: f64::NAN,
                p10: f64::NAN,
                p90: f64::NAN,
                share_better: 0.0,
                verdict: Verdict::NoValue,
            })
            .collect(),
    }
}

/// A scenario with another spec on the base's seed, runs and horizon, validated.
pub(crate) fn variant(
    base: &Scenario,
    change: impl FnOnce(&mut ScenarioSpec),
) -> Result<Scenario, PlanError> {
    let mut spec = base.spec().clone();
    change(&mut spec);
    spec.seed = base.seed();
    spec.runs = base.runs();
    spec.years = base.years();
    spec.validate().map_err(PlanError::Invalid)
}

/// Runs scenarios in chunks of [`CHUNK`], reporting the runs done after each; stops when asked.
pub(crate) fn run_chunked(
    runner: &mut dyn Runner,
    scenarios: &[Scenario],
    progress: &mut dyn FnMut(Progress) -> Flow,
    done_before: u32,
    total: u32,
) -> Result<Vec<Vec<RunResult>>, PlanError> {
    let mut out = Vec::with_capacity(scenarios.len());
    let mut done = done_before;
    for chunk in scenarios.chunks(CHUNK) {
        let runs = runner.run(chunk);
        if runs.len() != chunk.len()
            || runs
                .iter()
                .zip(chunk)
                .any(|(r, s)| r.len() != s.runs() as usize)
        {
            return Err(PlanError::NoRuns);
        }
        done += runs.iter().map(|r| r.len() as u32).sum::<u32>();
        out.extend(runs);
        if progress(Progress { done, total }) == Flow::Stop {
            return Err(PlanError::Cancelled);
        }
    }
    Ok(out)
}

/// A progress callback that never stops.
pub fn no_progress(_: Progress) -> Flow {
    Flow::Continue
}
