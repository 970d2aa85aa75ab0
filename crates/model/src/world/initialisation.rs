//! Initialisation (`docs/MODEL.md` section 5): the starting state of a run, built under
//! today's allocation from the parameters and the run's seed alone, so every scenario on a
//! seed starts from the same month 0.
//!
//! ```text
//! business size      w ~ Pareto(business_size_tail), capped at 200 x the smallest
//! quality            q ~ quality_init_mean + quality_init_spread (u - 1/2); the best
//!                    share_certified_init (of at least cert_min_quality) are certified
//! capital            K* (1 + capital_init_spread (u - 1/2)), K* the level today's loans
//!                    keep steady (1 on average)
//! imported share     steady under today's local-materials effort, drifting back to
//!                    imp0 = imp (sub + rev) / (import_floor_share sub + rev) without it
//! artisan age        over 50 with share_over_50, density falling from 50 to 80;
//!                    otherwise 16 to 50, density even
//! skill              skill_start + (skill_experienced - skill_start) talent
//!                    (1 - exp(-(years since starting batik work) / skill_experience_years))
//! literacy           tech_literacy_at_18 - tech_literacy_age_slope (age - 18)
//!                    + tech_literacy_spread (u1 + u2 - 1), within 0.02-1
//! ```
//!
//! Each business starts on the market rung (local, national, export) with its own steady
//! chances under today's up-move rates, which are fitted so that the chances average to the
//! published shares. The reference levels (the start's averages) and the rates that keep
//! today's allocation steady (mentoring, links, online selling, certification) are taken from
//! this state; the rolling twelve-month counts start at their expected values under today's
//! allocation, so month 0 has a year's history.

use super::{
    AgeRow, BizAcc, BizFigures, BizView, CERTIFIED, Core, EXPORT, LINK_SLOTS, LOCAL, MAX_AGE_YEARS,
    MENTORED, NATIONAL, NEVER, NO_COOP, ONLINE, Rec, Tally, World, old_byte,
};
use crate::Strategy;
use crate::params::Params;
use crate::rng::{self, Purpose, draw, draw2, lane_unit, lane16, month_key, purpose_key, unit_f64};

/// A new business's starting values.
pub(super) struct BusinessInit {
    pub serial: u32,
    pub q0: f32,
    pub capital: f32,
    pub import0: f32,
    pub import: f32,
    pub reach: u8,
    pub flags: u8,
    pub coop: u16,
}

/// The skill after `years` of batik work at talent `talent`, with the skill formula's
/// constants `form` and the experience curve by whole years.
#[inline(always)]
pub(super) fn skill_at(
    form: (f32, f32, f32),
    curve: &[f32; MAX_AGE_YEARS + 1],
    talent: f32,
    years: i32,
) -> f32 {
    let (start, span, _) = form;
    (start + span * talent * curve[(years.max(0) as usize).min(MAX_AGE_YEARS)]).clamp(0.0, 1.0)
}

/// The age table's row for one age in years.
pub(super) fn age_row(p: &Params, age: usize) -> AgeRow {
    let yearly = if age < 55 {
        p.exit_rate_under_55
    } else if age < 65 {
        p.exit_rate_55_65
    } else if age < 75 {
        p.exit_rate_65_75
    } else {
        p.exit_rate_over_75
    };
    let old = ((age as f32 - 40.0) / 30.0).clamp(0.0, 1.0);
    // A birthday's literacy learning (birthdays.rs) depends only on the age and on whether
    // the business sells online.
    let rate = p.tech_learning_rate as f32 * (1.0 - p.tech_learning_age_penalty as f32 * old);
    let keep = |rate: f32| 1.0 - rate.clamp(0.0, 1.0);
    AgeRow {
        exit_year: yearly.clamp(0.0, 1.0) as f32,
        quit_mult: if age < 35 {
            1.0
        } else if age < 45 {
            (45 - age) as f32 / 10.0
        } else {
            0.0
        },
        old,
        old8: old_byte(old),
        tech_keep: [keep(rate), keep(rate * p.tech_learning_online_mult as f32)],
    }
}

