//! Computes ensembles without freezing the page, and hands over what has arrived: the scenario's
//! and the baseline's summaries and the run-by-run comparison of the two. Each seeded
//! run is one piece of work: web workers (one per core, each running this same wasm) take them
//! in parallel; where workers cannot start, the page runs them itself in slices between frames.
//! A newer request supersedes older work, whose late results are dropped, never drawn.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

use canting_model::planning::{
    Marginal, OptimizeConfig, OptimizeReport, PlanError, STEP_JUTA, Search, Stage, SweepAxis,
    SweepPoint, marginal_from_runs, marginal_scenarios, sweep_from_runs, sweep_scenarios,
};
use canting_model::{
    Comparison, Metric, RunResult, Scenario, ScenarioSpec, SharedStarts, Strategy, Summary,
    decode_link, encode_link, run_seed,
};

use crate::infra;
use crate::infra::workers::{Pool, Reply, Step};

/// How long one slice of work on the page's own thread may run, in ms: well under the 50 ms
/// that counts as a long task, leaving room to draw what arrived.
const SLICE_MS: f64 = 12.0;
/// The least time between two hand-overs while runs arrive, in ms, so drawing does not eat the
/// time the runs need. A job's first run and its last are handed over at once.
const HAND_OVER_EVERY_MS: f64 = 150.0;

/// What has arrived for the latest request.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The scenario's ensemble so far.
    pub scenario: Option<Rc<Summary>>,
    /// The baseline's ensemble so far.
    pub baseline: Option<Rc<Summary>>,
    /// The scenario's runs against the baseline's, pair by pair on the same seeds, over the
    /// runs that have arrived for both: what the page says about the change. With no separate
    /// baseline, the scenario against itself: every difference is zero.
    pub comparison: Option<Rc<Comparison>>,
    /// Runs done and asked for, scenario and baseline together.
    pub runs_done: u32,
    pub runs_total: u32,
    /// The scenario's runs done and asked for: the count the user asked for.
    pub scenario_runs: (u32, u32),
    /// The baseline's, when it is not the scenario itself.
    pub baseline_runs: Option<(u32, u32)>,
    /// Whether the summaries are still an older request's, shown until the first run of the
    /// new one arrives so that the page does not flash empty.
    pub stale: bool,
    /// The scenario these results are for.
    pub spec: Option<ScenarioSpec>,
    /// This request's baseline ensemble so far (never an older request's), which the saved
    /// scenarios are compared with.
    pub compared_baseline: Option<Rc<Summary>>,
    /// The saved scenarios compared with the baseline, in the order asked.
    pub compared: Vec<Compared>,
    /// What the next Rp 100 juta buys, when asked for.
    pub marginal: Option<MarginalResults>,
    /// The search for a suggested split, when asked for.
    pub search: Option<SearchResults>,
    /// One strategy's budget curve, when asked for.
    pub curve: Option<CurveResults>,
    /// The class board's groups, when a board is open.
    pub board: BoardResults,
}

/// The class board's groups: each one's ensemble so far, and, once every run of every group
/// has arrived, each group's runs against each other's, seed by seed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardResults {
    /// In the order asked.
    pub groups: Vec<Ensemble>,
    /// `pairs[i][j]`: group `i` against group `j` (none on the diagonal).
    pub pairs: Option<Rc<Vec<Vec<Option<Comparison>>>>>,
}

impl BoardResults {
    /// Whether every run of every group has arrived.
    pub fn complete(&self) -> bool {
        self.groups.iter().all(|g| g.runs_done == g.runs_total)
    }
}

/// One ensemble's summary so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Ensemble {
    pub spec: ScenarioSpec,
    pub summary: Option<Rc<Summary>>,
    pub runs_done: u32,
    pub runs_total: u32,
}

/// The planning tools' work asked for besides the scenario, its baseline and the compared
/// scenarios: each runs after those, in this order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Planning {
    /// What the next Rp 100 juta in each strategy buys.
    pub marginal: bool,
    /// The outcomes over a range of this strategy's budget, the others held.
    pub curve: Option<Strategy>,
    /// A suggested split.
    pub search: Option<SearchAsk>,
    /// The class board's groups, on the class's seed, runs and horizon: run after the compared
    /// scenarios, before the planning tools.
    pub board: Vec<(ScenarioSpec, Scenario)>,
}

/// One strategy's budget curve: the budgets it runs, and the outcomes at each once every run
/// of it has arrived.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveResults {
    pub strategy: Strategy,
    /// Its budget in the scenario on screen, Rp juta a year.
    pub current_juta: u64,
    /// The points; or why there are none. `None` while runs are arriving.
    pub points: Option<Result<Rc<Vec<SweepPoint>>, PlanError>>,
    pub runs_done: u32,
    pub runs_total: u32,
}

/// The budgets a curve runs: from 0 to twice the current budget (at least Rp 1.000 juta), in
/// six equal steps rounded to whole Rp 10 juta.
pub fn curve_values(current_juta: u64) -> Vec<f64> {
    let top = (2 * current_juta).max(1_000);
    (0..=6u64)
        .map(|i| ((top * i / 6 + 5) / 10 * 10) as f64)
        .collect()
}

/// A search for a suggested split, as asked: its settings and the scenario it starts from.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchAsk {
    pub config: OptimizeConfig,
    pub base: ScenarioSpec,
}

/// How far a search has got, and its answer once done.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResults {
    pub ask: SearchAsk,
    /// The suggestion; or why there is none.
    pub outcome: Option<Result<Rc<OptimizeReport>, PlanError>>,
    /// Runs done, and the runs the whole search is now expected to take.
    pub runs_done: u32,
    pub runs_total: u32,
}

/// What the next [`STEP_JUTA`] in each strategy buys, from the scenario on screen: its runs so
/// far, and the table once every one has arrived.
#[derive(Clone, Debug, PartialEq)]
pub struct MarginalResults {
    /// The table, paired on the scenario's seeds; or why there is none.
    pub table: Option<Result<Rc<Marginal>, PlanError>>,
    /// Runs done and asked for, of the scenarios with a budget moved.
    pub runs_done: u32,
    pub runs_total: u32,
}

