//! The agent world: businesses, artisans, cooperatives and the young, in structure-of-arrays
//! form, with their initialisation and the monthly step. All buffers are sized at the start of a
//! run, so the monthly step allocates nothing. Every random draw comes from `rng`'s
//! counter-based streams, keyed by (run seed, purpose, agent, month).

use rand::RngExt;
use rand_pcg::Pcg64Mcg;

use crate::metrics::Metric;
use crate::params::Params;
use crate::policy::{Policy, policy};
use crate::rng::{
    self, Purpose, draw, draw2, lane_unit, lane16, month_key, purpose_key, threshold, unit_f64,
};
use crate::{DEFAULT_ENVELOPE_JUTA, Preset, Scenario, Strategy};

/// The most links one business keeps to others.
const MAX_LINKS: usize = 6;
/// The most businesses that open in one month (far above the usual handful; it keeps new
/// businesses' serials, month x this + number, distinct).
const MAX_BIRTHS_PER_MONTH: u32 = 1024;
/// The oldest age, in years, the age table covers (older artisans use its last row).
const MAX_AGE_YEARS: usize = 100;
const NO_COOP: u16 = u16::MAX;
/// "Not this year", for an artisan's exit month.
const NEVER: u16 = u16::MAX;

// Artisan flags.
const TRAINED: u8 = 1;
const APPLYING: u8 = 2;
/// Left batik work; dropped at the next compaction.
const DEAD: u8 = 0x80;

// Business flags.
const MENTORED: u8 = 1;
const DIGITAL: u8 = 2;
const CERTIFIED: u8 = 4;

// Market reach.
const LOCAL: u8 = 0;
const NATIONAL: u8 = 1;
const EXPORT: u8 = 2;

/// Months between a business's reviews (a third of the businesses review each month).
const REVIEW_MONTHS: u32 = 3;
/// Price premium by market reach (assumption: national buyers pay more, foreign buyers more still).
const REACH_PRICE: [f32; 3] = [1.0, 1.15, 1.4];
/// Market-reach score used in competitiveness (assumption: the ladder local, national, export).
const REACH_SCORE: [f32; 3] = [0.15, 0.5, 1.0];
/// Quality a business needs before certification is possible (assumption).
const CERT_MIN_QUALITY: f32 = 0.45;
/// Capital floor and ceiling, relative to the starting average (assumption).
const CAPITAL_FLOOR: f32 = 0.8;
const CAPITAL_CEILING: f32 = 2.0;
/// Of a closed business's artisans, the share who find work in another batik business
/// (assumption: the daily spot market for batik labour, FACTS.md "labour structure").
const KEEP_AFTER_CLOSURE: f64 = 0.85;
/// Monthly closure chance of a business with no artisans left (assumption).
const EMPTY_CLOSURE: f64 = 0.08;
/// Months for quality and standing to close about 63% of the gap to their targets (assumption).
const QUALITY_LAG_MONTHS: f32 = 12.0;
const STANDING_LAG_MONTHS: f64 = 24.0;
/// Skill gained by experience: the share of the gap to `SKILL_CEILING` closed a year (assumption).
const EXPERIENCE_RATE: f32 = 0.02 / 12.0;
const SKILL_CEILING: f32 = 0.9;
/// Wage premium of an artisan who applies training (assumption).
const APPLY_WAGE_BONUS: f32 = 0.1;
/// Certificates lapse at this yearly rate (assumption).
const CERT_LAPSE: f64 = 0.1;

/// Per-business sums over its artisans, rebuilt by every artisan pass.
#[derive(Clone, Copy, Debug, Default)]
struct BizAcc {
    n: u32,
    applying: u32,
    skill: f32,
    tech: f32,
    /// Sum of wages relative to the business's wage scale.
    wage: f32,
}

/// What a business's artisans read from it until its next review, set at each review (the
/// monthly loop reads its integer form, [`Hot`]).
#[derive(Clone, Copy, Debug, Default)]
struct BizMonth {
    /// The business's weight in training invitations (1, more if connected); times this
    /// month's offer rates it gives the 16-bit offer thresholds.
    offer_weight: f32,
    /// The monthly chance of this state's one event, x 65536, as `event_a + event_b x old`,
    /// by state (untrained: picking training up from peers; trained: starting late;
    /// applying: stopping). Index: the artisan's TRAINED | APPLYING bits.
    event_a: [f32; 4],
    event_b: [f32; 4],
    /// Follow-up, 0-1 (mentoring, peers who apply).
    follow: f32,
    /// Yearly chance of quitting for other work at age under 35.
    quit_year: f32,
    /// Of the literacy gap, the part an artisan still has after a year of self-teaching here.
    tech_keep_year: f32,
    /// The business closed this month; its artisans move or leave.
    closed: bool,
}

/// Business rates fixed while a policy is in force; the chances (x 65536) are per review (a
/// quarter), except where a field says otherwise.
#[derive(Clone, Copy, Debug, Default)]
struct BizRates {
    loan65: f32,
    loan_member_mult: f32,
    dep: f32,
    loan_gain: f32,
    sub: f32,
    revert: f32,
    down_nat65: f32,
    up_nat65: f32,
    down_exp65: f32,
    up_exp65: f32,
    digital_out65: f32,
    digital_peer65: f32,
    dig_local: [f32; 2],
    mentor_gain65: f32,
    mentor_loss65: f32,
    cert_gain65: f32,
    cert_loss65: f32,
    closure65: f32,
    kc: f32,
    link_decay65: f32,
    tgt: f32,
    empty65: f32,
    quit_year: f32,
    qs: f32,
    shortfall: f32,
    stop: f32,
    late: f32,
    spread: f32,
    mentoring: f32,
    reach_age: f32,
    apply_age: f32,
    min_wage: f32,
}

/// The constants of a business's economics in one month.
#[derive(Clone, Copy, Debug)]
struct Econ {
    flagship: [f32; 3],
    labour: f32,
    material: f32,
    local_price: f32,
    price_index: f32,
}

/// Sums over businesses at the end of a month, for the metrics.
#[derive(Clone, Copy, Debug, Default)]
struct MonthSums {
    score: f64,
    cost: f64,
    exports: f64,
    n: f64,
    wage: f64,
}

/// What the monthly artisan loop reads per business, as integer thresholds on 16-bit lanes,
/// refreshed every month from the business's view and the month's offer rates.
#[derive(Clone, Copy, Debug, Default)]
struct Hot {
    /// Offered a place when lane 1 is below `offer_any`; a skills place below `offer_q`.
    offer_any: u32,
    offer_q: u32,
    /// The state's event happens when `lane 2 x 256 < ev_a + ev_b x old8` (old8: 0 to 255).
    ev_a: [i32; 4],
    ev_b: [i32; 4],
    closed: bool,
}

/// One row per age in years.
#[derive(Clone, Copy, Debug, Default)]
struct AgeRow {
    /// Yearly chance of leaving batik work for reasons other than pay.
    exit_year: f32,
    /// Multiplier on the business's quit chance (1 under 35, 0 from 45).
    quit_mult: f32,
    /// How old for the training barriers, 0 at 40 or younger to 1 at 70 or older.
    old: f32,
}

/// Values fixed for a whole run: the reference levels that make today's allocation stationary.
#[derive(Clone, Debug, Default)]
struct Refs {
    skill_mean: f32,
    quality: f32,
    score: f32,
    cost: f32,
    revenue: f32,
    wage_scale: f32,
    /// `wage_scale / revenue`.
    wage_per_revenue: f32,
    shortfall: f64,
    capital_steady: f32,
    mentor_gain_today: f64,
    link_formation_today: f64,
    coop_member_factor: f64,
    up_national: f64,
    up_export: f64,
    standing: f64,
    wage_ratio: f64,
    comp_weights: [f32; 4],
    mean_size: f32,
    inv_score: f32,
    /// Of the gap to full skill, the part left after a year of experience.
    skill_keep_year: f32,
    /// Of the gap to full literacy, the part left after a year of self-teaching
    /// (in a business that does not, and one that does, sell online).
    tech_keep_year: [f32; 2],
    /// Of technology literacy, the part still current after a year.
    tech_obsolete_keep: f32,
}

/// Twelve months of one monthly count, summed on demand.
#[derive(Clone, Copy, Debug, Default)]
struct Ring {
    values: [f64; 12],
}

impl Ring {
    /// A ring whose every month holds the same (expected) count.
    fn filled(v: f64) -> Ring {
        Ring { values: [v; 12] }
    }
    fn push(&mut self, month: u32, v: u32) {
        self.values[(month % 12) as usize] = f64::from(v);
    }
    fn sum(&self) -> f64 {
        self.values.iter().sum()
    }
}

/// Counts over all artisans at work, kept up to date as artisans change.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    n: u32,
    over50: u32,
    trained: u32,
    applying: u32,
    applying_over50: u32,
    low_tech: u32,
}

/// This month's events.
#[derive(Clone, Copy, Debug, Default)]
struct Events {
    offered: u32,
    reached: u32,
    started: u32,
    exits: u32,
}

/// What one artisan adds to its business's sums and to the tally.
#[derive(Clone, Copy, Debug)]
struct Rec {
    skill: f32,
    tech: f32,
    flags: u8,
    over50: bool,
}

impl Rec {
    #[inline(always)]
    fn acc_add(self, acc: &mut BizAcc) {
        acc.n += 1;
        acc.skill += self.skill;
        acc.tech += self.tech;
        acc.wage += artisan_wage(1.0, self.skill, self.flags);
        acc.applying += u32::from(self.flags & APPLYING != 0);
    }

    #[inline(always)]
    fn acc_remove(self, acc: &mut BizAcc) {
        acc.n -= 1;
        acc.skill -= self.skill;
        acc.tech -= self.tech;
        acc.wage -= artisan_wage(1.0, self.skill, self.flags);
        acc.applying -= u32::from(self.flags & APPLYING != 0);
    }

    #[inline(always)]
    fn tally_add(self, t: &mut Tally, tech_thr: f32) {
        let applying = self.flags & APPLYING != 0;
        t.n += 1;
        t.over50 += u32::from(self.over50);
        t.trained += u32::from(self.flags & TRAINED != 0);
        t.applying += u32::from(applying);
        t.applying_over50 += u32::from(applying && self.over50);
        t.low_tech += u32::from(self.tech < tech_thr);
    }

    #[inline(always)]
    fn tally_remove(self, t: &mut Tally, tech_thr: f32) {
        let applying = self.flags & APPLYING != 0;
        t.n -= 1;
        t.over50 -= u32::from(self.over50);
        t.trained -= u32::from(self.flags & TRAINED != 0);
        t.applying -= u32::from(applying);
        t.applying_over50 -= u32::from(applying && self.over50);
        t.low_tech -= u32::from(self.tech < tech_thr);
    }

    #[inline(always)]
    fn add(self, acc: &mut BizAcc, t: &mut Tally, tech_thr: f32) {
        self.acc_add(acc);
        self.tally_add(t, tech_thr);
    }

