//! The environment (`docs/MODEL.md` section 7, "Environment"): the imported-material price
//! index, the same for every scenario on a seed, and batik's standing with the young.
//!
//! ```text
//! log index  x_t = m + (1 - price_mean_reversion) (x_{t-1} - m) + price_volatility N(0, 1)
//!                  + price_shock_size ([u < price_shock_prob] - price_shock_prob)
//!            m = -var/2, var the stationary variance of x, so the index averages 1
//!                                                        (x kept within -1 to 1.5, a safeguard)
//! standing   s += (target - s) / standing_lag_months,
//!            target = standing_base + standing_priority_gain e2 + standing_technology_gain e7
//!                     + standing_competitiveness_feedback (C - 1)     (within 0-1)
//! ```
//!
//! with `C` the city's competitiveness relative to the start (1 = the start). The shocks are
//! centred and the log settles at minus half its variance, so the index has no drift: spikes
//! are followed by slow easing, not by a rising trend.

use rand::RngExt;

use super::World;
use crate::Strategy;
use crate::rng;

impl World {
    /// This month's material prices and batik's standing with the young.
    pub(super) fn environment(&mut self, _month: u32) {
        let p = &self.p;
        let u1: f64 = self.env.random();
        let u2: f64 = self.env.random();
        let u3: f64 = self.env.random();
        let spike = if u3 < p.price_shock_prob { 1.0 } else { 0.0 };
        let shock = p.price_shock_size * (spike - p.price_shock_prob);
        let keep = (1.0 - p.price_mean_reversion).clamp(0.0, 1.0);
        // The log index settles around minus half its variance, so the index itself (not its
        // log) averages 1: shocks ease, they do not build a trend.
        let variance = (p.price_volatility * p.price_volatility
            + p.price_shock_size
                * p.price_shock_size
                * p.price_shock_prob
                * (1.0 - p.price_shock_prob))
            / (1.0 - keep * keep).max(1e-6);
        let centre = -0.5 * variance;
        self.log_price = (centre
            + keep * (self.log_price - centre)
            + p.price_volatility * rng::normal(u1, u2)
            + shock)
            .clamp(-1.0, 1.5);
        self.price_index = libm::exp(self.log_price) as f32;
        let target = p.standing_base
            + p.standing_priority_gain * self.pol.e(Strategy::GovernmentPriority)
            + p.standing_technology_gain * self.pol.e(Strategy::TechnologyWisdom)
            + p.standing_competitiveness_feedback * (self.competitiveness - 1.0);
        self.standing += (target.clamp(0.0, 1.0) - self.standing) / p.standing_lag_months.max(1.0);
    }
}
