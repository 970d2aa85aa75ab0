//! Which assumptions decide the answer: a Morris elementary-effects screening over every
//! parameter with a plausible range (`docs/MODEL.md` section 10).
//!
//! Each parameter is scaled to 0-1 across its plausible range (`low` to `high`). A trajectory
//! starts at a random point of a 4-level grid and moves one parameter at a time by 2/3 of the
//! range; the change in an outcome over that step, divided by the step, is the parameter's
//! elementary effect there. Over `r` trajectories, `mu*` (the mean absolute effect, in the
//! outcome's own units, for a move across the whole plausible range) ranks the parameters,
//! and `sigma` (their spread) says how much the effect depends on the other parameters. Every
//! point runs today's allocation on the same seeds, so the effects are the parameters', not the
//! dice's. At each trajectory's starting point the presets are also run, to see whether their
//! ranking survives across the ranges.
//!
//! The model builds the design and reads the results; the caller runs the scenarios (the
//! `canting sensitivity` command runs them on every core).

use rand::RngExt;
use rand_pcg::Pcg64Mcg;

use crate::params::{ParamInfo, Params, parameters};
use crate::{Metric, Preset, Scenario, ScenarioSpec, Summary};

/// How a screening is run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MorrisConfig {
    /// Trajectories (the more, the steadier the ranking); each costs one ensemble per
    /// parameter, plus one.
    pub trajectories: u32,
    /// Runs in each ensemble.
    pub runs: u32,
    /// The horizon, years: outcomes are read at its end.
    pub years: u32,
    /// The seed of the design (which points) and of every ensemble (which dice).
    pub seed: u64,
}

impl Default for MorrisConfig {
    fn default() -> Self {
        MorrisConfig {
            trajectories: 10,
            runs: 8,
            years: 5,
            seed: crate::DEFAULT_SEED,
        }
    }
}

/// The outcomes the screening reads: the headline metrics and the parts of competitiveness.
pub const SCREENED_OUTCOMES: [Metric; 8] = [
    Metric::Competitiveness,
    Metric::TrainingUptake,
    Metric::ObstacleTrainingGap,
    Metric::ObstacleYouthDisinterest,
    Metric::ObstacleTechIlliteracy,
    Metric::ObstacleSeverity,
    Metric::ExportsUsdM,
    Metric::Employment,
];

/// The step, in the scaled 0-1 units, on a 4-level grid.
const DELTA: f64 = 2.0 / 3.0;

/// A screening's design: the points to run, and what each step changed.
#[derive(Clone, Debug)]
pub struct Morris {
    config: MorrisConfig,
    factors: Vec<ParamInfo>,
    /// Every point, as a value per factor (in the parameters' own units).
    points: Vec<Vec<f64>>,
    /// The trajectories.
    trajectories: Vec<Trajectory>,
}

/// One trajectory: its points' indices in order, and the factor each step moved with the
/// step's sign.
type Trajectory = (Vec<usize>, Vec<(usize, f64)>);

/// One parameter's effect on one outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Effect {
    /// The parameter's key.
    pub key: &'static str,
    /// The mean absolute elementary effect: the outcome's change for a move across the whole
    /// plausible range, in the outcome's units.
    pub mu_star: f64,
    /// The mean signed elementary effect.
    pub mu: f64,
    /// The standard deviation of the elementary effects.
    pub sigma: f64,
}

/// Whether the presets' ranking on one outcome survives across the plausible ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct RankingCheck {
    /// The outcome.
    pub metric: Metric,
    /// The presets, best first, at the parameters' defaults.
    pub default_ranking: Vec<Preset>,
    /// The share of sampled points at which the whole ranking is the same.
    pub same_ranking: f64,
    /// The share at which the best preset is the same.
    pub same_best: f64,
    /// The mean Kendall rank correlation with the default ranking (1 = the same order).
    pub mean_tau: f64,
}

/// A screening's results.
#[derive(Clone, Debug, PartialEq)]
pub struct SensitivityReport {
    /// The configuration it ran with.
    pub config: MorrisConfig,
    /// For each outcome, every screened parameter, largest `mu*` first.
    pub effects: Vec<(Metric, Vec<Effect>)>,
    /// For each outcome, whether the presets' ranking survives.
    pub rankings: Vec<RankingCheck>,
}

