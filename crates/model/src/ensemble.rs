//! Seeded runs and ensembles: one run is a pure function of (scenario, run seed, model
//! version); an ensemble runs R seeds derived from the scenario's seed and summarises each
//! month as mean and 10th, 50th and 90th percentiles, in a fixed order so that every target
//! gives the same numbers bit for bit.

use crate::world::{RunResult, RunUnderWay, Trace, World};
use crate::{MODEL_VERSION, Metric, Params, Scenario, run_seed};

/// One seeded run of a scenario.
pub fn run_once(s: &Scenario, run_seed: u64) -> RunResult {
    World::new(s).run(run_seed)
}

/// Runs of scenarios that share a city, each run seed's starting state built once.
///
/// A run starts from today's state, built under today's allocation whatever the scenario's,
/// so scenarios that differ only in their budgets start each seed from the very same state:
/// a moved slider, a comparison with its baseline and the planning tools ask for many such
/// runs, and the start is about a tenth of a run's work. Every run is bit for bit what
/// [`run_once`] gives.
pub struct SharedStarts {
    /// The parameters and horizon the starts belong to, and a world built for them.
    city: Option<(Params, u32, World)>,
    /// Starting states by run seed, the most recently used last.
    starts: Vec<(u64, World)>,
    limit: usize,
    /// The run [`SharedStarts::begin`] began in the city's world, if it is not done.
    under_way: Option<RunUnderWay>,
}

impl SharedStarts {
    /// Keeps at most `limit` starting states (about 0.8 MB each for the default city); 0 keeps
    /// none.
    pub fn new(limit: usize) -> SharedStarts {
        SharedStarts {
            city: None,
            starts: Vec::new(),
            limit,
            under_way: None,
        }
    }

    /// One seeded run of a scenario: [`run_once`]'s result.
    pub fn run(&mut self, s: &Scenario, run_seed: u64) -> RunResult {
        self.begin(s, run_seed);
        loop {
            if let Some(run) = self.advance(u32::MAX) {
                return run;
            }
        }
    }

    /// Begins a seeded run of a scenario, to be computed a few months at a time by
    /// [`SharedStarts::advance`] (a worker that must answer a newer request can drop it between
    /// two calls). A run already under way is dropped.
    pub fn begin(&mut self, s: &Scenario, run_seed: u64) {
        self.under_way = None;
        let same_city = matches!(&self.city, Some((p, months, _))
            if p == s.params() && *months == s.months());
        if !same_city {
            self.starts.clear();
            self.city = None;
        }
        let (_, _, world) = self
            .city
            .get_or_insert_with(|| (s.params().clone(), s.months(), World::new(s)));
        if let Some(k) = self.starts.iter().position(|(seed, _)| *seed == run_seed) {
            let entry = self.starts.remove(k);
            world.clone_from(&entry.1);
            self.starts.push(entry);
        } else {
            world.start(run_seed);
            if self.limit > 0 {
                if self.starts.len() >= self.limit {
                    self.starts.remove(0);
                }
                self.starts.push((run_seed, world.clone()));
            }
        }
        world.set_budgets(s);
        self.under_way = Some(world.begin(run_seed, &mut ()));
    }

    /// Whether a run begun by [`SharedStarts::begin`] still has months to go.
    pub fn is_under_way(&self) -> bool {
        self.under_way.is_some()
    }

    /// Computes up to `months` more months of the run begun last (none for 0): its result,
    /// bit for bit [`run_once`]'s, once its last month is done; `None` before that, and when
    /// no run is under way.
    pub fn advance(&mut self, months: u32) -> Option<RunResult> {
        let (_, _, world) = self.city.as_mut()?;
        let run = self.under_way.as_mut()?;
        if !world.advance(run, months, &mut ()) {
            return None;
        }
        self.under_way.take().map(RunUnderWay::finish)
    }
}

/// Run `run` of a scenario's ensemble (0 is the first; seeded as [`Ensemble`] seeds it),
/// recorded artisan by artisan and business by business, month by month. Its
/// [`Trace::result`] is the ensemble's run `run` bit for bit.
pub fn trace_run(s: &Scenario, run: u32) -> Trace {
    World::new(s).trace(s.seed(), run)
}

/// Mean and percentile bands of one metric, one value per month. A month is summarised over
/// the runs that have a value for it ([`Metric::may_have_no_value`]); NaN where none has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bands {
    /// The mean over runs.
    pub mean: Vec<f64>,
    /// The 10th percentile over runs.
    pub p10: Vec<f64>,
    /// The median over runs.
    pub p50: Vec<f64>,
    /// The 90th percentile over runs.
    pub p90: Vec<f64>,
}

/// An ensemble's results.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The model version that computed it.
    pub model_version: u32,
    /// The scenario's seed.
    pub seed: u64,
    /// How many runs it summarises.
    pub runs: u32,
    /// The months reported, 0 to the horizon (month 0 is the shared starting state).
    pub months: Vec<u32>,
    bands: Vec<Bands>,
}

