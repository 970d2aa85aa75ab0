//! The agent world (ODD sections 2, 3 and 7): businesses, artisans, cooperatives and the young,
//! in structure-of-arrays form, and the monthly schedule that calls one submodel after another.
//! Each submodel of `docs/MODEL.md` section 7 lives in a file of its own, named as the document
//! names it, and opens with the formulas it implements. Every buffer is sized when a run
//! starts, so a month allocates nothing. Every random draw comes from `rng`'s counter-based
//! streams, keyed by (run seed, purpose, agent, month).

mod artisans_month;
mod birthdays;
mod business_review;
mod choice;
mod cooperatives;
mod economics;
mod environment;
mod initialisation;
mod links;
mod new_businesses;
mod observation;
mod state;
mod steady_start;
mod trace;
mod young_entrants;

use rand_pcg::Pcg64Mcg;

use crate::metrics::Metric;
use crate::params::Params;
use crate::policy::{Policy, policy};
use crate::rng;
use crate::{DEFAULT_ENVELOPE_JUTA, Preset, Scenario};

pub use observation::RunResult;
pub use trace::{
    ArtisanMonth, MonthCounts, Reach, SlotMonth, Trace, TracedArtisan, TracedBusiness,
};

use trace::{Observer, Recorder};

use choice::Choice;
use state::{
    AgeRow, BizAcc, BizFigures, BizView, Core, Cores, Curve, Events, GateTables, Gates, Power, Rec,
    RecCtx, Refs, Ring, Tally,
};

/// The most links one business keeps to others (the storage; `max_links` may set fewer).
const LINK_SLOTS: usize = 6;
/// The oldest age, in years, the age table covers (older artisans use its last row).
const MAX_AGE_YEARS: usize = 100;
const NO_COOP: u16 = u16::MAX;
/// "Not this year", for an artisan's exit month.
const NEVER: u16 = u16::MAX;

// Artisan flags.
const TRAINED: u8 = 1;
const APPLYING: u8 = 2;
/// Not at ease with technology (literacy below the threshold): technology places are offered
/// to them. Kept in step with the literacy wherever it changes.
const LOW_TECH: u8 = 4;
/// Left batik work; dropped at the next compaction.
const DEAD: u8 = 0x80;

// Business flags.
const MENTORED: u8 = 1;
const ONLINE: u8 = 2;
const CERTIFIED: u8 = 4;

// Market reach.
const LOCAL: u8 = 0;
const NATIONAL: u8 = 1;
const EXPORT: u8 = 2;

/// Months between a business's reviews: a third of the businesses review each month, so each
/// reviews once a quarter. A scheduling choice (quarterly accounts), not a behavioural number.
const REVIEW_MONTHS: u32 = 3;
/// The length of a review period, in years.
const REVIEW_YEARS: f64 = REVIEW_MONTHS as f64 / 12.0;

/// The whole simulated city. Reused across the runs of an ensemble; a clone taken at a run's
/// start (`SharedStarts`) carries on exactly as the original would.
#[derive(Clone)]
pub(crate) struct World {
    p: Params,
    scenario_policy: Policy,
    today: Policy,
    pol: Policy,
    months: u32,
    keys: [u64; rng::PURPOSES],
    ages: [AgeRow; MAX_AGE_YEARS + 1],
    /// `1 - exp(-years / skill_experience_years)` by whole years of experience.
    skill_curve: [f32; MAX_AGE_YEARS + 1],
    /// `capital^capital_elasticity`.
    capital_curve: Curve,
    /// The skill formula's constants: (skill_start, skill_experienced - skill_start,
    /// skill_talent_spread).
    skill_form: (f32, f32, f32),
    refs: Refs,
    rec_ctx: RecCtx,
    /// Reach scores by rung and online selling (`economics::reach_scores`).
    reach_scores: [[f32; 2]; 4],

    // Artisans: what the monthly loop reads for every artisan in one array, the rest apart.
    a_core: Cores,
    /// Birth month, relative to the run's first month (so age in months = month - birth).
    a_birth: Vec<i32>,
    /// The month the artisan started batik work (experience counts from it).
    a_start: Vec<i32>,
    a_skill: Vec<f32>,
    a_tech: Vec<f32>,
    /// How skilled experience makes each artisan (`initialisation::talent`), fixed for life.
    a_talent: Vec<f32>,
    /// The most artisans a run holds at once: entrants beyond it are turned away (the bound
    /// is every candidate entering, so it is never reached in practice).
    artisan_room: usize,
    /// The most business slots a run opens.
    business_room: usize,
    /// The first id given to an entrant (the starting artisans are 0 to n - 1).
    first_entrant_id: u32,
    /// Artisans marked as gone but not yet compacted away.
    dead: u32,
    /// Indices of the artisans born in each calendar month (birth month mod 12).
    birth_buckets: [Vec<u32>; 12],
    /// This month's founders of new businesses (artisan indices, in order).
    founders: Vec<u32>,

