//! Where a visit starts: the scenario, its pinned baseline, the balancing mode and the language
//! from the link in the address bar, else from the last visit, else the defaults; and the link
//! that the page's state writes back. Pure functions of strings, so they are tested natively.

use canting_model::{
    Lang, MODEL_VERSION, ScenarioSpec, ValidationErrors, decode_link, encode_link,
};

use crate::i18n::rupiah_in_words;
use crate::state::{BalanceMode, Bilingual, Notice, Opened, Planner, imbalance_juta};

/// What a visit opens with.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub opened: Opened,
    pub lang: Lang,
    pub notices: Vec<Notice>,
}

/// Decides the start from the URL's fragment (`s=TOKEN&b=TOKEN&m=free&l=en`), the stored
/// token and the stored language. A link wins over storage; a broken link opens the default,
/// with a notice.
pub fn start(fragment: &str, stored_token: Option<&str>, stored_lang: Option<&str>) -> Start {
    let mut notices = Vec::new();
    // A language the page does not speak is said, not silently replaced.
    let linked_lang = fragment_value(fragment, "l").and_then(|code| {
        let lang = parse_lang(code);
        if lang.is_none() {
            notices.push(Notice::UnknownLanguage(code.to_string()));
        }
        lang
    });
    let lang = linked_lang
        .or_else(|| stored_lang.and_then(parse_lang))
        .unwrap_or(Lang::Id);
    let (spec, pinned_baseline) = match fragment_value(fragment, "s") {
        Some(token) => match from_link(token, &mut notices) {
            // The baseline belongs to the link's scenario: a broken scenario takes it along.
            Some(spec) => {
                let baseline = fragment_value(fragment, "b")
                    .and_then(|token| baseline_from_link(token, &mut notices));
                (spec, baseline)
            }
            None => (ScenarioSpec::default(), None),
        },
        None => match stored_token {
            Some(token) => (from_storage(token, &mut notices), None),
            None => (ScenarioSpec::default(), None),
        },
    };
    let mode = balance_mode(&spec, fragment_value(fragment, "m"), &mut notices);
    Start {
        opened: Opened {
            spec,
            pinned_baseline,
            mode,
        },
        lang,
        notices,
    }
}

/// The fragment that holds the whole state: the scenario's token, the pinned baseline's (as it
/// is compared: on the scenario's seed, runs and horizon), free mode, and the language.
/// `None` when the scenario or the baseline does not validate (the address bar then keeps the
/// last good one).
pub fn fragment(planner: &Planner) -> Option<String> {
    let scenario = planner.spec.validate().ok()?;
    let mut fragment = format!("s={}", encode_link(&scenario));
    if planner.pinned_baseline.is_some() {
        let baseline = planner.baseline().validate().ok()?;
        fragment.push_str(&format!("&b={}", encode_link(&baseline)));
    }
    if planner.mode == BalanceMode::Free {
        fragment.push_str("&m=free");
    }
    fragment.push_str(&format!("&l={}", lang_code(planner.lang)));
    Some(fragment)
}

