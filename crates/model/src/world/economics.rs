//! A business's economics (`docs/MODEL.md` section 7, "Business economics"), recomputed at
//! each review from its state and its artisans' sums. With `s` the mean skill of its artisans,
//! `a` the share applying training, `K` its equipment capital (1 = the start's average), `Q`
//! its product quality (0-1), and `ref` the city's average at the start:
//!
//! ```text
//! quality target  T = q0 + quality_skill_weight (s - s_ref) + quality_apply_gain a
//!                     + certification_quality_gain [certified]
//!                     + export_learning_quality_gain [exports]                     (0.02-1)
//! productivity    P = K^capital_elasticity (1 + productivity_skill_weight (s - s_ref))
//!                     (1 + apply_productivity_gain a)
//!                     (1 + mentoring_productivity_gain [mentored])
//!                     (1 + link_productivity_gain min(links, 3) / 3)
//!                     (1 + flagship_productivity_gain e1 [sells nationally or exports])
//! price           p = (1 + price_quality_slope (Q - Q_ref)) x reach premium
//!                     x (1 + online_price_premium [online])
//! unit cost       c = ((1 - m) / P + m (i x index + (1 - i) x local price)) / c_ref
//!                     m = material_cost_share, i = imported share,
//!                     local price = local_material_price (1 - local_price_cut e6)
//! reach score     r = reach_score_local | reach_score_national | 1 (export)
//!                     + reach_score_online [online]
//! score           S = (w_q Q / Q_ref + w_p P / P_ref + w_c / c + w_r r / r_ref) / S_ref
//! ```
//!
//! The score (1 = the start's average) is what a business's survival, hiring and market moves
//! read; the city's competitiveness is built the same way from the city's averages
//! ([`super::observation`]).

use super::{BizFigures, CERTIFIED, EXPORT, LOCAL, MENTORED, ONLINE, World};
use crate::Strategy;
use crate::params::Params;

/// The constants of [`World::derive_economics`] under the policy and prices in force.
#[derive(Clone, Copy, Debug)]
pub(super) struct Econ {
    /// Productivity multiplier by market rung: flagship support acts on businesses that sell
    /// nationally or export (not on those that only sell online, whom `beyond_city` counts).
    flagship: [f32; 3],
    reach_price: [f32; 3],
    online_price: f32,
    price_quality: f32,
    labour: f32,
    material: f32,
    local_price: f32,
    price_index: f32,
    skill_weight: f32,
    apply_gain: f32,
    mentoring_gain: f32,
    link_gain: f32,
}

/// The reach score by market rung (two bits) and online selling: the ladder's rung plus
/// `reach_score_online` for a business that sells online.
pub(super) fn reach_scores(p: &Params) -> [[f32; 2]; 4] {
    let ladder = [p.reach_score_local, p.reach_score_national, 1.0, 1.0];
    let online = [0.0, p.reach_score_online as f32];
    ladder.map(|rung| online.map(|extra| rung as f32 + extra))
}

impl World {
    /// The quality a business moves towards.
    pub(super) fn quality_target(&self, b: usize, skill_mean: f32, app_share: f32) -> f32 {
        let p = &self.p;
        let flags = self.b_flags[b];
        let cert = if flags & CERTIFIED != 0 {
            p.certification_quality_gain as f32
        } else {
            0.0
        };
        let exporting = if self.b_reach[b] == EXPORT {
            p.export_learning_quality_gain as f32
        } else {
            0.0
        };
        (self.b_q0[b]
            + p.quality_skill_weight as f32 * (skill_mean - self.refs.skill_mean)
            + p.quality_apply_gain as f32 * app_share
            + cert
            + exporting)
            .clamp(0.02, 1.0)
    }

    /// The constants of [`World::derive_economics`] under the policy and prices in force.
    pub(super) fn econ(&self) -> Econ {
        let p = &self.p;
        let flagship =
            1.0 + (p.flagship_productivity_gain * self.pol.e(Strategy::FlagshipExports)) as f32;
        let mcs = p.material_cost_share as f32;
        let cost_ref = self.refs.cost.max(1e-6);
        let local_price = (p.local_material_price
            * (1.0 - p.local_price_cut * self.pol.e(Strategy::LocalMaterials)))
            as f32;
        Econ {
            flagship: [1.0, flagship, flagship],
            reach_price: [
                1.0,
                p.reach_price_national as f32,
                p.reach_price_export as f32,
            ],
            online_price: 1.0 + p.online_price_premium as f32,
            price_quality: p.price_quality_slope as f32,
            labour: (1.0 - mcs) / cost_ref,
            material: mcs / cost_ref,
            local_price,
            price_index: self.price_index,
            skill_weight: p.productivity_skill_weight as f32,
            apply_gain: p.apply_productivity_gain as f32,
            mentoring_gain: p.mentoring_productivity_gain as f32,
            link_gain: p.link_productivity_gain as f32,
        }
    }

