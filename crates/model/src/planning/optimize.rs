//! A suggested split: the allocation of an envelope, within per-strategy floors and ceilings,
//! that does best on an objective (one outcome, or a weighted mix), searched on common random
//! numbers with few ensembles.
//!
//! The method copes with the model's noise by never comparing splits on different dice, and
//! with the cost of an ensemble by fitting surfaces rather than climbing step by step (a
//! trust-region response surface):
//!
//! 1. *Explore, in rounds.* Each round runs a space-filling design of splits inside a region of
//!    the feasible set `{floor_i <= x_i <= ceiling_i, sum x_i = envelope}`: each strategy pushed
//!    as far as the region lets it, the region's even split, its centre, and points chosen one
//!    by one from a seeded pool of random splits to lie as far as possible from those already
//!    chosen (maximin). Each runs a short ensemble (the first [`OptimizeConfig::search_runs`]
//!    runs of the base's seeds). The first region is the whole feasible set (centred on the
//!    current split brought inside it); each later one is a box of
//!    [`OptimizeConfig::radii`] times the envelope around the previous round's peak.
//! 2. *Fit.* A full quadratic in six of the seven budgets (the seventh is the envelope's rest),
//!    in coordinates scaled to the region, by least squares with a small ridge; its maximum in
//!    the region is found by projected gradient ascent from several starts, projected onto the
//!    constraints and rounded to whole Rp juta without leaving them.
//! 3. *Confirm.* The last surface's peak, the best few splits explored in any round, and the
//!    current split run the full ensemble on the base's seeds; the best of them on the
//!    objective's mean is the suggestion, reported with how often across runs it beats the
//!    current split and how far behind the runners-up are (how flat the optimum is).
//!
//! Every split the search runs or suggests keeps the envelope, floors and ceilings exactly.

use rand::RngExt;
use rand_pcg::Pcg64Mcg;

use super::{Flow, Level, PairedChange, PlanError, Progress, Runner, paired, run_chunked};
use crate::ensemble::percentile;
use crate::world::RunResult;
use crate::{Budgets, Metric, Scenario, Strategy, Summary};

const N: usize = 7;

/// What the search maximises: a weighted sum of outcomes at the horizon, each counted the way
/// it is better (a weight on an obstacle rewards lowering it).
#[derive(Clone, Debug, PartialEq)]
pub struct Objective {
    terms: Vec<(Metric, f64)>,
}

impl Objective {
    /// An objective from outcomes and their weights (a weight of 1 on each is an even mix in
    /// the outcomes' own units). Refuses an empty mix, a weight that is not a finite number
    /// other than 0, and an outcome that is neither better nor worse when higher.
    pub fn new(terms: Vec<(Metric, f64)>) -> Result<Objective, PlanError> {
        for &(m, _) in &terms {
            if m.higher_is_better().is_none() {
                return Err(PlanError::ObjectiveNoDirection { metric: m.key() });
            }
        }
        let terms: Vec<(Metric, f64)> = terms
            .into_iter()
            .filter(|&(_, w)| w.is_finite() && w != 0.0)
            .collect();
        if terms.is_empty() {
            return Err(PlanError::ObjectiveEmpty);
        }
        Ok(Objective { terms })
    }

    /// One outcome alone.
    pub fn single(m: Metric) -> Result<Objective, PlanError> {
        Objective::new(vec![(m, 1.0)])
    }

    /// The outcomes and their weights.
    pub fn terms(&self) -> &[(Metric, f64)] {
        &self.terms
    }

    /// The objective in one run at its horizon: the sum of weight times value, with the sign
    /// flipped for an outcome that is better lower. A value the run does not have (an empty
    /// city) adds nothing.
    pub fn of_run(&self, r: &RunResult) -> f64 {
        self.terms
            .iter()
            .map(|&(m, w)| {
                let v = r.final_value(m);
                let sign = if m.higher_is_better() == Some(false) {
                    -1.0
                } else {
                    1.0
                };
                if v.is_nan() { 0.0 } else { sign * w * v }
            })
            .sum()
    }
}

/// The envelope a suggestion must spend exactly, and each strategy's floor and ceiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Constraints {
    /// The total to split, Rp juta a year.
    pub envelope_juta: u64,
    /// Each strategy's least budget, Rp juta, in the study's order.
    pub floors_juta: [u64; N],
    /// Each strategy's greatest budget, Rp juta, in the study's order.
    pub ceilings_juta: [u64; N],
}

impl Constraints {
    /// An envelope with no floor (0) and no ceiling (the envelope) on any strategy.
    pub fn envelope(envelope_juta: u64) -> Constraints {
        Constraints {
            envelope_juta,
            floors_juta: [0; N],
            ceilings_juta: [envelope_juta; N],
        }
    }