impl World {
    // Kept out of line: each phase is a loop that optimises best on its own.
    #[inline(never)]
    pub(super) fn init(&mut self, run_seed: u64) {
        for (idx, purpose) in rng::ALL_PURPOSES.into_iter().enumerate() {
            self.keys[idx] = purpose_key(run_seed, purpose);
        }
        self.env = rng::environment_rng(run_seed);
        self.log_price = 0.0;
        self.price_index = 1.0;
        self.young_next = 0;
        self.adults_next = 0;
        self.tally = Tally::default();
        self.events = Default::default();
        self.founders.clear();
        self.start_parts = Default::default();
        self.init_refs_before_population();
        self.init_cooperatives();
        self.init_businesses();
        self.init_artisans();
        self.init_links();
        self.init_refs_after_population();
    }

    fn init_refs_before_population(&mut self) {
        let p = &self.p;
        let today = &self.today;
        // Capital falls towards `capital_floor` and each loan adds `loan_size_share` of the
        // start's average; depreciation is set where today's loans keep the average at 1.
        self.refs.capital_floor = p.capital_floor.clamp(0.0, 0.99) as f32;
        self.refs.coop_member_factor =
            1.0 + p.coop_loan_bonus * p.share_coop_members * p.share_coops_active_init;
        self.refs.standing = (p.standing_base
            + p.standing_priority_gain * today.e(Strategy::GovernmentPriority)
            + p.standing_technology_gain * today.e(Strategy::TechnologyWisdom))
        .clamp(0.0, 1.0);
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

    /// The steady capital of a business with or without an active cooperative's loan bonus.
    pub(super) fn steady_capital(&self, member: bool) -> f32 {
        let p = &self.p;
        let bonus = if member { 1.0 + p.coop_loan_bonus } else { 1.0 };
        let loans = bonus / self.refs.coop_member_factor;
        // The steady level floor + loans x size / dep, with dep = loan_rate size / (1 - floor):
        // the loan rate and size cancel, leaving the member factor.
        let floor = self.refs.capital_floor;
        floor + (1.0 - floor) * loans as f32
    }

    /// A business's starting values. The serial keys the business's draws: the starting
    /// businesses are numbered in order, a new one by (month, founder), so it has the same dice
    /// in every scenario. A founding business (at the start) has the city's mix of markets,
    /// mentoring and online selling; a new one starts local, with none of them.
    pub(super) fn business_init(&self, serial: u32, size_rel: f32, founding: bool) -> BusinessInit {
        let key = self.key(Purpose::BusinessInit);
        let h = draw(key, serial);
        let h2 = draw2(key, serial);
        let p = &self.p;
        let q0 = self.initial_quality(serial);
        let n_coops = self.coop_active.len();
        let coop = if n_coops > 0 && f64::from(lane_unit(h, 2)) < p.share_coop_members {
            (lane16(h, 3) as usize * n_coops / 65536) as u16
        } else {
            NO_COOP
        };
        let member = coop != NO_COOP && self.coop_active[coop as usize];
        let capital = self.steady_capital(member)
            * (1.0 + p.capital_init_spread as f32 * (lane_unit(h2, 1) - 0.5));
        // The imported share at the start is today's steady level; without support it drifts
        // back to `import0`.
        let sub = p.import_substitution_rate * self.today.e(Strategy::LocalMaterials);
        let rev = p.import_reversion_rate;
        let steady_ratio = if sub + rev > 0.0 {
            (p.import_floor_share * sub + rev) / (sub + rev)
        } else {
            1.0
        };
        let spread = p.import_share_spread as f32;
        let import = (p.import_share_init as f32 * (1.0 + spread * (lane_unit(h2, 2) - 0.5)))
            .clamp(0.0, 1.0);
        let import0 = (import / steady_ratio.max(1e-6) as f32).clamp(0.0, 1.0);
        let (reach, flags) = if founding {
            // Each business starts on a rung with its own steady chances under today's rates.
            let u = f64::from(lane_unit(h2, 3));
            let f = self.upgrade_factor(q0 / p.quality_init_mean as f32, size_rel);
            let (p_nat, p_exp) = self.rung_chances(self.refs.up_national, self.refs.up_export, f);
            let reach = if u < p_exp {
                EXPORT
            } else if u < p_exp + p_nat {
                NATIONAL
            } else {
                LOCAL
            };
            let mut flags = 0u8;
            if f64::from(lane_unit(h, 0)) < p.share_mentored_init {
                flags |= MENTORED;
            }
            if f64::from(lane_unit(h, 1)) < p.share_online_init {
                flags |= ONLINE;
            }
            (reach, flags)
        } else {
            (LOCAL, 0)
        };
        BusinessInit {
            serial,
            q0,
            capital,
            import0,
            import,
            reach,
            flags,
            coop,
        }
    }

    /// A business's quality at the start (or at its founding), from its serial's draws.
    pub(super) fn initial_quality(&self, serial: u32) -> f32 {
        let p = &self.p;
        let h2 = draw2(self.key(Purpose::BusinessInit), serial);
        (p.quality_init_mean as f32 + p.quality_init_spread as f32 * (lane_unit(h2, 0) - 0.5))
            .clamp(0.02, 1.0)
    }

    /// How much more easily a business moves up a market rung: relative quality to the power
    /// `upgrade_quality_elasticity`, times relative size (kept within `1 / upgrade_size_cap`
    /// and `upgrade_size_cap`, as the business review keeps it) to the power
    /// `upgrade_size_elasticity`.
    pub(super) fn upgrade_factor(&self, q_rel: f32, size_rel: f32) -> f64 {
        let p = &self.p;
        let cap = p.upgrade_size_cap.max(1.0) as f32;
        libm::pow(f64::from(q_rel.max(0.0)), p.upgrade_quality_elasticity)
            * libm::pow(
                f64::from(size_rel.clamp(1.0 / cap, cap)),
                p.upgrade_size_elasticity,
            )
    }

    /// Puts a business's starting values into a slot (a new one at the end, or a freed one).
    pub(super) fn place_business(&mut self, slot: usize, v: BusinessInit) {
        if slot == self.b_alive.len() {
            self.gates.cover(slot + 1);
            self.b_alive.push(true);
            self.b_serial.push(v.serial);
            self.b_q0.push(v.q0);
            self.b_quality.push(v.q0);
            self.b_capital.push(v.capital);
            self.b_import0.push(v.import0);
            self.b_import.push(v.import);
            self.b_reach.push(v.reach);
            self.b_flags.push(v.flags);
            self.b_coop.push(v.coop);
            self.b_links.push([0; LINK_SLOTS]);
            self.b_degree.push(0);
            self.b_prod.push(1.0);
            self.b_price.push(1.0);
            self.b_cost.push(1.0);
            self.b_score.push(1.0);
            self.b_figures.push(BizFigures::default());
            self.b_acc.push(BizAcc::default());
            self.b_view.push(BizView::default());
            self.b_hire.push(0.0);
            self.b_size0.push(1.0);
            self.b_score0.push(1.0);
            self.b_desired.push(1.0);
            self.b_app_share.push(0.0);
        } else {
            self.b_alive[slot] = true;
            self.b_serial[slot] = v.serial;
            self.b_q0[slot] = v.q0;
            self.b_quality[slot] = v.q0;
            self.b_capital[slot] = v.capital;
            self.b_import0[slot] = v.import0;
            self.b_import[slot] = v.import;
            self.b_reach[slot] = v.reach;
            self.b_flags[slot] = v.flags;
            self.b_coop[slot] = v.coop;
            self.b_links[slot] = [0; LINK_SLOTS];
            self.b_degree[slot] = 0;
            self.b_acc[slot] = BizAcc::default();
            self.b_view[slot] = BizView::default();
            self.b_hire[slot] = 0.0;
            self.b_size0[slot] = 1.0;
            self.b_score0[slot] = 1.0;
            self.b_desired[slot] = 1.0;
            self.b_app_share[slot] = 0.0;
        }
        self.n_alive += 1;
    }

    fn clear_businesses(&mut self) {
        self.free_slots.clear();
        self.closed_now.clear();
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
        self.b_figures.clear();
        self.b_acc.clear();
        self.b_view.clear();
        self.gates.clear();
        self.b_hire.clear();
        self.b_size0.clear();
        self.b_score0.clear();
        self.b_desired.clear();
        self.b_app_share.clear();
        self.n_alive = 0;
    }

    fn init_businesses(&mut self) {
        self.clear_businesses();
        // A first guess of each rung's closures; refined once the scores are known.
        self.refs.rung_closure = [self.p.business_turnover_rate; 3];
        let n_b = self.p.n_businesses as usize;
        // Pareto size weights; the artisans are spread in proportion to them below (the
        // hiring buffer holds them until then).
        let key = self.key(Purpose::BusinessInit);
        let alpha = self.p.business_size_tail;
        let size_key = rng::mix64(key ^ 0x5172_e000_0000_0001);
        let sizes: Vec<f64> = (0..n_b)
            .map(|b| {
                let u = unit_f64(draw(size_key, b as u32));
                libm::pow(1.0 - u, -1.0 / alpha).min(200.0)
            })
            .collect();
        let mean_w = sizes.iter().sum::<f64>() / n_b.max(1) as f64;
        let factors: Vec<f64> = (0..n_b)
            .map(|b| {
                let q_rel = self.initial_quality(b as u32) / self.p.quality_init_mean as f32;
                self.upgrade_factor(q_rel, (sizes[b] / mean_w) as f32)
            })
            .collect();
        (self.refs.up_national, self.refs.up_export) = self.fit_market_rates(&factors);
        for (b, &w) in sizes.iter().enumerate() {
            let v = self.business_init(b as u32, (w / mean_w) as f32, true);
            self.place_business(b, v);
            self.b_hire[b] = w as f32;
        }
        // The best businesses (by quality, of at least the certification floor) are certified.
        let mut by_quality: Vec<(f32, usize)> = (0..n_b).map(|b| (self.b_q0[b], b)).collect();
        by_quality.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let n_cert = (self.p.share_certified_init * n_b as f64).round() as usize;
        let floor = self.p.cert_min_quality as f32;
        for &(q, b) in by_quality.iter().take(n_cert) {
            if q >= floor {
                self.b_flags[b] |= CERTIFIED;
            }
        }
    }

    fn init_artisans(&mut self) {
        let n_b = self.p.n_businesses as usize;
        let n_a = self.p.n_artisans as usize;
        self.a_core.clear();
        self.a_birth.clear();
        self.a_start.clear();
        self.a_skill.clear();
        self.a_tech.clear();
        self.a_talent.clear();
        let key = self.key(Purpose::ArtisanInit);
        // Every business gets one artisan; the rest go in proportion to the size weights, in
        // employer order (so artisans of one business sit together in memory).
        let rest = (n_a - n_b) as f64;
        let total_w: f64 = self.b_hire.iter().map(|&w| f64::from(w)).sum();
        let mut cum = 0.0;
        let mut placed = 0usize;
        let mut employer_of = Vec::with_capacity(n_a);
        for b in 0..n_b {
            employer_of.push(b as u16);
            cum += f64::from(self.b_hire[b]);
            let upto = ((cum / total_w) * rest).round() as usize;
            while placed < upto.min(n_a - n_b) {
                employer_of.push(b as u16);
                placed += 1;
            }
        }
        while employer_of.len() < n_a {
            employer_of.push((n_b - 1) as u16);
        }
        let entry = self.entry_ages();
        for (idx, &emp) in employer_of.iter().enumerate() {
            let id = idx as u32;
            let h = draw(key, id);
            let h2 = draw2(key, id);
            let over50 = f64::from(lane_unit(h, 0)) < self.p.share_over_50;
            let u = lane_unit(h, 1);
            // Over 50: density falling linearly from 50 to 80; under 50: even from 16 to 50.
            let age_y = if over50 {
                50.0 + 30.0 * (1.0 - (1.0 - u).sqrt())
            } else {
                16.0 + 34.0 * u
            };
            let age_m = ((age_y * 12.0) as u16).max(16 * 12);
            let age_y = f32::from(age_m) / 12.0;
            let noise = lane_unit(h, 3) + lane_unit(h2, 2) - 1.0;
            let tech = self.literacy_at(age_y, 0.0, noise);
            let mut flags = 0u8;
            if f64::from(lane_unit(h2, 0)) < self.p.share_trained_init {
                flags |= super::TRAINED;
                if f64::from(lane_unit(h2, 1)) < self.p.share_applying_init {
                    flags |= super::APPLYING;
                }
            }
            // Born so that at month -1 (just before the first step) the age is `age_m`; in
            // batik work since they entered, young or as an adult, as entrants do.
            let birth = -1 - i32::from(age_m);
            let start_age = entry.age(lane_unit(h2, 3), i32::from(age_m));
            let flags = super::with_low_tech(flags, tech, self.rec_ctx);
            self.a_core.push(Core {
                id,
                emp,
                exit: NEVER,
                old8: self.ages[(usize::from(age_m) / 12).min(MAX_AGE_YEARS)].old8,
                flags,
            });
            self.a_birth.push(birth);
            self.a_start.push(birth + start_age);
            let talent = self.talent_of(id);
            self.a_skill
                .push(self.skill_of(talent, (i32::from(age_m) - start_age) / 12));
            self.a_tech.push(tech);
            self.a_talent.push(talent);
        }
        self.first_entrant_id = n_a as u32;
        self.dead = 0;
        // The sums and the birthday lists.
        self.aggregate(-1);
        for w in self.b_hire.iter_mut() {
            *w = 0.0;
        }
    }

    /// When the starting artisans entered batik work: young (16-25) with the share of today's
    /// entrants who are young, otherwise as an adult (26 to `adult_entry_max_age`).
    fn entry_ages(&self) -> EntryAges {
        let p = &self.p;
        let young = p.youth_pool_per_year * p.youth_entry_prob;
        let adults = p.adult_pool_per_year * p.adult_entry_prob;
        let share_young = if young + adults > 0.0 {
            (young / (young + adults)) as f32
        } else {
            1.0
        };
        EntryAges {
            share_young,
            young_span: share_young.max(1e-6),
            top: p.adult_entry_max_age.max(26.0) as f32 + 1.0,
            adult_span: (1.0 - share_young).max(1e-6),
        }
    }

    /// Technology literacy of someone aged `age_y` in year `year` of the run (cohorts grow up
    /// with more technology: `tech_cohort_gain` a year), with `noise` their own draw, from -1
    /// to 1 (the sum of two uniforms less one: most near 0).
    pub(super) fn literacy_at(&self, age_y: f32, year: f32, noise: f32) -> f32 {
        let p = &self.p;
        (p.tech_literacy_at_18 as f32 + p.tech_cohort_gain as f32 * year
            - p.tech_literacy_age_slope as f32 * (age_y - 18.0)
            + p.tech_literacy_spread as f32 * noise)
            .clamp(0.02, 1.0)
    }

    /// An artisan's talent: how skilled experience makes them, from a draw of their own.
    pub(super) fn talent_of(&self, id: u32) -> f32 {
        let spread = self.skill_form.2;
        1.0 + spread * (lane_unit(draw(self.key(Purpose::Talent), id), 0) - 0.5)
    }

    /// An artisan's skill after `years` of batik work: experience, times their talent.
    pub(super) fn skill_of(&self, talent: f32, years: i32) -> f32 {
        skill_at(self.skill_form, &self.skill_curve, talent, years)
    }

    fn init_links(&mut self) {
        let key = month_key(self.key(Purpose::Links), u32::MAX);
        let target = (self.p.n_businesses * self.p.links_per_business_init / 2.0).round() as u32;
        self.link_random_pairs(key, target);
    }

    /// Rebuilds the per-business sums and the tally from scratch, with ages as of month `last`
    /// (the month whose pass was the latest). Incremental sums are reset to exact ones here.
    pub(super) fn aggregate(&mut self, last: i32) {
        for acc in self.b_acc.iter_mut() {
            *acc = BizAcc::default();
        }
        let mut t = Tally::default();
        let c = self.rec_ctx;
        for bucket in self.birth_buckets.iter_mut() {
            bucket.clear();
        }
        // The columns zipped (no index checks); the artisans' order is kept, so every sum adds
        // up in the same order.
        let core = &self.a_core;
        let columns = core.flags.iter().zip(&core.emp).zip(&self.a_birth);
        let values = self.a_skill.iter().zip(&self.a_tech);
        for (i, (((&flags, &emp), &birth), (&skill, &tech))) in columns.zip(values).enumerate() {
            if flags & super::DEAD != 0 {
                continue;
            }
            self.birth_buckets[birth.rem_euclid(12) as usize].push(i as u32);
            let age_m = last - birth;
            let rec = Rec {
                skill,
                tech,
                flags,
                over50: age_m >= 600,
                under30: age_m < 360,
            };
            rec.add(&mut self.b_acc[usize::from(emp)], &mut t, c);
        }
        self.tally = t;
    }
}

/// The entry ages of [`World::entry_ages`], computed once for all the starting artisans.
struct EntryAges {
    share_young: f32,
    young_span: f32,
    top: f32,
    adult_span: f32,
}

impl EntryAges {
    /// The age in months at which a starting artisan now `age_m` months old entered, from
    /// their uniform `u`: never older than they are now.
    fn age(&self, u: f32, age_m: i32) -> i32 {
        let start = if u < self.share_young {
            16.0 + 10.0 * u / self.young_span
        } else {
            26.0 + (self.top - 26.0) * (u - self.share_young) / self.adult_span
        };
        ((start * 12.0) as i32).clamp(16 * 12, age_m)
    }
}
