//! Calibration and validation against the published figures in FACTS.md, under today's
//! allocation: the first year inside every published range (mean and 10th-90th percentiles at
//! every month), and the multi-year patterns of the published series. `docs/MODEL.md` section
//! 11 keeps the checks that are independent apart from the targets a parameter was fitted to.

use canting_model::{Metric, ScenarioSpec, Summary, run_ensemble};

fn today(years: u32) -> Summary {
    let spec = ScenarioSpec {
        runs: 8,
        years,
        ..ScenarioSpec::default()
    };
    run_ensemble(&spec.validate().expect("today's allocation is valid"))
}

/// Checks that a metric stays within [lo, hi] over months `from..=to` (mean and 10th-90th
/// percentiles).
fn assert_within(s: &Summary, m: Metric, months: (usize, usize), lo: f64, hi: f64, source: &str) {
    let b = s.bands(m);
    for t in months.0..=months.1.min(b.mean.len() - 1) {
        let (mean, p10, p90) = (b.mean[t], b.p10[t], b.p90[t]);
        assert!(
            p10 >= lo && p90 <= hi && mean >= lo && mean <= hi,
            "{} at month {t}: mean {mean:.3}, p10 {p10:.3}, p90 {p90:.3}; expected within [{lo}, {hi}] ({source})",
            m.key()
        );
    }
}