/// A saved scenario compared with the baseline: its ensemble and its paired comparison so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    /// The scenario as it runs (on the baseline's seed, runs and horizon).
    pub spec: ScenarioSpec,
    pub summary: Option<Rc<Summary>>,
    /// Its runs against the baseline's that have arrived for both, pair by pair.
    pub comparison: Option<Rc<Comparison>>,
    /// Runs done and asked for, of this scenario alone.
    pub runs_done: u32,
    pub runs_total: u32,
}

impl Results {
    /// Whether every run has arrived.
    pub fn complete(&self) -> bool {
        self.runs_done == self.runs_total && !self.stale
    }
}

/// One ensemble being computed: its runs arrive in any order and are summarised in run order,
/// so the summary of all of them equals `run_ensemble`'s bit for bit.
struct Job {
    spec: ScenarioSpec,
    scenario: Scenario,
    /// The scenario's link token: how workers receive the scenario and replies name it.
    token: String,
    runs: Vec<Option<RunResult>>,
    in_flight: Vec<bool>,
    /// The summary of the runs arrived when it was last made (`summarised` of them). Made
    /// only at a hand-over and only for what is shown: the marginal table needs none.
    summary: Option<Rc<Summary>>,
    summarised: u32,
}

impl Job {
    fn new(spec: ScenarioSpec, scenario: Scenario) -> Self {
        let n = scenario.runs() as usize;
        Job {
            token: encode_link(&scenario),
            spec,
            scenario,
            runs: vec![None; n],
            in_flight: vec![false; n],
            summary: None,
            summarised: 0,
        }
    }

    fn done(&self) -> u32 {
        self.runs.iter().filter(|r| r.is_some()).count() as u32
    }

    fn complete(&self) -> bool {
        self.runs.iter().all(Option::is_some)
    }

    /// The lowest run neither done nor being computed.
    fn next_run(&self) -> Option<u32> {
        (0..self.runs.len())
            .find(|&i| self.runs[i].is_none() && !self.in_flight[i])
            .map(|i| i as u32)
    }

    /// Takes in one run; `true` if it was the job's first or last.
    fn insert(&mut self, run_idx: u32, run: RunResult) -> bool {
        let i = run_idx as usize;
        if i >= self.runs.len() || self.runs[i].is_some() {
            return false;
        }
        self.runs[i] = Some(run);
        self.in_flight[i] = false;
        self.done() == 1 || self.complete()
    }

    /// The runs that have arrived, in run order.
    fn arrived(&self) -> Vec<RunResult> {
        self.runs.iter().flatten().cloned().collect()
    }

    /// Brings the summary up to the runs that have arrived.
    fn summarise(&mut self) {
        let done = self.done();
        if done > 0 && done != self.summarised {
            let arrived: Vec<&RunResult> = self.runs.iter().flatten().collect();
            self.summary = Some(Rc::new(Summary::from_runs(&self.scenario, &arrived)));
            self.summarised = done;
        }
    }
}

/// A search for a suggested split under way: the batch of ensembles it asked for last, run
/// like any other jobs but after them; each complete batch is fed to the search, which asks
/// for the next (`Search`'s stages), until it has its answer.
struct SearchState {
    ask: SearchAsk,
    /// `None` when it could not start (`outcome` says why).
    search: Option<Search>,
    batch: Vec<Job>,
    /// Runs of the batches already fed.
    fed: u32,
    outcome: Option<Result<Rc<OptimizeReport>, PlanError>>,
}

impl SearchState {
    fn start(ask: SearchAsk) -> SearchState {
        let started = ask
            .base
            .validate()
            .map_err(PlanError::Invalid)
            .and_then(|base| Search::new(&base, ask.config.clone()));
        let (search, outcome) = match started {
            Ok(search) => (Some(search), None),
            Err(e) => (None, Some(Err(e))),
        };
        let mut state = SearchState {
            ask,
            search,
            batch: Vec::new(),
            fed: 0,
            outcome,
        };
        state.next_batch();
        state
    }

    /// The jobs of the search's next step (none once it has its answer).
    fn next_batch(&mut self) {
        self.batch = match (&self.search, &self.outcome) {
            (Some(search), None) => search
                .scenarios()
                .into_iter()
                .map(|s| Job::new(s.spec().clone(), s))
                .collect(),
            _ => Vec::new(),
        };
    }

    /// Feeds a complete batch to the search and asks for the next; `true` if it moved on.
    fn advance(&mut self) -> bool {
        let Some(search) = self.search.as_mut() else {
            return false;
        };
        if self.outcome.is_some() || !self.batch.iter().all(Job::complete) {
            return false;
        }
        let runs: Vec<Vec<RunResult>> = self.batch.iter().map(Job::arrived).collect();
        self.fed += runs.iter().map(|r| r.len() as u32).sum::<u32>();
        if let Err(e) = search.feed(&runs) {
            self.outcome = Some(Err(e));
        } else if search.stage() == Stage::Done {
            self.outcome = Some(search.report().map(Rc::new).ok_or(PlanError::NoRuns));
        }
        self.next_batch();
        true
    }

    /// Takes the runs the page has already computed for the same scenarios (the search
    /// confirms the current split with the full ensemble: the scenario on screen).
    fn reuse(&mut self, jobs: &[Job]) {
        for job in &mut self.batch {
            if let Some(same) = jobs.iter().find(|j| j.token == job.token) {
                for (i, run) in same.runs.iter().enumerate() {
                    if let Some(run) = run {
                        job.insert(i as u32, run.clone());
                    }
                }
            }
        }
    }

    fn results(&self) -> SearchResults {
        let in_batch: u32 = self.batch.iter().map(Job::done).sum();
        let runs_done = self.fed + in_batch;
        SearchResults {
            ask: self.ask.clone(),
            outcome: self.outcome.clone(),
            runs_done,
            runs_total: self
                .search
                .as_ref()
                .map_or(0, Search::runs_estimate)
                .max(runs_done),
        }
    }
}

/// Where the runs are computed.
enum Backend {
    /// Not asked yet: workers start at the first request.
    Unstarted,
    Workers(Pool),
    /// The page's own thread, a slice at a time; `scheduled` when a slice is waiting.
    Slices {
        scheduled: bool,
    },
}