/// The settings a printed page needs to reproduce its figures, in a sentence.
pub fn print_line(spec: &ScenarioSpec, lang: Lang) -> String {
    match lang {
        Lang::Id => format!(
            "Pagu {}; {} tahun; benih acak {}; {} ulangan.",
            rupiah_in_words(lang, spec.envelope_juta),
            spec.years,
            spec.seed,
            spec.runs
        ),
        Lang::En => format!(
            "Envelope {}; {} years; seed {}; {} runs.",
            rupiah_in_words(lang, spec.envelope_juta),
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

/// The link's scenario; `None`, with a notice, when it cannot be read or does not validate.
fn from_link(token: &str, notices: &mut Vec<Notice>) -> Option<ScenarioSpec> {
    let decoded = match decode_link(token) {
        Ok(decoded) => decoded,
        Err(e) => {
            notices.push(Notice::BrokenLink(Bilingual {
                id: e.message(Lang::Id),
                en: e.message(Lang::En),
            }));
            return None;
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
            Some(decoded.spec)
        }
        Err(errors) => {
            notices.push(Notice::InvalidLink(bilingual(&errors)));
            None
        }
    }
}

/// The link's pinned baseline; `None`, with a notice, when it cannot be read or does not
/// validate (the scenario is then compared with today's allocation).
fn baseline_from_link(token: &str, notices: &mut Vec<Notice>) -> Option<ScenarioSpec> {
    let problems = match decode_link(token) {
        Ok(decoded) => match decoded.spec.validate() {
            Ok(_) => return Some(decoded.spec),
            Err(errors) => bilingual(&errors),
        },
        Err(e) => vec![Bilingual {
            id: e.message(Lang::Id),
            en: e.message(Lang::En),
        }],
    };
    notices.push(Notice::BaselineUnreadable(problems));
    None
}

/// Free mode when the link says so. Otherwise the total is kept, unless the budgets do not add
/// up to the envelope: keeping it would then rescale every budget at the next keystroke, so
/// the scenario opens in free mode, with a notice.
fn balance_mode(spec: &ScenarioSpec, said: Option<&str>, notices: &mut Vec<Notice>) -> BalanceMode {
    if said == Some("free") {
        return BalanceMode::Free;
    }
    match imbalance_juta(spec) {
        0 => BalanceMode::KeepTotal,
        imbalance => {
            notices.push(Notice::OpenedFree(imbalance));
            BalanceMode::Free
        }
    }
}

/// Validation's problems, each in both languages.
fn bilingual(errors: &ValidationErrors) -> Vec<Bilingual> {
    errors
        .messages(Lang::Id)
        .into_iter()
        .zip(errors.messages(Lang::En))
        .map(|(id, en)| Bilingual { id, en })
        .collect()
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
    use crate::state::Action;
    use canting_model::{Preset, Strategy};

    fn changed_spec() -> ScenarioSpec {
        let mut spec = ScenarioSpec {
            seed: 4242,
            ..ScenarioSpec::default()
        };
        spec.budgets_juta.set(Strategy::Networking, 1234);
        spec
    }

    fn link(spec: &ScenarioSpec, lang: Lang) -> String {
        fragment(&Planner::new(spec.clone(), lang)).expect("valid")
    }

    #[test]
    fn a_link_opens_its_scenario_and_language() {
        let spec = changed_spec();
        let start = start(&link(&spec, Lang::En), None, None);
        assert_eq!(start.opened.spec, spec);
        assert_eq!(start.opened.pinned_baseline, None);
        assert_eq!(start.lang, Lang::En);
    }

    #[test]
    fn a_link_wins_over_the_stored_scenario() {
        let linked = changed_spec();
        let stored = encode_link(&ScenarioSpec::default().validate().expect("valid"));
        let fragment = link(&linked, Lang::Id);
        assert_eq!(start(&fragment, Some(&stored), None).opened.spec, linked);
    }

    #[test]
    fn a_link_carries_the_pinned_baseline_and_free_mode() {
        let mut sender = Planner::new(ScenarioSpec::default(), Lang::Id);
        sender.apply(Action::ApplyPreset(Preset::ExportFocus));
        sender.apply(Action::PinBaseline);
        sender.apply(Action::SetMode(BalanceMode::Free));
        sender.apply(Action::SetBudget(Strategy::Networking, 9_000));
        sender.apply(Action::SetSeed(77));
        let fragment = fragment(&sender).expect("valid");
        assert!(
            fragment.contains("&b=") && fragment.contains("&m=free"),
            "{fragment}"
        );
        let start = start(&fragment, None, None);
        assert!(start.notices.is_empty(), "{:?}", start.notices);
        let mut recipient = Planner::new(ScenarioSpec::default(), start.lang);
        recipient.apply(Action::Load(Box::new(start.opened)));
        assert_eq!(recipient.spec, sender.spec);
        assert_eq!(recipient.baseline(), sender.baseline());
        assert_eq!(recipient.mode, BalanceMode::Free);
        assert_eq!(super::fragment(&recipient), Some(fragment));
    }

    #[test]
    fn a_link_over_the_envelope_that_does_not_say_free_opens_free_with_a_notice() {
        let mut spec = ScenarioSpec::default();
        spec.budgets_juta.set(Strategy::Networking, 9_000);
        let over = imbalance_juta(&spec);
        assert!(over > 0);
        let start = start(&link(&spec, Lang::Id).replace("&m=free", ""), None, None);
        assert_eq!(start.opened.mode, BalanceMode::Free);
        assert_eq!(start.opened.spec, spec, "nothing is rescaled");
        assert_eq!(start.notices, vec![Notice::OpenedFree(over)]);
    }

    #[test]
    fn a_balanced_link_without_a_mode_keeps_the_total() {
        let start = start(&link(&ScenarioSpec::default(), Lang::Id), None, None);
        assert_eq!(start.opened.mode, BalanceMode::KeepTotal);
        assert!(start.notices.is_empty());
    }

    #[test]
    fn a_broken_baseline_is_dropped_with_a_notice_and_the_scenario_still_opens() {
        let spec = changed_spec();
        let fragment = format!("{}&b=AAAA", link(&spec, Lang::Id));
        let start = start(&fragment, None, None);
        assert_eq!(start.opened.spec, spec);
        assert_eq!(start.opened.pinned_baseline, None);
        assert!(
            start
                .notices
                .iter()
                .any(|n| matches!(n, Notice::BaselineUnreadable(_))),
            "{:?}",
            start.notices
        );
    }

    #[test]
    fn a_broken_link_opens_the_default_with_a_notice() {
        let good = link(&changed_spec(), Lang::Id);
        let token_end = good.find('&').expect("a language part");
        let cut = &good[..token_end - 12];
        for fragment in [cut, "s=", "s=%%%", "s=AAAAAAAAAAAAAAAAAAAA"] {
            let start = start(fragment, None, Some("en"));
            assert_eq!(start.opened.spec, ScenarioSpec::default(), "{fragment}");
            assert_eq!(start.opened.mode, BalanceMode::KeepTotal);
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
        assert_eq!(start.opened.spec, ScenarioSpec::default());
        assert_eq!(start.notices, vec![Notice::CorruptStored]);
        assert_eq!(start.lang, Lang::En, "the stored language is kept");
    }

    #[test]
    fn an_unknown_language_in_a_link_is_said_and_the_stored_one_is_used() {
        let spec = ScenarioSpec {
            seed: 4242,
            ..ScenarioSpec::default()
        };
        let fragment = link(&spec, Lang::Id).replace("&l=id", "&l=fr");
        let start = start(&fragment, None, Some("en"));
        assert_eq!(start.lang, Lang::En);
        assert_eq!(start.opened.spec, spec, "the scenario still opens");
        assert_eq!(start.notices, vec![Notice::UnknownLanguage("fr".into())]);
        assert!(start.notices[0].about_link());
    }

    #[test]
    fn with_nothing_the_default_opens_in_bahasa_indonesia() {
        let start = start("", None, None);
        assert_eq!(start.opened.spec, ScenarioSpec::default());
        assert_eq!(start.opened.mode, BalanceMode::KeepTotal);
        assert_eq!(start.lang, Lang::Id);
        assert!(start.notices.is_empty());
    }
}
