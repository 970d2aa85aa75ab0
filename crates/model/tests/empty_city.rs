//! A city with no artisans: its averages have no value (NaN in a run's series), not 0, which
//! would read as "free" and "unpaid"; summaries and comparisons leave such runs out of the
//! month and have no value where no run has one.

use canting_model::{
    Comparison, Metric, RunResult, Scenario, ScenarioSpec, Summary, Verdict, run_once, run_seed,
};

/// Everyone leaves within the year and nobody enters: the city is empty after a year.
fn emptying(runs: u32) -> Scenario {
    let mut spec = ScenarioSpec {
        runs,
        years: 3,
        ..ScenarioSpec::default()
    };
    // A small city, so that runs empty in different months.
    spec.params.insert("n_artisans".into(), 300.0);
    spec.params.insert("n_businesses".into(), 50.0);
    for key in [
        "exit_rate_under_55",
        "exit_rate_55_65",
        "exit_rate_65_75",
        "exit_rate_over_75",
    ] {
        spec.params.insert(key.into(), 1.0);
    }
    spec.params.insert("youth_entry_prob".into(), 0.0);
    spec.params.insert("adult_entry_prob".into(), 0.0);
    spec.validate()
        .expect("an emptying city is a valid scenario")
}

/// The metrics that are shares of businesses (or their mean reach or links).
const OVER_BUSINESSES: [Metric; 6] = [
    Metric::MarketReach,
    Metric::ShareBeyondCity,
    Metric::ShareOnline,
    Metric::ShareCertified,
    Metric::LinksPerBusiness,
    Metric::ShareMentored,
];

fn runs_of(s: &Scenario) -> Vec<RunResult> {
    (0..s.runs())
        .map(|i| run_once(s, run_seed(s.seed(), i)))
        .collect()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_city_with_no_artisans_reports_no_unit_cost_and_no_wage_not_zero() {
    // Regression: an empty city reported a unit cost and a wage ratio of 0.
    let s = emptying(1);
    let run = run_once(&s, run_seed(s.seed(), 0));
    let employment = run.series(Metric::Employment);
    let last = employment.len() - 1;
    assert_eq!(employment[last], 0.0, "the city empties: {employment:?}");
    let empty: Vec<usize> = (0..=last).filter(|&t| employment[t] == 0.0).collect();
    assert!(
        empty.len() >= 6,
        "empty for months: {empty:?} ({employment:?})"
    );
    for &t in &empty {
        for &m in Metric::ALL {
            let v = run.series(m)[t];
            if OVER_BUSINESSES.contains(&m) {
                // Shares of businesses have a value while a business is open.
                let open = run.series(Metric::Businesses)[t] > 0.0;
                assert_eq!(v.is_nan(), !open, "{} at month {t} is {v}", m.key());
            } else if m.may_have_no_value() {
                assert!(v.is_nan(), "{} at month {t} is {v}", m.key());
            } else {
                assert!(v.is_finite(), "{} at month {t} is {v}", m.key());
            }
        }
        assert_eq!(
            run.series(Metric::Sales)[t],
            0.0,
            "an empty city sells nothing"
        );
    }
    // A month with artisans has every value.
    for &m in Metric::ALL {
        assert!(run.series(m)[0].is_finite(), "{} at month 0", m.key());
    }
    // The run survives a hand-over between workers.
    let back = RunResult::from_parts(run.months.clone(), run.run_seed, run.data().to_vec());
    assert!(
        back.is_some(),
        "a run with months of no value is handed over"
    );
    let mut bad = run.data().to_vec();
    bad[Metric::Employment.index() * run.months.len()] = f64::NAN;
    assert!(
        RunResult::from_parts(run.months.clone(), run.run_seed, bad).is_none(),
        "employment always has a value"
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn summaries_and_comparisons_leave_runs_with_no_value_out_of_the_month() {
    let s = emptying(8);
    let runs = runs_of(&s);
    let summary = Summary::from_runs(&s, &runs);
    let b = summary.bands(Metric::UnitCost);
    let last = b.mean.len() - 1;
    // Every run is empty at the end: no value, not 0.
    assert!(b.mean[last].is_nan() && b.p10[last].is_nan() && b.p90[last].is_nan());
    assert!(summary.final_value(Metric::WageRatio).is_nan());
    assert_eq!(summary.final_value(Metric::Employment), 0.0);
    // Mixed months: the mean and bands are of the runs that have a value.
    let t = (0..=last)
        .find(|&t| {
            let empty = runs
                .iter()
                .filter(|r| r.series(Metric::Employment)[t] == 0.0)
                .count();
            empty > 0 && empty < runs.len()
        })
        .expect("a month when some runs are empty and others not");
    let with_value: Vec<f64> = runs
        .iter()
        .map(|r| r.series(Metric::UnitCost)[t])
        .filter(|v| !v.is_nan())
        .collect();
    let mean = with_value.iter().sum::<f64>() / with_value.len() as f64;
    assert_eq!(b.mean[t], mean);
    assert!(
        b.p10[t] > 0.0 && b.p10[t] <= b.p90[t],
        "{} {}",
        b.p10[t],
        b.p90[t]
    );
    // Against a baseline that keeps its artisans, the pairs with no value are left out.
    let baseline = ScenarioSpec {
        runs: 8,
        years: 3,
        ..ScenarioSpec::default()
    }
    .validate()
    .expect("valid");
    let c = Comparison::from_runs(&runs, &runs_of(&baseline)).expect("paired");
    let d = c.difference(Metric::UnitCost);
    assert_eq!(d.pairs[0], 8);
    assert_eq!(d.pairs[t] as usize, with_value.len());
    assert_eq!(d.pairs[last], 0);
    assert!(d.mean[last].is_nan());
    assert_eq!(c.verdict(Metric::UnitCost, last as u32), Verdict::NoValue);
    assert_eq!(c.verdict(Metric::Employment, last as u32), Verdict::Worse);
}
