//! How a year's budgets become efforts (`docs/MODEL.md` section 7, "Policy"): each strategy's
//! budget buys a share of what the strategy can do, with diminishing returns, and the
//! government-priority strategy sets how much of every other budget reaches the field.
//! Computed once per scenario, never per agent.
//!
//! ```text
//! priority    e2 = 1 - exp(-B2 / S2)
//! delivery    d  = delivery_min + (1 - delivery_min) e2          (once, on every other budget)
//! effort      e  = 1 - exp(-B d / S)                              (S: budget_scale_*)
//! strategy 4  skills places  C4 (1 - exp(-B4 q d / cost / C4)),  q = quality_training_budget_share;
//!             certification  e4 = 1 - exp(-B4 (1 - q) d / S4)
//! strategy 7  technology places  C7 (1 - exp(-B7 t d / cost / C7)),  t = tech_training_budget_share;
//!             support  e7 = 1 - exp(-B7 (1 - t) d / S7)
//! ```
//!
//! Delivery acts once, on what each rupiah buys; it does not act again on who an offered
//! place reaches. Each strategy's budget is spent once: strategies 4 and 7 split theirs
//! explicitly between training places and the rest.

use crate::params::Params;
use crate::{Budgets, Scenario, Strategy};

/// What one allocation buys, per year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Policy {
    /// Each strategy's effort, 0 to 1 (delivery included for all but strategy 2; for
    /// strategy 4 its certification part, for strategy 7 its support part).
    pub effort: [f64; 7],
    /// How much of each budget reaches the field, `delivery_min` to 1.
    pub delivery: f64,
    /// Skills-training places offered per year (strategy 4).
    pub places_quality: f64,
    /// Technology-literacy training places offered per year (strategy 7).
    pub places_tech: f64,
}

impl Policy {
    /// The effort of one strategy.
    pub fn e(&self, s: Strategy) -> f64 {
        self.effort[s.index()]
    }
}

fn saturate(amount: f64, scale: f64) -> f64 {
    if amount <= 0.0 || scale <= 0.0 {
        return 0.0;
    }
    1.0 - libm::exp(-amount / scale)
}

fn budget_scale(p: &Params, s: Strategy) -> f64 {
    match s {
        Strategy::FlagshipExports => p.budget_scale_flagship_exports,
        Strategy::GovernmentPriority => p.budget_scale_government_priority,
        Strategy::Networking => p.budget_scale_networking,
        Strategy::ProductQuality => p.budget_scale_certification,
        Strategy::FinanceCredibility => p.budget_scale_finance_credibility,
        Strategy::LocalMaterials => p.budget_scale_local_materials,
        Strategy::TechnologyWisdom => p.budget_scale_technology_support,
    }
}

/// What a set of budgets buys under a set of parameters.
pub(crate) fn policy(b: &Budgets, p: &Params) -> Policy {
    let budget = |s: Strategy| b.get(s) as f64;
    let priority = saturate(
        budget(Strategy::GovernmentPriority),
        budget_scale(p, Strategy::GovernmentPriority),
    );
    let delivery = p.delivery_min + (1.0 - p.delivery_min) * priority;
    let q_share = p.quality_training_budget_share.clamp(0.0, 1.0);
    let t_share = p.tech_training_budget_share.clamp(0.0, 1.0);
    let mut effort = [0.0; 7];
    for s in Strategy::ALL {
        let money = match s {
            Strategy::GovernmentPriority => {
                effort[s.index()] = priority;
                continue;
            }
            Strategy::ProductQuality => budget(s) * (1.0 - q_share),
            Strategy::TechnologyWisdom => budget(s) * (1.0 - t_share),
            _ => budget(s),
        };
        effort[s.index()] = saturate(money * delivery, budget_scale(p, s));
    }
    let places = |money: f64, capacity: f64| {
        capacity * saturate(money * delivery / p.training_cost_rp_juta, capacity)
    };
    Policy {
        effort,
        delivery,
        places_quality: places(
            budget(Strategy::ProductQuality) * q_share,
            p.quality_training_capacity,
        ),
        places_tech: places(
            budget(Strategy::TechnologyWisdom) * t_share,
            p.tech_training_capacity,
        ),
    }
}

/// What a scenario's budgets buy in each strategy, 0 to 1 of what the strategy can do (for
/// strategy 2, the priority effort that sets delivery; for strategy 4, its certification
/// part; for strategy 7, its support part).
pub fn efforts(s: &Scenario) -> [f64; 7] {
    policy(s.budgets(), s.params()).effort
}

/// How much of each budget reaches the field under a scenario's budgets (`delivery_min` to 1).
pub fn delivery(s: &Scenario) -> f64 {
    policy(s.budgets(), s.params()).delivery
}

/// Training places offered per year under a scenario: (skills training, technology training).
pub fn training_places(s: &Scenario) -> (f64, f64) {
    let pol = policy(s.budgets(), s.params());
    (pol.places_quality, pol.places_tech)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effort_per_rupiah_falls_as_budget_grows() {
        let p = Params::default();
        for s in Strategy::ALL {
            let at = |juta: u64| {
                let mut b = Budgets::ZERO;
                b.set(s, juta);
                b.set(
                    Strategy::GovernmentPriority,
                    b.get(Strategy::GovernmentPriority).max(500),
                );
                policy(&b, &p)
            };
            let value = |pol: Policy| match s {
                Strategy::ProductQuality => pol.places_quality + pol.e(s),
                Strategy::TechnologyWisdom => pol.places_tech + pol.e(s),
                _ => pol.e(s),
            };
            let (v1, v2, v4) = (value(at(500)), value(at(1000)), value(at(2000)));
            assert!(v2 > v1 && v4 > v2, "{s:?} must rise with its budget");
            assert!(
                (v2 - v1) / 500.0 > (v4 - v2) / 1000.0,
                "{s:?} must have diminishing returns"
            );
        }
    }
}