    #[inline(always)]
    fn remove(self, acc: &mut BizAcc, t: &mut Tally, tech_thr: f32) {
        self.acc_remove(acc);
        self.tally_remove(t, tech_thr);
    }
}

/// One seeded run's monthly outcomes.
#[derive(Clone, Debug, PartialEq)]
pub struct RunResult {
    /// The months reported: 0 (the starting state, the same for every scenario on a seed) to
    /// the horizon.
    pub months: Vec<u32>,
    /// The run's seed.
    pub run_seed: u64,
    data: Vec<f64>,
}

impl RunResult {
    /// One metric's monthly values, one per entry of `months`.
    pub fn series(&self, m: Metric) -> &[f64] {
        let len = self.months.len();
        &self.data[m.index() * len..(m.index() + 1) * len]
    }

    /// Every value, metric by metric in the order of [`Metric::ALL`], each with one value per
    /// entry of `months` (so `data()[m.index() * months.len() + t]`). For handing a run between
    /// threads or workers; [`RunResult::from_parts`] takes it back.
    pub fn data(&self) -> &[f64] {
        &self.data
    }

    /// Rebuilds a run from its parts (as [`RunResult::data`] lays them out); `None` if the
    /// numbers do not fit (wrong length, no months, or a value that is not finite).
    pub fn from_parts(months: Vec<u32>, run_seed: u64, data: Vec<f64>) -> Option<RunResult> {
        let fits = !months.is_empty()
            && data.len() == Metric::COUNT * months.len()
            && data.iter().all(|v| v.is_finite());
        fits.then_some(RunResult {
            months,
            run_seed,
            data,
        })
    }

    /// The value of a metric at the last month.
    pub fn final_value(&self, m: Metric) -> f64 {
        self.series(m).last().copied().unwrap_or(0.0)
    }

    /// A 64-bit fingerprint of every value (FNV-1a over the bits), for determinism checks.
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for v in &self.data {
            for b in v.to_bits().to_le_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        h
    }
}

/// The whole simulated city. Reused across the runs of an ensemble.
pub(crate) struct World {
    p: Params,
    scenario_policy: Policy,
    today: Policy,
    pol: Policy,
    months: u32,
    run_seed: u64,
    keys: [u64; 11],
    ages: Vec<AgeRow>,
    refs: Refs,

    // Artisans.
    a_id: Vec<u32>,
    /// Birth month, relative to the run's first month (so age in months = month - birth).
    a_birth: Vec<i32>,
    /// The month the artisan leaves batik work, decided on each birthday for the year ahead
    /// ([`NEVER`] if not this year).
    a_exit: Vec<u16>,
    /// How old for the training barriers (0 at 40 or younger to 255 at 70 or older), set on
    /// birthdays.
    a_old: Vec<u8>,
    a_skill: Vec<f32>,
    a_tech: Vec<f32>,
    a_emp: Vec<u16>,
    a_flags: Vec<u8>,
    /// The first young entrant's id (the starting artisans are 0 to n - 1); an entrant's id is
    /// this plus their candidate number.
    first_entrant_id: u32,
    /// Artisans marked as gone but not yet compacted away.
    dead: u32,
    /// Indices of the artisans born in each calendar month (birth month mod 12).
    birth_buckets: [Vec<u32>; 12],

    // Businesses (slots; a closed slot may be reused by a new business).
    b_alive: Vec<bool>,
    b_serial: Vec<u32>,
    b_q0: Vec<f32>,
    b_quality: Vec<f32>,
    b_capital: Vec<f32>,
    b_import0: Vec<f32>,
    b_import: Vec<f32>,
    b_reach: Vec<u8>,
    b_flags: Vec<u8>,
    b_coop: Vec<u16>,
    b_links: Vec<[u16; MAX_LINKS]>,
    b_degree: Vec<u8>,
    b_prod: Vec<f32>,
    b_price: Vec<f32>,
    b_cost: Vec<f32>,
    b_score: Vec<f32>,
    b_acc: Vec<BizAcc>,
    b_month: Vec<BizMonth>,
    b_hot: Vec<Hot>,
    b_hire: Vec<f64>,
    /// Hiring weight, set at each review.
    b_hire_weight: Vec<f32>,
    b_app_share: Vec<f32>,
    free_slots: Vec<u16>,
    closed_now: Vec<u16>,
    n_alive: u32,

    coop_active: Vec<bool>,
    /// Scratch space for choosing the active cooperatives at the start.
    coop_order: Vec<(u64, u32)>,

    env: Pcg64Mcg,
    log_price: f64,
    price_index: f32,
    standing: f64,
    wage_ratio: f64,
    competitiveness: f64,
    youth_next: u64,

    ring_offered: Ring,
    ring_reached: Ring,
    ring_started: Ring,
    ring_entrants: Ring,
    ring_exits: Ring,
    tally: Tally,
    events: Events,
    rates: BizRates,
    sums: MonthSums,
    /// Training-offer weight of all businesses (artisans, more for connected ones), last month.
    offer_weight: f64,
}

fn rel(gain: f64, e: f64, e_today: f64) -> f64 {
    (1.0 + gain * e) / (1.0 + gain * e_today)
}

/// The length of a review period, in years.
const REVIEW_YEARS: f64 = REVIEW_MONTHS as f64 / 12.0;

/// The chance per review period (a quarter) equivalent to a yearly one.
fn per_review(p_year: f64) -> f64 {
    let m = monthly(p_year);
    1.0 - libm::pow(1.0 - m, f64::from(REVIEW_MONTHS))
}

