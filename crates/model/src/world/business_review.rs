//! Business review (`docs/MODEL.md` section 7, "Business review"): a third of the businesses
//! (by serial) review their situation each month, so each does once a quarter. Chances are per
//! quarter, converted from the yearly rates below; `rel(g, e) = (1 + g e) / (1 + g e_today)`.
//!
//! ```text
//! quality        Q += (T - Q) x 3 / quality_lag_months                (T: economics.rs)
//! capital        K -= dep (K - capital_floor) / 4;  a loan adds loan_size_share
//!                loan chance loan_rate / 4 x rel(finance_gain, e5) x (1 + coop_loan_bonus if
//!                an active cooperative's member) / (today's average of that factor), so that
//!                today's effort gives loan_rate loans a business a year
//!                dep = loan_rate loan_size_share / (1 - capital_floor)  (steady at today's)
//! imported share i += (import_floor_share i0 - i) import_substitution_rate e6 / 4
//!                     + (i0 - i) import_reversion_rate / 4
//! market reach   local -> national: up_national (Q/Q_ref)^upgrade_quality_elasticity
//!                  size^upgrade_size_elasticity rel(national_upgrade_gain, e1),
//!                  size = n / n_mean kept within [1 / upgrade_size_cap, upgrade_size_cap]
//!                national -> export: up_export (same factors) rel(export_upgrade_gain, e1)
//!                down one step: market_down_rate | export_exit_rate
//!                  x (S_rung / S)^downgrade_score_elasticity, S_rung the rung's mean at the start
//!                (up_national, up_export fitted to the starting shares: initialisation.rs)
//! online         starts: (p_today rel(digital_selling_gain, e7) + peer_spread_q x linked
//!                online / 6) x literacy / literacy_ref; stops: online_stop_rate
//! mentoring      starts: m_today rel(mentoring_gain, e3); ends: mentoring_loss_rate
//! certification  starts (Q >= cert_min_quality): c_today rel(certification_gain, e4c);
//!                lapses: cert_lapse_rate
//! links          one lapses with chance link_decay_rate x links / 2
//! closure        business_turnover_rate exp(closure_score_sensitivity (1 - S)); an empty
//!                business closes at its review
//! ```
//!
//! Then the business's economics and score are recomputed, and what its artisans read until
//! the next review (offers, follow-up, the chances of their monthly events, quitting) and its
//! desired size `n0 (S / S0)^hire_score_power` (n0, S0 its size and score at the start or at
//! its founding) are refreshed.

use super::{
    BizAcc, BizView, CERTIFIED, LINK_SLOTS, MENTORED, NO_COOP, ONLINE, Power, REVIEW_MONTHS,
    REVIEW_YEARS, World, per_review, rel,
};
use crate::Strategy;
use crate::rng::{Purpose, draw, draw2, lane16, month_key};

/// Business rates fixed while a policy is in force; the chances (x 65536) are per review (a
/// quarter), unless a field says otherwise.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Rates {
    loan65: f32,
    loan_member_mult: f32,
    dep: f32,
    loan_size: f32,
    sub: f32,
    revert: f32,
    floor_share: f32,
    down_nat65: f32,
    up_nat65: f32,
    down_exp65: f32,
    up_exp65: f32,
    online_out65: f32,
    online_peer65: f32,
    online_stop65: f32,
    mentor_gain65: f32,
    mentor_loss65: f32,
    cert_gain65: f32,
    cert_loss65: f32,
    closure65: f32,
    kc: f32,
    link_decay65: f32,
    tgt: f32,
    pub quit_year: f32,
    qs: f32,
    shortfall: f32,
    stop: f32,
    stop_old: f32,
    late: f32,
    spread: f32,
    spread_links: f32,
    mentoring: f32,
    follow_own: f32,
    follow_links: f32,
    reach_age: f32,
    apply_age: f32,
    min_wage: f32,
    hire_power: Power,
    q_elast: Power,
    size_elast: Power,
    size_cap: f32,
    down_elast: Power,
    quality_step: f32,
}

