//! The agent world: businesses, artisans, cooperatives and the young, in structure-of-arrays
//! form, with their initialisation and the monthly step. All buffers are sized at the start of a
//! run, so the monthly step allocates nothing. Every random draw comes from `rng`'s
//! counter-based streams, keyed by (run seed, purpose, agent, month).

use rand::RngExt;
use rand_pcg::Pcg64Mcg;

use crate::metrics::Metric;
use crate::params::Params;
use crate::policy::{policy, Policy};
use crate::rng::{self, draw, draw2, lane16, lane_unit, month_key, purpose_key, threshold, unit_f64, Purpose};
use crate::{Preset, Scenario, Strategy, DEFAULT_ENVELOPE_JUTA};

/// The most links one business keeps to others.
const MAX_LINKS: usize = 6;
/// The oldest age, in years, the age table covers (older artisans use its last row).
const MAX_AGE_YEARS: usize = 100;
const NO_COOP: u16 = u16::MAX;

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

/// What an artisan needs from its business in one month, prepared by the business pass so the
/// artisan pass reads one record per artisan.
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
    /// Monthly chance of quitting for other work at age under 35, x 65536.
    quit65: f32,
    /// Of the literacy gap, the part an artisan still has after a year of self-teaching here.
    tech_keep_year: f32,
    /// The business closed this month; its artisans move or leave.
    closed: bool,
}

/// Business rates fixed while a policy is in force; probabilities are monthly and x 65536.
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
    quit65: f32,
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

/// One row per age in years.
#[derive(Clone, Copy, Debug, Default)]
struct AgeRow {
    /// Monthly chance of leaving batik work for reasons other than pay, x 65536.
    exit65: f32,
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
    /// The months reported: 0 (the end of the spin-up year, the same for every scenario on a
    /// seed) to the horizon.
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
    keys: [u64; 10],
    ages: Vec<AgeRow>,
    refs: Refs,

    // Artisans.
    a_id: Vec<u32>,
    /// Birth month, relative to the run's first month (so age in months = month - birth).
    a_birth: Vec<i32>,
    a_skill: Vec<f32>,
    a_tech: Vec<f32>,
    a_emp: Vec<u16>,
    a_flags: Vec<u8>,
    next_artisan_id: u32,
    /// Artisans marked as gone but not yet compacted away.
    dead: u32,

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
    b_hire: Vec<f64>,
    /// Hiring weight, set at each review.
    b_hire_weight: Vec<f32>,
    b_app_share: Vec<f32>,
    free_slots: Vec<u16>,
    closed_now: Vec<u16>,
    next_business_serial: u32,
    n_alive: u32,

    coop_active: Vec<bool>,

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
            row.exit65 = monthly(yearly) as f32 * 65536.0;
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
            keys: [0; 10],
            ages,
            refs: Refs::default(),
            a_id: Vec::with_capacity(a_cap),
            a_birth: Vec::with_capacity(a_cap),
            a_skill: Vec::with_capacity(a_cap),
            a_tech: Vec::with_capacity(a_cap),
            a_emp: Vec::with_capacity(a_cap),
            a_flags: Vec::with_capacity(a_cap),
            next_artisan_id: 0,
            dead: 0,
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
            b_hire: Vec::with_capacity(b_cap),
            b_hire_weight: Vec::with_capacity(b_cap),
            b_app_share: Vec::with_capacity(b_cap),
            free_slots: Vec::with_capacity(b_cap),
            closed_now: Vec::with_capacity(b_cap),
            next_business_serial: 0,
            n_alive: 0,
            coop_active: Vec::with_capacity(s.params().n_cooperatives as usize),
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