fn monthly(p_year: f64) -> f64 {
    // The monthly chance equivalent to a yearly one, through libm so all targets agree.
    if p_year >= 1.0 {
        1.0
    } else if p_year <= 0.0 {
        0.0
    } else {
        1.0 - libm::pow(1.0 - p_year, 1.0 / 12.0)
    }
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
        let total_months = u64::from(months);
        let max_entrants = (p.youth_pool_per_year * total_months as f64 / 12.0) as usize + 2;
        let a_cap = n_a + max_entrants;
        // New businesses reuse closed slots; the extra room only matters if births outrun closures.
        let b_cap = (n_b * 2).min(usize::from(u16::MAX) - 1);
        let mut ages = vec![AgeRow::default(); MAX_AGE_YEARS + 1];
        for (age, row) in ages.iter_mut().enumerate() {
            let yearly = if age < 55 {
                p.exit_rate_under_55
            } else if age < 65 {
                p.exit_rate_55_65
            } else if age < 75 {
                p.exit_rate_65_75
            } else {
                p.exit_rate_over_75
            };
            row.exit_year = yearly.clamp(0.0, 1.0) as f32;
            row.quit_mult = if age < 35 {
                1.0
            } else if age < 45 {
                (45 - age) as f32 / 10.0
            } else {
                0.0
            };
            row.old = ((age as f32 - 40.0) / 30.0).clamp(0.0, 1.0);
        }
        World {
            p,
            scenario_policy,
            today,
            pol: today,
            months,
            run_seed: 0,
            keys: [0; 11],
            ages,
            refs: Refs::default(),
            a_id: Vec::with_capacity(a_cap),
            a_birth: Vec::with_capacity(a_cap),
            a_exit: Vec::with_capacity(a_cap),
            a_old: Vec::with_capacity(a_cap),
            a_skill: Vec::with_capacity(a_cap),
            a_tech: Vec::with_capacity(a_cap),
            a_emp: Vec::with_capacity(a_cap),
            a_flags: Vec::with_capacity(a_cap),
            first_entrant_id: 0,
            dead: 0,
            birth_buckets: std::array::from_fn(|_| Vec::with_capacity(a_cap / 12 + 256)),
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
            b_acc: Vec::with_capacity(b_cap),
            b_month: Vec::with_capacity(b_cap),
            b_hot: Vec::with_capacity(b_cap),
            b_hire: Vec::with_capacity(b_cap),
            b_hire_weight: Vec::with_capacity(b_cap),
            b_app_share: Vec::with_capacity(b_cap),
            free_slots: Vec::with_capacity(b_cap),
            closed_now: Vec::with_capacity(b_cap),
            n_alive: 0,
            coop_active: Vec::with_capacity(s.params().n_cooperatives as usize),
            coop_order: Vec::with_capacity(s.params().n_cooperatives as usize),
            env: rng::environment_rng(0),
            log_price: 0.0,
            price_index: 1.0,
            standing: 0.0,
            wage_ratio: 0.0,
            competitiveness: 0.0,
            youth_next: 0,
            ring_offered: Ring::default(),
            ring_reached: Ring::default(),
            ring_started: Ring::default(),
            ring_entrants: Ring::default(),
            ring_exits: Ring::default(),
            tally: Tally::default(),
            events: Events::default(),
            rates: BizRates::default(),
            sums: MonthSums::default(),
            offer_weight: 0.0,
        }
    }

    /// Simulates one run: the starting state under today's allocation, then the scenario's
    /// months, recording every metric at month 0 and after every month.
    pub(crate) fn run(&mut self, run_seed: u64) -> RunResult {
        // The starting state is today's: built, and its rolling indicators seeded, under
        // today's allocation; then the scenario's policy takes over from the first month.
        self.pol = self.today;
        self.init(run_seed);
        let len = self.months as usize + 1;
        let mut data = vec![0.0; Metric::COUNT * len];
        self.record(&mut data, len, 0);
        self.pol = self.scenario_policy;
        self.rates = self.rates();
        for t in 1..=self.months {
            self.step(t - 1);
            self.record(&mut data, len, t as usize);
        }
        RunResult {
            months: (0..=self.months).collect(),
            run_seed,
            data,
        }
    }

    // ------------------------------------------------------------------ initialisation

    // Kept out of line: each phase is a hot loop that optimises best on its own.
    #[inline(never)]
    fn init(&mut self, run_seed: u64) {
        self.run_seed = run_seed;
        for (idx, purpose) in [
            Purpose::ArtisanInit,
            Purpose::ArtisanMonth,
            Purpose::ArtisanMove,
            Purpose::BusinessInit,
            Purpose::BusinessMonth,
            Purpose::Youth,
            Purpose::Links,
            Purpose::Cooperative,
            Purpose::Environment,
            Purpose::ArtisanBirthday,
            Purpose::Founder,
        ]
        .into_iter()
        .enumerate()
        {
            self.keys[idx] = purpose_key(run_seed, purpose);
        }
        self.env = rng::environment_rng(run_seed);
        self.log_price = 0.0;
        self.price_index = 1.0;
        self.youth_next = 0;
        self.ring_offered = Ring::default();
        self.ring_reached = Ring::default();
        self.ring_started = Ring::default();
        self.ring_entrants = Ring::default();
        self.ring_exits = Ring::default();
        self.tally = Tally::default();
        self.events = Events::default();
        self.init_refs_before_population();
        self.init_cooperatives();
        self.init_businesses();
        self.init_artisans();
        self.init_links();
        self.init_refs_after_population();
    }

    fn key(&self, purpose: Purpose) -> u64 {
        self.keys[purpose as usize - 1]
    }

    fn init_refs_before_population(&mut self) {
        let p = &self.p;
        let today = &self.today;
        let loan_month = p.loan_rate / 12.0;
        let dep_month = p.capital_depreciation_rate / 12.0;
        // The capital level at which depreciation and loans balance at today's allocation.
        let inflow = loan_month * p.loan_capital_gain;
        self.refs.capital_steady = if dep_month + inflow > 0.0 {
            ((dep_month * f64::from(CAPITAL_FLOOR) + inflow * f64::from(CAPITAL_CEILING))
                / (dep_month + inflow)) as f32
        } else {
            1.0
        };
        self.refs.coop_member_factor =
            1.0 + p.coop_loan_bonus * p.share_coop_members * p.share_coops_active_init;
        let s0 = p.share_mentored_init.clamp(0.0, 0.95);
        self.refs.mentor_gain_today = p.mentoring_loss_rate * s0 / (1.0 - s0);
        self.refs.link_formation_today =
            p.link_decay_rate * p.n_businesses * p.links_per_business_init / 2.0;
        let local = (1.0 - p.share_national_init - p.share_export_init).max(0.01);
        self.refs.up_national = p.market_down_rate * p.share_national_init / local;
        self.refs.standing = 0.3
            + p.standing_priority_gain * today.e(Strategy::GovernmentPriority)
            + p.standing_technology_gain * today.e(Strategy::TechnologyWisdom);
        self.standing = self.refs.standing;
        let w = [
            p.comp_weight_quality,
            p.comp_weight_productivity,
            p.comp_weight_cost,
            p.comp_weight_reach,
        ];
        let sum: f64 = w.iter().sum();
        self.refs.comp_weights = if sum > 0.0 {
            w.map(|x| (x / sum) as f32)
        } else {
            [0.25; 4]
        };
        self.refs.skill_keep_year = libm::pow(1.0 - f64::from(EXPERIENCE_RATE), 12.0) as f32;
        let learn = (p.tech_learning_rate / 12.0).min(0.5);
        self.refs.tech_keep_year = [
            libm::pow(1.0 - learn, 12.0) as f32,
            libm::pow(1.0 - 2.0 * learn, 12.0) as f32,
        ];
        self.refs.tech_obsolete_keep = (1.0 - p.tech_obsolescence_rate).clamp(0.0, 1.0) as f32;
    }

    fn init_cooperatives(&mut self) {
        let key = self.key(Purpose::Cooperative);
        let n = self.p.n_cooperatives as usize;
        // The published count of active cooperatives is met exactly: the ones with the
        // smallest draws are the active ones.
        let n_active = (self.p.share_coops_active_init * n as f64).round() as usize;
        self.coop_active.clear();
        self.coop_active.resize(n, false);
        let mut order = std::mem::take(&mut self.coop_order);
        order.clear();
        order.extend((0..n as u32).map(|c| (draw(key, c), c)));
        order.sort_unstable();
        for &(_, c) in order.iter().take(n_active) {
            self.coop_active[c as usize] = true;
        }
        self.coop_order = order;
    }

    /// Fills a business slot with a new business's starting state. The serial keys the
    /// business's draws: the starting businesses are numbered in order, a new one by (month,
    /// its number among the month's births), so it has the same dice in every scenario.
    fn fill_business(&mut self, slot: usize, serial: u32, size_rel: f32, founding: bool) {
        let key = self.key(Purpose::BusinessInit);
        let h = draw(key, serial);
        let h2 = draw2(key, serial);
        let p = &self.p;
        let big = (libm::logf(size_rel.max(0.05)) / 3.0).clamp(0.0, 1.0);
        let q0 = 0.25 + 0.35 * lane_unit(h2, 0) + 0.05 * big;
        let capital = self.refs.capital_steady * (0.8 + 0.4 * lane_unit(h2, 1));
        let import0 = (p.import_share_init as f32 * (0.6 + 0.8 * lane_unit(h2, 2))).clamp(0.0, 1.0);
        let (reach, flags) = if founding {
            let u = f64::from(lane_unit(h2, 3));
            let p_exp = (p.share_export_init * f64::from(size_rel)).min(0.9);
            let reach = if u < p_exp {
                EXPORT
            } else if u < p_exp + p.share_national_init {
                NATIONAL
            } else {
                LOCAL
            };
            let mut flags = 0u8;
            if f64::from(lane_unit(h, 0)) < p.share_mentored_init {
                flags |= MENTORED;
            }
            if f64::from(lane_unit(h, 1)) < p.share_digital_init {
                flags |= DIGITAL;
            }
            if q0 > 0.55 {
                flags |= CERTIFIED;
            }
            (reach, flags)
        } else {
            (LOCAL, 0)
        };
        let n_coops = self.coop_active.len();
        let coop = if n_coops > 0 && f64::from(lane_unit(h, 2)) < p.share_coop_members {
            (lane16(h, 3) as usize * n_coops / 65536) as u16
        } else {
            NO_COOP
        };
        let values = BusinessInit {
            serial,
            q0,
            capital,
            import0,
            reach,
            flags,
            coop,
        };
        if slot == self.b_alive.len() {
            self.push_business(values);
        } else {
            self.set_business(slot, values);
        }
        self.n_alive += 1;
    }

    fn push_business(&mut self, v: BusinessInit) {
        self.b_alive.push(true);
        self.b_serial.push(v.serial);
        self.b_q0.push(v.q0);
        self.b_quality.push(v.q0);
        self.b_capital.push(v.capital);
        self.b_import0.push(v.import0);
        self.b_import.push(v.import0);
        self.b_reach.push(v.reach);
        self.b_flags.push(v.flags);
        self.b_coop.push(v.coop);
        self.b_links.push([0; MAX_LINKS]);
        self.b_degree.push(0);
        self.b_prod.push(1.0);
        self.b_price.push(1.0);
        self.b_cost.push(1.0);
        self.b_score.push(0.0);
        self.b_acc.push(BizAcc::default());
        self.b_month.push(BizMonth::default());
        self.b_hot.push(Hot::default());
        self.b_hire.push(0.0);
        self.b_hire_weight.push(0.0);
        self.b_app_share.push(0.0);
    }

    fn set_business(&mut self, b: usize, v: BusinessInit) {
        self.b_alive[b] = true;
        self.b_serial[b] = v.serial;
        self.b_q0[b] = v.q0;
        self.b_quality[b] = v.q0;
        self.b_capital[b] = v.capital;
        self.b_import0[b] = v.import0;
        self.b_import[b] = v.import0;
        self.b_reach[b] = v.reach;
        self.b_flags[b] = v.flags;
        self.b_coop[b] = v.coop;
        self.b_links[b] = [0; MAX_LINKS];
        self.b_degree[b] = 0;
        self.b_acc[b] = BizAcc::default();
        self.b_month[b] = BizMonth::default();
        self.b_app_share[b] = 0.0;
        self.b_hire_weight[b] = 0.0;
    }

    fn init_businesses(&mut self) {
        let n_b = self.p.n_businesses as usize;
        for v in [&mut self.free_slots, &mut self.closed_now] {
            v.clear();
        }
        self.b_alive.clear();
        self.b_serial.clear();
        self.b_q0.clear();
        self.b_quality.clear();
        self.b_capital.clear();
        self.b_import0.clear();
        self.b_import.clear();
        self.b_reach.clear();
        self.b_flags.clear();
        self.b_coop.clear();
        self.b_links.clear();
        self.b_degree.clear();
        self.b_prod.clear();
        self.b_price.clear();
        self.b_cost.clear();
        self.b_score.clear();
        self.b_acc.clear();
        self.b_month.clear();
        self.b_hot.clear();
        self.b_hire.clear();
        self.b_hire_weight.clear();
        self.b_app_share.clear();
        self.n_alive = 0;
        // Pareto size weights; the artisans are spread in proportion to them below.
        let key = self.key(Purpose::BusinessInit);
        let alpha = self.p.business_size_tail;
        let mut weights = std::mem::take(&mut self.b_hire);
        let size_key = rng::mix64(key ^ 0x5172_e000_0000_0001);
        for b in 0..n_b {
            let u = unit_f64(draw(size_key, b as u32));
            weights.push(libm::pow(1.0 - u, -1.0 / alpha).min(200.0));
        }
        let mean_w = weights.iter().sum::<f64>() / n_b as f64;
        for (b, &w) in weights.iter().enumerate() {
            self.fill_business(b, b as u32, (w / mean_w) as f32, true);
        }
        // Keep the weights in the hiring buffer for init_artisans, then reset it.
        self.b_hire = weights;
    }

    fn init_artisans(&mut self) {
        let n_b = self.p.n_businesses as usize;
        let n_a = self.p.n_artisans as usize;
        self.a_id.clear();
        self.a_birth.clear();
        self.a_exit.clear();
        self.a_old.clear();
        self.a_skill.clear();
        self.a_tech.clear();
        self.a_emp.clear();
        self.a_flags.clear();
        let key = self.key(Purpose::ArtisanInit);
        let p = &self.p;
        // Every business gets one artisan; the rest go in proportion to the size weights, in
        // employer order (so artisans of one business sit together in memory).
        let rest = (n_a - n_b) as f64;
        let total_w: f64 = self.b_hire.iter().sum();
        let mut cum = 0.0;
        let mut next_quantile = 0usize;
        let mut employer_of = Vec::with_capacity(n_a);
        for b in 0..n_b {
            employer_of.push(b as u16);
            cum += self.b_hire[b];
            let upto = ((cum / total_w) * rest).round() as usize;
            while next_quantile < upto.min(n_a - n_b) {
                employer_of.push(b as u16);
                next_quantile += 1;
            }
        }
        while employer_of.len() < n_a {
            employer_of.push((n_b - 1) as u16);
        }
        for (idx, &emp) in employer_of.iter().enumerate() {
            let id = idx as u32;
            let h = draw(key, id);
            let h2 = draw2(key, id);
            let over50 = f64::from(lane_unit(h, 0)) < p.share_over_50;
            let u = lane_unit(h, 1);
            // Over 50: density falling linearly from 50 to 80; under 50: rising from 16 to 50.
            let age_y = if over50 {
                50.0 + 30.0 * (1.0 - (1.0 - u).sqrt())
            } else {
                16.0 + 34.0 * u.sqrt()
            };
            let age_m = ((age_y * 12.0) as u16).max(16 * 12);
            let age_y = f32::from(age_m) / 12.0;
            let experience = ((age_y - 16.0) / 30.0).clamp(0.0, 1.0);
            let skill = 0.25 + 0.5 * experience * (0.6 + 0.4 * lane_unit(h, 2));
            let tech =
                (0.95 - 0.016 * (age_y - 18.0) + 0.3 * (lane_unit(h, 3) - 0.5)).clamp(0.02, 1.0);
            let mut flags = 0u8;
            if f64::from(lane_unit(h2, 0)) < p.share_trained_init {
                flags |= TRAINED;
                if f64::from(lane_unit(h2, 1)) < p.share_applying_init {
                    flags |= APPLYING;
                }
            }
            self.a_id.push(id);
            // Born so that at month -1 (just before the first step) the age is `age_m`.
            self.a_birth.push(-1 - i32::from(age_m));
            self.a_exit.push(NEVER);
            self.a_old.push(old_byte(
                self.ages[(usize::from(age_m) / 12).min(MAX_AGE_YEARS)].old,
            ));
            self.a_skill.push(skill);
            self.a_tech.push(tech);
            self.a_emp.push(emp);
            self.a_flags.push(flags);
        }
        self.first_entrant_id = n_a as u32;
        self.dead = 0;
        // The sums and the birthday lists.
        self.aggregate(-1);
        for w in self.b_hire.iter_mut() {
            *w = 0.0;
        }
    }

    fn init_links(&mut self) {
        let key = month_key(self.key(Purpose::Links), u32::MAX);
        let n_b = self.b_alive.len() as u32;
        let target = (self.p.n_businesses * self.p.links_per_business_init / 2.0).round() as u32;
        let mut made = 0;
        let mut attempt = 0u32;
        while made < target && attempt < target.saturating_mul(4) {
            let h = draw(key, attempt);
            attempt += 1;
            let a = (lane16(h, 0) * 65536 + lane16(h, 1)) % n_b;
            let b = (lane16(h, 2) * 65536 + lane16(h, 3)) % n_b;
            if self.add_link(a as usize, b as usize) {
                made += 1;
            }
        }
    }

    fn add_link(&mut self, a: usize, b: usize) -> bool {
        if a == b || !self.b_alive[a] || !self.b_alive[b] {
            return false;
        }
        let (da, db) = (self.b_degree[a] as usize, self.b_degree[b] as usize);
        if da >= MAX_LINKS || db >= MAX_LINKS || self.b_links[a][..da].contains(&(b as u16)) {
            return false;
        }
        self.b_links[a][da] = b as u16;
        self.b_links[b][db] = a as u16;
        self.b_degree[a] += 1;
        self.b_degree[b] += 1;
        true
    }

    fn remove_link(&mut self, a: usize, slot: usize) {
        let da = self.b_degree[a] as usize;
        let b = self.b_links[a][slot] as usize;
        self.b_links[a][slot] = self.b_links[a][da - 1];
        self.b_degree[a] -= 1;
        let db = self.b_degree[b] as usize;
        if let Some(pos) = self.b_links[b][..db].iter().position(|&x| x as usize == a) {
            self.b_links[b][pos] = self.b_links[b][db - 1];
            self.b_degree[b] -= 1;
        }
    }

    /// Rebuilds the per-business sums and the tally from scratch, with ages as of month `last`
    /// (the month whose pass was the latest). Incremental sums are reset to exact ones here.
    fn aggregate(&mut self, last: i32) {
        for acc in self.b_acc.iter_mut() {
            *acc = BizAcc::default();
        }
        let mut t = Tally::default();
        let thr = self.p.tech_threshold as f32;
        for bucket in self.birth_buckets.iter_mut() {
            bucket.clear();
        }
        for i in 0..self.a_id.len() {
            let flags = self.a_flags[i];
            if flags & DEAD != 0 {
                continue;
            }
            self.birth_buckets[self.a_birth[i].rem_euclid(12) as usize].push(i as u32);
            let rec = Rec {
                skill: self.a_skill[i],
                tech: self.a_tech[i],
                flags,
                over50: last - self.a_birth[i] >= 600,
            };
            rec.add(&mut self.b_acc[self.a_emp[i] as usize], &mut t, thr);
        }
        self.tally = t;
    }

    fn init_refs_after_population(&mut self) {
        // Reference skill and quality: the starting averages.
        let mut skill_sum = 0.0f64;
        let mut n_sum = 0.0f64;
        for acc in &self.b_acc {
            skill_sum += f64::from(acc.skill);
            n_sum += f64::from(acc.n);
        }
        self.refs.skill_mean = (skill_sum / n_sum.max(1.0)) as f32;
        // Starting quality sits on its target, so today's allocation keeps it steady.
        for b in 0..self.b_alive.len() {
            let (skill_mean, app_share) = self.skill_and_share(b);
            self.b_app_share[b] = app_share;
            let drawn = self.b_q0[b];
            let target = self.quality_target(b, skill_mean, app_share);
            self.b_q0[b] = 2.0 * drawn - target;
            self.b_quality[b] = drawn;
        }
        self.refs.quality = self.weighted_mean(|w, b| w.b_quality[b]);
        // Productivity, price and cost at the start; then the reference revenue and cost.
        self.refs.cost = 1.0;
        let k = self.econ();
        for b in 0..self.b_alive.len() {
            self.derive_economics(b, &k);
        }
        self.refs.cost = self.weighted_mean(|w, b| w.b_cost[b]);
        self.refs.revenue = self.weighted_mean(|w, b| w.b_prod[b] * w.b_price[b]);
        let k = self.econ();
        for b in 0..self.b_alive.len() {
            self.derive_economics(b, &k);
        }
        self.refs.inv_score = 1.0;
        for b in 0..self.b_alive.len() {
            self.b_score[b] = self.score(b);
        }
        self.refs.score = self.weighted_mean(|w, b| w.b_score[b]);
        self.refs.inv_score = 1.0 / self.refs.score;
        for b in 0..self.b_alive.len() {
            self.b_score[b] = self.score(b);
        }
        // The wage scale that gives the published average wage at the start.
        // (Each business's sums hold its artisans' wages per unit of wage scale.)
        let mut raw = 0.0f64;
        for b in 0..self.b_alive.len() {
            let rev = self.b_prod[b] * self.b_price[b] / self.refs.revenue;
            raw += f64::from(self.b_acc[b].wage) * f64::from(rev);
        }
        let mean_raw = raw / self.a_id.len().max(1) as f64;
        self.refs.wage_scale = (self.p.avg_wage_rp_juta / mean_raw.max(1e-9)) as f32;
        self.refs.wage_per_revenue = self.refs.wage_scale / self.refs.revenue;
        self.wage_ratio = self.p.avg_wage_rp_juta / self.p.min_wage_rp_juta;
        self.refs.wage_ratio = self.wage_ratio;
        self.refs.shortfall = (1.0 - self.wage_ratio).max(0.0);
        self.competitiveness = 1.0;
        self.refs.mean_size = (n_sum / self.b_alive.len().max(1) as f64) as f32;
        self.refs.up_export = self.stationary_export_rate();
        self.rates = self.rates();
        self.end_of_month_sums();
        let r = self.rates;
        for b in 0..self.b_alive.len() {
            let deg = self.b_degree[b] as usize;
            let linked_app: f32 = self.b_links[b][..deg]
                .iter()
                .map(|&o| self.b_app_share[o as usize])
                .sum();
            self.refresh_view(b, &r, linked_app);
        }
        // Again, now that every business has its invitation weight (the sums above gave the
        // views their shares of artisans applying).
        self.end_of_month_sums();
        self.schedule_initial_exits();
        self.seed_rings();
    }

    /// The export up-move rate that balances, in artisans, the exporters who lose their buyers
    /// at the start (so today's allocation keeps exports about steady).
    fn stationary_export_rate(&self) -> f64 {
        let q_ref = self.refs.quality.max(0.05);
        let mut down = 0.0f64;
        let mut up = 0.0f64;
        for b in 0..self.b_alive.len() {
            let n = f64::from(self.b_acc[b].n);
            let size = (n / f64::from(self.refs.mean_size)).clamp(0.2, 5.0);
            match self.b_reach[b] {
                EXPORT => down += n * (1.0 / f64::from(self.b_score[b]).max(0.05)).clamp(0.5, 3.0),
                NATIONAL => {
                    let q_rel = f64::from(self.b_quality[b] / q_ref);
                    up += n * q_rel * q_rel * size;
                }
                _ => {}
            }
        }
        if up > 0.0 {
            self.p.export_exit_rate * down / up
        } else {
            0.0
        }
    }

    /// Decides the starting artisans' exits for the rest of their current year (as if on their
    /// last birthday, for the months still ahead).
    fn schedule_initial_exits(&mut self) {
        let key = month_key(self.key(Purpose::ArtisanBirthday), u32::MAX);
        for i in 0..self.a_id.len() {
            // Age at month 0, and months since the last birthday.
            let age_m = (-self.a_birth[i]) as u32;
            let row = self.ages[(age_m as usize / 12).min(MAX_AGE_YEARS)];
            let bm = &self.b_month[self.a_emp[i] as usize];
            self.a_exit[i] = exit_month(row, bm, draw(key, self.a_id[i]), 0, age_m % 12);
        }
    }

    /// Seeds the rolling 12-month counts with their expected monthly values under today's
    /// allocation, computed from the starting population, so month 0 has a year's history.
    fn seed_rings(&mut self) {
        let p = &self.p;
        let r = self.rates;
        let tech_support =
            (p.tech_support_strength * self.today.e(Strategy::TechnologyWisdom)) as f32;
        let reach_base = (p.reach_base * self.today.delivery) as f32;
        let reach_tech = p.reach_tech_penalty as f32 * (1.0 - tech_support);
        let apply_tech = p.apply_tech_penalty as f32 * (1.0 - tech_support);
        let mut exits = 0.0f64;
        let mut reach_sum = 0.0f64;
        let mut start_sum = 0.0f64;
        for i in 0..self.a_id.len() {
            let age_y = ((-self.a_birth[i]) / 12).clamp(0, MAX_AGE_YEARS as i32) as usize;
            let row = self.ages[age_y];
            exits +=
                f64::from(1.0 - (1.0 - row.exit_year) * (1.0 - row.quit_mult * r.quit_year)) / 12.0;
            let tech = self.a_tech[i];
            let p_reach = reach_base
                * (1.0 - p.reach_age_penalty as f32 * row.old)
                * (1.0 - reach_tech * (1.0 - tech));
            let p_apply = (p.apply_base as f32
                * (1.0 - p.apply_age_penalty as f32 * row.old)
                * (1.0 - apply_tech * (1.0 - tech)))
                .min(0.95);
            reach_sum += f64::from(p_reach);
            if self.a_flags[i] & APPLYING == 0 {
                start_sum += f64::from(p_reach * p_apply);
            }
        }
        let n = f64::from(self.tally.n).max(1.0);
        exits += n * monthly(p.business_turnover_rate) * (1.0 - KEEP_AFTER_CLOSURE);
        let offered = ((self.today.places_quality + self.today.places_tech) / 12.0).min(n);
        self.ring_exits = Ring::filled(exits);
        self.ring_offered = Ring::filled(offered);
        self.ring_reached = Ring::filled(offered * reach_sum / n);
        self.ring_started = Ring::filled(offered * start_sum / n);
        self.ring_entrants = Ring::filled(p.youth_pool_per_year / 12.0 * p.youth_entry_prob);
    }

    fn weighted_mean(&self, f: impl Fn(&World, usize) -> f32) -> f32 {
        let mut sum = 0.0f64;
        let mut n = 0.0f64;
        for b in 0..self.b_alive.len() {
            if self.b_alive[b] {
                let w = f64::from(self.b_acc[b].n);
                sum += w * f64::from(f(self, b));
                n += w;
            }
        }
        if n > 0.0 { (sum / n) as f32 } else { 1.0 }
    }

    // ------------------------------------------------------------------ business economics

    fn skill_and_share(&self, b: usize) -> (f32, f32) {
        let acc = self.b_acc[b];
        if acc.n == 0 {
            (self.refs.skill_mean, 0.0)
        } else {
            let n = acc.n as f32;
            (acc.skill / n, acc.applying as f32 / n)
        }
    }

    fn quality_target(&self, b: usize, skill_mean: f32, app_share: f32) -> f32 {
        let cert = if self.b_flags[b] & CERTIFIED != 0 {
            self.p.certification_quality_gain as f32
        } else {
            0.0
        };
        (self.b_q0[b] + 0.8 * (skill_mean - self.refs.skill_mean) + 1.0 * app_share + cert)
            .clamp(0.02, 1.0)
    }

    /// The constants of [`World::derive_economics`] under the policy and prices in force.
    fn econ(&self) -> Econ {
        let flagship = 1.0
            + (self.p.flagship_productivity_gain * self.pol.e(Strategy::FlagshipExports)) as f32;
        let mcs = self.p.material_cost_share as f32;
        let local_price = (self.p.local_material_price
            * (1.0 - self.p.local_price_cut * self.pol.e(Strategy::LocalMaterials)))
            as f32;
        Econ {
            // Productivity multiplier by market reach: flagship support acts beyond the city.
            flagship: [1.0, flagship, flagship],
            labour: (1.0 - mcs) / self.refs.cost,
            material: mcs / self.refs.cost,
            local_price,
            price_index: self.price_index,
        }
    }

    /// Productivity, price and cost of one business from its state and its artisans' sums.
    #[inline]
    fn derive_economics(&mut self, b: usize, k: &Econ) {
        let (skill_mean, app_share) = self.skill_and_share(b);
        let reach = self.b_reach[b] as usize;
        let prod = (self.b_capital[b]
            * (0.6 + 0.8 * skill_mean)
            * (1.0 + 0.6 * app_share)
            * k.flagship[reach])
            .max(0.05);
        let digital = if self.b_flags[b] & DIGITAL != 0 {
            1.05
        } else {
            1.0
        };
        let price = (0.6 + 0.8 * self.b_quality[b]) * REACH_PRICE[reach] * digital;
        let imp = self.b_import[b];
        let material = imp * k.price_index + (1.0 - imp) * k.local_price;
        self.b_prod[b] = prod;
        self.b_price[b] = price;
        self.b_cost[b] = k.labour / prod + k.material * material;
    }

    #[inline]
    fn score(&self, b: usize) -> f32 {
        let w = self.refs.comp_weights;
        let prod = self.b_prod[b];
        let reach = 0.9 * REACH_SCORE[self.b_reach[b] as usize]
            + if self.b_flags[b] & DIGITAL != 0 {
                0.1
            } else {
                0.0
            };
        // Each part on 0-1, a half at the starting average (productivity 1, unit cost 1):
        // productivity / 2, and 1.5 - unit cost (a tenth cheaper is a tenth better).
        let s = w[0] * self.b_quality[b]
            + w[1] * (0.5 * prod).min(1.0)
            + w[2] * (1.5 - self.b_cost[b]).clamp(0.0, 1.0)
            + w[3] * reach;
        s * self.refs.inv_score
    }

    // ------------------------------------------------------------------ the monthly step

    fn step(&mut self, month: u32) {
        self.update_environment();
        self.update_cooperatives(month);
        self.business_pass(month);
        self.form_links(month);
        self.birthday_pass(month);
        self.artisan_pass(month);
        self.youth_entry(month);
        self.business_births(month);
        self.after_month(month);
    }

    fn update_environment(&mut self) {
        let u1: f64 = self.env.random();
        let u2: f64 = self.env.random();
        let u3: f64 = self.env.random();
        let shock = if u3 < self.p.price_shock_prob {
            self.p.price_shock_size
        } else {
            0.0
        };
        // Mean-reverting log price (about 3% a month back towards 0), with rare spikes.
        self.log_price =
            0.97 * self.log_price + self.p.price_volatility * rng::normal(u1, u2) + shock;
        self.log_price = self.log_price.clamp(-1.0, 1.5);
        self.price_index = libm::exp(self.log_price) as f32;
        // Batik's standing with the young drifts towards what the strategies and competitiveness
        // support.
        let target = 0.3
            + self.p.standing_priority_gain * self.pol.e(Strategy::GovernmentPriority)
            + self.p.standing_technology_gain * self.pol.e(Strategy::TechnologyWisdom)
            + 0.2 * (self.competitiveness - 1.0);
        self.standing += (target.clamp(0.0, 1.0) - self.standing) / STANDING_LAG_MONTHS;
    }

    fn update_cooperatives(&mut self, month: u32) {
        let key = month_key(self.key(Purpose::Cooperative), month);
        let e5 = self.pol.e(Strategy::FinanceCredibility);
        let lapse = threshold(monthly(self.p.coop_lapse_rate * (1.0 - 0.6 * e5)));
        let revive = threshold(monthly(
            self.p.coop_revival_rate * rel(3.0, e5, self.today.e(Strategy::FinanceCredibility)),
        ));
        for (c, active) in self.coop_active.iter_mut().enumerate() {
            let u = lane16(draw(key, c as u32), 0);
            if *active {
                if u < lapse {
                    *active = false;
                }
            } else if u < revive {
                *active = true;
            }
        }
    }

    /// Rates fixed while a policy is in force (computed when the policy changes).
    fn rates(&self) -> BizRates {
        let p = &self.p;
        let pol = self.pol;
        let today = self.today;
        let e = |s: Strategy| pol.e(s);
        let t = |s: Strategy| today.e(s);
        // Business events happen at reviews, once a quarter: chances per quarter.
        let m65 = |p_year: f64| (per_review(p_year) * 65536.0) as f32;
        let share_dig = 1.0 + p.share_digital_init;
        BizRates {
            loan65: (per_review(p.loan_rate)
                * rel(
                    p.finance_gain,
                    e(Strategy::FinanceCredibility),
                    t(Strategy::FinanceCredibility),
                )
                / self.refs.coop_member_factor
                * 65536.0) as f32,
            loan_member_mult: (1.0 + p.coop_loan_bonus) as f32,
            dep: (p.capital_depreciation_rate * REVIEW_YEARS) as f32,
            loan_gain: p.loan_capital_gain as f32,
            sub: (p.import_substitution_rate * e(Strategy::LocalMaterials) * REVIEW_YEARS) as f32,
            revert: (p.import_reversion_rate * REVIEW_YEARS) as f32,
            down_nat65: m65(p.market_down_rate),
            up_nat65: m65(self.refs.up_national),
            down_exp65: m65(p.export_exit_rate),
            up_exp65: (per_review(self.refs.up_export)
                * rel(
                    p.export_upgrade_gain,
                    e(Strategy::FlagshipExports),
                    t(Strategy::FlagshipExports),
                )
                * 65536.0) as f32,
            digital_out65: (per_review(p.outside_adoption_p)
                * rel(
                    p.digital_selling_gain,
                    e(Strategy::TechnologyWisdom),
                    t(Strategy::TechnologyWisdom),
                )
                * 65536.0) as f32,
            digital_peer65: (p.peer_spread_q * REVIEW_YEARS / MAX_LINKS as f64 * 65536.0) as f32,
            dig_local: [(1.0 / share_dig) as f32, (2.0 / share_dig) as f32],
            mentor_gain65: m65(self.refs.mentor_gain_today
                * rel(
                    p.mentoring_gain,
                    e(Strategy::Networking),
                    t(Strategy::Networking),
                )),
            mentor_loss65: m65(p.mentoring_loss_rate),
            cert_gain65: m65(p.certification_rate * e(Strategy::ProductQuality)),
            cert_loss65: m65(CERT_LAPSE),
            closure65: m65(p.business_turnover_rate),
            kc: p.closure_score_sensitivity as f32,
            link_decay65: m65(p.link_decay_rate),
            tgt: p.offer_targeting_connected as f32,
            empty65: ((1.0 - libm::pow(1.0 - EMPTY_CLOSURE, f64::from(REVIEW_MONTHS))) * 65536.0)
                as f32,
            quit_year: p.quit_rate_young as f32,
            qs: p.quit_wage_sensitivity as f32,
            shortfall: self.refs.shortfall as f32,
            stop: p.stop_rate as f32,
            late: p.late_adoption_rate as f32,
            spread: (p.peer_spread_q / 12.0) as f32,
            mentoring: p.mentoring_strength as f32,
            reach_age: p.reach_age_penalty as f32,
            apply_age: p.apply_age_penalty as f32,
            min_wage: p.min_wage_rp_juta as f32,
        }
    }

    /// Every business's month: quality, capital, materials, market reach, online selling,
    /// mentoring, certification, links, closure; then what its artisans read this month
    /// (offers, follow-up, pay) and its hiring weight.
    // Kept out of line: each phase is a hot loop that optimises best on its own.
    #[inline(never)]
    fn business_pass(&mut self, month: u32) {
        let key = month_key(self.key(Purpose::BusinessMonth), month);
        let r = self.rates;
        let k = self.econ();
        let inv_q_ref = 1.0 / self.refs.quality.max(0.05);
        let inv_mean_size = 1.0 / self.refs.mean_size.max(1.0);
        let tech_ref = 0.5f32;
        self.closed_now.clear();
        let mut hire_cum = 0.0f64;
        for b in 0..self.b_alive.len() {
            if !self.b_alive[b] {
                self.b_month[b] = BizMonth {
                    closed: true,
                    ..BizMonth::default()
                };
                self.b_hire[b] = hire_cum;
                continue;
            }
            let serial = self.b_serial[b];
            // Each business reviews its situation once a quarter, a third of them each month.
            if !(serial + month).is_multiple_of(REVIEW_MONTHS) {
                hire_cum += f64::from(self.b_hire_weight[b]);
                self.b_hire[b] = hire_cum;
                continue;
            }
            let h = draw(key, serial);
            let h2 = draw2(key, serial);
            let lane = |x: u64, k: u32| lane16(x, k) as f32;
            let acc = self.b_acc[b];
            let (skill_mean, app_share) = self.skill_and_share(b);
            let tech_mean = if acc.n > 0 {
                acc.tech / acc.n as f32
            } else {
                tech_ref
            };
            let score_rel = self.b_score[b].max(0.05);
            let deg = self.b_degree[b] as usize;
            let links = self.b_links[b];
            let mut linked_app = 0.0f32;
            let mut linked_digital = 0.0f32;
            for &o in &links[..deg] {
                linked_app += self.b_app_share[o as usize];
                linked_digital += f32::from(self.b_flags[o as usize] & DIGITAL != 0);
            }
            let mut flags = self.b_flags[b];

            // Quality moves towards its target.
            let target = self.quality_target(b, skill_mean, app_share);
            let q = self.b_quality[b]
                + (target - self.b_quality[b]) * (REVIEW_MONTHS as f32 / QUALITY_LAG_MONTHS);
            self.b_quality[b] = q;

            // Capital wears down and is topped up by loans (more easily for active members).
            let member = self.b_coop[b] != NO_COOP && self.coop_active[self.b_coop[b] as usize];
            let loan65 = if member {
                r.loan65 * r.loan_member_mult
            } else {
                r.loan65
            };
            let mut capital = self.b_capital[b] - r.dep * (self.b_capital[b] - CAPITAL_FLOOR);
            if lane(h, 0) < loan65 {
                capital += r.loan_gain * (CAPITAL_CEILING - capital);
            }
            self.b_capital[b] = capital;

            // Imported share falls with local-material support and drifts back without it.
            let imp = self.b_import[b];
            let imp0 = self.b_import0[b];
            self.b_import[b] =
                (imp + (0.3 * imp0 - imp) * r.sub + (imp0 - imp) * r.revert).clamp(0.0, 1.0);

            // Market reach moves up with quality (and promotion) and down with low
            // competitiveness; bigger businesses move up more easily.
            // The state changes below are written without branches: which one applies depends
            // on the business's state, which no branch predictor could guess.
            let u = lane(h, 1);
            let q_rel = q * inv_q_ref;
            let size = (acc.n as f32 * inv_mean_size).clamp(0.2, 5.0);
            let down = (1.0 / score_rel).clamp(0.5, 3.0);
            let reach = self.b_reach[b];
            let digital = flags & DIGITAL != 0;
            // Up moves from the bottom of the lane, down moves from the top, so they exclude
            // each other: local to national with quality, size and online selling; national to
            // export with quality squared, size and promotion; down with low competitiveness.
            let up = [
                r.up_nat65 * q_rel * r.dig_local[usize::from(digital)] * size,
                r.up_exp65 * q_rel * q_rel * size,
                0.0,
            ][usize::from(reach)];
            let dn = [0.0, r.down_nat65 * down, r.down_exp65 * down][usize::from(reach)];
            self.b_reach[b] = reach + u8::from(u < up) - u8::from(65535.0 - u < dn);

            // Online selling spreads from outside influence and from linked businesses.
            let p_dig =
                (r.digital_out65 + r.digital_peer65 * linked_digital) * (tech_mean / tech_ref);
            flags |= DIGITAL * u8::from(!digital && lane(h, 2) < p_dig);
            // Mentoring links come with networking and end with projects: the chance of a
            // change depends on the state.
            let mentored = flags & MENTORED != 0;
            let p_m = if mentored {
                r.mentor_loss65
            } else {
                r.mentor_gain65
            };
            flags ^= MENTORED * u8::from(lane(h, 3) < p_m);
            // Certification needs adequate quality, and lapses.
            let certified = flags & CERTIFIED != 0;
            let p_c = if certified {
                r.cert_loss65
            } else if q >= CERT_MIN_QUALITY {
                r.cert_gain65
            } else {
                0.0
            };
            flags ^= CERTIFIED * u8::from(lane(h2, 0) < p_c);
            self.b_flags[b] = flags;
            // Links lapse.
            if deg > 0 && lane(h2, 1) < r.link_decay65 * deg as f32 * 0.5 {
                let slot = lane16(h2, 2) as usize % deg;
                self.remove_link(b, slot);
            }

            self.derive_economics(b, &k);
            let s = self.score(b);
            self.b_score[b] = s;

            // Closure: less competitive businesses close more often; empty ones soon.
            let p_close65 = if acc.n == 0 {
                r.empty65
            } else {
                r.closure65 * (1.0 + r.kc * (1.0 - s)).clamp(0.25, 4.0)
            };
            if lane(h2, 3) < p_close65 && self.n_alive > 1 {
                self.b_alive[b] = false;
                self.n_alive -= 1;
                self.closed_now.push(b as u16);
                // Its artisans move or leave in this month's artisan pass.
                self.b_acc[b] = BizAcc::default();
                while self.b_degree[b] > 0 {
                    self.remove_link(b, 0);
                }
                self.b_month[b] = BizMonth {
                    closed: true,
                    ..BizMonth::default()
                };
                self.b_hire[b] = hire_cum;
                continue;
            }

            self.refresh_view(b, &r, linked_app);
            hire_cum += f64::from(self.b_hire_weight[b]);
            self.b_hire[b] = hire_cum;
        }
    }

    fn form_links(&mut self, month: u32) {
        let e3 = self.pol.e(Strategy::Networking);
        let lambda = self.refs.link_formation_today / 12.0
            * rel(
                self.p.link_formation_gain,
                e3,
                self.today.e(Strategy::Networking),
            )
            * f64::from(self.n_alive)
            / self.p.n_businesses;
        let u: f64 = self.env.random();
        let count = (lambda + u) as u32;
        let key = month_key(self.key(Purpose::Links), month);
        let n_b = self.b_alive.len() as u32;
        for k in 0..count {
            let h = draw(key, k);
            let a = (lane16(h, 0) * 65536 + lane16(h, 1)) % n_b;
            let b = (lane16(h, 2) * 65536 + lane16(h, 3)) % n_b;
            self.add_link(a as usize, b as usize);
        }
    }

    /// What a business's artisans read from it until its next review (offers, follow-up,
    /// chances of peer pickup, late start and stopping, quitting), and its hiring weight.
    fn refresh_view(&mut self, b: usize, r: &BizRates, linked_app: f32) {
        let flags = self.b_flags[b];
        let conn = 1.0 + r.tgt * f32::from(self.connected(b));
        let own = self.b_app_share[b];
        let mentored = f32::from(flags & MENTORED != 0);
        let follow = (r.mentoring * mentored + 0.3 * own + 0.1 * linked_app).min(1.0);
        let peer65 = r.spread * (own + 0.5 * linked_app) * 65536.0;
        let stop65 = r.stop * (1.0 - follow) * 65536.0;
        let late65 = r.late * follow * 65536.0;
        let wage = self.wage_of(b);
        let shortfall = (1.0 - wage / r.min_wage).max(0.0);
        let quit_year =
            (r.quit_year * (1.0 + r.qs * shortfall) / (1.0 + r.qs * r.shortfall)).min(0.95);
        self.b_month[b] = BizMonth {
            offer_weight: conn,
            event_a: [peer65, late65, 0.0, stop65],
            event_b: [
                -peer65 * r.reach_age,
                -late65 * r.apply_age * (1.0 - follow),
                0.0,
                0.5 * stop65,
            ],
            follow,
            quit_year,
            tech_keep_year: self.refs.tech_keep_year[usize::from(flags & DIGITAL != 0)],
            closed: false,
        };
        let sc = self.b_score[b].clamp(0.3, 3.0);
        self.b_hire_weight[b] = (self.b_acc[b].n as f32 + 3.0) * sc * sc;
    }

    /// A business's wage scale (Rp juta a month before the artisan's skill and bonus).
    fn wage_of(&self, b: usize) -> f32 {
        self.refs.wage_per_revenue * self.b_prod[b] * self.b_price[b]
    }

    fn connected(&self, b: usize) -> bool {
        self.b_flags[b] & MENTORED != 0
            || (self.b_coop[b] != NO_COOP && self.coop_active[self.b_coop[b] as usize])
    }

    /// Birthdays: the artisans born in this calendar month gain a year of experience and of
    /// self-taught technology, lose a year to technology moving on, may find their training
    /// dated, have the year ahead's exit decided, and may turn 50. Kept apart from the monthly
    /// loop (through per-birth-month index lists), which would otherwise branch unpredictably
    /// on one artisan in twelve. Compacts the arrays first when enough artisans have left.
    #[inline(never)]
    fn birthday_pass(&mut self, month: u32) {
        let month_abs = month as i32;
        if self.dead * 8 > self.a_id.len() as u32 {
            self.compact_artisans(month_abs - 1);
        }
        let key = month_key(self.key(Purpose::ArtisanBirthday), month);
        let tech_thr = self.p.tech_threshold as f32;
        let skill_keep = self.refs.skill_keep_year;
        let tech_obsolete_keep = self.refs.tech_obsolete_keep;
        let training_dated = threshold(self.p.training_obsolescence_rate);
        let bucket = &self.birth_buckets[(month % 12) as usize];
        let mut t = self.tally;
        for &i in bucket {
            let i = i as usize;
            let mut flags = self.a_flags[i];
            if flags & DEAD != 0 {
                continue;
            }
            let age_y = (month_abs - self.a_birth[i]) / 12;
            let emp = self.a_emp[i] as usize;
            let bm = &self.b_month[emp];
            let row = self.ages[(age_y.max(0) as usize).min(MAX_AGE_YEARS)];
            let h = draw(key, self.a_id[i]);
            let before = Rec {
                skill: self.a_skill[i],
                tech: self.a_tech[i],
                flags,
                over50: age_y > 50,
            };
            let skill = SKILL_CEILING - (SKILL_CEILING - before.skill).max(0.0) * skill_keep;
            let tech = 1.0 - (1.0 - before.tech * tech_obsolete_keep) * bm.tech_keep_year;
            if flags & TRAINED != 0 && lane16(h, 0) < training_dated {
                flags &= !(TRAINED | APPLYING);
            }
            let after = Rec {
                skill,
                tech,
                flags,
                over50: age_y >= 50,
            };
            before.tally_remove(&mut t, tech_thr);
            after.tally_add(&mut t, tech_thr);
            // A closed business's sums were cleared; the artisan joins another with these values.
            if !bm.closed {
                let acc = &mut self.b_acc[emp];
                before.acc_remove(acc);
                after.acc_add(acc);
            }
            self.a_exit[i] = exit_month(row, bm, h, month, 0);
            self.a_old[i] = old_byte(row.old);
            self.a_skill[i] = skill;
            self.a_tech[i] = tech;
            self.a_flags[i] = flags;
        }
        self.tally = t;
    }

    /// The hot loop: every artisan's month. Most artisans have nothing happen in a month, so
    /// the common path only draws, compares with its business's integer thresholds and moves
    /// on; whatever happens is handled out of line by [`artisan_event`], and business sums and
    /// the tally change only then. An artisan who leaves is only marked, and the arrays are
    /// compacted when enough have left.
    // Kept out of line: each phase is a hot loop that optimises best on its own.
    #[inline(never)]
    fn artisan_pass(&mut self, month: u32) {
        let p = &self.p;
        let tech_support =
            (p.tech_support_strength * self.pol.e(Strategy::TechnologyWisdom)) as f32;
        let reach_tech_q = p.reach_tech_penalty as f32 * (1.0 - tech_support);
        // This month's offer rates per unit of invitation weight (x 65536), at most a quarter.
        let (offer_q65, offer_any65) = if self.offer_weight > 0.0 {
            let q = (self.pol.places_quality / 12.0 / self.offer_weight).min(0.25) * 65536.0;
            let t = (self.pol.places_tech / 12.0 / self.offer_weight).min(0.25) * 65536.0;
            (q as f32, (q + t) as f32)
        } else {
            (0.0, 0.0)
        };
        let ctx = EventCtx {
            month,
            key_move: month_key(self.key(Purpose::ArtisanMove), month),
            reach_base: (p.reach_base * self.pol.delivery) as f32 * 65536.0,
            reach_age: p.reach_age_penalty as f32,
            reach_tech_q,
            // Technology training is designed for those not at ease with technology: half the barrier.
            reach_tech_t: 0.5 * reach_tech_q,
            apply_base: p.apply_base as f32 * 65536.0,
            apply_age: p.apply_age_penalty as f32,
            apply_tech: p.apply_tech_penalty as f32 * (1.0 - tech_support),
            apply_follow: p.followup_apply_gain as f32 * 65536.0,
            skill_gain: p.skill_training_gain as f32,
            tech_gain: p.tech_training_gain as f32,
            tech_thr: p.tech_threshold as f32,
            keep: threshold(KEEP_AFTER_CLOSURE),
            hire_total: self.b_hire.last().copied().unwrap_or(0.0),
        };
        for (hot, bm) in self.b_hot.iter_mut().zip(&self.b_month) {
            let fixed = |x: f32| (x * 256.0) as i32;
            *hot = Hot {
                offer_any: (bm.offer_weight * offer_any65) as u32,
                offer_q: (bm.offer_weight * offer_q65) as u32,
                ev_a: bm.event_a.map(fixed),
                ev_b: bm.event_b.map(|b| fixed(b / 255.0)),
                closed: bm.closed,
            };
        }
        let key = month_key(self.key(Purpose::ArtisanMonth), month);
        let month16 = month as u16;
        let mut out = EventOut {
            tally: self.tally,
            events: Events::default(),
        };
        let mut biz = BizRefs {
            month: &self.b_month,
            hot: &self.b_hot,
            hire: &self.b_hire,
            acc: &mut self.b_acc,
        };
        // The loop walks only the fields every artisan needs; the rest are read by index on
        // the rare path.
        let (a_birth, a_skill, a_tech) = (&self.a_birth, &mut self.a_skill, &mut self.a_tech);
        let rows = self
            .a_id
            .iter()
            .zip(self.a_exit.iter().zip(self.a_old.iter()))
            .zip(self.a_emp.iter_mut())
            .zip(self.a_flags.iter_mut())
            .enumerate();
        for (i, (((&id, (exit, old8)), emp), flags)) in rows {
            if *flags & DEAD != 0 {
                continue;
            }
            let h = draw(key, id);
            let hot = &biz.hot[*emp as usize];
            let state = usize::from(*flags & (TRAINED | APPLYING));
            let (exit, old8) = (*exit, *old8);
            let event =
                ((lane16(h, 2) << 8) as i32) < hot.ev_a[state] + hot.ev_b[state] * i32::from(old8);
            if hot.closed | (exit == month16) | (lane16(h, 1) < hot.offer_any) | event {
                let a = ArtisanRefs {
                    id,
                    birth: a_birth[i],
                    exit,
                    old8,
                    skill: &mut a_skill[i],
                    tech: &mut a_tech[i],
                    emp,
                    flags,
                };
                artisan_event(&ctx, &mut biz, &mut out, h, a);
            }
        }
        self.dead += out.events.exits;
        self.tally = out.tally;
        self.events = out.events;
    }

    /// Drops the artisans who left, keeping everyone else in order, and makes the sums exact.
    fn compact_artisans(&mut self, last: i32) {
        let mut w = 0usize;
        for i in 0..self.a_id.len() {
            if self.a_flags[i] & DEAD == 0 {
                self.a_id[w] = self.a_id[i];
                self.a_birth[w] = self.a_birth[i];
                self.a_exit[w] = self.a_exit[i];
                self.a_old[w] = self.a_old[i];
                self.a_skill[w] = self.a_skill[i];
                self.a_tech[w] = self.a_tech[i];
                self.a_emp[w] = self.a_emp[i];
                self.a_flags[w] = self.a_flags[i];
                w += 1;
            }
        }
        self.a_id.truncate(w);
        self.a_birth.truncate(w);
        self.a_exit.truncate(w);
        self.a_old.truncate(w);
        self.a_skill.truncate(w);
        self.a_tech.truncate(w);
        self.a_emp.truncate(w);
        self.a_flags.truncate(w);
        self.dead = 0;
        self.aggregate(last);
    }

    // Kept out of line: each phase is a hot loop that optimises best on its own.
    #[inline(never)]
    fn youth_entry(&mut self, month: u32) {
        let p = &self.p;
        let pool = p.youth_pool_per_year;
        let candidates = ((f64::from(month + 1) * pool / 12.0) as u64)
            .saturating_sub((f64::from(month) * pool / 12.0) as u64);
        let p0 = p.youth_entry_prob.clamp(1e-6, 1.0 - 1e-6);
        let logit = libm::log(p0 / (1.0 - p0))
            + p.youth_wage_sensitivity * (self.wage_ratio - self.refs.wage_ratio)
            + p.youth_standing_sensitivity * (self.standing - self.refs.standing);
        let p_enter = 1.0 / (1.0 + libm::exp(-logit));
        let key = self.key(Purpose::Youth);
        let hire_total = self.b_hire.last().copied().unwrap_or(0.0);
        let mut entrants = 0;
        for _ in 0..candidates {
            let cand = self.youth_next as u32;
            self.youth_next += 1;
            let h = draw(key, cand);
            if unit_f64(h) >= p_enter
                || hire_total <= 0.0
                || self.a_id.len() == self.a_id.capacity()
            {
                continue;
            }
            // Attributes and the employer come from further draws, independent of the decision.
            let h2 = draw2(key, cand);
            let emp = pick(&self.b_hire, hire_total, unit_f64(rng::mix64(h2)));
            let age_m = 16 * 12 + lane16(h2, 0) * (9 * 12) / 65536;
            let rec = Rec {
                skill: 0.15 + 0.15 * lane_unit(h2, 1),
                tech: 0.3 + 0.6 * lane_unit(h2, 2),
                flags: 0,
                over50: false,
            };
            // The young person's candidate number gives the artisan's id, so the same person
            // has the same dice in every scenario.
            self.a_id.push(self.first_entrant_id + cand);
            let birth = month as i32 - age_m as i32;
            self.birth_buckets[birth.rem_euclid(12) as usize].push(self.a_id.len() as u32 - 1);
            self.a_birth.push(birth);
            // A young entrant stays at least until their next birthday, when the year ahead is
            // decided as for everyone.
            self.a_exit.push(NEVER);
            self.a_old.push(0);
            self.a_skill.push(rec.skill);
            self.a_tech.push(rec.tech);
            self.a_emp.push(emp as u16);
            self.a_flags.push(0);
            rec.add(
                &mut self.b_acc[emp],
                &mut self.tally,
                self.p.tech_threshold as f32,
            );
            entrants += 1;
        }
        self.ring_entrants.push(month, entrants);
    }

    fn business_births(&mut self, month: u32) {
        // Slots closed this month are free from now on (their artisans have moved).
        for &b in &self.closed_now {
            self.free_slots.push(b);
        }
        self.closed_now.clear();
        let lambda = monthly(self.p.business_turnover_rate)
            * f64::from(self.n_alive)
            * (1.0 + self.p.closure_score_sensitivity * (self.competitiveness - 1.0))
                .clamp(0.25, 4.0);
        let u: f64 = self.env.random();
        let births = ((lambda + u) as u32).min(MAX_BIRTHS_PER_MONTH);
        for birth_idx in 0..births {
            let slot = match self.free_slots.pop() {
                Some(s) => s as usize,
                None if self.b_alive.len() < self.b_alive.capacity() => self.b_alive.len(),
                None => break,
            };
            let serial = self.p.n_businesses as u32 + month * MAX_BIRTHS_PER_MONTH + birth_idx;
            self.fill_business(slot, serial, 1.0, false);
            self.move_founder(slot, month, birth_idx);
            let k = self.econ();
            self.derive_economics(slot, &k);
            self.b_score[slot] = self.score(slot);
            let r = self.rates;
            self.refresh_view(slot, &r, 0.0);
        }
    }

    /// A new business is founded by an artisan who leaves a business of two or more (batik
    /// artisans who become small bosses); without one it stays empty and soon closes.
    fn move_founder(&mut self, slot: usize, month: u32, birth_idx: u32) {
        let len = self.a_id.len() as u64;
        if len == 0 {
            return;
        }
        // Its own keyed stream: how many tries it takes must not shift the run's other draws.
        let key = month_key(self.key(Purpose::Founder), month);
        for attempt in 0..8u32 {
            let i = (draw(key, birth_idx * 8 + attempt) % len) as usize;
            let flags = self.a_flags[i];
            let from = self.a_emp[i] as usize;
            if flags & DEAD != 0 || self.b_acc[from].n < 2 || from == slot {
                continue;
            }
            let rec = Rec {
                skill: self.a_skill[i],
                tech: self.a_tech[i],
                flags,
                over50: month as i32 - self.a_birth[i] >= 600,
            };
            rec.acc_remove(&mut self.b_acc[from]);
            rec.acc_add(&mut self.b_acc[slot]);
            self.a_emp[i] = slot as u16;
            return;
        }
    }

    fn after_month(&mut self, month: u32) {
        let ev = self.events;
        self.ring_offered.push(month, ev.offered);
        self.ring_reached.push(month, ev.reached);
        self.ring_started.push(month, ev.started);
        self.ring_exits.push(month, ev.exits);
        self.end_of_month_sums();
    }

    /// One pass over the businesses at the end of a month: each one's share of artisans
    /// applying training (read by its links next month), next month's training-offer weight,
    /// and the sums behind competitiveness, cost, exports and wages.
    // Kept out of line: each phase is a hot loop that optimises best on its own.
    #[inline(never)]
    fn end_of_month_sums(&mut self) {
        let mut sums = MonthSums::default();
        let mut offer_weight = 0.0f64;
        for b in 0..self.b_alive.len() {
            if !self.b_alive[b] {
                continue;
            }
            let acc = self.b_acc[b];
            let n = f64::from(acc.n);
            self.b_app_share[b] = if acc.n > 0 {
                acc.applying as f32 / acc.n as f32
            } else {
                0.0
            };
            // The invitation weight in force is the one set at the business's last review.
            offer_weight += n * f64::from(self.b_month[b].offer_weight);
            sums.n += n;
            sums.score += n * f64::from(self.b_score[b]);
            sums.cost += n * f64::from(self.b_cost[b]);
            sums.wage += f64::from(acc.wage) * f64::from(self.wage_of(b));
            if self.b_reach[b] == EXPORT {
                sums.exports += n * f64::from(self.b_prod[b] * self.b_price[b] / self.refs.revenue);
            }
        }
        self.offer_weight = offer_weight;
        self.competitiveness = if sums.n > 0.0 {
            sums.score / sums.n
        } else {
            0.0
        };
        let n = f64::from(self.tally.n);
        self.wage_ratio = if n > 0.0 {
            sums.wage / n / self.p.min_wage_rp_juta
        } else {
            0.0
        };
        self.sums = sums;
    }

    fn record(&self, data: &mut [f64], len: usize, t: usize) {
        let tally = self.tally;
        let sums = self.sums;
        let n = f64::from(tally.n).max(1.0);
        let mut set = |m: Metric, v: f64| data[m.index() * len + t] = v;
        let n_sum = sums.n.max(1.0);
        let competitiveness = 100.0 * f64::from(self.refs.score) * sums.score / n_sum;
        set(Metric::Competitiveness, competitiveness.clamp(0.0, 100.0));
        let uptake = f64::from(tally.applying) / n;
        let coverage = f64::from(tally.trained) / n;
        set(Metric::TrainingUptake, 100.0 * uptake);
        set(Metric::TrainingCoverage, 100.0 * coverage);
        let conversion = if tally.trained > 0 {
            f64::from(tally.applying) / f64::from(tally.trained)
        } else {
            0.0
        };
        let gap = 100.0 * (0.5 * (1.0 - coverage) + 0.5 * (1.0 - conversion));
        let entrants = self.ring_entrants.sum();
        let exits = self.ring_exits.sum();
        let youth = if exits > 0.0 {
            100.0 * (1.0 - entrants / exits).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let tech = 100.0 * f64::from(tally.low_tech) / n;
        set(Metric::ObstacleTrainingGap, gap.clamp(0.0, 100.0));
        set(Metric::ObstacleYouthDisinterest, youth);
        set(Metric::ObstacleTechIlliteracy, tech.clamp(0.0, 100.0));
        set(
            Metric::ObstacleSeverity,
            ((gap + youth + tech) / 3.0).clamp(0.0, 100.0),
        );
        let export_usd =
            sums.exports * self.p.export_output_share * self.p.export_usd_per_artisan_year / 1e6;
        set(Metric::ExportsUsdM, export_usd);
        set(Metric::Employment, f64::from(tally.n));
        set(Metric::WageRatio, self.wage_ratio);
        set(Metric::TrainingOffered, self.ring_offered.sum());
        set(Metric::TrainingReached, self.ring_reached.sum());
        set(Metric::TrainingApplying, self.ring_started.sum());
        set(Metric::Businesses, f64::from(self.n_alive));
        set(Metric::ShareOver50, 100.0 * f64::from(tally.over50) / n);
        set(Metric::YouthEntrants, entrants);
        set(
            Metric::ActiveCooperatives,
            self.coop_active.iter().filter(|&&a| a).count() as f64,
        );
        let over50 = f64::from(tally.over50);
        set(
            Metric::UptakeOver50,
            if over50 > 0.0 {
                100.0 * f64::from(tally.applying_over50) / over50
            } else {
                0.0
            },
        );
        set(Metric::UnitCost, sums.cost / n_sum);
        set(Metric::MaterialPriceIndex, f64::from(self.price_index));
    }
}