    /// Whether some split keeps them: each floor at most its ceiling, the floors adding up to
    /// at most the envelope and the ceilings to at least it.
    pub fn check(&self) -> Result<(), PlanError> {
        for (i, s) in Strategy::ALL.iter().enumerate() {
            if self.floors_juta[i] > self.ceilings_juta[i] {
                return Err(PlanError::FloorAboveCeiling {
                    strategy: s.key(),
                    floor_juta: self.floors_juta[i],
                    ceiling_juta: self.ceilings_juta[i],
                });
            }
        }
        let floors = self
            .floors_juta
            .iter()
            .fold(0u64, |a, &b| a.saturating_add(b));
        let ceilings = self
            .ceilings_juta
            .iter()
            .fold(0u64, |a, &b| a.saturating_add(b));
        if floors > self.envelope_juta || ceilings < self.envelope_juta {
            return Err(PlanError::Infeasible {
                floors_juta: floors,
                ceilings_juta: ceilings,
                envelope_juta: self.envelope_juta,
            });
        }
        if self.envelope_juta > crate::MAX_ENVELOPE_JUTA {
            return Err(PlanError::Invalid(crate::ValidationErrors(vec![
                crate::ValidationError::EnvelopeTooLarge {
                    envelope_juta: self.envelope_juta,
                    max_juta: crate::MAX_ENVELOPE_JUTA,
                },
            ])));
        }
        Ok(())
    }

    /// Whether a split keeps them: it spends the envelope exactly and each budget is within
    /// its floor and ceiling.
    pub fn hold(&self, b: &Budgets) -> bool {
        let a = b.to_array();
        b.total() == self.envelope_juta
            && (0..N).all(|i| self.floors_juta[i] <= a[i] && a[i] <= self.ceilings_juta[i])
    }
}

/// How a search is run.
#[derive(Clone, Debug, PartialEq)]
pub struct OptimizeConfig {
    /// What it maximises.
    pub objective: Objective,
    /// The envelope, floors and ceilings.
    pub constraints: Constraints,
    /// The outcomes reported for the suggestion and the current split.
    pub metrics: Vec<Metric>,
    /// How many splits each exploring round runs (the surface has 28 coefficients).
    pub design_points: u32,
    /// The later rounds' regions: each a box of this fraction of the envelope on either side of
    /// the previous round's peak (the first round explores the whole feasible set).
    pub radii: Vec<f64>,
    /// Runs in each exploring ensemble: the first of the base's seeds (at most the base's runs).
    pub search_runs: u32,
    /// How many of the best explored splits are confirmed with the full ensemble, besides the
    /// surface's peak and the current split.
    pub confirm_best: u32,
}

impl OptimizeConfig {
    /// The defaults for an objective and constraints: three rounds of 40 splits (the whole
    /// feasible set, then 20% and 8% of the envelope around the peak) of 8 runs each, the best
    /// 3 explored confirmed, the headline outcomes reported.
    pub fn new(objective: Objective, constraints: Constraints) -> OptimizeConfig {
        OptimizeConfig {
            objective,
            constraints,
            metrics: Metric::HEADLINE.to_vec(),
            design_points: 40,
            radii: vec![0.2, 0.08],
            search_runs: 8,
            confirm_best: 3,
        }
    }
}

/// Where a candidate split came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The maximum of the fitted surface.
    Surface,
    /// One of the explored splits.
    Explored,
    /// The current split (the base scenario's).
    Current,
}

impl Origin {
    /// A snake_case key for JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            Origin::Surface => "surface",
            Origin::Explored => "explored",
            Origin::Current => "current",
        }
    }
}

/// A split run with the full ensemble.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The split, Rp juta a year.
    pub budgets: Budgets,
    /// Where it came from.
    pub origin: Origin,
    /// The objective's mean over runs.
    pub objective: f64,
    /// The outcomes at the horizon (empty when the search was fed objective values only).
    pub levels: Vec<Level>,
    /// The suggestion's objective minus this one's, run by run: the mean.
    pub behind_mean: f64,
    /// The 10th percentile of that per-run difference.
    pub behind_p10: f64,
    /// The 90th percentile of that per-run difference.
    pub behind_p90: f64,
    /// The share of runs in which the suggestion's objective is higher than this one's.
    pub share_suggestion_better: f64,
    /// How much money the suggestion moves to differ from this split, Rp juta a year (half the
    /// sum of the budgets' absolute differences).
    pub moved_juta: u64,
}

