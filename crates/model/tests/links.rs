//! Share links: short, URL-safe, versioned tokens that carry the model version and refuse a
//! truncated or altered token.

use canting_model::{
    LinkError, MAX_ENVELOPE_JUTA, MODEL_VERSION, Preset, Scenario, ScenarioSpec, Strategy,
    decode_link, encode_link, encode_spec,
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
    ] {
        let (en, id) = (
            e.message(canting_model::Lang::En),
            e.message(canting_model::Lang::Id),
        );
        assert!(!en.is_empty() && !id.is_empty() && en != id, "{e:?}");
    }
}