struct Inner {
    /// One job per scenario asked for, whatever its role.
    jobs: Vec<Job>,
    /// Which job is which.
    roles: Roles,
    backend: Backend,
    on_results: Option<Rc<dyn Fn(Results)>>,
    last_hand_over_ms: f64,
    /// A hand-over put off by the throttle.
    pending_hand_over: Option<Timeout>,
    /// The comparison of the runs that have arrived, or `None` when runs arrived (or the jobs
    /// changed) since it was made.
    comparison: Option<Rc<Comparison>>,
    /// The same for each compared scenario, in the order of `roles.compared`.
    compared: Option<Vec<Option<Rc<Comparison>>>>,
    /// The marginal table, with the fewest runs any of its scenarios had when it was made.
    marginal: Option<(u32, Rc<Marginal>)>,
    /// The budget curve's points, once made from a complete set of runs.
    curve: Option<Rc<Vec<SweepPoint>>>,
    /// The search for a suggested split, when asked for (or, done, until another is).
    search: Option<SearchState>,
    /// Whether the latest request asked for `search`.
    search_asked: bool,
    /// What was last handed over, to show until the new request's first run arrives.
    shown: Option<Shown>,
    /// The board's pairs, once made from every run of every group.
    board_pairs: Option<Rc<Vec<Vec<Option<Comparison>>>>>,
}

/// What the page shows: the two ensembles and their comparison, always from the same runs.
type Shown = (Rc<Summary>, Rc<Summary>, Rc<Comparison>);

/// The position of the planning tools' jobs in [`Roles::groups`].
const PLANNING_GROUP: usize = 3;

/// Which of the jobs holds the scenario, the baseline (the same one when they are equal) and
/// each compared scenario.
#[derive(Default)]
struct Roles {
    scenario: usize,
    baseline: usize,
    compared: Vec<usize>,
    /// Each group on the class board.
    board: Vec<usize>,
    /// The marginal table's scenarios after the scenario itself (one budget moved each), in
    /// `marginal_scenarios`' order; or why they cannot run. `None` when not asked for.
    marginal: Option<Result<Vec<usize>, PlanError>>,
    /// The budget curve's strategy and its scenarios, one per value of `curve_values` (after
    /// the scenario itself); or why they cannot run. `None` when not asked for.
    curve: Option<(Strategy, Result<Vec<usize>, PlanError>)>,
}

impl Roles {
    /// The jobs in the order their work is given out: the scenario and the baseline before
    /// anything compared with them, so that the page's own results come first.
    fn groups(&self) -> [Vec<usize>; 4] {
        let mut main = vec![self.scenario];
        if self.baseline != self.scenario {
            main.push(self.baseline);
        }
        let mut planning = match &self.marginal {
            Some(Ok(jobs)) => jobs.clone(),
            _ => Vec::new(),
        };
        if let Some((_, Ok(jobs))) = &self.curve {
            planning.extend(
                jobs.iter()
                    .filter(|j| !planning.contains(j))
                    .collect::<Vec<_>>(),
            );
        }
        [main, self.compared.clone(), self.board.clone(), planning]
    }
}

impl Inner {
    fn new(jobs: Vec<Job>, roles: Roles) -> Inner {
        Inner {
            jobs,
            roles,
            backend: Backend::Unstarted,
            on_results: None,
            last_hand_over_ms: 0.0,
            pending_hand_over: None,
            comparison: None,
            compared: None,
            marginal: None,
            curve: None,
            search: None,
            search_asked: false,
            shown: None,
            board_pairs: None,
        }
    }

    /// Moves the search on as far as the runs that have arrived take it, taking the page's own
    /// runs where it asks for the same scenarios; `true` if it moved on.
    fn advance_search(&mut self) -> bool {
        let Some(search) = self.search.as_mut() else {
            return false;
        };
        let mut moved = false;
        loop {
            search.reuse(&self.jobs);
            if !search.advance() {
                return moved;
            }
            moved = true;
        }
    }

    /// The jobs changed: every comparison is made again at the next hand-over.
    fn invalidate(&mut self) {
        self.comparison = None;
        self.compared = None;
    }

    /// A run of job `job` arrived: the comparisons it is part of are made again at the next
    /// hand-over (not the others: while the planning tools compute, their runs arrive by the
    /// hundred and the page's own comparison stays as it is).
    fn run_arrived(&mut self, job: usize) {
        let r = &self.roles;
        if job == r.scenario || job == r.baseline {
            self.invalidate();
        } else if r.compared.contains(&job) {
            self.compared = None;
        }
    }
}

/// The scheduler. Cheap to clone; clones share the work.
#[derive(Clone)]
pub struct Computer {
    inner: Rc<RefCell<Inner>>,
}

impl Default for Computer {
    fn default() -> Self {
        Computer {
            inner: Rc::new(RefCell::new(Inner::new(Vec::new(), Roles::default()))),
        }
    }
}

impl Computer {
    /// Asks for the ensembles of `scenario`, `baseline` and each of `compared` (which must be on
    /// the baseline's seed, runs and horizon), and the planning tools' ensembles; `on_results`
    /// receives what arrives. An ensemble already (being) computed for the same spec is kept,
    /// not recomputed.
    pub fn request(
        &self,
        scenario: (ScenarioSpec, Scenario),
        baseline: (ScenarioSpec, Scenario),
        compared: Vec<(ScenarioSpec, Scenario)>,
        planning: Planning,
        on_results: impl Fn(Results) + 'static,
    ) {
        let Planning {
            marginal,
            curve,
            search,
            board,
        } = planning;
        let curve = curve.map(|s| {
            let values = curve_values(scenario.1.budgets().get(s));
            let all = sweep_scenarios(&scenario.1, &SweepAxis::Budget(s), &values);
            let moved = all.map(|all| {
                all.into_iter()
                    .skip(1)
                    .map(|s| (s.spec().clone(), s))
                    .collect::<Vec<_>>()
            });
            (s, moved)
        });
        let moved = marginal.then(|| {
            marginal_scenarios(&scenario.1, STEP_JUTA).map(|all| {
                all.into_iter()
                    .skip(1)
                    .map(|s| (s.spec().clone(), s))
                    .collect::<Vec<_>>()
            })
        });
        {
            let mut inner = self.inner.borrow_mut();
            inner.on_results = Some(Rc::new(on_results));
            let mut previous = std::mem::take(&mut inner.jobs);
            let mut jobs: Vec<Job> = Vec::new();
            let mut place = |(spec, scenario): (ScenarioSpec, Scenario)| -> usize {
                if let Some(i) = jobs.iter().position(|job| job.spec == spec) {
                    return i;
                }
                let job = match previous.iter().position(|job| job.spec == spec) {
                    Some(i) => previous.swap_remove(i),
                    None => Job::new(spec, scenario),
                };
                jobs.push(job);
                jobs.len() - 1
            };
            let roles = Roles {
                scenario: place(scenario),
                baseline: place(baseline),
                compared: compared.into_iter().map(&mut place).collect(),
                board: board.into_iter().map(&mut place).collect(),
                marginal: moved.map(|m| m.map(|all| all.into_iter().map(&mut place).collect())),
                curve: curve
                    .map(|(s, c)| (s, c.map(|all| all.into_iter().map(&mut place).collect()))),
            };
            inner.jobs = jobs;
            inner.roles = roles;
            inner.invalidate();
            inner.marginal = None;
            inner.curve = None;
            inner.board_pairs = None;
            // A search asked for again goes on (or, when done, keeps its answer: undoing back to
            // its scenario does not run it again); another one starts afresh. One no longer
            // asked for stops, but an answer is kept, unshown, for that undo.
            let same = inner.search.as_ref().map(|s| &s.ask) == search.as_ref();
            let asked = search.is_some();
            let finished = inner.search.as_ref().is_some_and(|s| s.outcome.is_some());
            match search {
                Some(_) if same => {}
                Some(ask) => inner.search = Some(SearchState::start(ask)),
                None if finished => {}
                None => inner.search = None,
            }
            inner.search_asked = asked;
            inner.advance_search();
            if matches!(inner.backend, Backend::Unstarted) {
                inner.backend = match Pool::start(self.on_reply()) {
                    Some(pool) => Backend::Workers(pool),
                    None => Backend::Slices { scheduled: false },
                };
            }
        }
        self.hand_over();
        self.dispatch();
    }