/// A new business's starting values.
struct BusinessInit {
    serial: u32,
    q0: f32,
    capital: f32,
    import0: f32,
    reach: u8,
    flags: u8,
    coop: u16,
}

/// The month's constants of [`artisan_event`].
struct EventCtx {
    month: u32,
    key_move: u64,
    reach_base: f32,
    reach_age: f32,
    reach_tech_q: f32,
    reach_tech_t: f32,
    apply_base: f32,
    apply_age: f32,
    apply_tech: f32,
    apply_follow: f32,
    skill_gain: f32,
    tech_gain: f32,
    tech_thr: f32,
    keep: u32,
    hire_total: f64,
}

/// The business arrays an artisan event reads or updates.
struct BizRefs<'a> {
    month: &'a [BizMonth],
    hot: &'a [Hot],
    hire: &'a [f64],
    acc: &'a mut [BizAcc],
}

/// What artisan events change beyond the artisan: the tally and the month's counts.
struct EventOut {
    tally: Tally,
    events: Events,
}

/// One artisan's state, borrowed from the arrays.
struct ArtisanRefs<'a> {
    id: u32,
    birth: i32,
    exit: u16,
    old8: u8,
    skill: &'a mut f32,
    tech: &'a mut f32,
    emp: &'a mut u16,
    flags: &'a mut u8,
}

