//! The steady start (`docs/MODEL.md` section 5): the reference levels and the rates that keep
//! today's allocation where the sources put it, taken from the starting state.
//!
//! ```text
//! market rungs   each business's steady chances, with up rates u1 f (local to national) and
//!                u2 f (national to export), f = (Q/Q_ref)^upgrade_quality_elasticity
//!                (n/n_mean)^upgrade_size_elasticity, down moves d1, d2 and each rung's closures c:
//!                pi_E = u2 f / (d2 + c_E) pi_N,  pi_N = u1 f / (d1 + c_N + u2 f c_E / (d2 + c_E)) pi_L;
//!                u1, u2 fitted so the chances average to share_national_init, share_export_init
//! online selling the outside rate at which starts outweigh stops and closures by
//!                online_trend_per_year of all businesses
//! certification  the rate at which new certificates balance lapses and closures
//! mentoring      the rate at which new mentoring balances mentoring that ends and mentored
//!                businesses that close, per review: (per_review(mentoring_loss_rate) + their
//!                mean per_review(closure)) s / (1 - s)
//! links          new links a year = the links that lapse + those closing businesses take
//!                with them, at the start: L per_review(link_decay_rate) x 4 + sum_b c_b d_b
//!                (L links, d_b a business's links, c_b its closure chance a year)
//! quality        each business's q0 set so its quality sits on its target
//! rolling counts the last twelve months filled with their expected values under today's
//!                allocation (offers, reach and applying per place, exits, entrants)
//! ```

use super::{
    CERTIFIED, EXPORT, LINK_SLOTS, LOCAL, MAX_AGE_YEARS, MENTORED, NATIONAL, ONLINE, Ring, World,
};
use crate::Strategy;
use crate::rng::{Purpose, draw, draw2, lane_unit, month_key};

impl World {
    /// A business's steady chances of selling nationally and of exporting, with up-move rates
    /// `u1 f` (local to national) and `u2 f` (national to export), the down moves and each
    /// rung's closures (a closed business is replaced by a new, local one):
    /// `pi_E = u2 f / (d2 + c_E) pi_N`, `pi_N = u1 f / (d1 + c_N + u2 f c_E / (d2 + c_E)) pi_L`.
    pub(super) fn rung_chances(&self, u1: f64, u2: f64, f: f64) -> (f64, f64) {
        let p = &self.p;
        let [_, c_n, c_e] = self.refs.rung_closure;
        let (d1, d2) = (p.market_down_rate, p.export_exit_rate);
        let (a1, a2) = (u1 * f, u2 * f);
        let n_over_l = a1 / (d1 + c_n + a2 * c_e / (d2 + c_e)).max(1e-12);
        let e_over_n = a2 / (d2 + c_e).max(1e-12);
        let l = 1.0 / (1.0 + n_over_l + n_over_l * e_over_n);
        (n_over_l * l, n_over_l * e_over_n * l)
    }

    /// Redraws the starting rungs (with each business's own uniform) from steady chances that
    /// use each rung's closures, now that the rungs' scores are known.
    pub(super) fn refine_rungs(&mut self) {
        let p = &self.p;
        let kc = p.closure_score_sensitivity;
        self.refs.rung_closure = self
            .refs
            .rung_score
            .map(|s| p.business_turnover_rate * libm::exp(kc * (1.0 - f64::from(s))));
        let n_b = self.b_alive.len();
        let q_mean = p.quality_init_mean as f32;
        let size_ref = self.refs.mean_size.max(1.0);
        let factors: Vec<f64> = (0..n_b)
            .map(|b| {
                let q_rel = self.initial_quality(self.b_serial[b]) / q_mean;
                self.upgrade_factor(q_rel, self.b_acc[b].n as f32 / size_ref)
            })
            .collect();
        (self.refs.up_national, self.refs.up_export) = self.fit_market_rates(&factors);
        let key = self.key(Purpose::BusinessInit);
        for (b, &f) in factors.iter().enumerate() {
            let u = f64::from(lane_unit(draw2(key, self.b_serial[b]), 3));
            let (p_nat, p_exp) = self.rung_chances(self.refs.up_national, self.refs.up_export, f);
            self.b_reach[b] = if u < p_exp {
                EXPORT
            } else if u < p_exp + p_nat {
                NATIONAL
            } else {
                LOCAL
            };
        }
    }