    /// Gives work to whatever can take it.
    fn dispatch(&self) {
        let mut inner = self.inner.borrow_mut();
        let Inner {
            jobs,
            backend,
            roles,
            search,
            ..
        } = &mut *inner;
        let groups = roles.groups();
        match backend {
            Backend::Unstarted => {}
            Backend::Workers(pool) => {
                // A worker still busy with a superseded request's run takes a newer one.
                let wanted: Vec<String> = jobs
                    .iter()
                    .chain(search.iter().flat_map(|s| s.batch.iter()))
                    .map(|job| job.token.clone())
                    .collect();
                let wanted = |token: &str| wanted.iter().any(|w| w == token);
                while pool.can_take(&wanted) {
                    let Some((job, run_idx)) = next_run_of(jobs, &groups, search) else {
                        break;
                    };
                    if pool.send(&job.token, run_idx, &wanted) {
                        job.in_flight[run_idx as usize] = true;
                    } else {
                        break;
                    }
                }
            }
            Backend::Slices { scheduled } => {
                if !*scheduled && next_run_of(jobs, &groups, search).is_some() {
                    *scheduled = true;
                    let this = self.clone();
                    infra::after_yield(move || this.slice());
                }
            }
        }
    }

    /// A worker's answer: its run goes to the job that asked for it, if that job is still
    /// wanted; a failed worker's runs go back in the queue (or to the page, if none is left).
    fn on_reply(&self) -> impl Fn(Reply) + 'static {
        let weak = Rc::downgrade(&self.inner);
        move |reply| {
            let Some(inner) = weak.upgrade() else { return };
            let this = Computer { inner };
            let first_or_last = match reply {
                Reply::Run {
                    token,
                    run_idx,
                    data,
                } => this.accept(&token, run_idx, data),
                Reply::Ready => false,
                Reply::Failed { run } => {
                    this.requeue(run);
                    false
                }
            };
            this.hand_over_throttled(first_or_last);
            this.dispatch();
        }
    }

    fn accept(&self, token: &str, run_idx: u32, data: Vec<f64>) -> bool {
        let mut inner = self.inner.borrow_mut();
        let take = |job: &mut Job, data: Vec<f64>| {
            let months = (0..=job.scenario.months()).collect();
            let seed = run_seed(job.scenario.seed(), run_idx);
            // An answer without the right numbers is computed here instead, never shown.
            let run = RunResult::from_parts(months, seed, data)
                .unwrap_or_else(|| run_kept(&job.scenario, seed));
            job.insert(run_idx, run)
        };
        if let Some(i) = inner.jobs.iter().position(|j| j.token == token) {
            let first_or_last = take(&mut inner.jobs[i], data);
            inner.run_arrived(i);
            // The search may be waiting for the same run.
            return first_or_last | inner.advance_search();
        }
        // A run of the search changes nothing else shown: handed over at once only when the
        // search moved on. For a request that was superseded, dropped.
        let Some(job) = inner
            .search
            .as_mut()
            .and_then(|s| s.batch.iter_mut().find(|j| j.token == token))
        else {
            return false;
        };
        take(job, data);
        inner.advance_search()
    }

    fn requeue(&self, run: Option<(String, u32)>) {
        let mut inner = self.inner.borrow_mut();
        let Inner { jobs, search, .. } = &mut *inner;
        let batch = search.iter_mut().flat_map(|s| s.batch.iter_mut());
        if let Some((token, run_idx)) = run
            && let Some(flag) = jobs
                .iter_mut()
                .chain(batch)
                .find(|j| j.token == token)
                .and_then(|job| job.in_flight.get_mut(run_idx as usize))
        {
            *flag = false;
        }
        let workers_left = matches!(&inner.backend, Backend::Workers(pool) if pool.size() > 0);
        if !workers_left {
            inner.backend = Backend::Slices { scheduled: false };
        }
    }

    /// One slice on the page's own thread: runs until the slice's time is up.
    fn slice(&self) {
        let started = infra::now_ms();
        let mut first_or_last = false;
        {
            let mut inner = self.inner.borrow_mut();
            if let Backend::Slices { scheduled } = &mut inner.backend {
                *scheduled = false;
            }
            let groups = inner.roles.groups();
            while !first_or_last && infra::now_ms() - started < SLICE_MS {
                let Inner { jobs, search, .. } = &mut *inner;
                let Some((job, run_idx)) = next_run_of(jobs, &groups, search) else {
                    break;
                };
                let run = run_kept(&job.scenario, run_seed(job.scenario.seed(), run_idx));
                first_or_last = job.insert(run_idx, run);
                let token = job.token.clone();
                first_or_last |= inner.advance_search();
                // A run of the search's batch is part of no comparison the page shows.
                if let Some(i) = inner.jobs.iter().position(|j| j.token == token) {
                    inner.run_arrived(i);
                }
            }
        }
        self.hand_over_throttled(first_or_last);
        self.dispatch();
    }

    /// Hands over now if `urgent` or if the last hand-over is long enough ago; else later.
    fn hand_over_throttled(&self, urgent: bool) {
        let wait = {
            let inner = self.inner.borrow();
            HAND_OVER_EVERY_MS - (infra::now_ms() - inner.last_hand_over_ms)
        };
        if urgent || wait <= 0.0 {
            self.hand_over();
            return;
        }
        let mut inner = self.inner.borrow_mut();
        if inner.pending_hand_over.is_none() {
            let this = self.clone();
            inner.pending_hand_over = Some(Timeout::new(wait.ceil() as u32, move || {
                this.hand_over();
            }));
        }
    }

    fn hand_over(&self) {
        let (results, on_results) = {
            let mut guard = self.inner.borrow_mut();
            // Borrowed field by field below: the jobs are read while comparisons are stored.
            let inner = &mut *guard;
            inner.last_hand_over_ms = infra::now_ms();
            inner.pending_hand_over = None;
            let marginal = marginal_results(inner);
            let curve = curve_results(inner);
            let board = board_results(inner);
            let [main, compared, _, _] = inner.roles.groups();
            for &i in main.iter().chain(&compared) {
                if let Some(job) = inner.jobs.get_mut(i) {
                    job.summarise();
                }
            }
            let (runs_done, runs_total) = main
                .iter()
                .filter_map(|&i| inner.jobs.get(i))
                .fold((0, 0), |(d, t), j| (d + j.done(), t + j.runs.len() as u32));
            let (scenario_job, baseline_job) = (
                inner.jobs.get(inner.roles.scenario),
                inner.jobs.get(inner.roles.baseline),
            );
            let progress = |j: &Job| (j.done(), j.runs.len() as u32);
            let scenario_runs = scenario_job.map_or((0, 0), progress);
            let baseline_runs = (inner.roles.baseline != inner.roles.scenario)
                .then(|| baseline_job.map(progress))
                .flatten();
            let scenario = scenario_job.and_then(|j| j.summary.clone());
            // With no separate baseline the scenario is its own baseline.
            let baseline = baseline_job.and_then(|j| j.summary.clone());
            if inner.comparison.is_none() {
                inner.comparison = scenario_job
                    .zip(baseline_job)
                    .and_then(|(s, b)| compare(s, b))
                    .map(Rc::new);
            }
            if inner.compared.is_none() {
                let made = inner
                    .roles
                    .compared
                    .iter()
                    .map(|&i| {
                        let job = inner.jobs.get(i)?;
                        compare(job, baseline_job?).map(Rc::new)
                    })
                    .collect();
                inner.compared = Some(made);
            }
            let compared = inner
                .roles
                .compared
                .iter()
                .zip(inner.compared.iter().flatten())
                .filter_map(|(&i, comparison)| {
                    let job = inner.jobs.get(i)?;
                    Some(Compared {
                        spec: job.spec.clone(),
                        summary: job.summary.clone(),
                        comparison: comparison.clone(),
                        runs_done: job.done(),
                        runs_total: job.runs.len() as u32,
                    })
                })
                .collect();
            let compared_baseline = baseline.clone();
            let fresh = scenario
                .zip(baseline)
                .zip(inner.comparison.clone())
                .map(|((s, b), c)| (s, b, c));
            if let Some(shown) = &fresh {
                inner.shown = Some(shown.clone());
            }
            let (scenario, baseline, comparison) = match inner.shown.clone() {
                Some((s, b, c)) => (Some(s), Some(b), Some(c)),
                None => (None, None, None),
            };
            let results = Results {
                scenario,
                baseline,
                comparison,
                runs_done,
                runs_total,
                scenario_runs,
                baseline_runs,
                stale: fresh.is_none(),
                spec: scenario_job.map(|j| j.spec.clone()),
                compared_baseline,
                compared,
                marginal,
                search: inner
                    .search
                    .as_ref()
                    .filter(|_| inner.search_asked)
                    .map(SearchState::results),
                curve,
                board,
            };
            (results, inner.on_results.clone())
        };
        if let Some(f) = on_results {
            f(results);
        }
    }
}