/// Whatever happens to one artisan in a month, given its draw `h`: moving after the business
/// closed (or leaving batik), leaving as scheduled, being offered training (reached, then
/// perhaps applying it), or the state's one event (peer pickup, late start, stopping).
#[cold]
#[inline(never)]
fn artisan_event(c: &EventCtx, biz: &mut BizRefs, out: &mut EventOut, h: u64, a: ArtisanRefs) {
    let ArtisanRefs {
        id,
        birth,
        exit,
        old8,
        skill: skill_ref,
        tech: tech_ref,
        emp: emp_ref,
        flags: flags_ref,
    } = a;
    let mut flags = *flags_ref;
    // Over 50 as the tally has it (the birthday pass counted this month's 50th birthdays).
    let over50 = c.month as i32 - birth >= 600;
    let mut emp = *emp_ref as usize;
    let rec = Rec {
        skill: *skill_ref,
        tech: *tech_ref,
        flags,
        over50,
    };
    if biz.month[emp].closed {
        // The business closed (its sums were cleared): find work elsewhere, or leave.
        let h2 = draw(c.key_move, id);
        if lane16(h2, 0) >= c.keep || c.hire_total <= 0.0 {
            rec.tally_remove(&mut out.tally, c.tech_thr);
            *flags_ref = DEAD;
            out.events.exits += 1;
            return;
        }
        emp = pick(biz.hire, c.hire_total, unit_f64(rng::mix64(h2)));
        *emp_ref = emp as u16;
        rec.acc_add(&mut biz.acc[emp]);
    }
    if u32::from(exit) == c.month {
        rec.remove(&mut biz.acc[emp], &mut out.tally, c.tech_thr);
        *flags_ref = DEAD;
        out.events.exits += 1;
        return;
    }
    let bm = &biz.month[emp];
    let hot = &biz.hot[emp];
    let old = f32::from(old8) * (1.0 / 255.0);
    let u1 = lane16(h, 1);
    let u2 = lane16(h, 2) as f32;
    let u3 = lane16(h, 3) as f32;
    let age_block = 1.0 - c.apply_age * old * (1.0 - bm.follow);
    // After a move the new business's thresholds apply.
    let state = usize::from(flags & (TRAINED | APPLYING));
    let offered = u1 < hot.offer_any;
    let event = ((lane16(h, 2) << 8) as i32) < hot.ev_a[state] + hot.ev_b[state] * i32::from(old8);
    if !(offered | event) {
        return;
    }
    let mut skill = rec.skill;
    let mut tech = rec.tech;
    let p_apply = |tech: f32| {
        (c.apply_base * age_block * (1.0 - c.apply_tech * (1.0 - tech))
            + c.apply_follow * bm.follow)
            .min(0.95 * 65536.0)
    };
    if offered {
        let tech_prog = u1 >= hot.offer_q;
        out.events.offered += 1;
        let barrier = if tech_prog {
            c.reach_tech_t
        } else {
            c.reach_tech_q
        };
        let p_reach = c.reach_base
            * (1.0 - c.reach_age * old * (1.0 - 0.5 * bm.follow))
            * (1.0 - barrier * (1.0 - tech));
        if u2 < p_reach {
            out.events.reached += 1;
            if tech_prog {
                tech += c.tech_gain * (1.0 - tech);
            } else {
                skill += c.skill_gain * (1.0 - skill);
            }
            flags |= TRAINED;
            if flags & APPLYING == 0 && u3 < p_apply(tech) {
                flags |= APPLYING;
                out.events.started += 1;
            }
        }
    } else if flags & TRAINED == 0 {
        flags |= TRAINED;
        if u3 < p_apply(tech) {
            flags |= APPLYING;
        }
    } else {
        flags ^= APPLYING;
    }
    let after = Rec {
        skill,
        tech,
        flags,
        over50: rec.over50,
    };
    let acc = &mut biz.acc[emp];
    rec.remove(acc, &mut out.tally, c.tech_thr);
    after.add(acc, &mut out.tally, c.tech_thr);
    *skill_ref = skill;
    *tech_ref = tech;
    *flags_ref = flags;
}