/// What a search found.
#[derive(Clone, Debug, PartialEq)]
pub struct OptimizeReport {
    /// The suggested split: the best confirmed candidate (the current split itself when
    /// nothing beat it). It keeps the constraints.
    pub suggestion: Candidate,
    /// The current split, run with the same seeds (its `behind_*` fields compare the
    /// suggestion with it).
    pub current: Candidate,
    /// Whether the current split keeps the constraints itself.
    pub current_feasible: bool,
    /// The paired change in each reported outcome from the current split to the suggestion
    /// (empty when the search was fed objective values only).
    pub changes: Vec<PairedChange>,
    /// The other confirmed candidates, best first: how far behind they are says how flat the
    /// optimum is.
    pub runners_up: Vec<Candidate>,
    /// How much of the explored splits' spread in the objective the surface explains (R², 0-1).
    pub surface_fit: f64,
    /// The ensembles the search ran.
    pub ensembles: u32,
    /// The runs the search ran.
    pub runs: u32,
}

/// Which step a [`Search`] is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Short ensembles of one round's designed splits.
    Explore,
    /// Full ensembles of the candidates and the current split.
    Confirm,
    /// Nothing left to run: [`Search::report`] has the answer.
    Done,
}

/// A search as a sequence of batches, for a caller that runs ensembles its own way (web workers):
/// ask [`Search::scenarios`], run them, hand the runs to [`Search::feed`], until the stage is
/// [`Stage::Done`]. [`optimize`] does this with a [`Runner`].
#[derive(Clone, Debug)]
pub struct Search {
    base: Scenario,
    config: OptimizeConfig,
    stage: Stage,
    /// The exploring round under way, from 0.
    round: usize,
    /// The region the round explores.
    region: Constraints,
    /// The round's splits.
    design: Vec<Budgets>,
    /// Every split explored so far, with the objective's mean over the search runs.
    explored: Vec<(Budgets, f64)>,
    surface_fit: f64,
    candidates: Vec<(Budgets, Origin)>,
    /// The confirmed candidates' (and, last, the current split's) per-run objective values
    /// and, when fed runs, their outcomes.
    confirmed: Vec<(Vec<f64>, Vec<Level>)>,
    /// The paired changes, current to each candidate, when fed runs.
    confirmed_changes: Vec<Vec<PairedChange>>,
    ensembles: u32,
    runs: u32,
}

impl Search {
    /// A search from a base scenario (its seed, runs, horizon, parameters and current split).
    pub fn new(base: &Scenario, config: OptimizeConfig) -> Result<Search, PlanError> {
        config.constraints.check()?;
        let region = config.constraints;
        let centre = inside(base.budgets(), &region);
        let design = design(base.seed(), &region, &centre, config.design_points);
        Ok(Search {
            base: base.clone(),
            config,
            stage: Stage::Explore,
            round: 0,
            region,
            design,
            explored: Vec::new(),
            surface_fit: 0.0,
            candidates: Vec::new(),
            confirmed: Vec::new(),
            confirmed_changes: Vec::new(),
            ensembles: 0,
            runs: 0,
        })
    }

    /// The step the search is at.
    pub fn stage(&self) -> Stage {
        self.stage
    }

    /// The splits the current stage runs, and with how many runs each.
    pub fn pending(&self) -> (Vec<Budgets>, u32) {
        match self.stage {
            Stage::Explore => (self.design.clone(), self.search_runs()),
            Stage::Confirm => {
                let mut splits: Vec<Budgets> = self.candidates.iter().map(|c| c.0).collect();
                splits.push(*self.base.budgets());
                (splits, self.base.runs())
            }
            Stage::Done => (Vec::new(), 0),
        }
    }

    /// The scenarios the current stage runs: the base with each pending split (and the runs
    /// of the stage).
    pub fn scenarios(&self) -> Vec<Scenario> {
        let (splits, runs) = self.pending();
        splits
            .into_iter()
            .map(|b| {
                let mut spec = self.base.spec().clone();
                spec.budgets_juta = b;
                spec.runs = runs;
                // The base validated, the split spends at most the envelope (itself checked
                // against the model's limit) and the runs are at most the base's: the work and
                // every parameter are within what validation accepts.
                Scenario::with_params(spec, self.base.params().clone())
            })
            .collect()
    }

    /// The runs a whole search takes, as now estimated: what has run, the exploring rounds
    /// left, then the full ensembles of the confirming stage: the surface's peak, the best
    /// explored splits, the current split as a candidate (when it keeps the constraints) and
    /// the current split to compare with. Exact unless the current split is among the best
    /// explored, when it is one ensemble too many.
    pub fn runs_estimate(&self) -> u32 {
        let full = self.base.runs();
        match self.stage {
            Stage::Explore => {
                let rounds_left = (1 + self.config.radii.len()).saturating_sub(self.round) as u32;
                let current = u32::from(self.config.constraints.hold(self.base.budgets()));
                self.runs
                    + rounds_left * self.config.design_points.max(1) * self.search_runs()
                    + (1 + self.config.confirm_best + current + 1) * full
            }
            Stage::Confirm => self.runs + (self.candidates.len() as u32 + 1) * full,
            Stage::Done => self.runs,
        }
    }