/// The board's groups so far, and each pair of them once every run has arrived (made once).
fn board_results(inner: &mut Inner) -> BoardResults {
    let Inner {
        jobs,
        roles,
        board_pairs,
        ..
    } = inner;
    let mut groups = Vec::with_capacity(roles.board.len());
    for &i in &roles.board {
        if let Some(job) = jobs.get_mut(i) {
            job.summarise();
            groups.push(Ensemble {
                spec: job.spec.clone(),
                summary: job.summary.clone(),
                runs_done: job.done(),
                runs_total: job.runs.len() as u32,
            });
        }
    }
    let on_board: Vec<&Job> = roles.board.iter().filter_map(|&i| jobs.get(i)).collect();
    if board_pairs.is_none() && on_board.iter().all(|j| j.complete()) {
        let pairs = on_board
            .iter()
            .enumerate()
            .map(|(a, row)| {
                let row_pairs = on_board.iter().enumerate();
                row_pairs
                    .map(|(b, column)| (a != b).then(|| compare(row, column)).flatten())
                    .collect()
            })
            .collect();
        *board_pairs = Some(Rc::new(pairs));
    }
    BoardResults {
        groups,
        pairs: board_pairs.clone(),
    }
}

/// The marginal table's progress, and the table once every run has arrived (made once, then
/// kept until a run arrives or the jobs change).
fn marginal_results(inner: &mut Inner) -> Option<MarginalResults> {
    let moved = match inner.roles.marginal.as_ref()? {
        Ok(moved) => moved,
        Err(e) => {
            return Some(MarginalResults {
                table: Some(Err(e.clone())),
                runs_done: 0,
                runs_total: 0,
            });
        }
    };
    let jobs: Vec<&Job> = moved.iter().filter_map(|&i| inner.jobs.get(i)).collect();
    let base = inner.jobs.get(inner.roles.scenario)?;
    let runs_done = jobs.iter().map(|j| j.done()).sum();
    let runs_total = jobs.iter().map(|j| j.runs.len() as u32).sum();
    // Shown as the runs arrive (the scenarios go forward together), made again each time every
    // scenario has one more run: its verdicts say when there are still too few to judge.
    let level = jobs.iter().map(|j| j.done()).fold(base.done(), u32::min);
    if level > 0 && inner.marginal.as_ref().is_none_or(|(at, _)| *at != level) {
        let runs: Vec<Vec<RunResult>> = std::iter::once(base)
            .chain(jobs.iter().copied())
            .map(Job::arrived)
            .collect();
        match marginal_from_runs(&base.scenario, STEP_JUTA, &Metric::HEADLINE, &runs) {
            Ok(table) => inner.marginal = Some((level, Rc::new(table))),
            Err(e) => {
                return Some(MarginalResults {
                    table: Some(Err(e)),
                    runs_done,
                    runs_total,
                });
            }
        }
    }
    Some(MarginalResults {
        table: inner.marginal.as_ref().map(|(_, t)| Ok(t.clone())),
        runs_done,
        runs_total,
    })
}