/// The age factor stored per artisan as a byte.
fn old_byte(old: f32) -> u8 {
    (old.clamp(0.0, 1.0) * 255.0 + 0.5) as u8
}

/// Decides, on a birthday in month `month`, whether and when in the year ahead an artisan
/// leaves: the yearly chance combines leaving for age-related reasons and (for the young)
/// quitting for better-paid work; the month is uniform over the year. `skip` months of the
/// year have already passed (at the start of a run): an exit drawn for them does not happen.
fn exit_month(row: AgeRow, bm: &BizMonth, h: u64, month: u32, skip: u32) -> u16 {
    let p_exit = 1.0 - (1.0 - row.exit_year) * (1.0 - row.quit_mult * bm.quit_year);
    if (lane16(h, 1) as f32) >= p_exit * 65536.0 {
        return NEVER;
    }
    let offset = lane16(h, 2) * 12 / 65536;
    if offset < skip {
        return NEVER;
    }
    u16::try_from(month + offset - skip).unwrap_or(NEVER)
}

/// An artisan's wage relative to the business's wage scale.
#[inline(always)]
fn artisan_wage(scale: f32, skill: f32, flags: u8) -> f32 {
    let bonus = if flags & APPLYING != 0 {
        1.0 + APPLY_WAGE_BONUS
    } else {
        1.0
    };
    scale * (0.75 + 0.5 * skill) * bonus
}

/// Picks a business by weight from a running sum of weights, given a uniform in [0, 1).
fn pick(cum: &[f64], total: f64, u: f64) -> usize {
    let target = u * total;
    let idx = cum.partition_point(|&c| c <= target);
    idx.min(cum.len().saturating_sub(1))
}