    /// Hands over the runs of [`Search::scenarios`], in its order, and moves on.
    pub fn feed(&mut self, runs: &[Vec<RunResult>]) -> Result<(), PlanError> {
        let values: Vec<Vec<f64>> = runs
            .iter()
            .map(|r| {
                r.iter()
                    .map(|run| self.config.objective.of_run(run))
                    .collect()
            })
            .collect();
        if self.stage == Stage::Confirm && runs.len() == self.candidates.len() + 1 {
            let metrics = &self.config.metrics;
            let current = &runs[runs.len() - 1];
            let changes = runs[..runs.len() - 1]
                .iter()
                .map(|r| paired(r, current, metrics))
                .collect();
            let levels: Vec<Vec<Level>> = runs
                .iter()
                .map(|r| Level::at_horizon(&Summary::from_runs(&self.base, r), metrics))
                .collect();
            self.feed_values(values)?;
            self.confirmed_changes = changes;
            for (c, l) in self.confirmed.iter_mut().zip(levels) {
                c.1 = l;
            }
            return Ok(());
        }
        self.feed_values(values)
    }

    /// Hands over the objective's value in every run of every pending split, in order: for a
    /// caller that evaluates the objective itself (the tests use a known function).
    pub fn feed_values(&mut self, values: Vec<Vec<f64>>) -> Result<(), PlanError> {
        let (splits, runs) = self.pending();
        if splits.is_empty()
            || values.len() != splits.len()
            || values.iter().any(|v| v.len() != runs as usize)
        {
            return Err(PlanError::NoRuns);
        }
        self.ensembles += splits.len() as u32;
        self.runs += splits.len() as u32 * runs;
        match self.stage {
            Stage::Explore => {
                let means: Vec<f64> = values.iter().map(|v| mean(v)).collect();
                self.explored
                    .extend(splits.iter().copied().zip(means.iter().copied()));
                self.next_round(&splits, &means);
            }
            Stage::Confirm => {
                self.confirmed = values.into_iter().map(|v| (v, Vec::new())).collect();
                self.stage = Stage::Done;
            }
            Stage::Done => {}
        }
        Ok(())
    }

    /// What the search found, once it is [`Stage::Done`].
    pub fn report(&self) -> Option<OptimizeReport> {
        if self.stage != Stage::Done || self.confirmed.len() != self.candidates.len() + 1 {
            return None;
        }
        let objective: Vec<f64> = self.confirmed.iter().map(|c| mean(&c.0)).collect();
        let best = (0..self.candidates.len())
            .max_by(|&a, &b| objective[a].total_cmp(&objective[b]).then(b.cmp(&a)))?;
        let best_values = &self.confirmed[best].0;
        let best_budgets = self.candidates[best].0;
        let candidate = |i: usize, budgets: Budgets, origin: Origin| {
            let values = &self.confirmed[i].0;
            let mut diffs: Vec<f64> = best_values.iter().zip(values).map(|(b, v)| b - v).collect();
            let share =
                diffs.iter().filter(|&&d| d > 0.0).count() as f64 / diffs.len().max(1) as f64;
            let behind_mean = mean(&diffs);
            diffs.sort_by(f64::total_cmp);
            Candidate {
                budgets,
                origin,
                objective: objective[i],
                levels: self.confirmed[i].1.clone(),
                behind_mean,
                behind_p10: percentile(&diffs, 0.1),
                behind_p90: percentile(&diffs, 0.9),
                share_suggestion_better: share,
                moved_juta: moved(&best_budgets, &budgets),
            }
        };
        let mut runners_up: Vec<Candidate> = (0..self.candidates.len())
            .filter(|&i| i != best)
            .map(|i| candidate(i, self.candidates[i].0, self.candidates[i].1))
            .collect();
        runners_up.sort_by(|a, b| b.objective.total_cmp(&a.objective));
        Some(OptimizeReport {
            suggestion: candidate(best, best_budgets, self.candidates[best].1),
            current: candidate(self.candidates.len(), *self.base.budgets(), Origin::Current),
            current_feasible: self.config.constraints.hold(self.base.budgets()),
            changes: self
                .confirmed_changes
                .get(best)
                .cloned()
                .unwrap_or_default(),
            runners_up,
            surface_fit: self.surface_fit,
            ensembles: self.ensembles,
            runs: self.runs,
        })
    }

