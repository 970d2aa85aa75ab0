//! One strategy's budget, or one model parameter, over a range of values, every other setting
//! held: each value a full ensemble on the base's seeds, its outcomes at the horizon and its
//! paired change from the base. A long sweep can be cut into shards ([`Shard`]) whose points,
//! concatenated in shard order, are the whole sweep's.

use std::ops::Range;

use super::{Flow, Level, PairedChange, PlanError, Progress, Runner, paired, run_chunked, variant};
use crate::world::RunResult;
use crate::{Metric, Scenario, Strategy, Summary};

/// What a sweep varies.
#[derive(Clone, Debug, PartialEq)]
pub enum SweepAxis {
    /// One strategy's yearly budget, Rp juta (whole, 0 or more).
    Budget(Strategy),
    /// One model parameter, by key (validated as a scenario's override is).
    Param(String),
}

/// One value of a sweep.
#[derive(Clone, Debug, PartialEq)]
pub struct SweepPoint {
    /// The value the axis takes.
    pub value: f64,
    /// The outcomes at the horizon.
    pub levels: Vec<Level>,
    /// The paired change from the base at the horizon (this point minus the base).
    pub change: Vec<PairedChange>,
}

/// Shard `index` of `count` (1-based): the `index`-th of `count` consecutive, nearly equal
/// parts of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    /// Which part, 1 to `count`.
    pub index: u32,
    /// How many parts.
    pub count: u32,
}

impl Shard {
    /// The whole list as one part.
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Reads `K/N` (1 <= K <= N); `None` for anything else.
    pub fn parse(text: &str) -> Option<Shard> {
        let (k, n) = text.trim().split_once('/')?;
        let (index, count) = (k.trim().parse().ok()?, n.trim().parse().ok()?);
        (1..=count)
            .contains(&index)
            .then_some(Shard { index, count })
    }
}

/// The items of a list of `len` that a shard holds: shard K of N holds items
/// `len (K - 1) / N` to `len K / N`, so the shards in order cover the list once, in order.
pub fn shard_range(len: usize, shard: Shard) -> Range<usize> {
    let n = shard.count.max(1) as u128;
    let k = u128::from(shard.index.clamp(1, shard.count.max(1)));
    let at = |k: u128| ((len as u128) * k / n) as usize;
    at(k - 1)..at(k)
}

/// The scenarios a sweep runs, in order: the base, then one per value.
pub fn sweep_scenarios(
    base: &Scenario,
    axis: &SweepAxis,
    values: &[f64],
) -> Result<Vec<Scenario>, PlanError> {
    if values.is_empty() {
        return Err(PlanError::NoValues);
    }
    let mut out = vec![base.clone()];
    let mut problems = Vec::new();
    for &value in values {
        let scenario = match axis {
            SweepAxis::Budget(s) => {
                if !(value.is_finite() && value >= 0.0 && value.fract() == 0.0 && value < 1e18) {
                    return Err(PlanError::BudgetValue { value });
                }
                variant(base, |spec| spec.budgets_juta.set(*s, value as u64))
            }
            SweepAxis::Param(key) => variant(base, |spec| {
                spec.params.insert(key.clone(), value);
            }),
        };
        match scenario {
            Ok(s) => out.push(s),
            Err(PlanError::Invalid(e)) => {
                for p in e.0 {
                    if !problems.contains(&p) {
                        problems.push(p);
                    }
                }
            }
            Err(e) => return Err(e),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(PlanError::Invalid(crate::ValidationErrors(problems)))
    }
}

/// A sweep's points from the runs of [`sweep_scenarios`], in its order.
pub fn sweep_from_runs(
    scenarios: &[Scenario],
    values: &[f64],
    metrics: &[Metric],
    runs: &[Vec<RunResult>],
) -> Result<Vec<SweepPoint>, PlanError> {
    if runs.len() != values.len() + 1 || scenarios.len() != runs.len() {
        return Err(PlanError::NoRuns);
    }
    let base_runs = &runs[0];
    Ok(values
        .iter()
        .zip(scenarios.iter().zip(runs).skip(1))
        .map(|(&value, (s, r))| SweepPoint {
            value,
            levels: Level::at_horizon(&Summary::from_runs(s, r), metrics),
            change: paired(r, base_runs, metrics),
        })
        .collect())
}

/// A sweep: every scenario of [`sweep_scenarios`] run by `runner`, with progress.
pub fn sweep(
    base: &Scenario,
    axis: &SweepAxis,
    values: &[f64],
    metrics: &[Metric],
    runner: &mut dyn Runner,
    progress: &mut dyn FnMut(Progress) -> Flow,
) -> Result<Vec<SweepPoint>, PlanError> {
    let scenarios = sweep_scenarios(base, axis, values)?;
    let total = scenarios.iter().map(Scenario::runs).sum();
    let runs = run_chunked(runner, &scenarios, progress, 0, total)?;
    sweep_from_runs(&scenarios, values, metrics, &runs)
}