impl Morris {
    /// The design for a configuration: every parameter whose plausible range is not a single
    /// value, `trajectories` trajectories on a 4-level grid.
    pub fn new(config: &MorrisConfig) -> Morris {
        let factors: Vec<ParamInfo> = parameters().into_iter().filter(|p| p.screened()).collect();
        let k = factors.len();
        let mut rng = Pcg64Mcg::new(u128::from(config.seed) << 1 | 1);
        let mut points = Vec::new();
        let mut trajectories = Vec::new();
        for _ in 0..config.trajectories {
            // A base point on the grid {0, 1/3, 2/3, 1}, then each factor in a random order
            // moves by DELTA (down if up would leave the range).
            let mut x: Vec<f64> = (0..k)
                .map(|_| f64::from(rng.random_range(0..4u32)) / 3.0)
                .collect();
            let mut order: Vec<usize> = (0..k).collect();
            for i in (1..k).rev() {
                let j = rng.random_range(0..=i as u32) as usize;
                order.swap(i, j);
            }
            let mut indices = vec![points.len()];
            points.push(to_values(&factors, &x));
            let mut steps = Vec::with_capacity(k);
            for &f in &order {
                let step = if x[f] + DELTA <= 1.0 + 1e-9 {
                    DELTA
                } else {
                    -DELTA
                };
                x[f] += step;
                indices.push(points.len());
                points.push(to_values(&factors, &x));
                steps.push((f, step));
            }
            trajectories.push((indices, steps));
        }
        Morris {
            config: *config,
            factors,
            points,
            trajectories,
        }
    }

    /// The screened parameters, in the design's order.
    pub fn factors(&self) -> &[ParamInfo] {
        &self.factors
    }

    /// How many ensembles the screening runs: its points, then the presets at the defaults and
    /// at each trajectory's start.
    pub fn len(&self) -> usize {
        self.points.len() + Preset::ALL.len() * (1 + self.trajectories.len())
    }

    /// Whether the design is empty (no trajectories).
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Every scenario to run, in order: the design's points under today's allocation, then each
    /// preset at the defaults, then each preset at each trajectory's start.
    pub fn scenarios(&self) -> Vec<Scenario> {
        let spec = |preset: Preset| ScenarioSpec {
            runs: self.config.runs,
            years: self.config.years,
            seed: self.config.seed,
            ..ScenarioSpec::from_preset(preset)
        };
        let mut out: Vec<Scenario> = self
            .points
            .iter()
            .map(|values| Scenario::with_params(spec(Preset::Today), self.params_at(values)))
            .collect();
        for p in Preset::ALL {
            out.push(Scenario::with_params(spec(p), Params::default()));
        }
        for (indices, _) in &self.trajectories {
            let params = self.params_at(&self.points[indices[0]]);
            for p in Preset::ALL {
                out.push(Scenario::with_params(spec(p), params.clone()));
            }
        }
        out
    }

    fn params_at(&self, values: &[f64]) -> Params {
        let mut params = Params::default();
        for (info, &v) in self.factors.iter().zip(values) {
            let v = if info.whole() { v.round() } else { v };
            params.set(info.key, v);
        }
        params
    }

    /// The report, from the outcomes of every scenario of [`Morris::scenarios`], in its order
    /// (each as [`outcomes_of`] reads a summary).
    pub fn report(&self, outcomes: &[Vec<f64>]) -> SensitivityReport {
        let k = self.factors.len();
        let mut effects = Vec::new();
        for (o, &metric) in SCREENED_OUTCOMES.iter().enumerate() {
            let mut per_factor: Vec<Vec<f64>> = vec![Vec::new(); k];
            for (indices, steps) in &self.trajectories {
                for (s, &(f, step)) in steps.iter().enumerate() {
                    let (a, b) = (indices[s], indices[s + 1]);
                    if let (Some(ya), Some(yb)) = (outcomes.get(a), outcomes.get(b)) {
                        per_factor[f].push((yb[o] - ya[o]) / step);
                    }
                }
            }
            let mut list: Vec<Effect> = self
                .factors
                .iter()
                .zip(&per_factor)
                .map(|(info, ee)| {
                    let n = ee.len().max(1) as f64;
                    let mu = ee.iter().sum::<f64>() / n;
                    let mu_star = ee.iter().map(|x| x.abs()).sum::<f64>() / n;
                    let var = ee.iter().map(|x| (x - mu) * (x - mu)).sum::<f64>() / n;
                    Effect {
                        key: info.key,
                        mu_star,
                        mu,
                        sigma: var.sqrt(),
                    }
                })
                .collect();
            list.sort_by(|a, b| b.mu_star.total_cmp(&a.mu_star).then(a.key.cmp(b.key)));
            effects.push((metric, list));
        }
        let rankings = self.rankings(outcomes);
        SensitivityReport {
            config: self.config,
            effects,
            rankings,
        }
    }

