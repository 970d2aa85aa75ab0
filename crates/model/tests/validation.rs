//! Validation: a scenario is checked into a `Scenario` or refused with every problem at once,
//! in plain words in both languages.

use canting_model::{
    Budgets, DEFAULT_ENVELOPE_JUTA, DEFAULT_WORK, Lang, MAX_ENVELOPE_JUTA, MAX_WORK, Preset,
    Scenario, ScenarioSpec, SpecError, Strategy, ValidationError, parameters,
};

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_default_scenario_and_every_preset_are_valid() {
    let s = ScenarioSpec::default()
        .validate()
        .expect("the default scenario is valid");
    assert_eq!((s.years(), s.months(), s.runs()), (5, 60, 32));
    assert_eq!(
        s.spec().budgets_juta,
        Preset::Today.budgets(DEFAULT_ENVELOPE_JUTA)
    );
    for p in Preset::ALL {
        let spec = ScenarioSpec::from_preset(p);
        assert!(spec.validate().is_ok(), "preset {} is valid", p.key());
        let total = spec.budgets_juta.total();
        if p == Preset::NoBudget {
            assert_eq!(total, 0);
        } else {
            assert_eq!(
                total,
                DEFAULT_ENVELOPE_JUTA,
                "preset {} spends the envelope exactly",
                p.key()
            );
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn presets_keep_any_envelope_exactly() {
    for env in [0u64, 1, 7, 999, 5000, 12_345, 1_000_000] {
        for p in Preset::ALL {
            let b = p.budgets(env);
            let expected = if p == Preset::NoBudget { 0 } else { env };
            assert_eq!(b.total(), expected, "{} of {env}", p.key());
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn validation_reports_every_problem_at_once() {
    let mut spec = ScenarioSpec {
        envelope_juta: 1000,
        years: 0,
        runs: 1000,
        ..ScenarioSpec::default()
    };
    spec.budgets_juta = Budgets::from_array([600_000, 600_000, 500, 0, 0, 0, 0]);
    spec.params.insert("no_such_parameter".into(), 1.0);
    spec.params.insert("n_artisans".into(), 50.5);
    spec.params.insert("share_over_50".into(), 2.0);
    spec.params.insert("business_size_tail".into(), 2.0);
    spec.params.insert("reach_base".into(), f64::NAN);
    let errors = spec
        .validate()
        .expect_err("this scenario has many problems");
    let e = errors.errors();
    assert!(e.iter().any(|e| matches!(
        e,
        ValidationError::BudgetsTooLarge {
            total_juta: 1_200_500,
            ..
        }
    )));
    assert!(
        e.iter()
            .any(|e| matches!(e, ValidationError::Years { years: 0 }))
    );
    assert!(
        e.iter()
            .any(|e| matches!(e, ValidationError::Runs { runs: 1000 }))
    );
    assert!(
        e.iter().any(
            |e| matches!(e, ValidationError::UnknownParam { key } if key == "no_such_parameter")
        )
    );
    assert!(
        e.iter().any(
            |e| matches!(e, ValidationError::ParamOutOfRange { key, .. } if key == "n_artisans")
        )
    );
    assert!(e.iter().any(
        |e| matches!(e, ValidationError::ParamOutOfRange { key, .. } if key == "share_over_50")
    ));
    assert!(e.iter().any(
        |e| matches!(e, ValidationError::ParamNotEditable { key } if key == "business_size_tail")
    ));
    assert!(
        e.iter()
            .any(|e| matches!(e, ValidationError::ParamNotFinite { key } if key == "reach_base"))
    );
    assert_eq!(e.len(), 8, "{errors}");
    let text = errors.to_string();
    assert!(text.starts_with("the scenario has 8 problems"), "{text}");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn messages_come_in_both_languages_in_plain_words() {
    let mut spec = ScenarioSpec {
        envelope_juta: 10,
        years: 11,
        ..ScenarioSpec::default()
    };
    spec.budgets_juta.set(Strategy::Networking, 5_000_000);
    spec.params.insert("n_cooperatives".into(), 10.5);
    spec.params.insert("n_businesses".into(), 1000.0);
    spec.params.insert("n_artisans".into(), 100.0);
    let errors = spec.validate().expect_err("invalid");
    let en = errors.messages(Lang::En);
    let id = errors.messages(Lang::Id);
    assert_eq!(en.len(), id.len());
    assert!(en.len() >= 4, "{en:?}");
    for (e, i) in en.iter().zip(&id) {
        assert!(!e.is_empty() && !i.is_empty());
        assert_ne!(e, i, "the two languages differ");
    }
    assert!(en.iter().any(|m| m.contains("budgets add up to")), "{en:?}");
    assert!(
        id.iter().any(|m| m.contains("melebihi batas model")),
        "{id:?}"
    );
    assert!(en.iter().any(|m| m.contains("whole number")), "{en:?}");
    assert!(
        en.iter().any(|m| m.contains("at least as many artisans")),
        "{en:?}"
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn budgets_may_miss_the_envelope_but_not_be_absurd() {
    let mut spec = ScenarioSpec::default();
    spec.budgets_juta.set(Strategy::Networking, 0);
    assert!(
        spec.validate().is_ok(),
        "leaving part of the envelope unspent is allowed"
    );
    spec.budgets_juta
        .set(Strategy::Networking, DEFAULT_ENVELOPE_JUTA);
    assert!(
        spec.validate().is_ok(),
        "going over the envelope is allowed: the app shows by how much"
    );
    spec.budgets_juta
        .set(Strategy::Networking, MAX_ENVELOPE_JUTA);
    assert!(spec.validate().is_err(), "an absurd total is refused");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_editable_parameter_accepts_its_bounds() {
    for p in parameters().into_iter().filter(|p| p.user_editable) {
        for v in [p.min, p.max, p.value] {
            let mut spec = ScenarioSpec::default();
            spec.params.insert(p.key.to_string(), v);
            // n_artisans at its minimum needs n_businesses no larger.
            if p.key == "n_artisans" && v < 1250.0 {
                spec.params.insert("n_businesses".into(), v.min(50.0));
            }
            if p.key == "n_businesses" && v > 12000.0 {
                spec.params.insert("n_artisans".into(), v);
            }
            assert!(
                spec.validate().is_ok(),
                "{} = {v}: {:?}",
                p.key,
                spec.validate().err()
            );
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_json_form_is_close_to_what_users_type() {
    let json = r#"{"envelope_juta": 6000, "budgets_juta": {"flagship_exports": 1000, "government_priority": 500,
        "networking": 500, "product_quality": 1500, "finance_credibility": 1000, "local_materials": 500,
        "technology_wisdom": 1000}, "seed": 9}"#;
    let spec: ScenarioSpec =
        serde_json::from_str(json).expect("parses; missing fields take defaults");
    assert_eq!((spec.years, spec.runs, spec.seed), (5, 32, 9));
    assert!(spec.params.is_empty());
    assert!(spec.validate().is_ok());
    let typo = r#"{"envelope_juta": 6000, "budgts_juta": {}}"#;
    assert!(
        serde_json::from_str::<ScenarioSpec>(typo).is_err(),
        "an unknown field is refused, not ignored"
    );
    let back: ScenarioSpec =
        serde_json::from_str(&serde_json::to_string(&spec).expect("serialises")).expect("parses");
    assert_eq!(back, spec);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_refused_business_count_is_not_followed_by_a_derived_message_about_artisans() {
    // Regression: n_businesses refused, then "fewer artisans than businesses (1250)" about the
    // default that took its place.
    for bad in [100_000.0, 1000.5, f64::NAN] {
        let mut spec = ScenarioSpec::default();
        spec.params.insert("n_businesses".into(), bad);
        spec.params.insert("n_artisans".into(), 500.0);
        let errors = spec.validate().expect_err("n_businesses is refused");
        assert_eq!(errors.errors().len(), 1, "{bad}: {errors}");
        assert!(
            !errors
                .errors()
                .iter()
                .any(|e| matches!(e, ValidationError::FewerArtisansThanBusinesses { .. })),
            "{bad}: {errors}"
        );
    }
    // The same for a refused artisan count.
    let mut spec = ScenarioSpec::default();
    spec.params.insert("n_artisans".into(), 10.0);
    spec.params.insert("n_businesses".into(), 60.0);
    let errors = spec.validate().expect_err("n_artisans is refused");
    assert_eq!(errors.errors().len(), 1, "{errors}");
    // Both accepted but inconsistent: the combined check still speaks.
    let mut spec = ScenarioSpec::default();
    spec.params.insert("n_artisans".into(), 500.0);
    spec.params.insert("n_businesses".into(), 600.0);
    let errors = spec.validate().expect_err("fewer artisans than businesses");
    assert!(matches!(
        errors.errors(),
        [ValidationError::FewerArtisansThanBusinesses { .. }]
    ));
    assert!(
        errors.messages(Lang::Id)[0].contains("(500)")
            && errors.messages(Lang::Id)[0].contains("(600)"),
        "{:?}",
        errors.messages(Lang::Id)
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn indonesian_messages_write_integers_above_two_to_the_53_exactly() {
    // Regression: a total of u64::MAX was written 18.446.744.073.709.552.000 (through f64).
    let spec = ScenarioSpec {
        budgets_juta: Budgets::from_array([u64::MAX, 0, 0, 0, 0, 0, 0]),
        envelope_juta: (1 << 53) + 1,
        ..ScenarioSpec::default()
    };
    let id = spec.validate().expect_err("absurd").messages(Lang::Id);
    assert!(
        id.iter()
            .any(|m| m.contains("Rp 18.446.744.073.709.551.615 juta")),
        "{id:?}"
    );
    assert!(
        id.iter()
            .any(|m| m.contains("Rp 9.007.199.254.740.993 juta")),
        "{id:?}"
    );
    assert!(id.iter().any(|m| m.contains("Rp 1.000.000 juta")), "{id:?}");
    let en = spec.validate().expect_err("absurd").messages(Lang::En);
    assert!(
        en.iter()
            .any(|m| m.contains("Rp 18,446,744,073,709,551,615 million")),
        "{en:?}"
    );
    let spec = ScenarioSpec {
        runs: 4000,
        ..ScenarioSpec::default()
    };
    let id = spec
        .validate()
        .expect_err("too many runs")
        .messages(Lang::Id);
    assert!(id[0].ends_with("bukan 4.000"), "{id:?}");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_parameter_given_twice_is_refused_not_one_of_them_kept() {
    // Regression: `{"params": {"stop_rate": 0.1, "stop_rate": 0.9}}` ran with one of them.
    let json = r#"{"params": {"stop_rate": 0.1, "quit_rate_young": 0.2, "stop_rate": 0.9}}"#;
    let err = serde_json::from_str::<ScenarioSpec>(json).expect_err("refused through serde");
    assert!(
        err.to_string()
            .contains("the model parameter \"stop_rate\" is given more than once"),
        "{err}"
    );
    let typed = ScenarioSpec::from_json(json).expect_err("refused, typed");
    assert_eq!(
        typed,
        SpecError::DuplicateParam {
            key: "stop_rate".into()
        }
    );
    let (en, id) = (typed.message(Lang::En), typed.message(Lang::Id));
    assert!(en.contains("more than once"), "{en}");
    assert!(
        id.contains("lebih dari sekali") && id.contains("(stop_rate)"),
        "{id}"
    );
    // As a duplicated top-level field already was.
    let top = r#"{"years": 3, "years": 4}"#;
    assert!(serde_json::from_str::<ScenarioSpec>(top).is_err());
    assert!(matches!(
        ScenarioSpec::from_json(top),
        Err(SpecError::Json { detail }) if detail.contains("duplicate field")
    ));
    // Each key once reads as before, and missing fields take their defaults.
    let once = r#"{"params": {"stop_rate": 0.1, "quit_rate_young": 0.2}, "seed": 5}"#;
    let spec = ScenarioSpec::from_json(once).expect("reads");
    assert_eq!(
        serde_json::from_str::<ScenarioSpec>(once).expect("reads"),
        spec
    );
    assert_eq!((spec.seed, spec.runs, spec.params.len()), (5, 32, 2));
    assert!(matches!(
        ScenarioSpec::from_json(r#"{"budgts_juta": {}}"#),
        Err(SpecError::Json { .. })
    ));
    assert_ne!(
        SpecError::Json { detail: "x".into() }.message(Lang::Id),
        SpecError::Json { detail: "x".into() }.message(Lang::En)
    );
}

/// A scenario with the given runs, years and population overrides.
fn sized(runs: u32, years: u32, params: &[(&str, f64)]) -> ScenarioSpec {
    let mut spec = ScenarioSpec {
        runs,
        years,
        ..ScenarioSpec::default()
    };
    for &(key, value) in params {
        spec.params.insert(key.into(), value);
    }
    spec
}

/// Every parameter that sizes the city at the largest value it may take.
const LARGEST_CITY: [(&str, f64); 4] = [
    ("n_artisans", 200_000.0),
    ("n_businesses", 20_000.0),
    ("youth_pool_per_year", 50_000.0),
    ("adult_pool_per_year", 50_000.0),
];

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_work_a_scenario_asks_for_is_bounded_with_every_bound_at_its_largest() {
    // Regression: each field was bounded but not their product; 256 runs x 10 years x 200,000
    // artisans / 20,000 businesses passed and took minutes of computing.
    for &(k, v) in &LARGEST_CITY {
        let p = canting_model::parameter(k).expect("a parameter");
        assert_eq!(p.max, v, "{k}'s largest value changed: update this test");
    }
    assert_eq!(
        (canting_model::RUNS_RANGE.1, canting_model::YEARS_RANGE.1),
        (256, 10)
    );
    let worst = sized(256, 10, &LARGEST_CITY);
    let errors = worst.validate().expect_err("the worst case is refused");
    // 256 runs x 120 months x (200,000 + 100,000 x 10 / 2 + 10 x 20,000).
    let expected = 256 * 120 * (200_000 + 500_000 + 200_000);
    assert_eq!(
        errors.errors(),
        [ValidationError::WorkTooLarge {
            work: expected,
            max_work: MAX_WORK,
        }]
    );
    let en = errors.messages(Lang::En);
    let id = errors.messages(Lang::Id);
    assert!(
        en[0].contains("27,648,000,000") && en[0].contains("1,674,240,000"),
        "{en:?}"
    );
    assert!(en[0].contains("364.6 times the default"), "{en:?}");
    assert!(
        id[0].contains("27.648.000.000") && id[0].contains("1.674.240.000"),
        "{id:?}"
    );
    assert!(id[0].contains("364,6 kali"), "{id:?}");
    // The issue's case, with the pools at their defaults, is refused too.
    let issue = sized(
        256,
        10,
        &[("n_artisans", 200_000.0), ("n_businesses", 20_000.0)],
    );
    assert!(matches!(
        issue.validate().expect_err("refused").errors(),
        [ValidationError::WorkTooLarge { .. }]
    ));
    // The bound is refused only on its own: a refused field brings no work message.
    let refused = sized(256, 11, &LARGEST_CITY);
    assert!(matches!(
        refused.validate().expect_err("refused").errors(),
        [ValidationError::Years { years: 11 }]
    ));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_largest_city_for_the_default_runs_and_the_most_runs_of_the_default_city_both_fit() {
    let default = Scenario::default();
    assert_eq!(default.work(), DEFAULT_WORK);
    assert_eq!(default.work_relative_to_default(), 1.0);
    // The bound is the work of 256 runs over ten years of the default city.
    let most_runs = sized(256, 10, &[])
        .validate()
        .expect("256 runs, 10 years fit");
    assert_eq!(most_runs.work(), MAX_WORK);
    assert!((most_runs.work_relative_to_default() - 22.08).abs() < 0.01);
    // The largest city for the default runs, over the default and the longest horizon.
    let city = [("n_artisans", 200_000.0), ("n_businesses", 20_000.0)];
    for years in [5, 10] {
        let s = sized(32, years, &city)
            .validate()
            .expect("the largest city fits");
        assert!(s.work() <= MAX_WORK);
    }
    // One more run past the bound is refused.
    let s = sized(33, 10, &city);
    assert!(matches!(
        s.validate().expect_err("refused").errors(),
        [ValidationError::WorkTooLarge { .. }]
    ));
    // Whatever a scenario sets, what validation accepts is within the bound: every
    // combination of runs, years and city sizes at their smallest, default and largest.
    let mut accepted = 0;
    for runs in [1, 32, 256] {
        for years in [1, 5, 10] {
            for mask in 0..16u32 {
                let params: Vec<(&str, f64)> = LARGEST_CITY
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, &kv)| kv)
                    .collect();
                let spec = sized(runs, years, &params);
                if let Ok(s) = spec.validate() {
                    accepted += 1;
                    assert!(
                        s.work() <= MAX_WORK,
                        "{runs} runs, {years} years, {params:?}"
                    );
                }
            }
        }
    }
    assert!(accepted > 60, "{accepted} of 144 accepted");
}
