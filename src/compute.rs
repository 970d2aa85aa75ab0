//! Computes ensembles in slices between frames, so the page never freezes: the UI asks for
//! results, this runs a few seeded runs per task and hands over what has arrived. A newer
//! request supersedes older work at the next slice; stale results are never handed over.

use std::cell::RefCell;
use std::rc::Rc;

use canting_model::{Ensemble, Scenario, ScenarioSpec, Summary};

use crate::infra;

/// How long one slice of work may run before the browser gets the thread back, in ms. Well
/// under the 50 ms that counts as a long task, leaving room to draw what arrived.
const SLICE_MS: f64 = 12.0;
/// The least time between two hand-overs while runs arrive, in ms, so drawing does not eat
/// the time the runs need. The first run and the last are always handed over at once.
const HAND_OVER_EVERY_MS: f64 = 90.0;

/// What has arrived for the latest request.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Which request these are for; increases with each request.
    pub generation: u64,
    /// The scenario's ensemble so far.
    pub scenario: Option<Rc<Summary>>,
    /// The baseline's ensemble so far.
    pub baseline: Option<Rc<Summary>>,
    /// Runs done and asked for, scenario and baseline together.
    pub runs_done: u32,
    pub runs_total: u32,
    /// Whether the summaries are still an older request's, shown until the first run of the
    /// new one arrives so that the page does not flash empty.
    pub stale: bool,
}

impl Results {
    /// Whether every run has arrived.
    pub fn complete(&self) -> bool {
        self.runs_done == self.runs_total && !self.stale
    }
}

/// One ensemble being computed.
struct Job {
    spec: ScenarioSpec,
    ensemble: Ensemble,
    summary: Option<Rc<Summary>>,
}

impl Job {
    fn new(spec: ScenarioSpec, scenario: &Scenario) -> Self {
        Job {
            spec,
            ensemble: Ensemble::new(scenario),
            summary: None,
        }
    }

    fn done(&self) -> bool {
        self.ensemble.runs_done() == self.ensemble.runs_total()
    }
}

struct Inner {
    generation: u64,
    scenario: Option<Job>,
    baseline: Option<Job>,
    on_results: Option<Rc<dyn Fn(Results)>>,
    scheduled: bool,
    last_hand_over_ms: f64,
    /// What was last handed over, to show until the new request's first run arrives.
    shown: Option<(Rc<Summary>, Rc<Summary>)>,
}

/// The slicing scheduler. Cheap to clone; clones share the work.
#[derive(Clone)]
pub struct Computer {
    inner: Rc<RefCell<Inner>>,
}

impl Default for Computer {
    fn default() -> Self {
        Computer {
            inner: Rc::new(RefCell::new(Inner {
                generation: 0,
                scenario: None,
                baseline: None,
                on_results: None,
                scheduled: false,
                last_hand_over_ms: 0.0,
                shown: None,
            })),
        }
    }
}

impl Computer {
    /// Asks for the ensembles of `scenario` and `baseline`; `on_results` receives what arrives.
    /// An ensemble already computed for the same spec is kept, not recomputed.
    pub fn request(
        &self,
        scenario: (ScenarioSpec, Scenario),
        baseline: (ScenarioSpec, Scenario),
        on_results: impl Fn(Results) + 'static,
    ) {
        {
            let mut inner = self.inner.borrow_mut();
            inner.generation += 1;
            inner.on_results = Some(Rc::new(on_results));
            // The baseline often equals the previous scenario or baseline: reuse either.
            let previous = [inner.scenario.take(), inner.baseline.take()];
            let mut previous = previous.into_iter().flatten().collect::<Vec<_>>();
            let mut reuse = |spec: &ScenarioSpec| {
                previous
                    .iter()
                    .position(|job| &job.spec == spec)
                    .map(|i| previous.swap_remove(i))
            };
            let scenario_job =
                reuse(&scenario.0).unwrap_or_else(|| Job::new(scenario.0.clone(), &scenario.1));
            let baseline_job = if baseline.0 == scenario.0 {
                None
            } else {
                Some(reuse(&baseline.0).unwrap_or_else(|| Job::new(baseline.0, &baseline.1)))
            };
            inner.scenario = Some(scenario_job);
            inner.baseline = baseline_job;
            inner.last_hand_over_ms = 0.0;
        }
        self.hand_over();
        self.schedule();
    }

    fn schedule(&self) {
        let mut inner = self.inner.borrow_mut();
        if inner.scheduled || self.all_done(&inner) {
            return;
        }
        inner.scheduled = true;
        let this = self.clone();
        infra::after_yield(move || this.slice());
    }

    fn all_done(&self, inner: &Inner) -> bool {
        inner.scenario.iter().chain(&inner.baseline).all(Job::done)
    }

    /// One slice: runs until the slice's time is up, then hands over and yields.
    fn slice(&self) {
        let started = infra::now_ms();
        let mut first_or_last = false;
        {
            let mut inner = self.inner.borrow_mut();
            inner.scheduled = false;
            let Inner {
                scenario, baseline, ..
            } = &mut *inner;
            while !first_or_last && infra::now_ms() - started < SLICE_MS {
                let Some(job) = next_job(scenario.as_mut(), baseline.as_mut()) else {
                    break;
                };
                job.ensemble.step();
                first_or_last = job.ensemble.runs_done() == 1 || job.done();
                job.summary = Some(Rc::new(job.ensemble.summary()));
            }
        }
        let due = infra::now_ms() - self.inner.borrow().last_hand_over_ms >= HAND_OVER_EVERY_MS;
        if first_or_last || due {
            self.hand_over();
        }
        self.schedule();
    }

    fn hand_over(&self) {
        let (results, on_results) = {
            let mut inner = self.inner.borrow_mut();
            inner.last_hand_over_ms = infra::now_ms();
            let jobs = inner.scenario.iter().chain(&inner.baseline);
            let (runs_done, runs_total) = jobs.fold((0, 0), |(d, t), j| {
                (d + j.ensemble.runs_done(), t + j.ensemble.runs_total())
            });
            let scenario = inner.scenario.as_ref().and_then(|j| j.summary.clone());
            // With no separate baseline the scenario is its own baseline.
            let baseline = match &inner.baseline {
                Some(job) => job.summary.clone(),
                None => scenario.clone(),
            };
            let fresh = scenario.zip(baseline);
            if let Some(pair) = &fresh {
                inner.shown = Some(pair.clone());
            }
            let stale = fresh.is_none();
            let (scenario, baseline) = inner.shown.clone().unzip();
            let results = Results {
                generation: inner.generation,
                scenario,
                baseline,
                runs_done,
                runs_total,
                stale,
            };
            (results, inner.on_results.clone())
        };
        if let Some(f) = on_results {
            f(results);
        }
    }
}

/// The job to run next: the first run of each comes first (a quick first answer), then the
/// scenario to its end, then the baseline.
fn next_job<'a>(
    scenario: Option<&'a mut Job>,
    baseline: Option<&'a mut Job>,
) -> Option<&'a mut Job> {
    let mut pending = [scenario, baseline]
        .into_iter()
        .flatten()
        .filter(|job| !job.done());
    let first = pending.next()?;
    match pending.next() {
        Some(second) if first.ensemble.runs_done() > 0 && second.ensemble.runs_done() == 0 => {
            Some(second)
        }
        _ => Some(first),
    }
}