    // Businesses (slots; a closed slot may be reused by a new business).
    b_alive: Vec<bool>,
    b_serial: Vec<u32>,
    b_q0: Vec<f32>,
    b_quality: Vec<f32>,
    b_capital: Vec<f32>,
    /// The imported share a business drifts back to without support.
    b_import0: Vec<f32>,
    b_import: Vec<f32>,
    b_reach: Vec<u8>,
    b_flags: Vec<u8>,
    b_coop: Vec<u16>,
    b_links: Vec<[u16; LINK_SLOTS]>,
    b_degree: Vec<u8>,
    b_prod: Vec<f32>,
    b_price: Vec<f32>,
    b_cost: Vec<f32>,
    b_score: Vec<f32>,
    /// What the end-of-month sums read, refreshed with the economics.
    b_figures: Vec<BizFigures>,
    b_acc: Vec<BizAcc>,
    b_view: Vec<BizView>,
    gates: Gates,
    /// Whether something happens to each artisan this month (the monthly loop's first pass).
    a_any: Vec<u8>,
    /// Hiring weight, set every month: vacancies plus a base share of the desired size (0 for a
    /// closed slot).
    b_hire: Vec<f32>,
    /// Artisans and score at the start (or at founding): the desired size follows the score
    /// from there.
    b_size0: Vec<f32>,
    b_score0: Vec<f32>,
    /// Desired artisans, set at each review.
    b_desired: Vec<f32>,
    b_app_share: Vec<f32>,
    free_slots: Vec<u16>,
    closed_now: Vec<u16>,
    /// The slots reviewing this month (business_review.rs).
    b_turn: Vec<u32>,
    n_alive: u32,
    choice: Choice,

    coop_active: Vec<bool>,
    /// Scratch space for choosing the active cooperatives at the start.
    coop_order: Vec<(u64, u32)>,

    env: Pcg64Mcg,
    log_price: f64,
    price_index: f32,
    standing: f64,
    wage_ratio: f64,
    /// Competitiveness relative to the start (1 = the start), last month.
    competitiveness: f64,
    young_next: u32,
    adults_next: u32,

    ring_offered: Ring,
    ring_reached: Ring,
    ring_applying: Ring,
    ring_considered: Ring,
    ring_entrants: Ring,
    ring_adults: Ring,
    ring_exits: Ring,
    tally: Tally,
    events: Events,
    rates: business_review::Rates,
    exp_bound: business_review::ExpBound,
    sums: observation::MonthSums,
    /// The city's parts of competitiveness at month 0 of this run (the composite's 1).
    start_parts: observation::Parts,
    /// Training-offer weight of all businesses (their artisans not yet applying training, more
    /// for connected businesses), last month: what skills places are spread over.
    offer_weight_q: f64,
    /// The same over artisans not at ease with technology (technology places).
    offer_weight_t: f64,
}

/// A rate relative to today's: `(1 + gain e) / (1 + gain e_today)`, so that today's
/// allocation keeps the calibrated rate and other allocations scale it.
fn rel(gain: f64, e: f64, e_today: f64) -> f64 {
    (1.0 + gain * e) / (1.0 + gain * e_today)
}

/// The monthly chance equivalent to a yearly one, through libm so all targets agree.
fn monthly(p_year: f64) -> f64 {
    if p_year >= 1.0 {
        1.0
    } else if p_year <= 0.0 {
        0.0
    } else {
        1.0 - libm::pow(1.0 - p_year, 1.0 / 12.0)
    }
}

/// The chance per review period (a quarter) equivalent to a yearly one.
fn per_review(p_year: f64) -> f64 {
    1.0 - libm::pow(1.0 - monthly(p_year), f64::from(REVIEW_MONTHS))
}

/// An artisan's flags with `LOW_TECH` set from their literacy.
fn with_low_tech(flags: u8, tech: f32, c: RecCtx) -> u8 {
    if tech < c.tech_thr {
        flags | LOW_TECH
    } else {
        flags & !LOW_TECH
    }
}

