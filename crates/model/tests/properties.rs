//! Property tests (native only: proptest needs the operating system's randomness, which
//! wasm32-unknown-unknown lacks). Any valid scenario gives every outcome in range and no NaN
//! (except, as "no value", for an average over an empty city); any string given as a link is
//! decoded or refused, never a panic; encode, decode and encode again gives the same token.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use canting_model::{
    Budgets, Metric, ScenarioSpec, decode_link, encode_link, encode_spec, parameters, run_ensemble,
};

fn budgets() -> impl Strategy<Value = Budgets> {
    proptest::array::uniform7(0u64..4000).prop_map(Budgets::from_array)
}

/// Valid scenarios, kept small (a few hundred to a few thousand artisans) so many run quickly.
fn scenario() -> impl Strategy<Value = ScenarioSpec> {
    (
        budgets(),
        0u64..8000,
        1u32..=3,
        any::<u64>(),
        1u32..=3,
        (50u32..400, 2u32..12),
        proptest::option::of(0.0f64..1.0),
        proptest::option::of(0.0f64..20.0),
        proptest::collection::vec((any::<proptest::sample::Index>(), 0.0f64..=1.0), 0..4),
    )
        .prop_map(
            |(b, slack, years, seed, runs, (n_b, per_b), entry, gain, others)| {
                let mut spec = ScenarioSpec {
                    envelope_juta: b.total() + slack,
                    budgets_juta: b,
                    years,
                    seed,
                    runs,
                    ..ScenarioSpec::default()
                };
                spec.params.insert("n_businesses".into(), f64::from(n_b));
                spec.params
                    .insert("n_artisans".into(), f64::from(n_b * per_b));
                if let Some(e) = entry {
                    spec.params.insert("youth_entry_prob".into(), e);
                }
                if let Some(g) = gain {
                    spec.params.insert("export_upgrade_gain".into(), g);
                }
                // A few more editable parameters anywhere within their bounds (counts rounded);
                // the population sizes stay small so that many cases run quickly.
                let editable: Vec<_> = parameters()
                    .into_iter()
                    .filter(|p| {
                        p.user_editable
                            && ![
                                "n_businesses",
                                "n_artisans",
                                "youth_pool_per_year",
                                "n_cooperatives",
                            ]
                            .contains(&p.key)
                    })
                    .collect();
                for (idx, frac) in others {
                    let p = idx.get(&editable);
                    let mut v = p.min + frac * (p.max - p.min);
                    if p.whole() {
                        v = v.round();
                    }
                    spec.params.insert(p.key.to_string(), v.clamp(p.min, p.max));
                }
                spec
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_scenario_gives_every_outcome_in_range_and_no_nan(spec in scenario()) {
        let s = spec.validate().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let sum = run_ensemble(&s);
        for &m in Metric::ALL {
            let b = sum.bands(m);
            for (t, v) in b.mean.iter().chain(&b.p10).chain(&b.p50).chain(&b.p90).enumerate() {
                // No value only for an average of nobody: every run's city empty that month
                // (of artisans, or of businesses).
                if v.is_nan() {
                    let t = t % b.mean.len();
                    let empty = sum.bands(Metric::Employment).p90[t] == 0.0
                        || sum.bands(Metric::Businesses).p90[t] == 0.0
                        || (m == Metric::UptakeOver50 && sum.bands(Metric::ShareOver50).p90[t] == 0.0);
                    prop_assert!(m.may_have_no_value() && empty, "{} is NaN at month {t}", m.key());
                    continue;
                }
                prop_assert!(v.is_finite(), "{} is {v}", m.key());
                prop_assert!(*v >= 0.0, "{} is negative: {v}", m.key());
                if let Some((lo, hi)) = m.range() {
                    prop_assert!(*v >= lo && *v <= hi, "{} = {v} outside [{lo}, {hi}]", m.key());
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_string_given_as_a_link_is_decoded_or_refused_never_a_panic(s in ".{0,200}") {
        let _ = decode_link(&s);
    }

    #[test]
    fn any_url_safe_string_given_as_a_link_is_decoded_or_refused(s in "[A-Za-z0-9_-]{0,120}") {
        let _ = decode_link(&s);
        let _ = decode_link(&format!("https://example.org/?s={s}"));
    }

    #[test]
    fn a_mangled_real_token_is_refused_or_decodes_to_something_never_a_panic(
        cut in 0usize..60, pos in 0usize..60, c in "[A-Za-z0-9_-]"
    ) {
        let t = encode_link(&ScenarioSpec::default().validate().map_err(|e| TestCaseError::fail(e.to_string()))?);
        let mut chars: Vec<char> = t.chars().collect();
        if pos < chars.len() {
            chars[pos] = c.chars().next().unwrap_or('A');
        }
        chars.truncate(cut.max(1).min(chars.len()));
        let mangled: String = chars.into_iter().collect();
        let _ = decode_link(&mangled);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn encode_then_decode_gives_back_the_same_scenario(
        b in budgets(), slack in 0u64..100_000, years in 1u32..=10, seed in any::<u64>(), runs in 1u32..=256,
        entry in proptest::option::of(0.0f64..1.0)
    ) {
        let mut spec = ScenarioSpec { envelope_juta: b.total() + slack, budgets_juta: b, years, seed, runs, ..ScenarioSpec::default() };
        if let Some(e) = entry {
            spec.params.insert("youth_entry_prob".into(), e);
        }
        let s = spec.validate().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let token = encode_link(&s);
        prop_assert!(entry.is_some() || token.len() <= 120, "{} characters", token.len());
        let d = decode_link(&token).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&d.spec, &spec);
        prop_assert_eq!(encode_spec(&d.spec, d.model_version), token);
    }

    #[test]
    fn encode_decode_encode_is_the_identity_whatever_the_parameters(spec in scenario()) {
        let s = spec.validate().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let token = encode_link(&s);
        let d = decode_link(&token).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&d.spec, &spec);
        prop_assert_eq!(encode_spec(&d.spec, d.model_version), token);
    }
}
