//! Share links: short, URL-safe, versioned tokens that carry the model version and refuse a
//! truncated or altered token.

use canting_model::{
    LINK_FORMAT, LinkError, MAX_ENVELOPE_JUTA, MODEL_VERSION, Preset, Scenario, ScenarioSpec,
    Strategy, decode_link, encode_link, encode_spec,
};

fn token(spec: &ScenarioSpec) -> String {
    encode_link(&spec.validate().expect("valid"))
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_token_is_short_and_url_safe() {
    let t = encode_link(&Scenario::default());
    assert!(
        t.len() <= 60,
        "today's allocation: {} characters ({t})",
        t.len()
    );
    assert!(
        t.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "{t}"
    );
    // The longest scenario with default parameters: every number at its largest.
    let mut spec = ScenarioSpec {
        envelope_juta: MAX_ENVELOPE_JUTA,
        seed: u64::MAX,
        runs: 256,
        years: 10,
        ..ScenarioSpec::default()
    };
    spec.budgets_juta = Preset::EqualSplit.budgets(MAX_ENVELOPE_JUTA);
    let t = token(&spec);
    assert!(
        t.len() <= 120,
        "the longest default-parameter token has {} characters",
        t.len()
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_token_decodes_to_the_same_scenario_and_model_version() {
    let mut spec = ScenarioSpec::from_preset(Preset::YouthRegeneration);
    spec.seed = 123_456_789;
    spec.runs = 7;
    spec.params.insert("youth_entry_prob".into(), 0.2);
    let d = decode_link(&token(&spec)).expect("decodes");
    assert_eq!(d.spec, spec);
    assert_eq!(d.model_version, MODEL_VERSION);
    assert!(d.same_version());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_full_url_holding_the_token_decodes_too() {
    let spec = ScenarioSpec::from_preset(Preset::ExportFocus);
    let t = token(&spec);
    for url in [
        format!("https://example.org/canting/?s={t}"),
        format!("https://example.org/canting/?lang=en&s={t}&view=2"),
        format!("https://example.org/canting/#s={t}"),
        format!("http://127.0.0.1:8080/index.html?x=1#s={t}&lang=id"),
        format!("  s={t}  "),
        format!("{t}\n"),
    ] {
        assert_eq!(
            decode_link(&url).map(|d| d.spec).as_ref(),
            Ok(&spec),
            "{url}"
        );
    }
    assert_eq!(
        decode_link("https://example.org/canting/?lang=en"),
        Err(LinkError::NoToken)
    );
    assert_eq!(decode_link("   "), Err(LinkError::Empty));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_truncated_or_altered_token_is_refused() {
    let t = encode_link(&Scenario::default());
    for cut in 1..t.len() {
        assert!(
            decode_link(&t[..cut]).is_err(),
            "a token cut to {cut} characters is refused"
        );
    }
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for pos in 0..t.len() {
        for c in alphabet.chars().step_by(7) {
            let mut altered: Vec<char> = t.chars().collect();
            if altered[pos] == c {
                continue;
            }
            altered[pos] = c;
            let altered: String = altered.into_iter().collect();
            assert!(
                decode_link(&altered).is_err(),
                "altering position {pos} to '{c}' is detected"
            );
        }
    }
    assert!(matches!(
        decode_link(&format!("{}!", &t[..t.len() - 1])),
        Err(LinkError::BadCharacter { .. })
    ));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_link_from_another_model_version_loads_with_its_version() {
    let mut spec = ScenarioSpec::default();
    spec.budgets_juta.set(Strategy::Networking, 123);
    let t = encode_spec(&spec, MODEL_VERSION + 1);
    let d = decode_link(&t).expect("decodes");
    assert_eq!(d.model_version, MODEL_VERSION + 1);
    assert!(!d.same_version());
    assert_eq!(d.spec, spec);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn link_errors_read_in_both_languages() {
    for e in [
        LinkError::Empty,
        LinkError::TooLong,
        LinkError::NoToken,
        LinkError::TooShort,
        LinkError::Checksum,
        LinkError::Malformed,
        LinkError::UnsupportedFormat(9),
        LinkError::BadCharacter {
            character: '!',
            position: 3,
        },
        LinkError::ParamsOutOfOrder {
            key: "a".into(),
            after: "b".into(),
        },
    ] {
        let (en, id) = (
            e.message(canting_model::Lang::En),
            e.message(canting_model::Lang::Id),
        );
        assert!(!en.is_empty() && !id.is_empty() && en != id, "{e:?}");
    }
}

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Real scenarios of several shapes: the default, presets with parameters, every number at its
/// largest.
fn real_specs() -> Vec<ScenarioSpec> {
    let mut specs = vec![ScenarioSpec::default()];
    let mut youth = ScenarioSpec::from_preset(Preset::YouthRegeneration);
    youth.seed = 123_456_789;
    youth.runs = 7;
    youth.params.insert("youth_entry_prob".into(), 0.2);
    youth.params.insert("n_artisans".into(), 15_000.0);
    specs.push(youth);
    let mut export = ScenarioSpec::from_preset(Preset::ExportFocus);
    export.years = 10;
    export.params.insert("stop_rate".into(), 0.05);
    specs.push(export);
    let mut longest = ScenarioSpec {
        envelope_juta: MAX_ENVELOPE_JUTA,
        seed: u64::MAX,
        runs: 256,
        years: 10,
        ..ScenarioSpec::default()
    };
    longest.budgets_juta = Preset::EqualSplit.budgets(MAX_ENVELOPE_JUTA);
    specs.push(longest);
    let mut none = ScenarioSpec::from_preset(Preset::NoBudget);
    none.seed = 0;
    none.runs = 1;
    none.years = 1;
    specs.push(none);
    // Today's allocation on a seed whose format-1 token let a one-character typo through.
    specs.push(ScenarioSpec {
        seed: OLD_CHECK_MISSED_SEED,
        ..ScenarioSpec::default()
    });
    specs
}

/// A seed whose format-1 token for today's allocation let a one-character typo through its
/// 32-bit check (found by trying every typo of six million such tokens).
const OLD_CHECK_MISSED_SEED: u64 = 270_514_349;

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_typo_that_passed_the_old_check_is_refused_in_the_new_format() {
    // In format 1, the 20th character 'T' typed as 'm' passed the check and loaded another
    // valid scenario: local materials at Rp 486 juta instead of 500. Old links are still read
    // with their old check, so that typo of the old link still loads; the new token refuses it.
    let old = "AQKIJ4QH9AOQA_gK2AT0A7wFBa3x_oABIAC61dpT";
    let typo = "AQKIJ4QH9AOQA_gK2ATmA7wFBa3x_oABIAC61dpT";
    let original = decode_link(old).expect("the format-1 link opens");
    assert_eq!(
        original.spec,
        ScenarioSpec {
            seed: OLD_CHECK_MISSED_SEED,
            ..ScenarioSpec::default()
        }
    );
    let misread = decode_link(typo).expect("the old check let the typo through");
    assert_eq!(misread.spec.budgets_juta.get(Strategy::LocalMaterials), 486);
    assert!(misread.spec.validate().is_ok());
    let new = token(&original.spec);
    let mut chars: Vec<char> = new.chars().collect();
    let at = chars[19];
    for c in ALPHABET.chars().filter(|&c| c != at) {
        chars[19] = c;
        let altered: String = chars.iter().collect();
        assert!(decode_link(&altered).is_err(), "{altered}");
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_one_character_substitution_of_a_real_token_is_refused() {
    // Regression: with format 1's check, 3 in 20 billion one-character typos passed, 2 of them
    // loading as another valid scenario. CRC-32 detects every change within 32 bits.
    for spec in real_specs() {
        let token = token(&spec);
        assert!(token.starts_with('A'), "format {LINK_FORMAT}: {token}");
        let chars: Vec<char> = token.chars().collect();
        for pos in 0..chars.len() {
            for c in ALPHABET.chars().filter(|&c| c != chars[pos]) {
                let mut altered = chars.clone();
                altered[pos] = c;
                let altered: String = altered.into_iter().collect();
                assert!(
                    decode_link(&altered).is_err(),
                    "{token}: '{c}' at {pos} gives {altered}, which decodes"
                );
            }
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn two_neighbouring_characters_swapped_are_refused() {
    for spec in real_specs() {
        let token = token(&spec);
        let chars: Vec<char> = token.chars().collect();
        for pos in 0..chars.len() - 1 {
            if chars[pos] == chars[pos + 1] {
                continue;
            }
            let mut altered = chars.clone();
            altered.swap(pos, pos + 1);
            let altered: String = altered.into_iter().collect();
            assert!(decode_link(&altered).is_err(), "{token}: swap at {pos}");
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_link_made_in_the_old_format_still_opens() {
    // Tokens written by format 1 (before CRC-32): today's allocation, and a model-1 link of a
    // preset with two parameters.
    let d = decode_link("AQKIJ4QH9AOQA_gK2AT0A7wFBd4PIADV8w-Q").expect("format 1 opens");
    assert_eq!(d.spec, ScenarioSpec::default());
    assert_eq!(d.model_version, 2);
    let d = decode_link(
        "AQGIJ_oB3Av0A-4F-gH6AdwLBZWa7zoHAgpuX2FydGlzYW5zAAAAAABMzUAQeW91dGhfZW50cnlfcHJvYpqZmZmZmck_Ew5WiA",
    )
    .expect("a model-1 link in format 1 opens");
    let mut expected = ScenarioSpec::from_preset(Preset::YouthRegeneration);
    expected.seed = 123_456_789;
    expected.runs = 7;
    expected.params.insert("youth_entry_prob".into(), 0.2);
    expected.params.insert("n_artisans".into(), 15_000.0);
    assert_eq!(d.spec, expected);
    assert_eq!(d.model_version, 1);
    assert!(!d.same_version());
    // Written again, it is written in the new format.
    let again = encode_spec(&d.spec, d.model_version);
    assert_ne!(
        again,
        "AQGIJ_oB3Av0A-4F-gH6AdwLBZWa7zoHAgpuX2FydGlzYW5zAAAAAABMzUAQeW91dGhfZW50cnlfcHJvYpqZmZmZmck_Ew5WiA"
    );
    assert_eq!(decode_link(&again).map(|d| d.spec), Ok(expected));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn encode_decode_encode_gives_the_same_token() {
    for spec in real_specs() {
        let token = token(&spec);
        let d = decode_link(&token).expect("decodes");
        assert_eq!(d.spec, spec);
        assert_eq!(encode_spec(&d.spec, d.model_version), token);
    }
}
