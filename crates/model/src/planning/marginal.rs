//! What the next Rp 100 juta buys: for each strategy, the paired change in each outcome at the
//! horizon from [`STEP_JUTA`] more a year in that strategy alone, and from as much less (never
//! below 0), every other budget held, on the base's seeds.

use super::{Flow, Level, PairedChange, PlanError, Progress, Runner, paired, run_chunked, variant};
use crate::world::RunResult;
use crate::{Metric, Scenario, Strategy, Summary};

/// The step the page and the runner ask about, Rp juta a year.
pub const STEP_JUTA: u64 = 100;

/// One strategy's marginal changes.
#[derive(Clone, Debug, PartialEq)]
pub struct MarginalRow {
    /// The strategy.
    pub strategy: Strategy,
    /// Its budget in the base, Rp juta a year.
    pub budget_juta: u64,
    /// The paired change from the step more (more minus base), one per outcome asked for.
    pub more: Vec<PairedChange>,
    /// How much was taken away: the step, or the whole budget when it is smaller.
    pub less_juta: u64,
    /// The paired change from taking [`MarginalRow::less_juta`] away (less minus base); all
    /// [`crate::Verdict::Same`] when the budget is already 0.
    pub less: Vec<PairedChange>,
}

/// The marginal table of a base scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Marginal {
    /// The step, Rp juta a year.
    pub step_juta: u64,
    /// The base's outcomes at the horizon.
    pub base: Vec<Level>,
    /// One row per strategy, in the study's order.
    pub rows: Vec<MarginalRow>,
}

/// The scenarios the marginal table runs, in order: the base, each strategy with the step
/// more, then each strategy whose budget is above 0 with the step less (floored at 0).
pub fn marginal_scenarios(base: &Scenario, step_juta: u64) -> Result<Vec<Scenario>, PlanError> {
    let mut out = vec![base.clone()];
    let mut problems = Vec::new();
    let mut push = |s: Result<Scenario, PlanError>| match s {
        Ok(s) => out.push(s),
        Err(PlanError::Invalid(e)) => problems.extend(e.0),
        Err(_) => {}
    };
    for s in Strategy::ALL {
        let b = base.budgets().get(s);
        push(variant(base, |spec| {
            spec.budgets_juta.set(s, b.saturating_add(step_juta))
        }));
    }
    for s in Strategy::ALL {
        let b = base.budgets().get(s);
        if b > 0 {
            push(variant(base, |spec| {
                spec.budgets_juta.set(s, b.saturating_sub(step_juta))
            }));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        problems.dedup();
        Err(PlanError::Invalid(crate::ValidationErrors(problems)))
    }
}

/// The marginal table from the runs of [`marginal_scenarios`], in its order.
pub fn marginal_from_runs(
    base: &Scenario,
    step_juta: u64,
    metrics: &[Metric],
    runs: &[Vec<RunResult>],
) -> Result<Marginal, PlanError> {
    let budgets = base.budgets();
    let with_budget = Strategy::ALL
        .iter()
        .filter(|&&s| budgets.get(s) > 0)
        .count();
    if runs.len() != 1 + Strategy::ALL.len() + with_budget {
        return Err(PlanError::NoRuns);
    }
    let base_runs = &runs[0];
    let mut less_runs = runs[1 + Strategy::ALL.len()..].iter();
    let rows = Strategy::ALL
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let budget_juta = budgets.get(s);
            let more = paired(&runs[1 + i], base_runs, metrics);
            let less = if budget_juta > 0 {
                paired(less_runs.next().unwrap_or(base_runs), base_runs, metrics)
            } else {
                paired(base_runs, base_runs, metrics)
            };
            MarginalRow {
                strategy: s,
                budget_juta,
                more,
                less_juta: budget_juta.min(step_juta),
                less,
            }
        })
        .collect();
    Ok(Marginal {
        step_juta,
        base: Level::at_horizon(&Summary::from_runs(base, base_runs), metrics),
        rows,
    })
}

/// The marginal table of a base scenario: every scenario of [`marginal_scenarios`] run by
/// `runner`, reporting progress after every few ensembles.
pub fn marginal(
    base: &Scenario,
    step_juta: u64,
    metrics: &[Metric],
    runner: &mut dyn Runner,
    progress: &mut dyn FnMut(Progress) -> Flow,
) -> Result<Marginal, PlanError> {
    let scenarios = marginal_scenarios(base, step_juta)?;
    let total = scenarios.iter().map(Scenario::runs).sum();
    let runs = run_chunked(runner, &scenarios, progress, 0, total)?;
    marginal_from_runs(base, step_juta, metrics, &runs)
}