    /// The mean skill and the share applying training of a business's artisans.
    pub(super) fn skill_and_share(&self, b: usize) -> (f32, f32) {
        let acc = self.b_acc[b];
        if acc.n == 0 {
            (self.refs.skill_mean, 0.0)
        } else {
            let n = acc.n as f32;
            (acc.skill / n, acc.applying as f32 / n)
        }
    }

    /// Productivity, price and unit cost of one business from its state and its artisans' sums
    /// (`skill_share` is its [`World::skill_and_share`], which the callers have at hand).
    #[inline]
    pub(super) fn derive_economics(&mut self, b: usize, k: &Econ, skill_share: (f32, f32)) {
        let (skill_mean, app_share) = skill_share;
        let reach = usize::from(self.b_reach[b]);
        let capital = self.capital_curve.of(self.b_capital[b].max(0.01));
        let mentored = if self.b_flags[b] & MENTORED != 0 {
            1.0 + k.mentoring_gain
        } else {
            1.0
        };
        let links = 1.0 + k.link_gain * f32::from(self.b_degree[b].min(3)) / 3.0;
        let prod = (capital
            * (1.0 + k.skill_weight * (skill_mean - self.refs.skill_mean))
            * (1.0 + k.apply_gain * app_share)
            * mentored
            * links
            * k.flagship[reach])
            .max(0.05);
        let online = if self.b_flags[b] & ONLINE != 0 {
            k.online_price
        } else {
            1.0
        };
        let quality_price =
            (1.0 + k.price_quality * (self.b_quality[b] - self.refs.quality)).max(0.1);
        let price = quality_price * k.reach_price[reach] * online;
        let imp = self.b_import[b];
        let material = imp * k.price_index + (1.0 - imp) * k.local_price;
        self.b_prod[b] = prod;
        self.b_price[b] = price;
        self.b_cost[b] = k.labour / prod + k.material * material;
        self.refresh_figures(b);
    }

    /// Copies what the end-of-month sums read of a business into its row (after its economics,
    /// market reach, online selling or certification changed, or the wage scale was set).
    #[inline]
    pub(super) fn refresh_figures(&mut self, b: usize) {
        let flags = self.b_flags[b];
        let reach = self.b_reach[b];
        let online = flags & ONLINE != 0;
        self.b_figures[b] = BizFigures {
            quality: self.b_quality[b],
            prod: self.b_prod[b],
            cost: self.b_cost[b],
            revenue: self.b_prod[b] * self.b_price[b],
            wage: self.wage_of(b),
            reach_score: self.reach_score(b),
            online,
            certified: flags & CERTIFIED != 0,
            export: reach == EXPORT,
            beyond_city: online | (reach != LOCAL),
        };
    }

    /// A business's reach score: its market ladder plus online selling.
    /// (Looked up, not branched on: the rungs are mixed at random across slots.)
    pub(super) fn reach_score(&self, b: usize) -> f32 {
        self.reach_scores[usize::from(self.b_reach[b] & 3)]
            [usize::from(self.b_flags[b] & ONLINE != 0)]
    }

    /// A business's competitiveness score, 1 = the start's average.
    #[inline]
    pub(super) fn score(&self, b: usize) -> f32 {
        let w = self.refs.comp_weights;
        let r = &self.refs;
        let s = w[0] * self.b_quality[b] / r.quality.max(1e-6)
            + w[1] * self.b_prod[b] / r.productivity.max(1e-6)
            + w[2] / self.b_cost[b].max(1e-6)
            + w[3] * self.reach_score(b) / r.reach_score.max(1e-6);
        s * r.inv_score
    }

    /// A business's wage scale (Rp juta a month before the artisan's skill and bonus).
    pub(super) fn wage_of(&self, b: usize) -> f32 {
        self.refs.wage_per_revenue * self.b_prod[b] * self.b_price[b]
    }
}
