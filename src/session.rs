//! Where a visit starts: the scenario and language from the link in the address bar, else
//! from the last visit, else the defaults; and the link that the page's state writes back.
//! Pure functions of strings, so they are tested natively.

use canting_model::{Lang, MODEL_VERSION, ScenarioSpec, decode_link, encode_link};

use crate::state::{Bilingual, Notice};

/// What a visit opens with.
#[derive(Debug, PartialEq)]
pub struct Start {
    pub spec: ScenarioSpec,
    pub lang: Lang,
    pub notices: Vec<Notice>,
}

/// Decides the start from the URL's fragment (`s=TOKEN&l=en`), the stored token and the
/// stored language. A link wins over storage; a broken link opens the default, with a notice.
pub fn start(fragment: &str, stored_token: Option<&str>, stored_lang: Option<&str>) -> Start {
    let lang = fragment_value(fragment, "l")
        .or(stored_lang)
        .and_then(parse_lang)
        .unwrap_or(Lang::Id);
    let mut notices = Vec::new();
    let spec = match fragment_value(fragment, "s") {
        Some(token) => from_link(token, &mut notices),
        None => match stored_token {
            Some(token) => from_storage(token, &mut notices),
            None => ScenarioSpec::default(),
        },
    };
    Start {
        spec,
        lang,
        notices,
    }
}

/// The fragment that holds the whole state: the scenario's token and the language.
/// `None` when the scenario does not validate (the address bar then keeps the last good one).
pub fn fragment(spec: &ScenarioSpec, lang: Lang) -> Option<String> {
    let scenario = spec.validate().ok()?;
    Some(format!(
        "s={}&l={}",
        encode_link(&scenario),
        lang_code(lang)
    ))
}

/// The settings a printed page needs to reproduce its figures, in a sentence.
pub fn print_line(spec: &ScenarioSpec, lang: Lang) -> String {
    match lang {
        Lang::Id => format!(
            "Pagu Rp {} juta; {} tahun; benih acak {}; {} jalannya simulasi.",
            crate::i18n::thousands(lang, spec.envelope_juta),
            spec.years,
            spec.seed,
            spec.runs
        ),
        Lang::En => format!(
            "Envelope Rp {} million; {} years; seed {}; {} runs.",
            crate::i18n::thousands(lang, spec.envelope_juta),
            spec.years,
            spec.seed,
            spec.runs
        ),
    }
}

/// A language's code in links and storage.
pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id",
        Lang::En => "en",
    }
}

fn parse_lang(code: &str) -> Option<Lang> {
    match code {
        "id" => Some(Lang::Id),
        "en" => Some(Lang::En),
        _ => None,
    }
}

fn fragment_value<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

fn from_link(token: &str, notices: &mut Vec<Notice>) -> ScenarioSpec {
    let decoded = match decode_link(token) {
        Ok(decoded) => decoded,
        Err(e) => {
            notices.push(Notice::BrokenLink(Bilingual {
                id: e.message(Lang::Id),
                en: e.message(Lang::En),
            }));
            return ScenarioSpec::default();
        }
    };
    match decoded.spec.validate() {
        Ok(_) => {
            if decoded.model_version != MODEL_VERSION {
                notices.push(Notice::OtherModelVersion {
                    link: decoded.model_version,
                    ours: MODEL_VERSION,
                });
            }
            decoded.spec
        }
        Err(errors) => {
            let id = errors.messages(Lang::Id);
            let en = errors.messages(Lang::En);
            notices.push(Notice::InvalidLink(
                id.into_iter()
                    .zip(en)
                    .map(|(id, en)| Bilingual { id, en })
                    .collect(),
            ));
            ScenarioSpec::default()
        }
    }
}

fn from_storage(token: &str, notices: &mut Vec<Notice>) -> ScenarioSpec {
    match decode_link(token) {
        Ok(decoded) if decoded.spec.validate().is_ok() => decoded.spec,
        _ => {
            notices.push(Notice::CorruptStored);
            ScenarioSpec::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use canting_model::Strategy;

    fn changed_spec() -> ScenarioSpec {
        let mut spec = ScenarioSpec {
            seed: 4242,
            ..ScenarioSpec::default()
        };
        spec.budgets_juta.set(Strategy::Networking, 1234);
        spec
    }

    #[test]
    fn a_link_opens_its_scenario_and_language() {
        let spec = changed_spec();
        let fragment = fragment(&spec, Lang::En).expect("valid");
        let start = start(&fragment, None, None);
        assert_eq!(start.spec, spec);
        assert_eq!(start.lang, Lang::En);
        assert!(start.notices.is_empty());
    }

    #[test]
    fn a_link_wins_over_the_stored_scenario() {
        let linked = changed_spec();
        let stored = encode_link(&ScenarioSpec::default().validate().expect("valid"));
        let fragment = fragment(&linked, Lang::Id).expect("valid");
        assert_eq!(start(&fragment, Some(&stored), None).spec, linked);
    }

    #[test]
    fn a_broken_link_opens_the_default_with_a_notice() {
        let good = fragment(&changed_spec(), Lang::Id).expect("valid");
        let cut = &good[..good.len() - 12];
        for fragment in [cut, "s=", "s=%%%", "s=AAAAAAAAAAAAAAAAAAAA"] {
            let start = start(fragment, None, Some("en"));
            assert_eq!(start.spec, ScenarioSpec::default(), "{fragment}");
            assert!(
                matches!(start.notices.as_slice(), [Notice::BrokenLink(_)]),
                "{fragment}: {:?}",
                start.notices
            );
            assert_eq!(start.lang, Lang::En);
        }
    }

    #[test]
    fn a_corrupt_stored_scenario_is_ignored_with_a_notice() {
        let start = start("", Some("not a token"), Some("en"));
        assert_eq!(start.spec, ScenarioSpec::default());
        assert_eq!(start.notices, vec![Notice::CorruptStored]);
        assert_eq!(start.lang, Lang::En, "the stored language is kept");
    }

    #[test]
    fn with_nothing_the_default_opens_in_bahasa_indonesia() {
        let start = start("", None, None);
        assert_eq!(start.spec, ScenarioSpec::default());
        assert_eq!(start.lang, Lang::Id);
        assert!(start.notices.is_empty());
    }
}