    /// The up-move rates at today's allocation whose steady chances, averaged over the
    /// starting businesses, give the published shares selling nationally and abroad.
    pub(super) fn fit_market_rates(&self, factors: &[f64]) -> (f64, f64) {
        let p = &self.p;
        let (target_n, target_e) = (p.share_national_init, p.share_export_init);
        let (mut u1, mut u2) = (0.1f64, 0.1f64);
        for _ in 0..200 {
            let (mut n, mut e) = (0.0f64, 0.0f64);
            for &f in factors {
                let (pn, pe) = self.rung_chances(u1, u2, f);
                n += pn;
                e += pe;
            }
            let count = factors.len().max(1) as f64;
            let (n, e) = (n / count, e / count);
            if n + e <= 0.0 || n <= 0.0 {
                break;
            }
            // Multiplicative steps: the share beyond the city sets u1, the exporters' share of
            // it u2; stop once both are met to a millionth.
            let step1 = (target_n + target_e) / (n + e);
            let step2 = (target_e / target_n.max(1e-9)) / (e / n).max(1e-12);
            if (step1 - 1.0).abs() < 1e-6 && (step2 - 1.0).abs() < 1e-6 {
                break;
            }
            u1 *= step1;
            u2 *= step2;
        }
        (u1, u2)
    }

