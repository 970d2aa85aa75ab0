//! Entrants (`docs/MODEL.md` section 7, "Young people and other entrants"): each month a
//! twelfth of the year's young people (16-25) who consider batik work decide, and a twelfth of
//! the year's adults (26 to `adult_entry_max_age`) who might take it up.
//!
//! ```text
//! young    logistic(logit(youth_entry_prob) + entry_wage_sensitivity (w - w0)
//!                   + youth_standing_sensitivity (standing - standing0))
//! adults   logistic(logit(adult_entry_prob) + entry_wage_sensitivity (w - w0))
//! ```
//!
//! `w` is the average wage over the minimum wage and `standing` batik's standing with the young
//! (`environment.rs`); `w0` and `standing0` are today's. An entrant starts with no batik
//! experience (skill `skill_start`), literacy by their age and cohort (`initialisation.rs`), and
//! joins a business by the race of `choice.rs`. Each candidate's decision and attributes come
//! from their own keyed draws, so the same person makes the same draws in every scenario.

use super::{Core, MAX_AGE_YEARS, NEVER, Rec, World};
use crate::rng::{Purpose, draw, draw2, lane_unit, lane16, mix64, unit_f64};

/// Who is deciding: the young, or other adults.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cohort {
    Young,
    Adult,
}

impl World {
    /// This month's young and adult entrants.
    #[inline(never)]
    pub(super) fn young_entrants(&mut self, month: u32) {
        let p = &self.p;
        let logit = |q: f64| {
            let q = q.clamp(1e-6, 1.0 - 1e-6);
            libm::log(q / (1.0 - q))
        };
        let wage = p.entry_wage_sensitivity * (self.wage_ratio - self.refs.wage_ratio);
        let young = logit(p.youth_entry_prob)
            + wage
            + p.youth_standing_sensitivity * (self.standing - self.refs.standing);
        let adult = logit(p.adult_entry_prob) + wage;
        let p_young = 1.0 / (1.0 + libm::exp(-young));
        let p_adult = 1.0 / (1.0 + libm::exp(-adult));
        let n_young = due(month, p.youth_pool_per_year);
        let n_adult = due(month, p.adult_pool_per_year);
        let (considered, entered) = self.decide(month, Cohort::Young, n_young, p_young);
        self.events.young_considered = considered;
        self.events.young_entered = entered;
        self.events.adults_entered = self.decide(month, Cohort::Adult, n_adult, p_adult).1;
        self.ring_considered.push(month, considered);
        self.ring_entrants.push(month, entered);
    }

    /// `n` candidates of a cohort decide with chance `p_enter`; returns (candidates, entrants).
    fn decide(&mut self, month: u32, cohort: Cohort, n: u32, p_enter: f64) -> (u32, u32) {
        let purpose = match cohort {
            Cohort::Young => Purpose::Youth,
            Cohort::Adult => Purpose::Adult,
        };
        let key = self.key(purpose);
        let year = month as f32 / 12.0;
        let max_age = (self.p.adult_entry_max_age.max(26.0) as u32).min(MAX_AGE_YEARS as u32);
        let (lo_m, span_m) = match cohort {
            Cohort::Young => (16 * 12, 10 * 12),
            Cohort::Adult => (26 * 12, (max_age + 1 - 26) * 12),
        };
        let mut entered = 0;
        for _ in 0..n {
            let cand = match cohort {
                Cohort::Young => &mut self.young_next,
                Cohort::Adult => &mut self.adults_next,
            };
            let number = *cand;
            *cand += 1;
            let h = draw(key, number);
            if unit_f64(h) >= p_enter || self.a_core.len() >= self.artisan_room {
                continue;
            }
            // Attributes and the employer come from further draws, independent of the decision.
            let h2 = draw2(key, number);
            let Some(emp) = self.choice.pick(mix64(h2)) else {
                continue;
            };
            let age_m = lo_m + lane16(h2, 0) * span_m / 65536;
            let age_y = age_m as f32 / 12.0;
            // Young and adult candidates have ids of their own, never shared.
            let id = self.first_entrant_id + 2 * number + u32::from(cohort == Cohort::Adult);
            let noise = lane_unit(h2, 1) + lane_unit(h2, 2) - 1.0;
            let talent = self.talent_of(id);
            let rec = Rec {
                skill: self.skill_of(talent, 0),
                tech: self.literacy_at(age_y, year, noise),
                flags: 0,
                over50: age_m >= 600,
                under30: age_m < 360,
            };
            let birth = month as i32 - age_m as i32;
            self.birth_buckets[birth.rem_euclid(12) as usize].push(self.a_core.len() as u32);
            // An entrant stays at least until their next birthday, when the year ahead is
            // decided as for everyone.
            self.a_core.push(Core {
                id,
                emp: emp as u16,
                exit: NEVER,
                old8: self.ages[(age_m / 12) as usize].old8,
                flags: super::with_low_tech(0, rec.tech, self.rec_ctx),
            });
            self.a_birth.push(birth);
            self.a_start.push(month as i32);
            self.a_skill.push(rec.skill);
            self.a_tech.push(rec.tech);
            self.a_talent.push(talent);
            rec.add(&mut self.b_acc[emp], &mut self.tally, self.rec_ctx);
            entered += 1;
        }
        (n, entered)
    }
}

/// How many of a yearly pool decide in month `month` (whole people, the year's total kept).
fn due(month: u32, pool_per_year: f64) -> u32 {
    let upto = |m: u32| (f64::from(m) * pool_per_year / 12.0) as u64;
    upto(month + 1).saturating_sub(upto(month)) as u32
}
