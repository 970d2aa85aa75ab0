//! Birthdays (`docs/MODEL.md` section 7, "Birthdays"): the artisans born in this calendar
//! month grow a year older.
//!
//! ```text
//! skill       skill_start + (skill_experienced - skill_start) talent
//!             (1 - exp(-years of batik work / skill_experience_years))
//! literacy    closes tech_learning_rate (1 - tech_learning_age_penalty old)
//!             (x tech_learning_online_mult in a business that sells online) of its gap to 1
//! training    dates with chance training_obsolescence_rate: no longer trained, and who
//!             applied it stops
//! exit        within the year ahead, with chance 1 - (1 - exit_rate(age))
//!             (1 - quit(age) x quit_year), in a uniformly drawn month; exit_rate by age band
//!             (under 55, 55-65, 65-75, over 75), quit 1 under 35 fading to 0 at 45
//! ```
//!
//! Literacy does not decay: being at ease with technology is a matter of age and generation
//! (older artisans; the young who sell online for them), so the obstacle falls as the
//! generations turn over and as artisans learn, not by a universal loss.
//! Birthdays are kept apart from the monthly loop (through per-birth-month index lists), which
//! would otherwise branch unpredictably on one artisan in twelve.

use super::initialisation::skill_at;
use super::{APPLYING, AgeRow, BizView, DEAD, MAX_AGE_YEARS, NEVER, Rec, TRAINED, World};
use crate::rng::{Purpose, draw, lane16, month_key, threshold};

/// Decides, on a birthday in month `month`, whether and when in the year ahead an artisan
/// leaves: the yearly chance combines leaving for age-related reasons and (for the young)
/// quitting for better-paid work; the month is uniform over the year. `skip` months of the
/// year have already passed (at the start of a run): an exit drawn for them does not happen.
pub(super) fn exit_month(row: AgeRow, view: &BizView, h: u64, month: u32, skip: u32) -> u16 {
    let p_exit = 1.0 - (1.0 - row.exit_year) * (1.0 - row.quit_mult * view.quit_year);
    if (lane16(h, 1) as f32) >= p_exit * 65536.0 {
        return NEVER;
    }
    let offset = lane16(h, 2) * 12 / 65536;
    if offset < skip {
        return NEVER;
    }
    u16::try_from(month + offset - skip).unwrap_or(NEVER)
}

impl World {
    /// This month's birthdays. Compacts the arrays first when enough artisans have left.
    #[inline(never)]
    pub(super) fn birthdays(&mut self, month: u32) {
        let month_abs = month as i32;
        if self.dead * 8 > self.a_core.len() as u32 {
            self.compact_artisans(month_abs - 1);
        }
        let p = &self.p;
        let key = month_key(self.key(Purpose::ArtisanBirthday), month);
        let c = self.rec_ctx;
        let training_dated = threshold(p.training_obsolescence_rate);
        let form = self.skill_form;
        let bucket = std::mem::take(&mut self.birth_buckets[(month % 12) as usize]);
        let mut t = self.tally;
        // Every per-artisan column cut to the same length (and the tables sized by type), so
        // one check of the index covers every access in the loop.
        let n = self.a_core.len();
        let core = &mut self.a_core;
        let (ids, emps, old8s) = (&core.id[..n], &core.emp[..n], &mut core.old8[..n]);
        let (all_flags, exits) = (&mut core.flags[..n], &mut core.exit[..n]);
        let (births, starts) = (&self.a_birth[..n], &self.a_start[..n]);
        let (skills, techs) = (&mut self.a_skill[..n], &mut self.a_tech[..n]);
        let talents = &self.a_talent[..n];
        let n_b = self.b_view.len().min(self.b_acc.len());
        let (views, accs) = (&self.b_view[..n_b], &mut self.b_acc[..n_b]);
        let (ages, curve) = (&self.ages, &self.skill_curve);
        for &i in &bucket {
            let i = i as usize;
            let Some(&flags) = all_flags.get(i) else {
                continue;
            };
            if flags & DEAD != 0 {
                continue;
            }
            let mut flags = flags;
            let id = ids[i];
            let age_y = (month_abs - births[i]) / 12;
            let emp = usize::from(emps[i]);
            let Some(view) = views.get(emp) else {
                continue;
            };
            let row = ages[(age_y.max(0) as usize).min(MAX_AGE_YEARS)];
            let h = draw(key, id);
            let before = Rec {
                skill: skills[i],
                tech: techs[i],
                flags,
                over50: age_y > 50,
                under30: age_y <= 30,
            };
            // Skill from experience and talent.
            let skill = skill_at(form, curve, talents[i], (month_abs - starts[i]) / 12);
            let tech = 1.0 - (1.0 - before.tech) * row.tech_keep[usize::from(view.online)];
            if flags & TRAINED != 0 && lane16(h, 0) < training_dated {
                flags &= !(TRAINED | APPLYING);
            }
            let after = Rec {
                skill,
                tech,
                flags,
                over50: age_y >= 50,
                under30: age_y < 30,
            };
            // A closed business's sums were cleared; the artisan joins another with these values.
            let acc = (!view.closed).then(|| &mut accs[emp]);
            before.change_to(after, acc, &mut t, c);
            all_flags[i] = super::with_low_tech(flags, tech, c);
            exits[i] = exit_month(row, view, h, month, 0);
            old8s[i] = row.old8;
            skills[i] = skill;
            techs[i] = tech;
        }
        self.birth_buckets[(month % 12) as usize] = bucket;
        self.tally = t;
    }

    /// Drops the artisans who left, keeping everyone else in order, and makes the sums exact.
    fn compact_artisans(&mut self, last: i32) {
        let mut w = 0usize;
        for i in 0..self.a_core.len() {
            if self.a_core.flags[i] & DEAD == 0 {
                let core = self.a_core.get(i);
                self.a_core.set(w, core);
                self.a_birth[w] = self.a_birth[i];
                self.a_start[w] = self.a_start[i];
                self.a_skill[w] = self.a_skill[i];
                self.a_tech[w] = self.a_tech[i];
                self.a_talent[w] = self.a_talent[i];
                w += 1;
            }
        }
        self.a_core.truncate(w);
        self.a_birth.truncate(w);
        self.a_start.truncate(w);
        self.a_skill.truncate(w);
        self.a_tech.truncate(w);
        self.a_talent.truncate(w);
        self.dead = 0;
        self.aggregate(last);
    }
}