/// The yearly rate of change of a metric's mean between two years, in % a year.
fn yearly_change(s: &Summary, m: Metric, from: u32, to: u32) -> f64 {
    let (a, b) = (s.value_at(m, from * 12), s.value_at(m, to * 12));
    100.0 * ((b / a).powf(1.0 / f64::from(to - from)) - 1.0)
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn businesses_in_year_one_are_within_the_published_counts() {
    // 1,081 IKM (2016, Dinperinaker) to about 1,300 UMKM (2021), with a margin to 1,400.
    assert_within(
        &today(1),
        Metric::Businesses,
        (0, 12),
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
        &today(1),
        Metric::Employment,
        (0, 12),
        9841.0,
        12937.0,
        "FACTS: the industry",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn most_artisans_are_over_50_in_year_one() {
    assert_within(
        &today(1),
        Metric::ShareOver50,
        (0, 12),
        50.0,
        80.0,
        "FACTS: age",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn wages_in_year_one_are_below_the_minimum_wage() {
    // Rp 1.0-1.5 m against a minimum wage of about Rp 1.9 m: 0.53-0.79.
    assert_within(
        &today(1),
        Metric::WageRatio,
        (0, 12),
        0.53,
        0.79,
        "FACTS: wages",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn batik_exports_in_year_one_are_in_the_low_millions_of_dollars() {
    // Calibrated (export_usd_per_artisan_year), so a check of the fit, not an independent one:
    // US$ 0.42-3.27 m a year (2016-19), 1.99-2.18 m (2010-11).
    assert_within(
        &today(1),
        Metric::ExportsUsdM,
        (0, 12),
        0.4,
        3.5,
        "FACTS: exports",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn active_cooperatives_start_between_the_2022_and_2024_counts() {
    // 148 active (2022), 125 (2024).
    assert_within(
        &today(1),
        Metric::ActiveCooperatives,
        (0, 0),
        125.0,
        150.0,
        "FACTS: cooperatives",
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn over_ten_years_todays_allocation_follows_the_published_series() {
    let s = today(10);
    // Cooperatives (calibrated to it): 237 (2016) to 125 (2024), -7.7% a year.
    let coops = yearly_change(&s, Metric::ActiveCooperatives, 0, 5);
    assert!(
        (-10.0..=-5.0).contains(&coops),
        "active cooperatives {coops:.1}% a year"
    );
    // Workforce (calibrated to it): 9,841 (2012) to 12,937 (2016), a count that also widened;
    // fitted to 0-3% a year.
    for (from, to) in [(0, 5), (5, 10)] {
        let g = yearly_change(&s, Metric::Employment, from, to);
        assert!(
            (0.0..=3.0).contains(&g),
            "employment years {from}-{to}: {g:.2}% a year"
        );
    }
    // Online selling (calibrated to its start): BPS 32.2% (2021) to 34.1% (2022) of
    // businesses; it keeps rising slowly and saturates, never past 60%.
    let online = (s.value_at(Metric::ShareOnline, 60) - s.value_at(Metric::ShareOnline, 0)) / 5.0;
    assert!(
        (0.5..=3.0).contains(&online),
        "online selling +{online:.2} points a year"
    );
    assert!(s.bands(Metric::ShareOnline).p90.iter().all(|&x| x < 60.0));
    // Independent checks, from here on.
    // Exports: 1.99 (2010), 2.18 (2011), 1.2 (2016), 0.42 (2017), 1.1 (2018), 3.27 (2019): no
    // trend beyond the year-to-year spread; the model's mean stays in that range and within
    // 10% a year of its start.
    assert_within(
        &s,
        Metric::ExportsUsdM,
        (0, 120),
        0.0,
        4.0,
        "FACTS: exports",
    );
    let exports = yearly_change(&s, Metric::ExportsUsdM, 0, 10);
    assert!(exports.abs() <= 10.0, "exports {exports:.1}% a year");
    // Businesses stay within 1,081 IKM (2016) and about 1,300-1,400 UMKM (2021).
    assert_within(
        &s,
        Metric::Businesses,
        (0, 120),
        1081.0,
        1400.0,
        "FACTS: the industry",
    );
    // "Most batik workers are over 50" (2024), and the young do not come back on their own.
    assert_within(&s, Metric::ShareOver50, (0, 120), 50.0, 80.0, "FACTS: age");
    // Wages stay below the minimum wage.
    assert_within(&s, Metric::WageRatio, (0, 120), 0.4, 0.9, "FACTS: wages");
    // Unease with technology falls with the generations, about as fast as internet non-use
    // fell nationally (35.2% in 2018 to 20.5% in 2024, APJII: -2.45 points a year).
    let tech = (s.value_at(Metric::ObstacleTechIlliteracy, 60)
        - s.value_at(Metric::ObstacleTechIlliteracy, 0))
        / 5.0;
    assert!(
        (-3.5..=-1.0).contains(&tech),
        "technology obstacle {tech:+.2} points a year"
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn todays_allocation_keeps_what_it_was_fitted_to_keep_steady() {
    // Regression: model 1 let certification, online selling and training drift under today's
    // split though its text said the start was steady. Each of these is set to be steady at
    // the start (the training shares are calibrated to it): within two points in five years.
    let s = today(5);
    for m in [
        Metric::ShareCertified,
        Metric::TrainingUptake,
        Metric::TrainingCoverage,
        Metric::MarketReach,
        Metric::ShareBeyondCity,
        Metric::Quality,
        Metric::ObstacleTrainingGap,
        Metric::ObstacleYouthDisinterest,
    ] {
        let change = s.value_at(m, 60) - s.value_at(m, 0);
        assert!(
            change.abs() <= 2.0,
            "{} moves {change:+.2} in five years",
            m.key()
        );
    }
    let comp = s.value_at(Metric::Competitiveness, 60) - 50.0;
    assert!(comp.abs() <= 1.0, "competitiveness drifts {comp:+.2}");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_start_is_fitted_with_the_same_size_cap_as_the_market_moves() {
    // Regression: the start's fit kept relative size within a fixed 0.2-5 while the business
    // review used `upgrade_size_cap`, so any other cap started mis-fitted and exports drifted
    // (+47% in five years at a cap of 10 against +30% at the default 5). Now the start itself
    // follows the cap (larger businesses export more, the share beyond the city stays fitted)
    // and exports drift alike over five and ten years.
    let run = |cap: f64| {
        let mut spec = ScenarioSpec {
            runs: 8,
            years: 10,
            ..ScenarioSpec::default()
        };
        spec.params.insert("upgrade_size_cap".to_string(), cap);
        run_ensemble(&spec.validate().expect("valid"))
    };
    let drift = |s: &Summary, year: u32| {
        s.value_at(Metric::ExportsUsdM, year * 12) / s.value_at(Metric::ExportsUsdM, 0)
    };
    let default = run(5.0);
    for cap in [3.0, 10.0] {
        let s = run(cap);
        for year in [5, 10] {
            let (d, d5) = (drift(&s, year), drift(&default, year));
            assert!(
                (d - d5).abs() < 0.1,
                "exports grow {d:.3}x in {year} years at a cap of {cap}, {d5:.3}x at 5"
            );
        }
        let beyond = |s: &Summary| s.value_at(Metric::ShareBeyondCity, 0);
        assert!(
            (beyond(&s) - beyond(&default)).abs() < 0.5,
            "the share beyond the city is fitted at any cap: {:.2} at {cap}, {:.2} at 5",
            beyond(&s),
            beyond(&default)
        );
        let exports = s.value_at(Metric::ExportsUsdM, 0);
        let at_five = default.value_at(Metric::ExportsUsdM, 0);
        assert!(
            (exports > at_five) == (cap > 5.0),
            "the start's exports follow the cap: {exports:.2} at {cap}, {at_five:.2} at 5"
        );
    }
}