    fn search_runs(&self) -> u32 {
        self.config.search_runs.clamp(1, self.base.runs())
    }

    /// Fits the round's surface and either lays out the next round around its peak or, after
    /// the last round, picks the candidates to confirm.
    fn next_round(&mut self, splits: &[Budgets], means: &[f64]) {
        let c = self.config.constraints;
        let e = c.envelope_juta as f64;
        let region = self.region;
        let lo = region.floors_juta.map(|x| x as f64);
        let hi = region.ceilings_juta.map(|x| x.min(c.envelope_juta) as f64);
        let points: Vec<[f64; N]> = splits
            .iter()
            .map(|b| b.to_array().map(|x| x as f64))
            .collect();
        let surface = Surface::fit(&points, means, &lo, &hi);
        self.surface_fit = surface.fit;
        // The peak, climbed from the round's best splits and its centre.
        let mut order: Vec<usize> = (0..means.len()).collect();
        order.sort_by(|&a, &b| means[b].total_cmp(&means[a]).then(a.cmp(&b)));
        let mut starts: Vec<[f64; N]> = order.iter().take(5).map(|&i| points[i]).collect();
        starts.push(project(&surface.centre, &lo, &hi, e));
        let peak = starts
            .iter()
            .map(|s| surface.climb(*s, &lo, &hi, e))
            .max_by(|a, b| surface.value(a).total_cmp(&surface.value(b)))
            .unwrap_or(starts[0]);
        let peak = round_feasible(&peak, &region);
        self.round += 1;
        if let Some(&radius) = self.config.radii.get(self.round - 1) {
            let reach = (radius.max(0.0) * e).round() as u64;
            let pa = peak.to_array();
            self.region = Constraints {
                envelope_juta: c.envelope_juta,
                floors_juta: std::array::from_fn(|i| {
                    c.floors_juta[i].max(pa[i].saturating_sub(reach))
                }),
                ceilings_juta: std::array::from_fn(|i| {
                    c.ceilings_juta[i].min(pa[i].saturating_add(reach))
                }),
            };
            self.design = design(
                self.base.seed().wrapping_add(self.round as u64),
                &self.region,
                &peak,
                self.config.design_points,
            );
            return;
        }
        let mut candidates = vec![(peak, Origin::Surface)];
        let mut explored = self.explored.clone();
        explored.sort_by(|a, b| b.1.total_cmp(&a.1));
        let current = *self.base.budgets();
        for (b, _) in explored {
            if candidates.len() > self.config.confirm_best as usize {
                break;
            }
            if !candidates.iter().any(|(x, _)| *x == b) {
                let origin = if b == current {
                    Origin::Current
                } else {
                    Origin::Explored
                };
                candidates.push((b, origin));
            }
        }
        // The current split is a candidate too when it keeps the constraints: a suggestion is
        // never worse on the confirming runs than keeping things as they are.
        if c.hold(&current) && !candidates.iter().any(|(x, _)| *x == current) {
            candidates.push((current, Origin::Current));
        }
        self.candidates = candidates;
        self.stage = Stage::Confirm;
    }
}

