//! New businesses (`docs/MODEL.md` section 7, "New businesses"): this month's founders (drawn
//! in the artisans' month, lane 0) each leave their employer and open a business of their own,
//! local, with a quality, capital and imported share drawn as at the start. It hires towards
//! the start's average size (its desired size then follows its score, as every business's).
//!
//! A new business's serial is made from (month, founder), so the same founder's business meets
//! the same dice in every scenario; it takes a freed slot, or a new one while there is room.

use super::{DEAD, Rec, World};
use crate::rng::mix64;

impl World {
    /// Opens this month's founders' businesses.
    pub(super) fn new_businesses(&mut self, month: u32) {
        // Slots closed this month are free from now on (their artisans have moved).
        self.free_slots.append(&mut self.closed_now);
        let founders = std::mem::take(&mut self.founders);
        for &i in &founders {
            let i = i as usize;
            let from = usize::from(self.a_core.emp[i]);
            if self.a_core.flags[i] & DEAD != 0 || !self.b_alive[from] || self.b_acc[from].n < 2 {
                continue;
            }
            let slot = match self.free_slots.pop() {
                Some(s) => usize::from(s),
                None if self.b_alive.len() < self.business_room => self.b_alive.len(),
                None => break,
            };
            // Above the starting businesses' serials; a rare clash only shares dice.
            let serial = (mix64((u64::from(month) << 32) | u64::from(self.a_core.id[i])) as u32)
                | 0x8000_0000;
            let v = self.business_init(serial, 1.0, false);
            self.place_business(slot, v);
            let age_m = month as i32 - self.a_birth[i];
            let rec = Rec {
                skill: self.a_skill[i],
                tech: self.a_tech[i],
                flags: self.a_core.flags[i],
                over50: age_m >= 600,
                under30: age_m < 360,
            };
            rec.acc_remove(&mut self.b_acc[from], self.rec_ctx);
            rec.acc_add(&mut self.b_acc[slot], self.rec_ctx);
            self.a_core.emp[i] = slot as u16;
            // Its quality sits on its target from the start.
            let (skill_mean, app_share) = self.skill_and_share(slot);
            self.b_app_share[slot] = app_share;
            let target = self.quality_target(slot, skill_mean, app_share);
            self.b_q0[slot] += self.b_quality[slot] - target;
            let k = self.econ();
            self.derive_economics(slot, &k, (skill_mean, app_share));
            self.b_score[slot] = self.score(slot);
            self.b_score0[slot] = self.b_score[slot];
            // It grows towards the average size of the businesses at the start, as those it
            // replaces had.
            self.b_size0[slot] = self.refs.mean_size;
            self.b_desired[slot] = self.refs.mean_size;
            let r = self.rates;
            self.refresh_view(slot, &r, 0.0);
        }
        self.founders = founders;
    }
}
