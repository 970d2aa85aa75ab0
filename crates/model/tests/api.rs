//! The public vocabulary the app and the runner rely on: strategies, presets, metrics and
//! parameters, with their keys, labels and sources.

use std::collections::BTreeSet;

use canting_model::{
    Comparison, Lang, Metric, Preset, RunResult, ScenarioSpec, Source, Strategy, Verdict,
    model_notes, parameters, run_ensemble, split_in_proportion,
};

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn strategies_carry_the_products_exact_labels_in_the_studys_order() {
    let id = [
        "Daya saing produk unggulan dan orientasi ekspor",
        "Batik sebagai prioritas program pemerintah",
        "Jejaring pemerintah, dunia usaha dan pemangku kepentingan",
        "Mutu dan kualitas produk",
        "Kredibilitas koperasi dan UMKM untuk akses pembiayaan",
        "Bahan baku lokal dan produk dalam negeri",
        "Teknologi modern dan kearifan lokal",
    ];
    let en = [
        "Flagship-product competitiveness and exports",
        "Batik as a government priority",
        "Networking of government, business and stakeholders",
        "Product quality",
        "Cooperative and SME credibility for finance",
        "Local raw materials and domestic products",
        "Modern technology and local wisdom",
    ];
    for (i, s) in Strategy::ALL.into_iter().enumerate() {
        assert_eq!(s.index(), i);
        assert_eq!(Strategy::from_key(s.key()), Some(s));
        assert_eq!(s.label(Lang::Id), id[i]);
        assert_eq!(s.label(Lang::En), en[i]);
        for lang in Lang::ALL {
            let d = s.description(lang);
            let sentences = d.matches(". ").count() + 1;
            assert!(
                (2..=4).contains(&sentences),
                "{} description has {sentences} sentences",
                s.key()
            );
            assert!(!s.mechanisms(lang).is_empty());
        }
    }
    assert_eq!(Strategy::FlagshipExports.key(), "flagship_exports");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn bahasa_indonesia_is_the_default_language_and_serialises_lowercase() {
    assert_eq!(Lang::default(), Lang::Id);
    assert_eq!(
        serde_json::to_string(&Lang::En).expect("serialises"),
        "\"en\""
    );
    assert_eq!(
        serde_json::from_str::<Lang>("\"id\"").expect("parses"),
        Lang::Id
    );
    assert_ne!(model_notes(Lang::Id), model_notes(Lang::En));
    assert!(model_notes(Lang::En).split("\n\n").count() >= 3);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn metrics_have_unique_snake_case_keys_labels_and_units() {
    let mut keys = BTreeSet::new();
    for (i, &m) in Metric::ALL.iter().enumerate() {
        assert_eq!(m.index(), i);
        assert!(keys.insert(m.key()), "duplicate key {}", m.key());
        assert!(
            m.key()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        );
        assert_eq!(Metric::from_key(m.key()), Some(m));
        for lang in Lang::ALL {
            assert!(!m.label(lang).is_empty() && !m.unit(lang).is_empty());
        }
    }
    for k in [
        "competitiveness",
        "training_uptake",
        "obstacle_training_gap",
        "obstacle_youth_disinterest",
        "obstacle_tech_illiteracy",
        "obstacle_severity",
    ] {
        assert!(keys.contains(k), "the issue's metric {k}");
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_parameter_has_a_source_or_is_an_assumption_and_sane_bounds() {
    let params = parameters();
    assert!(params.len() >= 40);
    let mut keys = BTreeSet::new();
    for p in &params {
        assert!(keys.insert(p.key), "duplicate key {}", p.key);
        assert!(
            p.min <= p.value && p.value <= p.max,
            "{}: {} not in [{}, {}]",
            p.key,
            p.value,
            p.min,
            p.max
        );
        assert!(!p.source.text().is_empty(), "{} has no source text", p.key);
        if let Source::Facts(t) = p.source {
            assert!(
                t.chars().any(|c| c.is_ascii_digit()),
                "{}: a FACTS source names its figures and year",
                p.key
            );
        }
        for lang in Lang::ALL {
            assert!(
                !p.label(lang).is_empty() && !p.description(lang).is_empty(),
                "{}",
                p.key
            );
        }
        assert!(!p.unit.is_empty());
        // A unit in words reads in each language ("logit" is the same word in both; "x" is
        // written "×").
        let letters = p.unit.chars().filter(char::is_ascii_alphabetic).count();
        let worded = letters > 1 && p.unit != "logit";
        assert!(
            !worded || p.unit_label(Lang::Id) != p.unit_label(Lang::En),
            "{}: unit {:?} is not translated",
            p.key,
            p.unit
        );
    }
    assert!(params.iter().any(|p| p.source.is_assumption()));
    assert!(params.iter().any(|p| !p.source.is_assumption()));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn presets_have_keys_and_labels() {
    for p in Preset::ALL {
        assert_eq!(Preset::from_key(p.key()), Some(p));
        assert_ne!(p.label(Lang::Id), p.label(Lang::En));
    }
    assert_eq!(Preset::ALL[0], Preset::Today);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_summary_has_a_band_per_metric_and_ordered_percentiles() {
    let spec = ScenarioSpec {
        runs: 5,
        years: 2,
        ..ScenarioSpec::default()
    };
    let s = spec.validate().expect("valid");
    let sum = run_ensemble(&s);
    assert_eq!(sum.months, (0..=24).collect::<Vec<u32>>());
    assert_eq!(
        (sum.runs, sum.seed, sum.model_version),
        (5, s.seed(), canting_model::MODEL_VERSION)
    );
    for &m in Metric::ALL {
        let b = sum.bands(m);
        assert_eq!(b.mean.len(), 25);
        for t in 0..25 {
            assert!(
                b.p10[t] <= b.p50[t] && b.p50[t] <= b.p90[t],
                "{} at {t}",
                m.key()
            );
            assert!(b.p10[t] <= b.mean[t] && b.mean[t] <= b.p90[t] + 1e-9 || b.p10[t] == b.p90[t]);
        }
        assert_eq!(sum.final_value(m), *b.mean.last().expect("has months"));
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn money_split_in_proportion_adds_up_exactly() {
    for (total, weights) in [
        (10, vec![1, 1, 1]),
        (1_000_003, vec![5, 0, 7, 11, 13, 0]),
        (7, vec![0, 0, 0, 0]),
        (0, vec![3, 4]),
    ] {
        let parts = split_in_proportion(total, &weights);
        assert_eq!(parts.iter().sum::<u64>(), total, "{total} over {weights:?}");
    }
    assert_eq!(split_in_proportion(10, &[1, 1, 1]), vec![4, 3, 3]);
    assert_eq!(split_in_proportion(9, &[0, 3, 0]), vec![0, 9, 0]);
    assert_eq!(split_in_proportion(5, &[]), Vec::<u64>::new());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_influential_assumptions_are_parameters_and_every_headline_has_some() {
    for m in Metric::HEADLINE {
        let list = canting_model::influential(m);
        assert!(
            !list.is_empty(),
            "{} has no influential assumptions",
            m.key()
        );
        for (key, mu) in list {
            assert!(
                canting_model::parameter(key).is_some(),
                "{key} is not a parameter"
            );
            assert!(*mu >= 0.0);
        }
        // Largest first.
        assert!(list.windows(2).all(|w| w[0].1 >= w[1].1));
        // And every headline metric tells a user how to read its scale.
        for lang in Lang::ALL {
            assert!(!m.reading(lang).is_empty(), "{} has no reading", m.key());
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_source_text_reads_in_both_languages_with_the_same_citations() {
    // Regression: the sources were English only, on the Indonesian page too.
    for p in canting_model::parameters() {
        let (id, en) = (
            p.source_text(canting_model::Lang::Id),
            p.source_text(canting_model::Lang::En),
        );
        assert_eq!(
            en,
            p.source.text(),
            "{}: English stays the source's text",
            p.key
        );
        assert!(
            !id.is_empty() && id != en,
            "{} has no Indonesian source",
            p.key
        );
        // The citations are kept: every year and every date cited in English is cited in
        // Bahasa Indonesia too, and so is every name in parentheses that starts a citation.
        let years = |t: &str| -> Vec<String> {
            let b = t.as_bytes();
            (0..b.len().saturating_sub(3))
                .filter(|&i| {
                    (b[i..i + 2] == *b"19" || b[i..i + 2] == *b"20")
                        && b[i..i + 4].iter().all(u8::is_ascii_digit)
                        && (i == 0 || !b[i - 1].is_ascii_digit())
                        && (i + 4 == b.len() || !b[i + 4].is_ascii_digit())
                        && (i == 0 || !matches!(b[i - 1], b',' | b'.'))
                })
                .map(|i| t[i..i + 4].to_string())
                .collect()
        };
        for y in years(en) {
            assert!(
                id.contains(&y),
                "{}: {y} is cited in English, not in Indonesian",
                p.key
            );
        }
        for cited in [
            "McKenzie",
            "Atkin",
            "Karlan",
            "Cai",
            "Szeidl",
            "Kemenperin",
            "BPS",
            "APJII",
            "Tribun Jateng",
            "Antara",
        ] {
            assert_eq!(en.contains(cited), id.contains(cited), "{}: {cited}", p.key);
        }
        // Author lists read "A dan B" in Bahasa Indonesia, not "A and B".
        assert!(
            !id.split(" and ")
                .skip(1)
                .any(|after| after.starts_with(char::is_uppercase)),
            "{}: an English \"and\" between names: {id}",
            p.key
        );
        let line = p.source_line(canting_model::Lang::Id);
        assert!(
            line.starts_with(p.source.kind_label(canting_model::Lang::Id)),
            "{line}"
        );
    }
}

/// Ten one-month runs in which competitiveness is `50 + shift(i)` and every other metric 1.
fn runs_with(shift: impl Fn(u64) -> f64) -> Vec<RunResult> {
    (0..10)
        .map(|i| {
            let mut data = vec![1.0; Metric::COUNT];
            data[Metric::Competitiveness.index()] = 50.0 + shift(i);
            RunResult::from_parts(vec![0], i, data).expect("fits")
        })
        .collect()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_change_every_run_agrees_on_is_too_small_to_show_below_the_shown_precision_not_unclear() {
    let m = Metric::Competitiveness;
    let baseline = runs_with(|_| 0.0);
    let verdict = |shift: &dyn Fn(u64) -> f64| {
        let c = Comparison::from_runs(&runs_with(shift), &baseline).expect("pairs");
        c.verdict(m, 0)
    };
    // Shown with one decimal: +0.01 in every run shows as 0.0, yet no run disagrees.
    assert_eq!(verdict(&|_| 0.01), Verdict::TooSmallToShow);
    assert_eq!(verdict(&|_| -0.01), Verdict::TooSmallToShow);
    assert_eq!(verdict(&|_| 0.1), Verdict::Better);
    assert_eq!(verdict(&|_| -0.1), Verdict::Worse);
    // Half the runs up and half down is within chance, whatever the size.
    let split = |i: u64| if i.is_multiple_of(2) { 1.0 } else { -0.9 };
    assert_eq!(verdict(&split), Verdict::NoClearDifference);
    let small_split = |i: u64| if i.is_multiple_of(2) { 0.01 } else { -0.009 };
    assert_eq!(verdict(&small_split), Verdict::NoClearDifference);
    assert_eq!(Verdict::TooSmallToShow.key(), "too_small_to_show");
    assert_eq!(Verdict::TooSmallToShow.label(Lang::En), "too small to show");
    assert_eq!(
        Verdict::TooSmallToShow.label(Lang::Id),
        "terlalu kecil untuk ditampilkan"
    );
    // Beside a figure, it says how small: half the last digit the headline shows.
    let small = Verdict::TooSmallToShow;
    assert_eq!(small.label_for(m, Lang::En), "smaller than 0.05");
    assert_eq!(small.label_for(m, Lang::Id), "lebih kecil dari 0,05");
    assert_eq!(
        small.label_for(Metric::ExportsUsdM, Lang::En),
        "smaller than 0.005"
    );
    assert_eq!(
        small.label_for(Metric::Employment, Lang::Id),
        "lebih kecil dari 0,5"
    );
    assert_eq!(Verdict::Better.label_for(m, Lang::Id), "lebih baik");
    // The planning tools' finer figure for such a change stays below that bound, however
    // close to it the mean is, for every metric and sign.
    for &metric in Metric::ALL {
        let bound = metric.resolution();
        for mean in [bound * 0.5, bound * 0.99, bound * 0.999, bound.next_down()] {
            for mean in [mean, -mean] {
                let d = small.decimals_for(metric);
                let written = format!("{:.*}", d, small.written_mean(metric, mean));
                let value: f64 = written.parse().expect("a number");
                assert!(
                    value.abs() < bound,
                    "{metric:?}: {mean} written {written}, beside smaller than {bound}"
                );
            }
        }
    }
}
