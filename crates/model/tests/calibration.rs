//! Calibration: with today's allocation, the first year (months 0 to 12) sits inside the ranges
//! FACTS.md gives. One test per target; each checks the ensemble mean and its 10th and 90th
//! percentiles at every month of the year.

use canting_model::{Metric, ScenarioSpec, Summary, run_ensemble};

fn first_year() -> Summary {
    let spec = ScenarioSpec {
        runs: 8,
        years: 1,
        ..ScenarioSpec::default()
    };
    run_ensemble(&spec.validate().expect("today's allocation is valid"))
}

/// Checks that a metric stays within [lo, hi] in year 1 (mean and 10th-90th percentiles).
fn assert_within(s: &Summary, m: Metric, lo: f64, hi: f64, source: &str) {
    let b = s.bands(m);
    for (t, ((mean, p10), p90)) in b.mean.iter().zip(&b.p10).zip(&b.p90).enumerate() {
        assert!(
            *p10 >= lo && *p90 <= hi && *mean >= lo && *mean <= hi,
            "{} at month {t}: mean {mean:.3}, p10 {p10:.3}, p90 {p90:.3}; expected within [{lo}, {hi}] ({source})",
            m.key()
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn businesses_in_year_one_are_within_the_published_counts() {
    // 1,081 IKM (2016, Dinperinaker) to about 1,300 UMKM (2021), with a margin to 1,400.
    assert_within(
        &first_year(),
        Metric::Businesses,
        1081.0,
        1400.0,
        "FACTS: the industry",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn artisans_in_year_one_are_within_the_published_counts() {
    // 9,841 workers (2012) to 12,937 (2016).
    assert_within(
        &first_year(),
        Metric::Employment,
        9841.0,
        12937.0,
        "FACTS: the industry",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn most_artisans_are_over_50_in_year_one() {
    // "Most batik workers are over 50" (2024).
    assert_within(
        &first_year(),
        Metric::ShareOver50,
        50.0,
        80.0,
        "FACTS: workers, age",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn wages_in_year_one_are_below_the_minimum_wage() {
    // Rp 1.0-1.5 m a month against a minimum wage of about Rp 1.9 m (2019).
    assert_within(
        &first_year(),
        Metric::WageRatio,
        1.0 / 1.9,
        1.5 / 1.9,
        "FACTS: wages",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn batik_exports_in_year_one_are_in_the_low_millions_of_dollars() {
    // US$ 0.42-3.27 m a year in 2016-19 (BPS; asiaclimatelab), 1.99-2.18 m in 2010-11.
    assert_within(&first_year(), Metric::ExportsUsdM, 0.4, 3.5, "FACTS: trade");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn active_cooperatives_in_year_one_are_125_to_150() {
    // 148 active (2022), 125 active (2024).
    assert_within(
        &first_year(),
        Metric::ActiveCooperatives,
        125.0,
        150.0,
        "FACTS: cooperatives",
    );
}