    pub(super) fn weighted_mean(&self, f: impl Fn(&World, usize) -> f32) -> f32 {
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

    pub(super) fn init_refs_after_population(&mut self) {
        let n_b = self.b_alive.len();
        let mut skill_sum = 0.0f64;
        let mut n_sum = 0.0f64;
        for acc in &self.b_acc {
            skill_sum += f64::from(acc.skill);
            n_sum += f64::from(acc.n);
        }
        self.refs.skill_mean = (skill_sum / n_sum.max(1.0)) as f32;
        self.refs.mean_size = (n_sum / n_b.max(1) as f64) as f32;
        for b in 0..n_b {
            self.b_app_share[b] = self.skill_and_share(b).1;
        }
        self.settle_economics();
        // Exporters, with higher scores, close less often than the first guess of the rungs'
        // closures assumed: refit the rungs with the scores known, and settle again.
        self.refine_rungs();
        self.settle_economics();
        for b in 0..n_b {
            self.b_size0[b] = self.b_acc[b].n as f32;
            self.b_desired[b] = self.b_size0[b];
        }
        // The wage scale that gives the published average wage at the start (each business's
        // sums hold its artisans' wage factors).
        let mut raw = 0.0f64;
        for b in 0..n_b {
            raw += f64::from(self.b_acc[b].wage) * f64::from(self.b_prod[b] * self.b_price[b]);
        }
        let mean_raw = raw / self.a_core.len().max(1) as f64;
        self.refs.wage_per_revenue = (self.p.avg_wage_rp_juta / mean_raw.max(1e-9)) as f32;
        for b in 0..n_b {
            self.refresh_figures(b);
        }
        self.wage_ratio = self.p.avg_wage_rp_juta / self.p.min_wage_rp_juta;
        self.refs.wage_ratio = self.wage_ratio;
        self.refs.shortfall = (1.0 - self.wage_ratio).max(0.0);
        self.competitiveness = 1.0;
        self.refs.tech = self.tech_ref();
        let closure_sum: f64 = (0..n_b).map(|b| self.closure_rate(b)).sum();
        self.refs.closure_mean =
            closure_sum / n_b.max(1) as f64 / self.p.business_turnover_rate.max(1e-9);
        self.refs.link_formation_today = self.stationary_link_formation();
        self.refs.mentor_gain_today = self.stationary_mentoring_rate();
        self.refs.online_adopt_today = self.stationary_online_rate();
        self.refs.cert_gain_today = self.stationary_certification_rate();
        self.rates = self.rates();
        self.end_of_month_sums();
        let r = self.rates;
        for b in 0..n_b {
            let linked_app = self.linked_applying(b);
            self.refresh_view(b, &r, linked_app);
        }
        // Again, now that every business has its invitation weight.
        self.end_of_month_sums();
        self.schedule_initial_exits();
        self.seed_rings();
    }

    /// Puts every business's quality on its target (so today's allocation keeps it steady),
    /// then computes productivity, price, cost and score, the start's averages they are
    /// measured against, and each rung's mean score.
    pub(super) fn settle_economics(&mut self) {
        let n_b = self.b_alive.len();
        for b in 0..n_b {
            let (skill_mean, app_share) = self.skill_and_share(b);
            let target = self.quality_target(b, skill_mean, app_share);
            self.b_q0[b] += self.b_quality[b] - target;
        }
        self.refs.quality = self.weighted_mean(|w, b| w.b_quality[b]);
        self.refs.cost = 1.0;
        self.refs.productivity = 1.0;
        let k = self.econ();
        for b in 0..n_b {
            self.derive_economics(b, &k, self.skill_and_share(b));
        }
        self.refs.productivity = self.weighted_mean(|w, b| w.b_prod[b]);
        self.refs.cost = self.weighted_mean(|w, b| w.b_cost[b]);
        let k = self.econ();
        for b in 0..n_b {
            self.derive_economics(b, &k, self.skill_and_share(b));
        }
        self.refs.revenue = self.weighted_mean(|w, b| w.b_prod[b] * w.b_price[b]);
        self.refs.reach_score = self.weighted_mean(|w, b| w.reach_score(b));
        self.refs.inv_score = 1.0;
        let mean_score = self.weighted_mean(|w, b| w.score(b));
        self.refs.inv_score = 1.0 / mean_score.max(1e-6);
        let mut rung = [(0.0f64, 0.0f64); 3];
        for b in 0..n_b {
            self.b_score[b] = self.score(b);
            self.b_score0[b] = self.b_score[b];
            let r = &mut rung[usize::from(self.b_reach[b])];
            r.0 += f64::from(self.b_score[b]);
            r.1 += 1.0;
        }
        // Down moves compare a business with the others on its rung at the start.
        self.refs.rung_score = rung.map(|(sum, n)| if n > 0.0 { (sum / n) as f32 } else { 1.0 });
    }

    /// A business's yearly closure chance at the start (today's allocation).
    pub(super) fn closure_rate(&self, b: usize) -> f64 {
        let p = &self.p;
        p.business_turnover_rate
            * libm::exp(p.closure_score_sensitivity * (1.0 - f64::from(self.b_score[b])))
    }

    /// The outside rate of taking up online selling that, at the start, outweighs the
    /// businesses that stop or close by `online_trend_per_year` of all businesses (the national
    /// rise, BPS 2021-22), so today's allocation continues the published trend.
    pub(super) fn stationary_online_rate(&self) -> f64 {
        let p = &self.p;
        let tech_ref = self.refs.tech.max(0.05);
        let (mut leaving, mut reach, mut peer) = (0.0f64, 0.0f64, 0.0f64);
        for b in 0..self.b_alive.len() {
            if self.b_flags[b] & ONLINE != 0 {
                leaving += p.online_stop_rate + self.closure_rate(b);
                continue;
            }
            let tech = f64::from(self.tech_mean(b) / tech_ref);
            reach += tech;
            peer += tech * p.peer_spread_q * self.linked_online(b) / LINK_SLOTS as f64;
        }
        let businesses = self.b_alive.len() as f64;
        let needed = leaving + p.online_trend_per_year * businesses;
        if reach > 0.0 {
            ((needed - peer) / reach).max(0.0)
        } else {
            0.0
        }
    }

    /// The new links a year that, at the start, replace the links that lapse and the links
    /// closing businesses take with them.
    pub(super) fn stationary_link_formation(&self) -> f64 {
        let (mut ends, mut closing) = (0.0f64, 0.0f64);
        for b in 0..self.b_alive.len() {
            let d = f64::from(self.b_degree[b]);
            ends += d;
            closing += self.closure_rate(b) * d;
        }
        // A business reviewing loses one of its d links with chance per_review(rate) d / 2, so
        // each link lapses with chance per_review(rate) a review.
        let lapses = ends / 2.0 * super::per_review(self.p.link_decay_rate) / super::REVIEW_YEARS;
        lapses + closing
    }

    /// The yearly rate of gaining a mentoring link that balances, at the start, the mentoring
    /// that ends and the mentored businesses that close (their replacements start unmentored).
    pub(super) fn stationary_mentoring_rate(&self) -> f64 {
        let (mut mentored, mut closing, mut others) = (0.0f64, 0.0f64, 0.0f64);
        for b in 0..self.b_alive.len() {
            if self.b_flags[b] & MENTORED != 0 {
                mentored += 1.0;
                closing += super::per_review(self.closure_rate(b));
            } else {
                others += 1.0;
            }
        }
        if others > 0.0 {
            // Balanced per review, where the chances act, then made a yearly chance again.
            let per_review =
                (super::per_review(self.p.mentoring_loss_rate) * mentored + closing) / others;
            1.0 - libm::pow(1.0 - per_review.min(1.0), 1.0 / super::REVIEW_YEARS)
        } else {
            0.0
        }
    }

    /// The yearly certification rate that balances, at the start, the certificates that lapse
    /// or close.
    pub(super) fn stationary_certification_rate(&self) -> f64 {
        let floor = self.p.cert_min_quality as f32;
        let (mut leaving, mut eligible) = (0.0f64, 0.0f64);
        for b in 0..self.b_alive.len() {
            if self.b_flags[b] & CERTIFIED != 0 {
                leaving += self.p.cert_lapse_rate + self.closure_rate(b);
            } else if self.b_quality[b] >= floor {
                eligible += 1.0;
            }
        }
        if eligible > 0.0 {
            leaving / eligible
        } else {
            0.0
        }
    }

    /// The city's mean technology literacy at the start, the reference for online selling.
    pub(super) fn tech_ref(&self) -> f32 {
        let (mut sum, mut n) = (0.0f64, 0.0f64);
        for acc in &self.b_acc {
            sum += f64::from(acc.tech);
            n += f64::from(acc.n);
        }
        if n > 0.0 { (sum / n) as f32 } else { 0.5 }
    }

    /// Decides the starting artisans' exits for the rest of their current year (as if on their
    /// last birthday, for the months still ahead).
    pub(super) fn schedule_initial_exits(&mut self) {
        let key = month_key(self.key(Purpose::ArtisanBirthday), u32::MAX);
        for i in 0..self.a_core.len() {
            // Age at month 0, and months since the last birthday.
            let age_m = (-self.a_birth[i]) as u32;
            let row = self.ages[(age_m as usize / 12).min(MAX_AGE_YEARS)];
            let view = &self.b_view[self.a_core.emp[i] as usize];
            self.a_core.exit[i] = super::birthdays::exit_month(
                row,
                view,
                draw(key, self.a_core.id[i]),
                0,
                age_m % 12,
            );
        }
    }

    /// Seeds the rolling 12-month counts with their expected monthly values under today's
    /// allocation, computed from the starting population, so month 0 has a year's history.
    pub(super) fn seed_rings(&mut self) {
        let p = &self.p;
        let r = self.rates;
        let tech_support =
            (p.tech_support_strength * self.today.e(Strategy::TechnologyWisdom)) as f32;
        let barrier = p.reach_tech_penalty as f32 * (1.0 - tech_support);
        let apply_tech = p.apply_tech_penalty as f32 * (1.0 - tech_support);
        let mut exits = 0.0f64;
        // Expected reach and take-up per skills place, over the artisans such places go to (not
        // yet applying), weighted by their employer's invitation weight.
        let (mut weight, mut reach, mut taken) = ([0.0f64; 1], [0.0f64; 1], [0.0f64; 1]);
        for i in 0..self.a_core.len() {
            let age_y = ((-self.a_birth[i]) / 12).clamp(0, MAX_AGE_YEARS as i32) as usize;
            let row = self.ages[age_y];
            exits +=
                f64::from(1.0 - (1.0 - row.exit_year) * (1.0 - row.quit_mult * r.quit_year)) / 12.0;
            let view = self.b_view[usize::from(self.a_core.emp[i])];
            let follow = view.follow;
            let w = f64::from(view.offer_weight);
            let tech = self.a_tech[i];
            let p_reach = |share: f32| {
                p.reach_base as f32
                    * (1.0
                        - p.reach_age_penalty as f32
                            * row.old
                            * (1.0 - p.followup_reach_offset as f32 * follow))
                    * (1.0 - share * barrier * (1.0 - tech))
            };
            if self.a_core.flags[i] & super::APPLYING == 0 {
                let p_apply = (p.apply_base as f32
                    * (1.0 - p.apply_age_penalty as f32 * row.old * (1.0 - follow))
                    * (1.0 - apply_tech * (1.0 - tech))
                    + p.followup_apply_gain as f32 * follow)
                    .min(1.0);
                weight[0] += w;
                reach[0] += w * f64::from(p_reach(1.0));
                taken[0] += w * f64::from(p_reach(1.0) * p_apply);
            }
        }
        let n = f64::from(self.tally.n).max(1.0);
        exits += n * super::monthly(p.business_turnover_rate) * (1.0 - p.closure_stay_share);
        let per = |x: f64, w: f64| if w > 0.0 { x / w } else { 0.0 };
        let q = self.today.places_quality / 12.0;
        self.ring_exits = Ring::filled(exits);
        // The funnel counts skills places only.
        self.ring_offered = Ring::filled(q.min(n));
        self.ring_reached = Ring::filled(q * per(reach[0], weight[0]));
        self.ring_applying = Ring::filled(q * per(taken[0], weight[0]));
        let young = p.youth_pool_per_year / 12.0;
        self.ring_considered = Ring::filled(young);
        self.ring_entrants = Ring::filled(young * p.youth_entry_prob);
        self.ring_adults = Ring::filled(p.adult_pool_per_year / 12.0 * p.adult_entry_prob);
    }
}
