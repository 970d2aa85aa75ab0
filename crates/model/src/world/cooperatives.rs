//! Cooperatives (`docs/MODEL.md` section 7, "Cooperatives"): each active one may lapse and
//! each inactive one may revive, every month.
//!
//! ```text
//! lapse   coop_lapse_rate (1 - coop_support_lapse_cut e5) / (1 - coop_support_lapse_cut e5_today)
//! revive  coop_revival_rate rel(coop_revival_gain, e5)
//! ```
//!
//! `coop_lapse_rate` is calibrated to the published decline of active cooperatives in the
//! city, 237 (2016) to 148 (2022) and 125 (2024), about 7.7 % a year, under today's allocation.

use super::{World, monthly, rel};
use crate::Strategy;
use crate::rng::{Purpose, draw, lane16, month_key, threshold};

impl World {
    /// This month's lapses and revivals.
    pub(super) fn cooperatives(&mut self, month: u32) {
        let p = &self.p;
        let key = month_key(self.key(Purpose::Cooperative), month);
        let e5 = self.pol.e(Strategy::FinanceCredibility);
        let e5_today = self.today.e(Strategy::FinanceCredibility);
        let cut = p.coop_support_lapse_cut.clamp(0.0, 1.0);
        let lapse_factor = (1.0 - cut * e5) / (1.0 - cut * e5_today).max(1e-6);
        let lapse = threshold(monthly(p.coop_lapse_rate * lapse_factor));
        let revive = threshold(monthly(
            p.coop_revival_rate * rel(p.coop_revival_gain, e5, e5_today),
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
}