    fn rankings(&self, outcomes: &[Vec<f64>]) -> Vec<RankingCheck> {
        let presets = Preset::ALL.len();
        let first = self.points.len();
        let block = |start: usize| -> Option<&[Vec<f64>]> { outcomes.get(start..start + presets) };
        SCREENED_OUTCOMES
            .iter()
            .enumerate()
            .map(|(o, &metric)| {
                let rank = |rows: &[Vec<f64>]| -> Vec<usize> {
                    let mut order: Vec<usize> = (0..presets).collect();
                    let better = metric.higher_is_better() != Some(false);
                    order.sort_by(|&a, &b| {
                        let (x, y) = (rows[a][o], rows[b][o]);
                        if better {
                            y.total_cmp(&x)
                        } else {
                            x.total_cmp(&y)
                        }
                    });
                    order
                };
                let default = block(first).map(rank).unwrap_or_default();
                let (mut same, mut best, mut tau, mut n) = (0.0, 0.0, 0.0, 0.0);
                for t in 0..self.trajectories.len() {
                    let Some(rows) = block(first + presets * (1 + t)) else {
                        continue;
                    };
                    let r = rank(rows);
                    n += 1.0;
                    same += f64::from(u8::from(r == default));
                    best += f64::from(u8::from(r.first() == default.first()));
                    tau += kendall_tau(&default, &r);
                }
                let n = if n > 0.0 { n } else { 1.0 };
                RankingCheck {
                    metric,
                    default_ranking: default.iter().map(|&i| Preset::ALL[i]).collect(),
                    same_ranking: same / n,
                    same_best: best / n,
                    mean_tau: tau / n,
                }
            })
            .collect()
    }
}

/// The outcomes the screening reads from an ensemble's summary: each of
/// [`SCREENED_OUTCOMES`] at the horizon.
pub fn outcomes_of(summary: &Summary) -> Vec<f64> {
    SCREENED_OUTCOMES
        .iter()
        .map(|&m| summary.final_value(m))
        .collect()
}

fn to_values(factors: &[ParamInfo], unit: &[f64]) -> Vec<f64> {
    factors
        .iter()
        .zip(unit)
        .map(|(f, &u)| f.low + (f.high - f.low) * u.clamp(0.0, 1.0))
        .collect()
}

/// Kendall's rank correlation of two orderings of the same items (1 = the same order).
fn kendall_tau(a: &[usize], b: &[usize]) -> f64 {
    let n = a.len();
    if n < 2 {
        return 1.0;
    }
    let pos = |v: &[usize]| {
        let mut p = vec![0usize; n];
        for (i, &x) in v.iter().enumerate() {
            p[x] = i;
        }
        p
    };
    let (pa, pb) = (pos(a), pos(b));
    let mut score = 0i64;
    for i in 0..n {
        for j in i + 1..n {
            let s = (pa[i] as i64 - pa[j] as i64).signum() * (pb[i] as i64 - pb[j] as i64).signum();
            score += s;
        }
    }
    score as f64 / (n * (n - 1) / 2) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trajectory_moves_every_factor_once_within_its_range() {
        let m = Morris::new(&MorrisConfig {
            trajectories: 2,
            ..MorrisConfig::default()
        });
        let k = m.factors().len();
        for (indices, steps) in &m.trajectories {
            assert_eq!(indices.len(), k + 1);
            let mut moved: Vec<usize> = steps.iter().map(|s| s.0).collect();
            moved.sort_unstable();
            moved.dedup();
            assert_eq!(moved.len(), k);
        }
        for point in &m.points {
            for (f, v) in m.factors().iter().zip(point) {
                assert!(*v >= f.low - 1e-9 && *v <= f.high + 1e-9, "{} = {v}", f.key);
            }
        }
    }

    #[test]
    fn kendall_tau_is_one_for_the_same_order_and_minus_one_reversed() {
        assert_eq!(kendall_tau(&[0, 1, 2, 3], &[0, 1, 2, 3]), 1.0);
        assert_eq!(kendall_tau(&[0, 1, 2, 3], &[3, 2, 1, 0]), -1.0);
    }
}