/// The age factor stored per artisan as a byte.
fn old_byte(old: f32) -> u8 {
    (old.clamp(0.0, 1.0) * 255.0 + 0.5) as u8
}

impl World {
    /// An empty world with buffers sized for a scenario; call [`World::run`] to simulate.
    pub(crate) fn new(s: &Scenario) -> World {
        let p = s.params().clone();
        let today = policy(&Preset::Today.budgets(DEFAULT_ENVELOPE_JUTA), &p);
        let scenario_policy = policy(s.budgets(), &p);
        let months = s.months();
        let n_b = p.n_businesses as usize;
        let n_a = p.n_artisans as usize;
        let pools = (p.youth_pool_per_year + p.adult_pool_per_year) * f64::from(months) / 12.0;
        let a_cap = n_a + pools as usize + 24;
        // New businesses reuse closed slots; the extra room only matters if births outrun
        // closures.
        let b_cap = (n_b * 2).min(usize::from(u16::MAX) - 1);
        let ages = std::array::from_fn(|age| initialisation::age_row(&p, age));
        let skill_curve = std::array::from_fn(|y| {
            let tau = p.skill_experience_years.max(0.1);
            (1.0 - libm::exp(-(y as f64) / tau)) as f32
        });
        let rec_ctx = RecCtx {
            tech_thr: p.tech_threshold as f32,
            wage_skill: p.wage_skill_slope as f32,
            apply_bonus: p.apply_wage_bonus as f32,
        };
        let n_coops = p.n_cooperatives as usize;
        World {
            scenario_policy,
            today,
            pol: today,
            months,
            keys: [0; rng::PURPOSES],
            ages,
            skill_curve,
            capital_curve: Curve::new(p.capital_elasticity),
            skill_form: (
                p.skill_start as f32,
                (p.skill_experienced - p.skill_start) as f32,
                p.skill_talent_spread as f32,
            ),
            refs: Refs::default(),
            rec_ctx,
            reach_scores: economics::reach_scores(&p),
            a_core: Cores::with_capacity(a_cap),
            a_any: Vec::with_capacity(a_cap),
            a_birth: Vec::with_capacity(a_cap),
            a_start: Vec::with_capacity(a_cap),
            a_skill: Vec::with_capacity(a_cap),
            a_tech: Vec::with_capacity(a_cap),
            a_talent: Vec::with_capacity(a_cap),
            artisan_room: a_cap,
            business_room: b_cap,
            first_entrant_id: 0,
            dead: 0,
            birth_buckets: std::array::from_fn(|_| Vec::with_capacity(a_cap / 12 + 256)),
            founders: Vec::with_capacity(256),
            b_alive: Vec::with_capacity(b_cap),
            b_serial: Vec::with_capacity(b_cap),
            b_q0: Vec::with_capacity(b_cap),
            b_quality: Vec::with_capacity(b_cap),
            b_capital: Vec::with_capacity(b_cap),
            b_import0: Vec::with_capacity(b_cap),
            b_import: Vec::with_capacity(b_cap),
            b_reach: Vec::with_capacity(b_cap),
            b_flags: Vec::with_capacity(b_cap),
            b_coop: Vec::with_capacity(b_cap),
            b_links: Vec::with_capacity(b_cap),
            b_degree: Vec::with_capacity(b_cap),
            b_prod: Vec::with_capacity(b_cap),
            b_price: Vec::with_capacity(b_cap),
            b_cost: Vec::with_capacity(b_cap),
            b_score: Vec::with_capacity(b_cap),
            b_figures: Vec::with_capacity(b_cap),
            b_acc: Vec::with_capacity(b_cap),
            b_view: Vec::with_capacity(b_cap),
            gates: Gates::with_capacity(b_cap),
            b_hire: Vec::with_capacity(b_cap),
            b_size0: Vec::with_capacity(b_cap),
            b_score0: Vec::with_capacity(b_cap),
            b_desired: Vec::with_capacity(b_cap),
            b_app_share: Vec::with_capacity(b_cap),
            free_slots: Vec::with_capacity(b_cap),
            closed_now: Vec::with_capacity(b_cap),
            b_turn: Vec::with_capacity(b_cap + 1),
            n_alive: 0,
            choice: Choice::new(b_cap),
            coop_active: Vec::with_capacity(n_coops),
            coop_order: Vec::with_capacity(n_coops),
            env: rng::environment_rng(0),
            log_price: 0.0,
            price_index: 1.0,
            standing: 0.0,
            wage_ratio: 0.0,
            competitiveness: 1.0,
            young_next: 0,
            adults_next: 0,
            ring_offered: Ring::default(),
            ring_reached: Ring::default(),
            ring_applying: Ring::default(),
            ring_considered: Ring::default(),
            ring_entrants: Ring::default(),
            ring_adults: Ring::default(),
            ring_exits: Ring::default(),
            tally: Tally::default(),
            events: Events::default(),
            rates: business_review::Rates::default(),
            exp_bound: business_review::ExpBound::new(),
            sums: observation::MonthSums::default(),
            start_parts: observation::Parts::default(),
            offer_weight_q: 0.0,
            offer_weight_t: 0.0,
            p,
        }
    }