    /// Simulates one run: the spin-up year under today's allocation, then the scenario's
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
        RunResult { months: (0..=self.months).collect(), run_seed, data }
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
            ((dep_month * f64::from(CAPITAL_FLOOR) + inflow * f64::from(CAPITAL_CEILING)) / (dep_month + inflow)) as f32
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
        let w = [p.comp_weight_quality, p.comp_weight_productivity, p.comp_weight_cost, p.comp_weight_reach];
        let sum: f64 = w.iter().sum();
        self.refs.comp_weights = if sum > 0.0 { w.map(|x| (x / sum) as f32) } else { [0.25; 4] };
        self.refs.skill_keep_year = libm::pow(1.0 - f64::from(EXPERIENCE_RATE), 12.0) as f32;
        let learn = (p.tech_learning_rate / 12.0).min(0.5);
        self.refs.tech_keep_year =
            [libm::pow(1.0 - learn, 12.0) as f32, libm::pow(1.0 - 2.0 * learn, 12.0) as f32];
        self.refs.tech_obsolete_keep = (1.0 - p.tech_obsolescence_rate).clamp(0.0, 1.0) as f32;
    }

    fn init_cooperatives(&mut self) {
        let key = self.key(Purpose::Cooperative);
        let n = self.p.n_cooperatives as usize;
        let thr = self.p.share_coops_active_init;
        self.coop_active.clear();
        for c in 0..n {
            self.coop_active.push(unit_f64(draw(key, c as u32)) < thr);
        }
    }

    /// Fills a business slot with a new business's starting state.
    fn fill_business(&mut self, slot: usize, size_rel: f32, founding: bool) {
        let serial = self.next_business_serial;
        self.next_business_serial += 1;
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
        let values = BusinessInit { serial, q0, capital, import0, reach, flags, coop };
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
        self.b_hire.clear();
        self.b_hire_weight.clear();
        self.b_app_share.clear();
        self.next_business_serial = 0;
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
        for b in 0..n_b {
            let size_rel = (weights[b] / mean_w) as f32;
            self.fill_business(b, size_rel, true);
        }
        // Keep the weights in the hiring buffer for init_artisans, then reset it.
        self.b_hire = weights;
    }

    fn init_artisans(&mut self) {
        let n_b = self.p.n_businesses as usize;
        let n_a = self.p.n_artisans as usize;
        self.a_id.clear();
        self.a_birth.clear();
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
            let age_y = if over50 { 50.0 + 30.0 * (1.0 - (1.0 - u).sqrt()) } else { 16.0 + 34.0 * u.sqrt() };
            let age_m = ((age_y * 12.0) as u16).max(16 * 12);
            let age_y = f32::from(age_m) / 12.0;
            let experience = ((age_y - 16.0) / 30.0).clamp(0.0, 1.0);
            let skill = 0.25 + 0.5 * experience * (0.6 + 0.4 * lane_unit(h, 2));
            let tech = (0.95 - 0.016 * (age_y - 18.0) + 0.3 * (lane_unit(h, 3) - 0.5)).clamp(0.02, 1.0);
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
            self.a_skill.push(skill);
            self.a_tech.push(tech);
            self.a_emp.push(emp);
            self.a_flags.push(flags);
        }
        self.next_artisan_id = n_a as u32;
        self.dead = 0;
        for w in self.b_hire.iter_mut() {
            *w = 0.0;
        }
        self.aggregate(-1);
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
        for i in 0..self.a_id.len() {
            let flags = self.a_flags[i];
            if flags & DEAD != 0 {
                continue;
            }
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
        let mut raw = 0.0f64;
        for i in 0..self.a_id.len() {
            let b = self.a_emp[i] as usize;
            let rev = self.b_prod[b] * self.b_price[b] / self.refs.revenue;
            raw += f64::from(artisan_wage(rev, self.a_skill[i], self.a_flags[i]));
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
            let linked_app: f32 = self.b_links[b][..deg].iter().map(|&o| self.b_app_share[o as usize]).sum();
            self.refresh_view(b, &r, linked_app);
        }
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
        if up > 0.0 { self.p.export_exit_rate * down / up } else { 0.0 }
    }

    /// Seeds the rolling 12-month counts with their expected monthly values under today's
    /// allocation, computed from the starting population, so month 0 has a year's history.
    fn seed_rings(&mut self) {
        let p = &self.p;
        let r = self.rates;
        let tech_support = (p.tech_support_strength * self.today.e(Strategy::TechnologyWisdom)) as f32;
        let reach_base = (p.reach_base * self.today.delivery) as f32;
        let reach_tech = p.reach_tech_penalty as f32 * (1.0 - tech_support);
        let apply_tech = p.apply_tech_penalty as f32 * (1.0 - tech_support);
        let mut exits = 0.0f64;
        let mut reach_sum = 0.0f64;
        let mut start_sum = 0.0f64;
        for i in 0..self.a_id.len() {
            let age_y = ((-self.a_birth[i]) / 12).clamp(0, MAX_AGE_YEARS as i32) as usize;
            let row = self.ages[age_y];
            exits += f64::from(row.exit65 + row.quit_mult * r.quit65) / 65536.0;
            let tech = self.a_tech[i];
            let p_reach = reach_base * (1.0 - p.reach_age_penalty as f32 * row.old) * (1.0 - reach_tech * (1.0 - tech));
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
        let cert = if self.b_flags[b] & CERTIFIED != 0 { self.p.certification_quality_gain as f32 } else { 0.0 };
        (self.b_q0[b] + 0.8 * (skill_mean - self.refs.skill_mean) + 0.5 * app_share + cert).clamp(0.02, 1.0)
    }

    /// The constants of [`World::derive_economics`] under the policy and prices in force.
    fn econ(&self) -> Econ {
        let flagship = 1.0 + (self.p.flagship_productivity_gain * self.pol.e(Strategy::FlagshipExports)) as f32;
        let mcs = self.p.material_cost_share as f32;
        let local_price = 1.0 - (self.p.local_price_cut * self.pol.e(Strategy::LocalMaterials)) as f32;
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
        let prod = (self.b_capital[b] * (0.6 + 0.8 * skill_mean) * (1.0 + 0.4 * app_share) * k.flagship[reach]).max(0.05);
        let digital = if self.b_flags[b] & DIGITAL != 0 { 1.05 } else { 1.0 };
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
            + if self.b_flags[b] & DIGITAL != 0 { 0.1 } else { 0.0 };
        let s = w[0] * self.b_quality[b] + w[1] * (1.0 - 1.0 / (1.0 + prod)) + w[2] / (1.0 + self.b_cost[b]) + w[3] * reach;
        s * self.refs.inv_score
    }

    // ------------------------------------------------------------------ the monthly step

    fn step(&mut self, month: u32) {
        self.update_environment();
        self.update_cooperatives(month);
        self.business_pass(month);
        self.form_links(month);
        self.artisan_pass(month);
        self.youth_entry(month);
        self.business_births(month);
        self.after_month(month);
    }

    fn update_environment(&mut self) {
        let u1: f64 = self.env.random();
        let u2: f64 = self.env.random();
        let u3: f64 = self.env.random();
        let shock = if u3 < self.p.price_shock_prob { self.p.price_shock_size } else { 0.0 };
        // Mean-reverting log price (about 3% a month back towards 0), with rare spikes.
        self.log_price = 0.97 * self.log_price + self.p.price_volatility * rng::normal(u1, u2) + shock;
        self.log_price = self.log_price.clamp(-1.0, 1.5);
        self.price_index = libm::exp(self.log_price) as f32;
        // Batik's standing with the young drifts towards what the strategies and wages support.
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
                * rel(p.finance_gain, e(Strategy::FinanceCredibility), t(Strategy::FinanceCredibility))
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
                * rel(p.export_upgrade_gain, e(Strategy::FlagshipExports), t(Strategy::FlagshipExports))
                * 65536.0) as f32,
            digital_out65: (per_review(p.outside_adoption_p)
                * rel(p.digital_selling_gain, e(Strategy::TechnologyWisdom), t(Strategy::TechnologyWisdom))
                * 65536.0) as f32,
            digital_peer65: (p.peer_spread_q * REVIEW_YEARS / MAX_LINKS as f64 * 65536.0) as f32,
            dig_local: [(1.0 / share_dig) as f32, (2.0 / share_dig) as f32],
            mentor_gain65: m65(
                self.refs.mentor_gain_today * rel(p.mentoring_gain, e(Strategy::Networking), t(Strategy::Networking)),
            ),
            mentor_loss65: m65(p.mentoring_loss_rate),
            cert_gain65: m65(p.certification_rate * e(Strategy::ProductQuality)),
            cert_loss65: m65(CERT_LAPSE),
            closure65: m65(p.business_turnover_rate),
            kc: p.closure_score_sensitivity as f32,
            link_decay65: m65(p.link_decay_rate),
            tgt: p.offer_targeting_connected as f32,
            empty65: ((1.0 - libm::pow(1.0 - EMPTY_CLOSURE, f64::from(REVIEW_MONTHS))) * 65536.0) as f32,
            // Artisans quit month by month (they are not on the review calendar).
            quit65: (monthly(p.quit_rate_young) * 65536.0) as f32,
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
                self.b_month[b] = BizMonth { closed: true, ..BizMonth::default() };
                self.b_hire[b] = hire_cum;
                continue;
            }
            let serial = self.b_serial[b];
            // Each business reviews its situation once a quarter, a third of them each month.
            if (serial + month) % REVIEW_MONTHS != 0 {
                hire_cum += f64::from(self.b_hire_weight[b]);
                self.b_hire[b] = hire_cum;
                continue;
            }
            let h = draw(key, serial);
            let h2 = draw2(key, serial);
            let lane = |x: u64, k: u32| lane16(x, k) as f32;
            let acc = self.b_acc[b];
            let (skill_mean, app_share) = self.skill_and_share(b);
            let tech_mean = if acc.n > 0 { acc.tech / acc.n as f32 } else { tech_ref };
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
            let q = self.b_quality[b] + (target - self.b_quality[b]) * (REVIEW_MONTHS as f32 / QUALITY_LAG_MONTHS);
            self.b_quality[b] = q;

            // Capital wears down and is topped up by loans (more easily for active members).
            let member = self.b_coop[b] != NO_COOP && self.coop_active[self.b_coop[b] as usize];
            let loan65 = if member { r.loan65 * r.loan_member_mult } else { r.loan65 };
            let mut capital = self.b_capital[b] - r.dep * (self.b_capital[b] - CAPITAL_FLOOR);
            if lane(h, 0) < loan65 {
                capital += r.loan_gain * (CAPITAL_CEILING - capital);
            }
            self.b_capital[b] = capital;

            // Imported share falls with local-material support and drifts back without it.
            let imp = self.b_import[b];
            let imp0 = self.b_import0[b];
            self.b_import[b] = (imp + (0.3 * imp0 - imp) * r.sub + (imp0 - imp) * r.revert).clamp(0.0, 1.0);

            // Market reach moves up with quality (and promotion) and down with low
            // competitiveness; bigger businesses move up more easily.
            let u = lane(h, 1);
            let q_rel = q * inv_q_ref;
            let size = (acc.n as f32 * inv_mean_size).clamp(0.2, 5.0);
            let down = (1.0 / score_rel).clamp(0.5, 3.0);
            match self.b_reach[b] {
                LOCAL => {
                    let dig = r.dig_local[usize::from(flags & DIGITAL != 0)];
                    if u < r.up_nat65 * q_rel * dig * size {
                        self.b_reach[b] = NATIONAL;
                    }
                }
                NATIONAL => {
                    if u < r.down_nat65 * down {
                        self.b_reach[b] = LOCAL;
                    } else if u >= 32768.0 && u - 32768.0 < r.up_exp65 * q_rel * q_rel * size {
                        self.b_reach[b] = EXPORT;
                    }
                }
                _ => {
                    if u < r.down_exp65 * down {
                        self.b_reach[b] = NATIONAL;
                    }
                }
            }

            // Online selling spreads from outside influence and from linked businesses.
            if flags & DIGITAL == 0
                && lane(h, 2) < (r.digital_out65 + r.digital_peer65 * linked_digital) * (tech_mean / tech_ref)
            {
                flags |= DIGITAL;
            }
            // Mentoring links come with networking and end with projects.
            let u = lane(h, 3);
            if flags & MENTORED != 0 {
                if u < r.mentor_loss65 {
                    flags &= !MENTORED;
                }
            } else if u < r.mentor_gain65 {
                flags |= MENTORED;
            }
            // Certification needs adequate quality, and lapses.
            let u = lane(h2, 0);
            if flags & CERTIFIED != 0 {
                if u < r.cert_loss65 {
                    flags &= !CERTIFIED;
                }
            } else if q >= CERT_MIN_QUALITY && u < r.cert_gain65 {
                flags |= CERTIFIED;
            }
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
                self.b_month[b] = BizMonth { closed: true, ..BizMonth::default() };
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
            * rel(self.p.link_formation_gain, e3, self.today.e(Strategy::Networking))
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
        let quit65 = r.quit65 * (1.0 + r.qs * shortfall) / (1.0 + r.qs * r.shortfall);
        self.b_month[b] = BizMonth {
            offer_weight: conn,
            event_a: [peer65, late65, 0.0, stop65],
            event_b: [-peer65 * r.reach_age, -late65 * r.apply_age * (1.0 - follow), 0.0, 0.5 * stop65],
            follow,
            quit65,
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
        self.b_flags[b] & MENTORED != 0 || (self.b_coop[b] != NO_COOP && self.coop_active[self.b_coop[b] as usize])
    }

    /// The hot loop: every artisan's month. Most artisans have no event in a month, so the
    /// common path only draws, checks and moves on; business sums and the tally change only when
    /// an artisan does. An artisan who leaves is only marked, and the arrays are compacted when
    /// enough have left. Experience and self-taught technology accrue on each artisan's birthday.
    // Kept out of line: each phase is a hot loop that optimises best on its own.
    #[inline(never)]
    fn artisan_pass(&mut self, month: u32) {
        let month_abs = month as i32;
        if self.dead * 8 > self.a_id.len() as u32 {
            self.compact_artisans(month_abs - 1);
        }
        let key = month_key(self.key(Purpose::ArtisanMonth), month);
        let key_move = month_key(self.key(Purpose::ArtisanMove), month);
        let p = &self.p;
        let tech_support = (p.tech_support_strength * self.pol.e(Strategy::TechnologyWisdom)) as f32;
        let reach_base = (p.reach_base * self.pol.delivery) as f32 * 65536.0;
        let reach_age = p.reach_age_penalty as f32;
        let reach_tech_q = p.reach_tech_penalty as f32 * (1.0 - tech_support);
        // Technology training is designed for those not at ease with technology: half the barrier.
        let reach_tech_t = 0.5 * reach_tech_q;
        let apply_base = p.apply_base as f32 * 65536.0;
        let apply_age = p.apply_age_penalty as f32;
        let apply_tech = p.apply_tech_penalty as f32 * (1.0 - tech_support);
        let apply_follow = p.followup_apply_gain as f32 * 65536.0;
        let apply_cap = 0.95 * 65536.0;
        let skill_gain = p.skill_training_gain as f32;
        let tech_gain = p.tech_training_gain as f32;
        let tech_thr = p.tech_threshold as f32;
        let skill_keep = self.refs.skill_keep_year;
        let tech_obsolete_keep = self.refs.tech_obsolete_keep;
        let training_dated = threshold(p.training_obsolescence_rate);
        let keep = threshold(KEEP_AFTER_CLOSURE);
        let hire_total = self.b_hire.last().copied().unwrap_or(0.0);
        // This month's offer rates per unit of invitation weight (x 65536), at most one half.
        let (offer_q65, offer_any65) = if self.offer_weight > 0.0 {
            let q = (self.pol.places_quality / 12.0 / self.offer_weight).min(0.25) * 65536.0;
            let t = (self.pol.places_tech / 12.0 / self.offer_weight).min(0.25) * 65536.0;
            (q as f32, (q + t) as f32)
        } else {
            (0.0, 0.0)
        };

        let mut ev = Events::default();
        let mut t = self.tally;
        let ages = &self.ages;
        let b_month = &self.b_month;
        let b_hire = &self.b_hire;
        let b_acc = &mut self.b_acc;
        let rows = self
            .a_id
            .iter()
            .zip(self.a_birth.iter())
            .zip(self.a_skill.iter_mut())
            .zip(self.a_tech.iter_mut())
            .zip(self.a_emp.iter_mut())
            .zip(self.a_flags.iter_mut());
        for (((((&id, &birth), skill_ref), tech_ref), emp_ref), flags_ref) in rows {
            let mut flags = *flags_ref;
            if flags & DEAD != 0 {
                continue;
            }
            let h = draw(key, id);
            let age_m = (month_abs - birth) as u32;
            let age_y = age_m / 12;
            let birthday = age_m == age_y * 12;
            let row = ages[(age_y as usize).min(MAX_AGE_YEARS)];
            // Over 50 as the tally has it (a 50th birthday is counted below).
            let over50_before = if birthday { age_y > 50 } else { age_y >= 50 };
            let mut emp = *emp_ref as usize;
            let mut bm = &b_month[emp];
            if bm.closed {
                // The business closed (its sums were cleared): find work elsewhere, or leave.
                let rec = Rec { skill: *skill_ref, tech: *tech_ref, flags, over50: over50_before };
                let h2 = draw(key_move, id);
                if lane16(h2, 0) >= keep || hire_total <= 0.0 {
                    rec.tally_remove(&mut t, tech_thr);
                    *flags_ref = DEAD;
                    ev.exits += 1;
                    continue;
                }
                emp = pick(b_hire, hire_total, unit_f64(rng::mix64(h2)));
                bm = &b_month[emp];
                *emp_ref = emp as u16;
                rec.acc_add(&mut b_acc[emp]);
            }
            if (lane16(h, 0) as f32) < row.exit65 + row.quit_mult * bm.quit65 {
                let rec = Rec { skill: *skill_ref, tech: *tech_ref, flags, over50: over50_before };
                rec.remove(&mut b_acc[emp], &mut t, tech_thr);
                *flags_ref = DEAD;
                ev.exits += 1;
                continue;
            }
            let tech = *tech_ref;
            let old = row.old;
            let u1 = lane16(h, 1);
            let u2 = lane16(h, 2) as f32;
            let age_block = 1.0 - apply_age * old * (1.0 - bm.follow);
            let u1f = u1 as f32;
            let offered = u1f < bm.offer_weight * offer_any65;
            // One state event is possible: picking training up from peers (untrained), starting
            // late (trained, not applying), or stopping (applying). The chance is chosen without
            // branching, since the state is unpredictable.
            // The business prepared, per state, the chance as `a + b x old`.
            let state = usize::from(flags & (TRAINED | APPLYING));
            let event = u2 < bm.event_a[state] + bm.event_b[state] * old;
            if !(birthday | offered | event) {
                continue;
            }
            // The rare path: something changes for this artisan.
            let u3 = lane16(h, 3) as f32;
            let before = Rec { skill: *skill_ref, tech, flags, over50: over50_before };
            let mut skill = before.skill;
            let mut tech = tech;
            if birthday {
                skill = SKILL_CEILING - (SKILL_CEILING - skill).max(0.0) * skill_keep;
                tech = 1.0 - (1.0 - tech * tech_obsolete_keep) * bm.tech_keep_year;
                // A year on, training may have dated (its own draw, only on birthdays).
                if flags & TRAINED != 0 && lane16(draw2(key, id), 0) < training_dated {
                    flags &= !(TRAINED | APPLYING);
                }
            }
            if offered {
                let tech_prog = u1f >= bm.offer_weight * offer_q65;
                ev.offered += 1;
                let barrier = if tech_prog { reach_tech_t } else { reach_tech_q };
                let p_reach = reach_base * (1.0 - reach_age * old * (1.0 - 0.5 * bm.follow)) * (1.0 - barrier * (1.0 - tech));
                if u2 < p_reach {
                    ev.reached += 1;
                    if tech_prog {
                        tech += tech_gain * (1.0 - tech);
                    } else {
                        skill += skill_gain * (1.0 - skill);
                    }
                    flags |= TRAINED;
                    let p_apply = (apply_base * age_block * (1.0 - apply_tech * (1.0 - tech)) + apply_follow * bm.follow).min(apply_cap);
                    if flags & APPLYING == 0 && u3 < p_apply {
                        flags |= APPLYING;
                        ev.started += 1;
                    }
                }
            } else if event {
                if flags & TRAINED == 0 {
                    flags |= TRAINED;
                    let p_apply = (apply_base * age_block * (1.0 - apply_tech * (1.0 - tech)) + apply_follow * bm.follow).min(apply_cap);
                    if u3 < p_apply {
                        flags |= APPLYING;
                    }
                } else {
                    flags ^= APPLYING;
                }
            }
            let after = Rec { skill, tech, flags, over50: age_y >= 50 };
            let acc = &mut b_acc[emp];
            before.remove(acc, &mut t, tech_thr);
            after.add(acc, &mut t, tech_thr);
            *skill_ref = skill;
            *tech_ref = tech;
            *flags_ref = flags;
        }
        self.dead += ev.exits;
        self.tally = t;
        self.events = ev;
    }

    /// Drops the artisans who left, keeping everyone else in order, and makes the sums exact.
    fn compact_artisans(&mut self, last: i32) {
        let mut w = 0usize;
        for i in 0..self.a_id.len() {
            if self.a_flags[i] & DEAD == 0 {
                self.a_id[w] = self.a_id[i];
                self.a_birth[w] = self.a_birth[i];
                self.a_skill[w] = self.a_skill[i];
                self.a_tech[w] = self.a_tech[i];
                self.a_emp[w] = self.a_emp[i];
                self.a_flags[w] = self.a_flags[i];
                w += 1;
            }
        }
        self.a_id.truncate(w);
        self.a_birth.truncate(w);
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
        let candidates = ((f64::from(month + 1) * pool / 12.0) as u64).saturating_sub((f64::from(month) * pool / 12.0) as u64);
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
            if unit_f64(h) >= p_enter || hire_total <= 0.0 || self.a_id.len() == self.a_id.capacity() {
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
            self.a_id.push(self.next_artisan_id);
            self.next_artisan_id += 1;
            self.a_birth.push(month as i32 - age_m as i32);
            self.a_skill.push(rec.skill);
            self.a_tech.push(rec.tech);
            self.a_emp.push(emp as u16);
            self.a_flags.push(0);
            rec.add(&mut self.b_acc[emp], &mut self.tally, self.p.tech_threshold as f32);
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
            * (1.0 + self.p.closure_score_sensitivity * (self.competitiveness - 1.0)).clamp(0.25, 4.0);
        let u: f64 = self.env.random();
        let births = (lambda + u) as u32;
        for _ in 0..births {
            let slot = match self.free_slots.pop() {
                Some(s) => s as usize,
                None if self.b_alive.len() < self.b_alive.capacity() => self.b_alive.len(),
                None => break,
            };
            self.fill_business(slot, 1.0, false);
            self.move_founder(slot, month);
            let k = self.econ();
            self.derive_economics(slot, &k);
            self.b_score[slot] = self.score(slot);
            let r = self.rates;
            self.refresh_view(slot, &r, 0.0);
        }
    }

    /// A new business is founded by an artisan who leaves a business of two or more (batik
    /// artisans who become small bosses); without one it stays empty and soon closes.
    fn move_founder(&mut self, slot: usize, month: u32) {
        let len = self.a_id.len() as u64;
        if len == 0 {
            return;
        }
        for _ in 0..8 {
            let i = (self.env.random::<u64>() % len) as usize;
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
        let tgt = self.p.offer_targeting_connected;
        let mut sums = MonthSums::default();
        let mut offer_weight = 0.0f64;
        for b in 0..self.b_alive.len() {
            if !self.b_alive[b] {
                continue;
            }
            let acc = self.b_acc[b];
            let n = f64::from(acc.n);
            self.b_app_share[b] = if acc.n > 0 { acc.applying as f32 / acc.n as f32 } else { 0.0 };
            offer_weight += n * (1.0 + tgt * f64::from(u8::from(self.connected(b))));
            sums.n += n;
            sums.score += n * f64::from(self.b_score[b]);
            sums.cost += n * f64::from(self.b_cost[b]);
            sums.wage += f64::from(acc.wage) * f64::from(self.wage_of(b));
            if self.b_reach[b] == EXPORT {
                sums.exports += n * f64::from(self.b_prod[b] * self.b_price[b] / self.refs.revenue);
            }
        }
        self.offer_weight = offer_weight;
        self.competitiveness = if sums.n > 0.0 { sums.score / sums.n } else { 0.0 };
        let n = f64::from(self.tally.n);
        self.wage_ratio = if n > 0.0 { sums.wage / n / self.p.min_wage_rp_juta } else { 0.0 };
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
        let conversion = if tally.trained > 0 { f64::from(tally.applying) / f64::from(tally.trained) } else { 0.0 };
        let gap = 100.0 * (0.5 * (1.0 - coverage) + 0.5 * (1.0 - conversion));
        let entrants = self.ring_entrants.sum();
        let exits = self.ring_exits.sum();
        let youth = if exits > 0.0 { 100.0 * (1.0 - entrants / exits).clamp(0.0, 1.0) } else { 0.0 };
        let tech = 100.0 * f64::from(tally.low_tech) / n;
        set(Metric::ObstacleTrainingGap, gap.clamp(0.0, 100.0));
        set(Metric::ObstacleYouthDisinterest, youth);
        set(Metric::ObstacleTechIlliteracy, tech.clamp(0.0, 100.0));
        set(Metric::ObstacleSeverity, ((gap + youth + tech) / 3.0).clamp(0.0, 100.0));
        let export_usd = sums.exports * self.p.export_output_share * self.p.export_usd_per_artisan_year / 1e6;
        set(Metric::ExportsUsdM, export_usd);
        set(Metric::Employment, f64::from(tally.n));
        set(Metric::WageRatio, self.wage_ratio);
        set(Metric::TrainingOffered, self.ring_offered.sum());
        set(Metric::TrainingReached, self.ring_reached.sum());
        set(Metric::TrainingApplying, self.ring_started.sum());
        set(Metric::Businesses, f64::from(self.n_alive));
        set(Metric::ShareOver50, 100.0 * f64::from(tally.over50) / n);
        set(Metric::YouthEntrants, entrants);
        set(Metric::ActiveCooperatives, self.coop_active.iter().filter(|&&a| a).count() as f64);
        let over50 = f64::from(tally.over50);
        set(Metric::UptakeOver50, if over50 > 0.0 { 100.0 * f64::from(tally.applying_over50) / over50 } else { 0.0 });
        set(Metric::UnitCost, sums.cost / n_sum);
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

/// An artisan's wage relative to the business's wage scale.
#[inline(always)]
fn artisan_wage(scale: f32, skill: f32, flags: u8) -> f32 {
    let bonus = if flags & APPLYING != 0 { 1.0 + APPLY_WAGE_BONUS } else { 1.0 };
    scale * (0.75 + 0.5 * skill) * bonus
}

/// Picks a business by weight from a running sum of weights, given a uniform in [0, 1).
fn pick(cum: &[f64], total: f64, u: f64) -> usize {
    let target = u * total;
    let idx = cum.partition_point(|&c| c <= target);
    idx.min(cum.len().saturating_sub(1))
}