/// Upper bounds of `expf` on a grid of eighths, so that a closure is decided without `expf`
/// when the draw lies far above the chance (most businesses, most quarters), with the answer
/// `expf` would give.
#[derive(Clone)]
pub(super) struct ExpBound {
    /// `expf(k / 8) x (1 + 1e-4)` for k from `-LIMIT` to `LIMIT`: at least `expf(x)` for any
    /// `x <= k / 8` (the margin covers libm's error of a few units in the last place, and the
    /// rounding of the product in [`ExpBound::below`]).
    ub: Vec<f32>,
}

impl ExpBound {
    const LIMIT: i32 = 256;

    pub(super) fn new() -> ExpBound {
        let ub = (-ExpBound::LIMIT..=ExpBound::LIMIT)
            .map(|k| libm::expf(k as f32 / 8.0) * (1.0 + 1e-4))
            .collect();
        ExpBound { ub }
    }

    /// Whether `lane < c x expf(x)` (for `c >= 0`): false at once when the lane is at least
    /// the bound, otherwise computed.
    #[inline]
    fn below(&self, lane: f32, c: f32, x: f32) -> bool {
        let k = (x * 8.0).ceil();
        let limit = ExpBound::LIMIT as f32;
        if (-limit..=limit).contains(&k) {
            let ub = self.ub[(k as i32 + ExpBound::LIMIT) as usize];
            if lane >= c * ub {
                return false;
            }
        }
        lane < c * libm::expf(x)
    }
}

impl World {
    /// Rates fixed while a policy is in force (computed when the policy changes).
    pub(super) fn rates(&self) -> Rates {
        let p = &self.p;
        let pol = self.pol;
        let today = self.today;
        let e = |s: Strategy| pol.e(s);
        let t = |s: Strategy| today.e(s);
        let m65 = |p_year: f64| (per_review(p_year) * 65536.0) as f32;
        let floor = p.capital_floor.clamp(0.0, 0.99);
        Rates {
            // Loans are counted, not a state: `loan_rate` loans a business a year at today's
            // effort, so a quarter's chance is a quarter of it (depreciation balances that count).
            loan65: ((p.loan_rate * REVIEW_YEARS).min(1.0)
                * rel(
                    p.finance_gain,
                    e(Strategy::FinanceCredibility),
                    t(Strategy::FinanceCredibility),
                )
                / self.refs.coop_member_factor
                * 65536.0) as f32,
            loan_member_mult: (1.0 + p.coop_loan_bonus) as f32,
            dep: (p.loan_rate * p.loan_size_share / (1.0 - floor) * REVIEW_YEARS).min(1.0) as f32,
            loan_size: p.loan_size_share as f32,
            sub: (p.import_substitution_rate * e(Strategy::LocalMaterials) * REVIEW_YEARS) as f32,
            revert: (p.import_reversion_rate * REVIEW_YEARS) as f32,
            floor_share: p.import_floor_share as f32,
            down_nat65: m65(p.market_down_rate),
            up_nat65: m65(self.refs.up_national
                * rel(
                    p.national_upgrade_gain,
                    e(Strategy::FlagshipExports),
                    t(Strategy::FlagshipExports),
                )),
            down_exp65: m65(p.export_exit_rate),
            up_exp65: m65(self.refs.up_export
                * rel(
                    p.export_upgrade_gain,
                    e(Strategy::FlagshipExports),
                    t(Strategy::FlagshipExports),
                )),
            online_out65: m65(self.refs.online_adopt_today
                * rel(
                    p.digital_selling_gain,
                    e(Strategy::TechnologyWisdom),
                    t(Strategy::TechnologyWisdom),
                )),
            online_peer65: (p.peer_spread_q * REVIEW_YEARS / LINK_SLOTS as f64 * 65536.0) as f32,
            online_stop65: m65(p.online_stop_rate),
            mentor_gain65: m65(self.refs.mentor_gain_today
                * rel(
                    p.mentoring_gain,
                    e(Strategy::Networking),
                    t(Strategy::Networking),
                )),
            mentor_loss65: m65(p.mentoring_loss_rate),
            cert_gain65: m65(self.refs.cert_gain_today
                * rel(
                    p.certification_gain,
                    e(Strategy::ProductQuality),
                    t(Strategy::ProductQuality),
                )),
            cert_loss65: m65(p.cert_lapse_rate),
            closure65: m65(p.business_turnover_rate),
            kc: p.closure_score_sensitivity as f32,
            link_decay65: m65(p.link_decay_rate),
            tgt: p.offer_targeting_connected as f32,
            quit_year: p.quit_rate_young as f32,
            qs: p.quit_wage_sensitivity as f32,
            shortfall: self.refs.shortfall as f32,
            stop: p.stop_rate as f32,
            stop_old: p.stop_age_mult as f32,
            late: p.late_adoption_rate as f32,
            spread: (p.peer_spread_q / 12.0) as f32,
            spread_links: p.peer_link_weight as f32,
            mentoring: p.mentoring_strength as f32,
            follow_own: p.followup_peer_weight as f32,
            follow_links: p.followup_link_weight as f32,
            reach_age: p.reach_age_penalty as f32,
            apply_age: p.apply_age_penalty as f32,
            min_wage: p.min_wage_rp_juta as f32,
            hire_power: Power::new(p.hire_score_power),
            q_elast: Power::new(p.upgrade_quality_elasticity),
            size_elast: Power::new(p.upgrade_size_elasticity),
            size_cap: p.upgrade_size_cap.max(1.0) as f32,
            down_elast: Power::new(p.downgrade_score_elasticity),
            quality_step: (f64::from(REVIEW_MONTHS) / p.quality_lag_months.max(1.0)).min(1.0)
                as f32,
        }
    }