/// The budget curve's progress, and its points once every run has arrived (made once, then
/// kept until a run arrives or the jobs change).
fn curve_results(inner: &mut Inner) -> Option<CurveResults> {
    let (strategy, jobs) = inner.roles.curve.as_ref()?;
    let base = inner.jobs.get(inner.roles.scenario)?;
    let current_juta = base.scenario.budgets().get(*strategy);
    let at = |points, runs_done, runs_total| CurveResults {
        strategy: *strategy,
        current_juta,
        points,
        runs_done,
        runs_total,
    };
    let jobs: Vec<&Job> = match jobs {
        Ok(jobs) => jobs.iter().filter_map(|&i| inner.jobs.get(i)).collect(),
        Err(e) => return Some(at(Some(Err(e.clone())), 0, 0)),
    };
    let runs_done = jobs.iter().map(|j| j.done()).sum();
    let runs_total = jobs.iter().map(|j| j.runs.len() as u32).sum();
    if inner.curve.is_none() && base.complete() && jobs.iter().all(|j| j.complete()) {
        let scenarios: Vec<Scenario> = std::iter::once(base)
            .chain(jobs.iter().copied())
            .map(|j| j.scenario.clone())
            .collect();
        let runs: Vec<Vec<RunResult>> = std::iter::once(base)
            .chain(jobs.iter().copied())
            .map(Job::arrived)
            .collect();
        let values = curve_values(current_juta);
        match sweep_from_runs(&scenarios, &values, &Metric::HEADLINE, &runs) {
            Ok(points) => inner.curve = Some(Rc::new(points)),
            Err(e) => return Some(at(Some(Err(e)), runs_done, runs_total)),
        }
    }
    let points = inner.curve.clone().map(Ok);
    Some(at(points, runs_done, runs_total))
}

/// Months of a run a worker computes before it looks for a newer request: a year of the
/// default city takes a few ms in the browser.
const MONTHS_PER_STEP: u32 = 12;
// A step of no months would never finish a run.
const _: () = assert!(MONTHS_PER_STEP > 0);

thread_local! {
    /// This thread's kept starts, and the run under way in a worker. Four starts of the
    /// default city hold about 3 MB; keeping all 32 seeds' (about 25 MB a worker) sped up a
    /// slider's move by nothing measurable (docs/PERFORMANCE.md).
    static STARTS: RefCell<SharedStarts> = RefCell::new(SharedStarts::new(4));
}

/// A worker's work: begins run `run_idx` of the scenario a token holds (dropping the run under
/// way, if any); `false` for a token that does not hold a valid scenario.
pub fn begin_for_worker(token: &str, run_idx: u32) -> bool {
    let Some(scenario) = decode_link(token)
        .ok()
        .and_then(|link| link.spec.validate().ok())
    else {
        return false;
    };
    STARTS.with_borrow_mut(|starts| starts.begin(&scenario, run_seed(scenario.seed(), run_idx)));
    true
}

/// The next months of the worker's run: its numbers, as `RunResult::data` lays them out, once
/// it is done.
pub fn advance_for_worker() -> Step {
    STARTS.with_borrow_mut(|starts| {
        if !starts.is_under_way() {
            return Step::Idle;
        }
        match starts.advance(MONTHS_PER_STEP) {
            Some(run) => Step::Done(run.data().to_vec()),
            None => Step::Going,
        }
    })
}

/// [`canting_model::run_once`]'s result, from a starting state this thread (the page, or a
/// worker) kept from its last few runs, if one was of the same seed and city. The planning
/// tools' scenarios go forward together, seed by seed, so a thread meets each seed's start
/// several times in a row.
fn run_kept(s: &Scenario, run_seed: u64) -> RunResult {
    STARTS.with_borrow_mut(|starts| starts.run(s, run_seed))
}

/// A job's arrived runs against the baseline job's, paired by run seed (runs that arrived
/// for only one of them wait for their partner); the baseline may be the same job, which is
/// then the same in every run. `None` before the first pair.
fn compare(scenario: &Job, baseline: &Job) -> Option<Comparison> {
    let scenario: Vec<&RunResult> = scenario.runs.iter().flatten().collect();
    let baseline: Vec<&RunResult> = baseline.runs.iter().flatten().collect();
    Comparison::from_runs(&scenario, &baseline)
}

/// The next run to compute: the page's own jobs first, then the search's batch.
fn next_run_of<'a>(
    jobs: &'a mut [Job],
    groups: &[Vec<usize>],
    search: &'a mut Option<SearchState>,
) -> Option<(&'a mut Job, u32)> {
    if let Some(work) = next_work(jobs, groups) {
        return Some(work);
    }
    let batch = &mut search.as_mut()?.batch;
    let all: Vec<usize> = (0..batch.len()).collect();
    next_work(batch, &[all])
}