    /// Simulates one run: the starting state under today's allocation, then the scenario's
    /// months, recording every metric at month 0 and after every month.
    pub(crate) fn run(&mut self, run_seed: u64) -> RunResult {
        self.run_observed(run_seed, &mut ())
    }

    /// Takes another scenario of the same city (parameters and horizon): only the policy in
    /// force from the first month differs between such scenarios.
    pub(crate) fn set_budgets(&mut self, s: &Scenario) {
        self.scenario_policy = policy(s.budgets(), &self.p);
    }

    /// Run `run` of the scenario (seeded as the ensemble seeds it), recorded artisan by
    /// artisan.
    pub(crate) fn trace(&mut self, scenario_seed: u64, run: u32) -> Trace {
        let mut recorder = Recorder::default();
        let result = self.run_observed(rng::run_seed(scenario_seed, run), &mut recorder);
        recorder.finish(self, run, result)
    }

    /// [`World::run`], watched by `obs` at fixed points of the schedule. Three calls a month
    /// through a trait object: one copy of the schedule serves the ensemble and the trace.
    fn run_observed(&mut self, run_seed: u64, obs: &mut dyn Observer) -> RunResult {
        self.start(run_seed);
        self.run_from_start(run_seed, obs)
    }

    /// Builds the starting state of a run. It is today's: built, and its rolling counts
    /// seeded, under today's allocation, so it depends on the parameters and the seed alone,
    /// never on the scenario's budgets.
    pub(crate) fn start(&mut self, run_seed: u64) {
        self.pol = self.today;
        self.init(run_seed);
        self.start_parts = self.parts();
        self.competitiveness = 1.0;
    }

    /// The rest of [`World::run`] after [`World::start`]: the scenario's policy takes over
    /// from the first month.
    pub(crate) fn run_from_start(&mut self, run_seed: u64, obs: &mut dyn Observer) -> RunResult {
        let mut run = self.begin(run_seed, obs);
        self.advance(&mut run, u32::MAX, obs);
        run.finish()
    }

    /// Records the starting state (month 0) and puts the scenario's policy in force: the run
    /// then goes on with [`World::advance`].
    pub(crate) fn begin(&mut self, run_seed: u64, obs: &mut dyn Observer) -> RunUnderWay {
        let len = self.months as usize + 1;
        let mut data = vec![0.0; Metric::COUNT * len];
        self.record(&mut data, len, 0);
        obs.month_done(self, 0);
        self.pol = self.scenario_policy;
        self.rates = self.rates();
        RunUnderWay {
            run_seed,
            data,
            next_month: 1,
            months: self.months,
        }
    }

    /// Simulates up to `months` more months of `run` (none for 0), recording each; `true`
    /// once its last month is done.
    pub(crate) fn advance(
        &mut self,
        run: &mut RunUnderWay,
        months: u32,
        obs: &mut dyn Observer,
    ) -> bool {
        let len = self.months as usize + 1;
        let end = run
            .next_month
            .saturating_add(months)
            .min(self.months.saturating_add(1));
        for t in run.next_month..end {
            self.step(t - 1, obs);
            self.record(&mut run.data, len, t as usize);
            obs.month_done(self, t);
        }
        run.next_month = run.next_month.max(end);
        run.is_done()
    }

    /// One month, in the order of `docs/MODEL.md` section 3.
    fn step(&mut self, month: u32, obs: &mut dyn Observer) {
        self.environment(month);
        self.cooperatives(month);
        self.business_review(month);
        self.links(month);
        self.birthdays(month);
        obs.before_artisans(self, month);
        self.artisans_month(month);
        obs.after_artisans(self, month);
        self.young_entrants(month);
        self.new_businesses(month);
        self.end_of_month(month);
    }