    /// The summed shares of artisans applying training in a business's linked businesses.
    pub(super) fn linked_applying(&self, b: usize) -> f32 {
        let deg = usize::from(self.b_degree[b]);
        self.b_links[b][..deg]
            .iter()
            .map(|&o| self.b_app_share[usize::from(o)])
            .sum()
    }

    /// How many of a business's linked businesses sell online.
    pub(super) fn linked_online(&self, b: usize) -> f64 {
        let deg = usize::from(self.b_degree[b]);
        self.b_links[b][..deg]
            .iter()
            .filter(|&&o| self.b_flags[usize::from(o)] & ONLINE != 0)
            .count() as f64
    }

    /// The mean technology literacy of a business's artisans.
    pub(super) fn tech_mean(&self, b: usize) -> f32 {
        let acc = self.b_acc[b];
        if acc.n > 0 {
            acc.tech / acc.n as f32
        } else {
            0.5
        }
    }

    fn member_of_active_coop(&self, b: usize) -> bool {
        // Without a branch on membership, which is mixed at random across businesses: a
        // non-member reads some cooperative and is masked out.
        let c = self.b_coop[b];
        let Some(last) = self.coop_active.len().checked_sub(1) else {
            return false;
        };
        (c != NO_COOP) & self.coop_active[usize::from(c).min(last)]
    }