/// The next run to compute, group by group (the scenario and the baseline before the compared
/// scenarios, then the planning tools'): within a group each job's first run comes first (a
/// quick first answer), then each job's runs in order, one job after the other; except in the
/// planning tools' group, whose jobs go forward together (the job with the fewest runs done or
/// under way next), because their answer compares them all on the same seeds.
fn next_work<'a>(jobs: &'a mut [Job], groups: &[Vec<usize>]) -> Option<(&'a mut Job, u32)> {
    let pick = groups.iter().enumerate().find_map(|(g, group)| {
        if g == PLANNING_GROUP {
            let started = |j: &Job| j.done() + j.in_flight.iter().filter(|f| **f).count() as u32;
            return group
                .iter()
                .filter(|&&i| jobs.get(i).is_some_and(|j| j.next_run().is_some()))
                .min_by_key(|&&i| jobs.get(i).map_or(u32::MAX, started))
                .copied();
        }
        let fresh = |&&i: &&usize| {
            jobs.get(i).is_some_and(|j| {
                j.done() == 0 && !j.in_flight.iter().any(|f| *f) && j.next_run().is_some()
            })
        };
        let any = |&&i: &&usize| jobs.get(i).is_some_and(|j| j.next_run().is_some());
        group
            .iter()
            .find(fresh)
            .or_else(|| group.iter().find(any))
            .copied()
    })?;
    let job = jobs.get_mut(pick)?;
    let run_idx = job.next_run()?;
    Some((job, run_idx))
}

#[cfg(test)]
mod tests {
    use super::*;
    use canting_model::{Metric, Preset, Verdict, run_comparison, run_ensemble, run_once};

    /// A short scenario of a preset, so that the tests run quickly.
    fn spec(preset: Preset) -> ScenarioSpec {
        ScenarioSpec {
            years: 1,
            runs: 3,
            ..ScenarioSpec::from_preset(preset)
        }
    }

    /// A job whose runs `arrived` have arrived, in that order.
    fn job(spec: ScenarioSpec, arrived: &[u32]) -> Job {
        let scenario = spec.validate().expect("a preset is valid");
        let mut job = Job::new(spec, scenario);
        for &i in arrived {
            let run = run_once(&job.scenario, run_seed(job.scenario.seed(), i));
            job.insert(i, run);
        }
        job
    }

    #[test]
    fn the_scenario_without_a_separate_baseline_is_the_same_in_every_run() {
        let alone = job(spec(Preset::ExportFocus), &[0, 1, 2]);
        let comparison = compare(&alone, &alone).expect("pairs");
        assert_eq!(comparison.runs, 3);
        for m in Metric::HEADLINE {
            assert_eq!(comparison.verdict(m, 12), Verdict::Same, "{m:?}");
            assert!(comparison.difference(m).mean.iter().all(|d| *d == 0.0));
        }
    }

    #[test]
    fn runs_pair_by_seed_and_a_run_waits_for_its_partner() {
        let (scenario, baseline) = (spec(Preset::ExportFocus), spec(Preset::Today));
        let jobs = [
            job(scenario.clone(), &[2, 0]),
            job(baseline.clone(), &[1, 2]),
        ];
        let comparison = compare(&jobs[0], &jobs[1]).expect("run 2 has arrived for both");
        assert_eq!(comparison.runs, 1);
        let alone = |spec: &ScenarioSpec| {
            let s = spec.validate().expect("valid");
            run_once(&s, run_seed(s.seed(), 2))
        };
        assert_eq!(
            Some(comparison),
            Comparison::from_runs(&[alone(&scenario)], &[alone(&baseline)])
        );
        assert_eq!(compare(&job(scenario, &[0]), &job(baseline, &[1])), None);
    }

    #[test]
    fn every_run_arrived_in_any_order_gives_the_runners_comparison() {
        let (scenario, baseline) = (spec(Preset::EqualSplit), spec(Preset::Today));
        let jobs = [
            job(scenario.clone(), &[2, 0, 1]),
            job(baseline.clone(), &[1, 2, 0]),
        ];
        let (_, _, native) = run_comparison(
            &scenario.validate().expect("valid"),
            &baseline.validate().expect("valid"),
        )
        .expect("comparable");
        assert_eq!(compare(&jobs[0], &jobs[1]), Some(native));
    }

    #[test]
    fn the_scenario_and_baseline_are_computed_before_what_is_compared_with_them() {
        let mut jobs = vec![
            job(spec(Preset::ExportFocus), &[]),
            job(spec(Preset::Today), &[]),
            job(spec(Preset::EqualSplit), &[]),
        ];
        let roles = Roles {
            scenario: 0,
            baseline: 1,
            compared: vec![2],
            board: Vec::new(),
            marginal: None,
            curve: None,
        };
        let groups = roles.groups();
        let mut order = Vec::new();
        while let Some((job, run_idx)) = next_work(&mut jobs, &groups) {
            let run = run_once(&job.scenario, run_seed(job.scenario.seed(), run_idx));
            let key = job.spec.budgets_juta;
            job.insert(run_idx, run);
            order.push((key, run_idx));
        }
        let (s, b, c) = (
            spec(Preset::ExportFocus).budgets_juta,
            spec(Preset::Today).budgets_juta,
            spec(Preset::EqualSplit).budgets_juta,
        );
        assert_eq!(
            order,
            [
                (s, 0),
                (b, 0),
                (s, 1),
                (s, 2),
                (b, 1),
                (b, 2),
                (c, 0),
                (c, 1),
                (c, 2)
            ]
        );
    }

    #[test]
    fn the_marginal_table_waits_for_every_run_and_then_is_the_runners() {
        let base = spec(Preset::Today).validate().expect("valid");
        let all = marginal_scenarios(&base, STEP_JUTA).expect("valid moves");
        let arrived = |s: &Scenario, runs: u32| {
            let mut job = Job::new(s.spec().clone(), s.clone());
            for i in 0..runs {
                job.insert(i, run_once(s, run_seed(s.seed(), i)));
            }
            job
        };
        let roles = Roles {
            marginal: Some(Ok((1..all.len()).collect())),
            ..Roles::default()
        };
        let mut inner = Inner::new(all.iter().map(|s| arrived(s, s.runs())).collect(), roles);
        // One run short: progress, and the table of the runs so far.
        inner.jobs[3] = arrived(&all[3], all[3].runs() - 1);
        let waiting = marginal_results(&mut inner).expect("asked for");
        assert!(matches!(waiting.table, Some(Ok(_))));
        let total: u32 = all[1..].iter().map(Scenario::runs).sum();
        assert_eq!((waiting.runs_done, waiting.runs_total), (total - 1, total));

        inner.jobs[3] = arrived(&all[3], all[3].runs());
        let done = marginal_results(&mut inner).expect("asked for");
        let runner = canting_model::planning::in_order(&all);
        let want = marginal_from_runs(&base, STEP_JUTA, &Metric::HEADLINE, &runner).expect("runs");
        assert_eq!(done.table, Some(Ok(Rc::new(want))));
        assert_eq!(done.runs_done, total);
    }