impl Summary {
    /// One metric's bands.
    pub fn bands(&self, m: Metric) -> &Bands {
        &self.bands[m.index()]
    }

    /// The mean of a metric at the last month (0 if no run was summarised; NaN if no run has
    /// a value then).
    pub fn final_value(&self, m: Metric) -> f64 {
        self.bands(m).mean.last().copied().unwrap_or(0.0)
    }

    /// The mean of a metric at a month (clamped to the horizon).
    pub fn value_at(&self, m: Metric, month: u32) -> f64 {
        let mean = &self.bands(m).mean;
        if mean.is_empty() {
            return 0.0;
        }
        mean[(month as usize).min(mean.len() - 1)]
    }

    /// Summarises a set of runs of one scenario.
    pub fn from_runs<R: std::borrow::Borrow<RunResult>>(s: &Scenario, runs: &[R]) -> Summary {
        let months: Vec<u32> = (0..=s.months()).collect();
        let len = months.len();
        let mut bands = Vec::with_capacity(Metric::COUNT);
        let mut column = Vec::with_capacity(runs.len());
        for &m in Metric::ALL {
            let mut b = Bands {
                mean: Vec::with_capacity(len),
                p10: Vec::with_capacity(len),
                p50: Vec::with_capacity(len),
                p90: Vec::with_capacity(len),
            };
            if !runs.is_empty() {
                for t in 0..len {
                    column.clear();
                    // A run with no value this month (an empty city) is left out of it.
                    column.extend(
                        runs.iter()
                            .map(|r| r.borrow().series(m)[t])
                            .filter(|v| !v.is_nan()),
                    );
                    if column.is_empty() {
                        for series in [&mut b.mean, &mut b.p10, &mut b.p50, &mut b.p90] {
                            series.push(f64::NAN);
                        }
                        continue;
                    }
                    // The mean in run order, then percentiles of the sorted column.
                    let sum: f64 = column.iter().sum();
                    b.mean.push(sum / column.len() as f64);
                    column.sort_by(f64::total_cmp);
                    b.p10.push(percentile(&column, 0.1));
                    b.p50.push(percentile(&column, 0.5));
                    b.p90.push(percentile(&column, 0.9));
                }
            }
            bands.push(b);
        }
        Summary {
            model_version: MODEL_VERSION,
            seed: s.seed(),
            runs: runs.len() as u32,
            months,
            bands,
        }
    }

    /// A 64-bit fingerprint of every number in the summary, for determinism checks.
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |v: f64| {
            for byte in v.to_bits().to_le_bytes() {
                h ^= u64::from(byte);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        };
        for b in &self.bands {
            for v in b.mean.iter().chain(&b.p10).chain(&b.p50).chain(&b.p90) {
                eat(*v);
            }
        }
        h
    }
}

/// The `q`-quantile of sorted values by linear interpolation between closest ranks
/// (rank `q x (n - 1)`, the common "type 7" rule).
pub(crate) fn percentile(sorted: &[f64], q: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    let rank = q * (n - 1) as f64;
    let lo = rank.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    let frac = rank - lo as f64;
    sorted[lo] + (sorted[hi] - sorted[lo]) * frac
}

/// An ensemble computed one run at a time, so a browser can compute in slices and show partial
/// results. The world's buffers are reused from run to run.
pub struct Ensemble {
    scenario: Scenario,
    world: World,
    results: Vec<RunResult>,
}

impl Ensemble {
    /// A new ensemble of a scenario; no run is computed yet.
    pub fn new(s: &Scenario) -> Self {
        Ensemble {
            scenario: s.clone(),
            world: World::new(s),
            results: Vec::with_capacity(s.runs() as usize),
        }
    }

    /// Computes the next run, if any is left; returns `false` once all runs are done.
    pub fn step(&mut self) -> bool {
        let done = self.results.len() as u32;
        if done < self.scenario.runs() {
            let seed = run_seed(self.scenario.seed(), done);
            self.results.push(self.world.run(seed));
        }
        (self.results.len() as u32) < self.scenario.runs()
    }

    /// Runs computed so far.
    pub fn runs_done(&self) -> u32 {
        self.results.len() as u32
    }

    /// Runs in the whole ensemble.
    pub fn runs_total(&self) -> u32 {
        self.scenario.runs()
    }

    /// Whether every run is computed.
    pub fn is_done(&self) -> bool {
        self.runs_done() >= self.runs_total()
    }

    /// The runs computed so far.
    pub fn results(&self) -> &[RunResult] {
        &self.results
    }

    /// The scenario being run.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The summary over the runs done so far (empty bands before the first run).
    pub fn summary(&self) -> Summary {
        Summary::from_runs(&self.scenario, &self.results)
    }
}

/// Runs every run of a scenario's ensemble and summarises them.
pub fn run_ensemble(s: &Scenario) -> Summary {
    let mut e = Ensemble::new(s);
    while e.step() {}
    e.summary()
}