    /// Every reviewing business's quarter; see the module's formulas.
    // Kept out of line: each phase is a loop that optimises best on its own.
    #[inline(never)]
    pub(super) fn business_review(&mut self, month: u32) {
        let key = month_key(self.key(Purpose::BusinessMonth), month);
        let r = self.rates;
        let k = self.econ();
        let inv_q_ref = 1.0 / self.refs.quality.max(0.05);
        let inv_mean_size = 1.0 / self.refs.mean_size.max(1.0);
        let tech_ref = self.refs_tech();
        let floor = self.refs.capital_floor;
        let cert_floor = self.p.cert_min_quality as f32;
        self.closed_now.clear();
        // This month's third, listed first: whose turn it is is mixed at random across slots.
        let mut turn = std::mem::take(&mut self.b_turn);
        turn.clear();
        turn.resize(self.b_alive.len() + 1, 0);
        let mut n = 0;
        for (b, (&alive, &serial)) in self.b_alive.iter().zip(&self.b_serial).enumerate() {
            turn[n] = b as u32;
            n += usize::from(alive & serial.wrapping_add(month).is_multiple_of(REVIEW_MONTHS));
        }
        for &b in &turn[..n] {
            let b = b as usize;
            let serial = self.b_serial[b];
            let h = draw(key, serial);
            let h2 = draw2(key, serial);
            let lane = |x: u64, k: u32| lane16(x, k) as f32;
            let acc = self.b_acc[b];
            let (skill_mean, app_share) = self.skill_and_share(b);
            let mut flags = self.b_flags[b];

            // Quality moves towards its target.
            let target = self.quality_target(b, skill_mean, app_share);
            let q = self.b_quality[b] + (target - self.b_quality[b]) * r.quality_step;
            self.b_quality[b] = q;

            // Capital wears down and is topped up by loans (more easily for active members).
            let loan65 = if self.member_of_active_coop(b) {
                r.loan65 * r.loan_member_mult
            } else {
                r.loan65
            };
            let mut capital = self.b_capital[b] - r.dep * (self.b_capital[b] - floor);
            if lane(h, 0) < loan65 {
                capital += r.loan_size;
            }
            self.b_capital[b] = capital;

            // The imported share falls with local-material support and drifts back without it.
            let imp = self.b_import[b];
            let imp0 = self.b_import0[b];
            self.b_import[b] =
                (imp + (r.floor_share * imp0 - imp) * r.sub + (imp0 - imp) * r.revert)
                    .clamp(0.0, 1.0);

            // Market reach: up moves from the bottom of the lane, down moves from the top, so
            // they exclude each other.
            let u = lane(h, 1);
            let q_rel = (q * inv_q_ref).max(0.0);
            let size = r
                .size_elast
                .of((acc.n as f32 * inv_mean_size).clamp(1.0 / r.size_cap, r.size_cap));
            let up_factor = r.q_elast.of(q_rel) * size;
            let reach = self.b_reach[b];
            let rung_score = self.refs.rung_score[usize::from(reach)];
            let down = r.down_elast.of(rung_score / self.b_score[b].max(0.05));
            let up = [r.up_nat65 * up_factor, r.up_exp65 * up_factor, 0.0][usize::from(reach)];
            let dn = [0.0, r.down_nat65 * down, r.down_exp65 * down][usize::from(reach)];
            self.b_reach[b] = reach + u8::from(u < up) - u8::from(65535.0 - u < dn);

            // Online selling starts from outside support and from linked businesses that sell
            // online, more easily where the artisans are at ease with technology; it may stop.
            let online = flags & ONLINE != 0;
            let p_online = if online {
                r.online_stop65
            } else {
                (r.online_out65 + r.online_peer65 * self.linked_online(b) as f32)
                    * (self.tech_mean(b) / tech_ref)
            };
            flags ^= ONLINE * u8::from(lane(h, 2) < p_online);
            // Mentoring links come with networking and end with projects.
            let p_m = if flags & MENTORED != 0 {
                r.mentor_loss65
            } else {
                r.mentor_gain65
            };
            flags ^= MENTORED * u8::from(lane(h, 3) < p_m);
            // Certification needs adequate quality, and lapses.
            let p_c = if flags & CERTIFIED != 0 {
                r.cert_loss65
            } else if q >= cert_floor {
                r.cert_gain65
            } else {
                0.0
            };
            flags ^= CERTIFIED * u8::from(lane(h2, 0) < p_c);
            self.b_flags[b] = flags;
            // Links lapse.
            let deg = usize::from(self.b_degree[b]);
            if (deg > 0) & (lane(h2, 1) < r.link_decay65 * deg as f32 * 0.5) {
                let slot = lane16(h2, 2) as usize % deg;
                self.remove_link(b, slot);
            }

            self.derive_economics(b, &k, (skill_mean, app_share));
            let s = self.score(b);
            self.b_score[b] = s;

            // Closure: less competitive businesses close more often; an empty one closes.
            let closes = acc.n == 0
                || self
                    .exp_bound
                    .below(lane(h2, 3), r.closure65, r.kc * (1.0 - s));
            if closes && self.n_alive > 1 {
                self.close_business(b);
                continue;
            }
            let linked_app = self.linked_applying(b);
            self.refresh_view(b, &r, linked_app);
        }
        self.b_turn = turn;
    }