    #[test]
    fn a_search_fed_batch_by_batch_suggests_what_the_runner_does() {
        use canting_model::planning::{Constraints, Objective, in_order, no_progress, optimize};
        let base_spec = spec(Preset::Today);
        let base = base_spec.validate().expect("valid");
        let objective = Objective::single(Metric::TrainingUptake).expect("an objective");
        let mut config =
            OptimizeConfig::new(objective, Constraints::envelope(base_spec.envelope_juta));
        config.design_points = 30;
        config.radii = vec![0.2];
        config.search_runs = 2;
        let mut state = SearchState::start(SearchAsk {
            config: config.clone(),
            base: base_spec,
        });
        // The scenario on screen, computed by the page: the confirming batch takes its runs.
        let mut on_screen = Job::new(base.spec().clone(), base.clone());
        for i in 0..base.runs() {
            on_screen.insert(i, run_once(&base, run_seed(base.seed(), i)));
        }
        let mut batches = 0;
        while state.outcome.is_none() {
            assert!(!state.batch.is_empty(), "a search under way has work");
            assert!(!state.advance(), "an incomplete batch is not fed");
            state.reuse(std::slice::from_ref(&on_screen));
            let reused = state.batch.iter().filter(|j| j.complete()).count();
            // Only the confirming batch runs the full ensemble of a split on screen.
            assert_eq!(reused > 0, batches == 2, "batch {batches}: {reused}");
            for job in &mut state.batch {
                for i in 0..job.runs.len() as u32 {
                    let run = run_once(&job.scenario, run_seed(job.scenario.seed(), i));
                    job.insert(i, run);
                }
            }
            assert!(state.advance());
            batches += 1;
        }
        // Two exploring rounds, then the confirming one.
        assert_eq!(batches, 3);
        assert!(state.batch.is_empty());
        let want = optimize(&base, config, &mut in_order, &mut no_progress).expect("a suggestion");
        assert_eq!(state.outcome, Some(Ok(Rc::new(want.clone()))));
        let progress = state.results();
        assert_eq!(
            (progress.runs_done, progress.runs_total),
            (want.runs, want.runs)
        );
    }

    #[test]
    fn a_budget_curve_runs_from_nothing_to_twice_the_budget_and_is_the_runners_sweep() {
        assert_eq!(
            curve_values(700),
            vec![0.0, 230.0, 470.0, 700.0, 930.0, 1170.0, 1400.0]
        );
        assert_eq!(curve_values(0).last(), Some(&1000.0));
        let base = spec(Preset::Today).validate().expect("valid");
        let s = Strategy::Networking;
        let values = curve_values(base.budgets().get(s));
        let all = sweep_scenarios(&base, &SweepAxis::Budget(s), &values).expect("valid");
        let complete = |s: &Scenario| {
            let mut job = Job::new(s.spec().clone(), s.clone());
            for i in 0..s.runs() {
                job.insert(i, run_once(s, run_seed(s.seed(), i)));
            }
            job
        };
        let roles = Roles {
            curve: Some((s, Ok((1..all.len()).collect()))),
            ..Roles::default()
        };
        let mut inner = Inner::new(all.iter().map(complete).collect(), roles);
        let got = curve_results(&mut inner).expect("asked for");
        let want = canting_model::planning::sweep(
            &base,
            &SweepAxis::Budget(s),
            &values,
            &Metric::HEADLINE,
            &mut canting_model::planning::in_order,
            &mut canting_model::planning::no_progress,
        )
        .expect("a sweep");
        assert_eq!(got.points, Some(Ok(Rc::new(want))));
        assert_eq!(got.current_juta, base.budgets().get(s));
    }

    #[test]
    fn the_boards_groups_are_paired_with_each_other_as_the_runner_pairs_them() {
        let groups = [
            spec(Preset::ExportFocus),
            spec(Preset::YouthRegeneration),
            spec(Preset::EqualSplit),
        ];
        let roles = Roles {
            board: vec![1, 2, 3],
            ..Roles::default()
        };
        let mut jobs = vec![job(spec(Preset::Today), &[0, 1, 2])];
        jobs.push(job(groups[0].clone(), &[2, 0, 1]));
        jobs.push(job(groups[1].clone(), &[1, 2]));
        jobs.push(job(groups[2].clone(), &[0, 1, 2]));
        let mut inner = Inner::new(jobs, roles);
        let waiting = board_results(&mut inner);
        assert_eq!(waiting.pairs, None, "made only once every run has arrived");
        assert!(!waiting.complete());
        inner.jobs[2] = job(groups[1].clone(), &[0, 1, 2]);
        let done = board_results(&mut inner);
        let pairs = done.pairs.expect("every run arrived");
        let valid = |s: &ScenarioSpec| s.validate().expect("valid");
        for (a, row) in groups.iter().enumerate() {
            for (b, column) in groups.iter().enumerate() {
                let native = (a != b).then(|| {
                    run_comparison(&valid(row), &valid(column))
                        .expect("comparable")
                        .2
                });
                assert_eq!(pairs[a][b], native, "{a} against {b}");
            }
        }
        assert_eq!(done.groups.len(), 3);
        assert_eq!(
            done.groups[0].summary.as_deref(),
            Some(&run_ensemble(&valid(&groups[0])))
        );
    }

    #[test]
    fn the_planning_tools_scenarios_go_forward_together() {
        let mut jobs = vec![
            job(spec(Preset::Today), &[0, 1, 2]),
            job(spec(Preset::ExportFocus), &[]),
            job(spec(Preset::EqualSplit), &[]),
        ];
        let roles = Roles {
            marginal: Some(Ok(vec![1, 2])),
            ..Roles::default()
        };
        let groups = roles.groups();
        let mut order = Vec::new();
        while let Some((job, run_idx)) = next_work(&mut jobs, &groups) {
            let run = run_once(&job.scenario, run_seed(job.scenario.seed(), run_idx));
            order.push((
                job.spec.budgets_juta == spec(Preset::ExportFocus).budgets_juta,
                run_idx,
            ));
            job.insert(run_idx, run);
        }
        let want: Vec<(bool, u32)> = (0..3).flat_map(|i| [(true, i), (false, i)]).collect();
        assert_eq!(order, want);
    }
}
