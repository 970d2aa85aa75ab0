//! How a year's budgets become efforts: each strategy's budget buys a share of what the
//! strategy can do, with diminishing returns (`1 - exp(-budget x delivery / scale)`), and the
//! government-priority strategy sets how well every other one is delivered. Computed once per
//! scenario, never per agent.

use crate::params::Params;
use crate::{Budgets, Scenario, Strategy};

/// What one allocation buys, per year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Policy {
    /// Each strategy's effort, 0 to 1 (delivery included for all but strategy 2).
    pub effort: [f64; 7],
    /// How well programmes are delivered, `delivery_min` to 1.
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

fn half_scale(p: &Params, s: Strategy) -> f64 {
    match s {
        Strategy::FlagshipExports => p.half_budget_flagship_exports,
        Strategy::GovernmentPriority => p.half_budget_government_priority,
        Strategy::Networking => p.half_budget_networking,
        Strategy::ProductQuality => p.half_budget_product_quality,
        Strategy::FinanceCredibility => p.half_budget_finance_credibility,
        Strategy::LocalMaterials => p.half_budget_local_materials,
        Strategy::TechnologyWisdom => p.half_budget_technology_wisdom,
    }
}

/// What a set of budgets buys under a set of parameters.
pub(crate) fn policy(b: &Budgets, p: &Params) -> Policy {
    let budget = |s: Strategy| b.get(s) as f64;
    let priority = saturate(
        budget(Strategy::GovernmentPriority),
        half_scale(p, Strategy::GovernmentPriority),
    );
    let delivery = p.delivery_min + (1.0 - p.delivery_min) * priority;
    let mut effort = [0.0; 7];
    for s in Strategy::ALL {
        effort[s.index()] = match s {
            Strategy::GovernmentPriority => priority,
            // Strategy 7's training places are bought separately; its effort is the support part.
            Strategy::TechnologyWisdom => saturate(
                budget(s) * (1.0 - p.tech_training_budget_share) * delivery,
                half_scale(p, s),
            ),
            _ => saturate(budget(s) * delivery, half_scale(p, s)),
        };
    }
    let places = |money: f64, capacity: f64| {
        capacity * saturate(money * delivery / p.training_cost_rp_juta, capacity)
    };
    Policy {
        effort,
        delivery,
        places_quality: places(
            budget(Strategy::ProductQuality),
            p.quality_training_capacity,
        ),
        places_tech: places(
            budget(Strategy::TechnologyWisdom) * p.tech_training_budget_share,
            p.tech_training_capacity,
        ),
    }
}

/// What a scenario's budgets buy in each strategy, 0 to 1 of what the strategy can do (for
/// strategy 2, the priority effort that sets delivery; for strategy 7, its support part).
pub fn efforts(s: &Scenario) -> [f64; 7] {
    policy(s.budgets(), s.params()).effort
}

/// How well programmes are delivered under a scenario's budgets (`delivery_min` to 1).
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
                Strategy::ProductQuality => pol.places_quality,
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