    /// The city's mean literacy at the start (the reference for online selling).
    fn refs_tech(&self) -> f32 {
        self.refs.tech.max(0.05)
    }

    /// Closes a business: its artisans move or leave in this month's artisan pass.
    fn close_business(&mut self, b: usize) {
        self.b_alive[b] = false;
        self.n_alive -= 1;
        self.closed_now.push(b as u16);
        self.b_acc[b] = BizAcc::default();
        while self.b_degree[b] > 0 {
            self.remove_link(b, 0);
        }
        self.b_view[b] = BizView {
            closed: true,
            ..BizView::default()
        };
        self.b_hire[b] = 0.0;
    }

    /// What a business's artisans read from it until its next review (offers, follow-up,
    /// chances of peer pickup, late start and stopping, quitting), and its desired size.
    ///
    /// ```text
    /// follow-up  f = min(1, mentoring_strength [mentored] + followup_peer_weight a
    ///                       + followup_link_weight x linked shares applying)
    /// peers      peer_spread_q / 12 x (a + peer_link_weight x linked) x (1 - reach_age_penalty old)
    /// late start late_adoption_rate f (1 - apply_age_penalty old (1 - f))
    /// stopping   stop_rate (1 - f) (1 + stop_age_mult old)
    /// quitting   quit_rate_young (1 + quit_wage_sensitivity shortfall) / (today's factor)
    /// ```
    pub(super) fn refresh_view(&mut self, b: usize, r: &Rates, linked_app: f32) {
        let flags = self.b_flags[b];
        let connected = flags & MENTORED != 0 || self.member_of_active_coop(b);
        let own = self.b_app_share[b];
        let mentored = f32::from(flags & MENTORED != 0);
        let follow =
            (r.mentoring * mentored + r.follow_own * own + r.follow_links * linked_app).min(1.0);
        let peer65 = r.spread * (own + r.spread_links * linked_app) * 65536.0;
        let stop65 = r.stop * (1.0 - follow) * 65536.0;
        let late65 = r.late * follow * 65536.0;
        let wage = self.wage_of(b);
        let shortfall = (1.0 - wage / r.min_wage).max(0.0);
        let quit_year =
            (r.quit_year * (1.0 + r.qs * shortfall) / (1.0 + r.qs * r.shortfall)).min(0.95);
        // The monthly chance of each state's one event, x 65536, as `a + b x old`, by state
        // (untrained: peer pickup; trained: a late start; applying: stopping), in the fixed
        // point the monthly loop compares with (x 256, `b` per step of the age byte).
        let event_a = [peer65, late65, 0.0, stop65];
        let event_b = [
            -peer65 * r.reach_age,
            -late65 * r.apply_age * (1.0 - follow),
            0.0,
            r.stop_old * stop65,
        ];
        self.gates.set_events(
            b,
            event_a.map(|x| (x * 256.0) as i32),
            event_b.map(|x| (x / 255.0 * 256.0) as i32),
        );
        self.b_view[b] = BizView {
            offer_weight: 1.0 + r.tgt * f32::from(connected),
            follow,
            quit_year,
            online: flags & ONLINE != 0,
            closed: false,
        };
        let rise = (self.b_score[b] / self.b_score0[b].max(0.05)).clamp(0.05, 20.0);
        self.b_desired[b] = self.b_size0[b] * r.hire_power.of(rise);
    }
}