    fn key(&self, purpose: rng::Purpose) -> u64 {
        self.keys[purpose as usize - 1]
    }
}

/// A run begun by [`World::begin`]: what it has recorded so far and the month it goes on
/// from.
#[derive(Clone, Debug)]
pub(crate) struct RunUnderWay {
    run_seed: u64,
    data: Vec<f64>,
    next_month: u32,
    months: u32,
}

impl RunUnderWay {
    /// Whether every month is done.
    pub(crate) fn is_done(&self) -> bool {
        self.next_month > self.months
    }

    /// The run's record (call once every month is done).
    pub(crate) fn finish(self) -> RunResult {
        RunResult::new((0..=self.months).collect(), self.run_seed, self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A world at month 0 of run `run` of `s`, under the scenario's policy (as `World::run`
    /// starts it).
    fn started(w: &mut World, s: &Scenario, run: u32) {
        w.pol = w.today;
        w.init(rng::run_seed(s.seed(), run));
        w.start_parts = w.parts();
        w.pol = w.scenario_policy;
        w.rates = w.rates();
    }

    /// Mean links per open business and the share mentored.
    fn network(w: &World) -> (f64, f64) {
        let (mut links, mut mentored, mut open) = (0.0, 0.0, 0.0);
        for b in 0..w.b_alive.len() {
            if w.b_alive[b] {
                open += 1.0;
                links += f64::from(w.b_degree[b]);
                mentored += f64::from(w.b_flags[b] & MENTORED);
            }
        }
        (links / open, mentored / open)
    }

    #[test]
    fn both_forms_of_the_marking_pass_mark_the_same_artisans() {
        // The block form runs on Intel processors only, the row form elsewhere.
        let s = Scenario::default();
        let mut w = World::new(&s);
        started(&mut w, &s, 0);
        let mut marked = 0;
        for month in 0..24 {
            let (rows, blocks) = artisans_month::marks_both_ways(&w, month);
            assert_eq!(rows, blocks, "month {month}");
            marked += rows.iter().map(|&m| usize::from(m)).sum::<usize>();
            w.step(month, &mut ());
        }
        // Something happens to a few artisans in a hundred each month.
        assert!(marked > 24 * 100, "{marked} marks in 24 months");
    }

    #[test]
    fn todays_allocation_keeps_the_network_and_mentoring_steady_for_ten_years() {
        // Regression: new links once replaced only the links that lapse, not those closing
        // businesses took with them nor the pairs that could not link, so the network halved
        // in ten years under today's allocation.
        let s = Scenario::default();
        let mut w = World::new(&s);
        let (mut start, mut end) = ((0.0, 0.0), (0.0, 0.0));
        let seeds = 4;
        let share = 1.0 / f64::from(seeds);
        for run in 0..seeds {
            started(&mut w, &s, run);
            let (l0, m0) = network(&w);
            for month in 0..120 {
                w.step(month, &mut ());
            }
            let (l1, m1) = network(&w);
            start = (start.0 + l0 * share, start.1 + m0 * share);
            end = (end.0 + l1 * share, end.1 + m1 * share);
        }
        assert!(
            (end.0 / start.0 - 1.0).abs() < 0.05,
            "links per business {:.3} -> {:.3}",
            start.0,
            end.0
        );
        assert!(
            (end.1 / start.1 - 1.0).abs() < 0.1,
            "share mentored {:.3} -> {:.3}",
            start.1,
            end.1
        );
    }

    #[test]
    fn no_artisans_literacy_ever_falls() {
        // Regression: model 1 took 6% of every artisan's literacy each year, so a literate
        // young entrant became "gaptek" in eight years.
        let s = Scenario::default();
        let mut w = World::new(&s);
        started(&mut w, &s, 0);
        let mut seen = std::collections::BTreeMap::new();
        for month in 0..60 {
            w.step(month, &mut ());
            for (i, &tech) in w.a_tech.iter().enumerate() {
                let core = w.a_core.get(i);
                if core.flags & DEAD == 0 {
                    let before = seen.insert(core.id, tech).unwrap_or(tech);
                    assert!(
                        tech >= before,
                        "artisan {} fell from {before} to {tech}",
                        core.id
                    );
                }
            }
        }
    }
}