/// Searches for the best split of the constraints' envelope on the objective, running every
/// ensemble with `runner` and reporting progress, in runs, after every few ensembles; the
/// callback may stop it ([`PlanError::Cancelled`]).
pub fn optimize(
    base: &Scenario,
    config: OptimizeConfig,
    runner: &mut dyn Runner,
    progress: &mut dyn FnMut(Progress) -> Flow,
) -> Result<OptimizeReport, PlanError> {
    let mut search = Search::new(base, config)?;
    let mut done = 0;
    while search.stage() != Stage::Done {
        let scenarios = search.scenarios();
        let total = search.runs_estimate();
        let runs = run_chunked(runner, &scenarios, progress, done, total)?;
        done += runs.iter().map(|r| r.len() as u32).sum::<u32>();
        search.feed(&runs)?;
    }
    search.report().ok_or(PlanError::NoRuns)
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

/// Half the sum of the absolute differences: the money moved from one split to the other.
fn moved(a: &Budgets, b: &Budgets) -> u64 {
    let (a, b) = (a.to_array(), b.to_array());
    (0..N).map(|i| a[i].abs_diff(b[i])).sum::<u64>() / 2
}

/// A split inside a region: `b` projected onto it and rounded.
fn inside(b: &Budgets, region: &Constraints) -> Budgets {
    let lo = region.floors_juta.map(|x| x as f64);
    let hi = region
        .ceilings_juta
        .map(|x| x.min(region.envelope_juta) as f64);
    let x = b.to_array().map(|x| x as f64);
    round_feasible(&project(&x, &lo, &hi, region.envelope_juta as f64), region)
}

/// A round's splits in a region: the corners (each strategy as high as the region lets it go),
/// the even split of what the floors leave, the centre, then maximin picks from a seeded pool
/// of random splits, `n` in all (fewer when the region holds fewer whole splits).
fn design(seed: u64, region: &Constraints, centre: &Budgets, n: u32) -> Vec<Budgets> {
    let c = region;
    let e = c.envelope_juta as f64;
    let lo = c.floors_juta.map(|x| x as f64);
    let hi = c.ceilings_juta.map(|x| x.min(c.envelope_juta) as f64);
    let spare = e - lo.iter().sum::<f64>();
    let mut chosen: Vec<Budgets> = Vec::new();
    let add = |b: Budgets, chosen: &mut Vec<Budgets>| {
        if !chosen.contains(&b) {
            chosen.push(b);
        }
    };
    for i in 0..N {
        let mut y = lo;
        y[i] += spare;
        add(round_feasible(&project(&y, &lo, &hi, e), c), &mut chosen);
    }
    let even = lo.map(|l| l + spare / N as f64);
    add(round_feasible(&project(&even, &lo, &hi, e), c), &mut chosen);
    add(inside(centre, c), &mut chosen);
    let wanted = (n as usize).max(chosen.len());
    // The pool: splits drawn evenly over the simplex (exponential weights), brought inside the
    // region. Seeded: the same question gets the same design.
    let mut rng = Pcg64Mcg::new(u128::from(seed) << 1 | 1);
    let pool: Vec<Budgets> = (0..wanted * 30)
        .map(|_| {
            let w: [f64; N] = std::array::from_fn(|_| -libm::log(1.0 - rng.random::<f64>()));
            let sum: f64 = w.iter().sum::<f64>().max(f64::MIN_POSITIVE);
            let y: [f64; N] = std::array::from_fn(|i| lo[i] + spare * w[i] / sum);
            round_feasible(&project(&y, &lo, &hi, e), c)
        })
        .collect();
    let as_f64 = |b: &Budgets| b.to_array().map(|x| x as f64);
    let distance = |a: &[f64; N], b: &[f64; N]| -> f64 {
        a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
    };
    let pool_points: Vec<[f64; N]> = pool.iter().map(as_f64).collect();
    let mut nearest: Vec<f64> = pool_points
        .iter()
        .map(|p| {
            chosen
                .iter()
                .map(|b| distance(p, &as_f64(b)))
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    while chosen.len() < wanted {
        let Some((far, &d)) = nearest
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
        else {
            break;
        };
        // Every split left is one already chosen: the region has no more room.
        if d <= 0.0 {
            break;
        }
        chosen.push(pool[far]);
        let p = pool_points[far];
        for (n, q) in nearest.iter_mut().zip(&pool_points) {
            *n = n.min(distance(q, &p));
        }
    }
    chosen
}

/// The point `x` with `lo <= x <= hi` and `sum x = total` nearest to `y`:
/// `x_i = clamp(y_i - t, lo_i, hi_i)` for the shift `t` found by bisection.
fn project(y: &[f64; N], lo: &[f64; N], hi: &[f64; N], total: f64) -> [f64; N] {
    let at = |t: f64| -> [f64; N] { std::array::from_fn(|i| (y[i] - t).clamp(lo[i], hi[i])) };
    let sum = |x: &[f64; N]| x.iter().sum::<f64>();
    let mut a = (0..N).map(|i| y[i] - hi[i]).fold(f64::INFINITY, f64::min) - 1.0;
    let mut b = (0..N)
        .map(|i| y[i] - lo[i])
        .fold(f64::NEG_INFINITY, f64::max)
        + 1.0;
    for _ in 0..200 {
        let m = 0.5 * (a + b);
        if sum(&at(m)) > total {
            a = m;
        } else {
            b = m;
        }
    }
    at(0.5 * (a + b))
}

/// Whole Rp juta near `x` that keep the constraints exactly: each part floored into its bounds,
/// then the rest handed out (or taken back) largest remainder first, a juta at a time when
/// little is left.
fn round_feasible(x: &[f64; N], c: &Constraints) -> Budgets {
    let lo = c.floors_juta;
    let hi = c.ceilings_juta.map(|h| h.min(c.envelope_juta));
    let mut v: [u64; N] =
        std::array::from_fn(|i| (x[i].max(0.0).floor() as u64).clamp(lo[i], hi[i]));
    let rest: [f64; N] = std::array::from_fn(|i| x[i] - v[i] as f64);
    let mut order: Vec<usize> = (0..N).collect();
    order.sort_by(|&a, &b| rest[b].total_cmp(&rest[a]).then(a.cmp(&b)));
    let mut total: u64 = v.iter().sum();
    while total < c.envelope_juta {
        let before = total;
        for &i in &order {
            let short = c.envelope_juta - total;
            let room = (hi[i] - v[i]).min(short);
            let give = if short > N as u64 { room } else { room.min(1) };
            v[i] += give;
            total += give;
            if total == c.envelope_juta {
                break;
            }
        }
        if total == before {
            break;
        }
    }
    while total > c.envelope_juta {
        let before = total;
        for &i in order.iter().rev() {
            let over = total - c.envelope_juta;
            let room = (v[i] - lo[i]).min(over);
            let take = if over > N as u64 { room } else { room.min(1) };
            v[i] -= take;
            total -= take;
            if total == c.envelope_juta {
                break;
            }
        }
        if total == before {
            break;
        }
    }
    Budgets::from_array(v)
}

/// A full quadratic in the first six budgets (the seventh is what the envelope leaves), in
/// coordinates centred on a region and scaled to its half-width, so that the fit is as well
/// conditioned in a small region as in the whole feasible set.
#[derive(Clone, Debug)]
struct Surface {
    centre: [f64; N],
    scale: f64,
    coef: Vec<f64>,
    /// R² on the data fitted.
    fit: f64,
}

/// The free coordinates: six of the seven budgets.
const FREE: usize = N - 1;

impl Surface {
    /// Least squares with a small ridge (a strategy held fixed leaves its terms without
    /// data); the R² on the data.
    fn fit(points: &[[f64; N]], values: &[f64], lo: &[f64; N], hi: &[f64; N]) -> Surface {
        let centre: [f64; N] = std::array::from_fn(|i| 0.5 * (lo[i] + hi[i]));
        let scale = (0..N).map(|i| 0.5 * (hi[i] - lo[i])).fold(1.0, f64::max);
        let mut s = Surface {
            centre,
            scale,
            coef: Vec::new(),
            fit: 0.0,
        };
        let rows: Vec<Vec<f64>> = points.iter().map(|p| s.features(p)).collect();
        let k = rows.first().map_or(0, Vec::len);
        let mut a = vec![vec![0.0; k + 1]; k];
        for (row, &y) in rows.iter().zip(values) {
            for i in 0..k {
                for j in 0..k {
                    a[i][j] += row[i] * row[j];
                }
                a[i][k] += row[i] * y;
            }
        }
        let trace: f64 = (0..k).map(|i| a[i][i]).sum::<f64>() / k.max(1) as f64;
        // Enough to settle a term without data (a strategy held fixed), too little to bias the
        // others; the constant is left free.
        for (i, r) in a.iter_mut().enumerate().skip(1) {
            r[i] += 1e-9 * trace.max(f64::MIN_POSITIVE);
        }
        s.coef = solve(a);
        let m = mean(values);
        let total: f64 = values.iter().map(|y| (y - m) * (y - m)).sum();
        let residual: f64 = points
            .iter()
            .zip(values)
            .map(|(p, y)| (y - s.value(p)).powi(2))
            .sum();
        s.fit = if total > 0.0 {
            (1.0 - residual / total).clamp(0.0, 1.0)
        } else {
            1.0
        };
        s
    }

    /// The terms at a split: 1, the six scaled budgets, their 21 squares and products.
    fn features(&self, x: &[f64; N]) -> Vec<f64> {
        let u: [f64; FREE] = std::array::from_fn(|i| (x[i] - self.centre[i]) / self.scale);
        let mut f = Vec::with_capacity(1 + FREE + FREE * (FREE + 1) / 2);
        f.push(1.0);
        f.extend_from_slice(&u);
        for i in 0..FREE {
            for j in i..FREE {
                f.push(u[i] * u[j]);
            }
        }
        f
    }

    fn value(&self, x: &[f64; N]) -> f64 {
        self.features(x)
            .iter()
            .zip(&self.coef)
            .map(|(f, b)| f * b)
            .sum()
    }

    /// The gradient in the seven budgets (0 for the seventh, which the projection onto the
    /// envelope's plane takes care of).
    fn gradient(&self, x: &[f64; N]) -> [f64; N] {
        let u: [f64; FREE] = std::array::from_fn(|i| (x[i] - self.centre[i]) / self.scale);
        let mut g: [f64; N] = std::array::from_fn(|i| {
            if i < FREE {
                self.coef.get(1 + i).copied().unwrap_or(0.0)
            } else {
                0.0
            }
        });
        let mut k = 1 + FREE;
        for i in 0..FREE {
            for j in i..FREE {
                let b = self.coef.get(k).copied().unwrap_or(0.0);
                if i == j {
                    g[i] += 2.0 * b * u[i];
                } else {
                    g[i] += b * u[j];
                    g[j] += b * u[i];
                }
                k += 1;
            }
        }
        g.map(|v| v / self.scale)
    }

    /// Projected gradient ascent from `x` within `lo <= x <= hi`, `sum x = total`, with a step
    /// that grows on success and halves on failure.
    fn climb(&self, mut x: [f64; N], lo: &[f64; N], hi: &[f64; N], total: f64) -> [f64; N] {
        let mut step = 0.1 * self.scale;
        let mut value = self.value(&x);
        for _ in 0..2000 {
            let g = self.gradient(&x);
            let norm = g.iter().map(|v| v * v).sum::<f64>().sqrt();
            if norm == 0.0 || !norm.is_finite() {
                break;
            }
            let y: [f64; N] = std::array::from_fn(|i| x[i] + step * g[i] / norm);
            let next = project(&y, lo, hi, total);
            let v = self.value(&next);
            if v > value {
                x = next;
                value = v;
                step = (step * 1.5).min(4.0 * self.scale);
            } else {
                step *= 0.5;
                if step < 1e-5 * self.scale {
                    break;
                }
            }
        }
        x
    }
}

/// Solves the augmented system `a` (k rows of k + 1) by Gauss-Jordan elimination with partial
/// pivoting; a zero pivot gives a zero coefficient.
fn solve(mut a: Vec<Vec<f64>>) -> Vec<f64> {
    let k = a.len();
    for col in 0..k {
        let pivot = (col..k)
            .max_by(|&x, &y| a[x][col].abs().total_cmp(&a[y][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        let p = a[col][col];
        if p.abs() < 1e-300 {
            continue;
        }
        let pivot_row = a[col].clone();
        for (row, r) in a.iter_mut().enumerate() {
            if row != col {
                let factor = r[col] / p;
                if factor != 0.0 {
                    for (x, y) in r.iter_mut().zip(&pivot_row).skip(col) {
                        *x -= factor * y;
                    }
                }
            }
        }
    }
    (0..k)
        .map(|i| {
            if a[i][i].abs() < 1e-300 {
                0.0
            } else {
                a[i][k] / a[i][i]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_keeps_bounds_and_total() {
        let lo = [0.0, 100.0, 0.0, 0.0, 50.0, 0.0, 0.0];
        let hi = [1000.0, 200.0, 5000.0, 5000.0, 60.0, 5000.0, 10.0];
        let x = project(&[9000.0, -5.0, 3.0, 2.0, 1.0, 0.0, 50.0], &lo, &hi, 5000.0);
        assert!((x.iter().sum::<f64>() - 5000.0).abs() < 1e-6, "{x:?}");
        for i in 0..N {
            assert!(lo[i] - 1e-9 <= x[i] && x[i] <= hi[i] + 1e-9, "{x:?}");
        }
    }

    #[test]
    fn a_quadratic_is_fitted_exactly_and_climbed_to_its_peak() {
        // -(distance from a point inside the set)^2: its peak is that point.
        let target = [900.0, 300.0, 1200.0, 1000.0, 600.0, 400.0, 600.0];
        let f = |x: &[f64; N]| -> f64 {
            -x.iter()
                .zip(&target)
                .map(|(a, b)| (a - b) * (a - b))
                .sum::<f64>()
                / 1e4
        };
        let c = Constraints::envelope(5000);
        let points: Vec<[f64; N]> = design(3, &c, &Budgets::ZERO, 40)
            .iter()
            .map(|b| b.to_array().map(|x| x as f64))
            .collect();
        let values: Vec<f64> = points.iter().map(f).collect();
        let (lo, hi) = ([0.0; N], [5000.0; N]);
        let s = Surface::fit(&points, &values, &lo, &hi);
        assert!(s.fit > 0.999, "{}", s.fit);
        let peak = s.climb([5000.0 / 7.0; N], &lo, &hi, 5000.0);
        for (p, t) in peak.iter().zip(&target) {
            assert!((p - t).abs() < 5.0, "{peak:?}");
        }
    }

    #[test]
    fn rounding_keeps_the_constraints() {
        let mut c = Constraints::envelope(1001);
        c.floors_juta = [0, 10, 0, 0, 0, 0, 7];
        c.ceilings_juta = [300, 300, 300, 1001, 1001, 1001, 7];
        for x in [
            [143.3; N],
            [0.0; N],
            [1e9; N],
            [300.9, 0.2, 0.0, 0.0, 0.0, 699.9, 7.0],
        ] {
            let b = round_feasible(&x, &c);
            assert!(c.hold(&b), "{x:?} gave {b:?}");
        }
    }
}
