//! Where a visit starts: the scenario, its pinned baseline, the balancing mode and the language
//! from the link in the address bar, else from the last visit, else the defaults; and the link
//! that the page's state writes back. Pure functions of strings, so they are tested natively.

use canting_model::{
    Lang, MODEL_VERSION, ScenarioSpec, ValidationErrors, decode_link, encode_spec,
};

use crate::challenge::ChallengeId;
use crate::class::Board;
use crate::components::budget::MOST_TYPED_JUTA;

use crate::i18n::rupiah_in_words;
use crate::state::{BalanceMode, Bilingual, Notice, Opened, Planner, imbalance_juta};

/// What a visit opens with.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub opened: Opened,
    /// Whether a link's scenario was opened (not the stored one or the default).
    pub linked: bool,
    pub lang: Lang,
    pub notices: Vec<Notice>,
    /// The link opens a challenge and no scenario of its own: the challenge's starting
    /// allocation is to be set up (as an undoable step, `Action::OpenChallenge`).
    pub set_up_challenge: bool,
}

/// Decides the start from the URL's fragment (`s=TOKEN&b=TOKEN&m=free&l=en`), the stored
/// token and the stored language. A link wins over storage; a broken link opens the default,
/// with a notice.
pub fn start(fragment: &str, stored_token: Option<&str>, stored_lang: Option<&str>) -> Start {
    // Some programs that pass a link on percent-encode its fragment (`s%3D…%26l%3Den`).
    let decoded = percent_decoded(fragment);
    let fragment = decoded.as_str();
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
    let (spec, pinned_baseline, compared) = match fragment_value(fragment, "s") {
        Some(token) => match from_link(token, &mut notices) {
            // The baseline and the comparison belong to the link's scenario: a broken scenario
            // takes them along.
            Some(spec) => {
                let baseline = fragment_value(fragment, "b")
                    .and_then(|token| baseline_from_link(token, &mut notices));
                (spec, baseline, compared_from_link(fragment, &mut notices))
            }
            None => (ScenarioSpec::default(), None, Vec::new()),
        },
        // A class link starts every group from the same place, not from a stored scenario, and
        // so does a challenge sent alone.
        None if fragment_value(fragment, "k").is_some()
            || fragment_value(fragment, "ch").is_some() =>
        {
            (ScenarioSpec::default(), None, Vec::new())
        }
        None => match stored_token {
            Some(token) => (from_storage(token, &mut notices), None, Vec::new()),
            None => (ScenarioSpec::default(), None, Vec::new()),
        },
    };
    let (spec, class) = match crate::class::membership_from(fragment) {
        // A group's link keeps what the group changed within the class's locks; a class link
        // starts every group from the class's settings.
        Some(Ok(member)) => {
            let spec = match fragment_value(fragment, "s") {
                Some(_) => member.enforce(&spec),
                None => member.class.pin(&spec),
            };
            (spec, Some(member))
        }
        Some(Err(why)) => {
            notices.push(Notice::ClassUnreadable(why));
            (spec, None)
        }
        None => (spec, None),
    };
    let board = match Board::from_fragment(fragment) {
        Some((board, unreadable)) => {
            if unreadable > 0 {
                notices.push(Notice::BoardUnreadable(unreadable));
            }
            Some(board)
        }
        None => {
            if fragment_value(fragment, "board").is_some() {
                notices.push(Notice::BoardUnreadable(
                    fragment_values(fragment, "e").count(),
                ));
            }
            None
        }
    };
    // A challenge that there is none of is said; the rest of the link opens.
    let challenge = fragment_value(fragment, "ch").and_then(|value| {
        ChallengeId::parse(value)
            .map_err(|as_received| notices.push(Notice::UnknownChallenge(as_received)))
            .ok()
    });
    let mode = balance_mode(&spec, fragment_value(fragment, "m"), &mut notices);
    let linked = fragment_value(fragment, "s").is_some()
        && !notices
            .iter()
            .any(|n| matches!(n, Notice::BrokenLink(_) | Notice::InvalidLink(_)));
    Start {
        linked,
        opened: Opened {
            spec,
            pinned_baseline,
            mode,
            compared,
            class,
            board,
            challenge,
        },
        lang,
        notices,
        set_up_challenge: challenge.is_some() && fragment_value(fragment, "s").is_none(),
    }
}

/// The fragment that holds the whole state: the scenario's token, the pinned baseline's (as it
/// is compared: on the scenario's seed, runs and horizon), free mode, and the language. A
/// scenario that does not validate is written as it is, so that the rest of the work is kept
/// and a link shows the receiver what the sender sees, problems and all.
pub fn fragment(planner: &Planner) -> String {
    let mut fragment = format!("s={}", encode_spec(&planner.spec, MODEL_VERSION));
    if planner.pinned_baseline.is_some() {
        let baseline = encode_spec(&planner.baseline(), MODEL_VERSION);
        fragment.push_str(&format!("&b={baseline}"));
    }
    for compared in planner.compared_saved() {
        let token = encode_spec(&compared.spec, MODEL_VERSION);
        fragment.push_str(&format!("&c={token}.{}", hex(&compared.name)));
    }
    if let Some(member) = &planner.class {
        fragment.push_str(&member.fragment_part());
    }
    if let Some(board) = &planner.board {
        fragment.push_str(&board.fragment_part());
    }
    if let Some(open) = &planner.challenge {
        fragment.push_str(&format!("&ch={}", open.id.number()));
    }
    if planner.mode == BalanceMode::Free {
        fragment.push_str("&m=free");
    }
    fragment.push_str(&format!("&l={}", lang_code(planner.lang)));
    fragment
}

/// The fragment that sends the open challenge from its start, as "challenge 3" (and, in a
/// class, inside the same class): the challenge, the class, the language, no scenario.
pub fn challenge_fragment(planner: &Planner) -> Option<String> {
    let open = planner.challenge?;
    let class = planner
        .class
        .as_ref()
        .map(|m| format!("k={}&", m.class.encode()))
        .unwrap_or_default();
    Some(format!(
        "{class}ch={}&l={}",
        open.id.number(),
        lang_code(planner.lang)
    ))
}

/// The scenarios a link compares (`c=TOKEN.NAME`, the name's UTF-8 in hex, so that no name
/// can break the fragment apart or be changed by percent-decoding it), in order; those that
/// cannot be read are left out and counted in a notice.
fn compared_from_link(fragment: &str, notices: &mut Vec<Notice>) -> Vec<(String, ScenarioSpec)> {
    let mut compared = Vec::new();
    let mut unreadable = 0;
    for value in fragment_values(fragment, "c") {
        let read = value.split_once('.').and_then(|(token, name)| {
            let spec = decode_link(token).ok()?.spec;
            let name = crate::saved::clean_name(&unhex(name)?).ok()?;
            openable(&spec).then_some((name, spec))
        });
        match read {
            Some(entry) => compared.push(entry),
            None => unreadable += 1,
        }
    }
    if unreadable > 0 {
        notices.push(Notice::ComparedUnreadable(unreadable));
    }
    compared
}

/// Text as the hex digits of its UTF-8.
pub(crate) fn hex(text: &str) -> String {
    text.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The text that `hex` wrote; `None` for anything else.
pub(crate) fn unhex(digits: &str) -> Option<String> {
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok())
        .collect();
    String::from_utf8(bytes?).ok()
}

/// Whether two fragments show the same thing, whatever their language.
pub fn same_view(a: &str, b: &str) -> bool {
    let without_lang = |f: &str| -> Vec<String> {
        f.trim_start_matches('#')
            .split('&')
            .filter(|p| !p.starts_with("l="))
            .map(str::to_string)
            .collect()
    };
    without_lang(a) == without_lang(b)
}

/// Whether a scenario that does not validate can still be opened as it is: its amounts are
/// ones the page's fields accept. Beyond them, a link was not made by typing into a page.
pub(crate) fn openable(spec: &ScenarioSpec) -> bool {
    spec.envelope_juta <= MOST_TYPED_JUTA
        && spec
            .budgets_juta
            .to_array()
            .iter()
            .all(|&b| b <= MOST_TYPED_JUTA)
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
    // The language is the code's leading letters: "en-US", or "en" with junk after it that a
    // link picked up on its way, is still the sender's English.
    let letters = code
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    match letters.to_ascii_lowercase().as_str() {
        "id" => Some(Lang::Id),
        "en" => Some(Lang::En),
        _ => None,
    }
}

pub(crate) fn fragment_value<'a>(fragment: &'a str, key: &'a str) -> Option<&'a str> {
    fragment_values(fragment, key).next()
}

/// Every value of `key` in the fragment, in order.
pub(crate) fn fragment_values<'a>(
    fragment: &'a str,
    key: &'a str,
) -> impl Iterator<Item = &'a str> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(move |(k, _)| *k == key)
        // A link that ends a sentence carries its full stop, bracket or quote along: no token,
        // name or language code ends in one. Anything else is kept, to be named if it is wrong.
        .map(|(_, v)| v.trim_end_matches(ends_a_sentence))
}

/// Whether `c` is punctuation or space that a sentence puts after a link.
fn ends_a_sentence(c: char) -> bool {
    c.is_whitespace() || ".,;:!?)]}>\"'\u{2019}\u{201d}\u{bb}\u{2026}".contains(c)
}

/// The fragment with `%XX` escapes decoded (where they make UTF-8); as it is otherwise.
pub(crate) fn percent_decoded(fragment: &str) -> String {
    if !fragment.contains('%') {
        return fragment.to_string();
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| fragment.to_string())
}

/// The link's scenario; `None`, with a notice, when it cannot be read. One that does not
/// validate opens as it is, its problems marked, unless it holds amounts no field accepts.
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
    if decoded.model_version != MODEL_VERSION {
        notices.push(Notice::OtherModelVersion {
            link: decoded.model_version,
            ours: MODEL_VERSION,
        });
    }
    match decoded.spec.validate() {
        Ok(_) => Some(decoded.spec),
        Err(errors) if openable(&decoded.spec) => {
            notices.push(Notice::LinkNotComputable(bilingual(&errors)));
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
pub(crate) fn bilingual(errors: &ValidationErrors) -> Vec<Bilingual> {
    errors
        .messages(Lang::Id)
        .into_iter()
        .zip(errors.messages(Lang::En))
        .map(|(id, en)| Bilingual { id, en })
        .collect()
}

fn from_storage(token: &str, notices: &mut Vec<Notice>) -> ScenarioSpec {
    match decode_link(token) {
        // Kept as it was left, problems and all: they are marked at their fields.
        Ok(decoded) if openable(&decoded.spec) => decoded.spec,
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
        fragment(&Planner::new(spec.clone(), lang))
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
        let stored =
            canting_model::encode_link(&ScenarioSpec::default().validate().expect("valid"));
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
        let fragment = fragment(&sender);
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
        assert_eq!(super::fragment(&recipient), fragment);
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
        // Regression: a token of characters no link holds was called empty.
        let Notice::BrokenLink(why) = &start("s=%%%", None, None).notices[0] else {
            panic!("a broken link");
        };
        assert!(
            why.en
                .contains("character it should not ('%' at position 1)"),
            "{}",
            why.en
        );
        assert!(
            why.id.contains("karakter yang tidak semestinya ('%'"),
            "{}",
            why.id
        );
    }

    /// The default scenario with 0 runs, which validation refuses.
    fn not_computable() -> ScenarioSpec {
        let spec = ScenarioSpec {
            runs: 0,
            ..ScenarioSpec::default()
        };
        assert!(spec.validate().is_err());
        spec
    }

    #[test]
    fn a_scenario_that_cannot_be_computed_is_linked_and_kept_as_it_is() {
        // Regression: with one setting refused, the link and storage kept the last valid
        // state, so the budgets changed since were lost on reload and "Share" copied nothing.
        let spec = not_computable();
        let fragment = link(&spec, Lang::En);
        let start = start(&fragment, None, None);
        assert_eq!(start.opened.spec, spec, "opened as sent");
        assert!(
            matches!(start.notices.as_slice(), [Notice::LinkNotComputable(p)] if !p.is_empty()),
            "{:?}",
            start.notices
        );
        let stored = fragment_value(&fragment, "s").expect("a token");
        let restored = super::start("", Some(stored), None);
        assert_eq!(restored.opened.spec, spec, "restored as left");
        assert!(restored.notices.is_empty());
    }

    #[test]
    fn a_link_with_amounts_no_field_accepts_opens_the_default() {
        let mut spec = ScenarioSpec::default();
        spec.budgets_juta.set(Strategy::Networking, u64::MAX);
        let start = start(&link(&spec, Lang::Id), None, None);
        assert_eq!(start.opened.spec, ScenarioSpec::default());
        assert!(matches!(start.notices.as_slice(), [Notice::InvalidLink(_)]));
    }

    #[test]
    fn a_percent_encoded_link_or_one_with_a_full_stop_after_it_opens_its_scenario() {
        // Regression: both opened the default (or the stored scenario) as if sent.
        let spec = changed_spec();
        let fragment = link(&spec, Lang::En);
        let encoded = fragment.replace('=', "%3D").replace('&', "%26");
        let (token, rest) = fragment.split_once('&').expect("a language part");
        for sent in [
            encoded,
            format!("{token}."),
            format!("{token})."),
            format!("{token}%20"),
            format!("{fragment}."),
            format!("{token}&{rest}\u{201d}"),
        ] {
            let start = start(&sent, Some("stored"), None);
            assert_eq!(start.opened.spec, spec, "{sent}");
            assert!(
                !start.notices.iter().any(Notice::about_link),
                "{sent}: {:?}",
                start.notices
            );
        }
        assert_eq!(start(&format!("{fragment})"), None, None).lang, Lang::En);
    }

    #[test]
    fn a_corrupt_stored_scenario_is_ignored_with_a_notice() {
        let start = start("", Some("not a token"), Some("en"));
        assert_eq!(start.opened.spec, ScenarioSpec::default());
        assert_eq!(start.notices, vec![Notice::CorruptStored]);
        assert_eq!(start.lang, Lang::En, "the stored language is kept");
    }

    #[test]
    fn a_language_code_in_capitals_is_read() {
        let fragment = link(&ScenarioSpec::default(), Lang::Id).replace("&l=id", "&l=EN");
        let start = start(&fragment, None, None);
        assert_eq!(start.lang, Lang::En);
        assert!(start.notices.is_empty(), "{:?}", start.notices);
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
    fn a_language_code_with_a_region_or_junk_after_it_is_read_by_its_letters() {
        for (code, lang) in [
            ("en-US", Some(Lang::En)),
            ("en%%%", Some(Lang::En)),
            ("ID_id", Some(Lang::Id)),
        ] {
            assert_eq!(parse_lang(code), lang, "{code}");
        }
        for code in ["english", "fr", "", "-en"] {
            assert_eq!(parse_lang(code), None, "{code}");
        }
        let start = start(
            &link(&ScenarioSpec::default(), Lang::En).replace("&l=en", "&l=en%ZZ"),
            None,
            None,
        );
        assert_eq!(start.lang, Lang::En);
        assert!(start.notices.is_empty(), "{:?}", start.notices);
    }

    #[test]
    fn with_nothing_the_default_opens_in_bahasa_indonesia() {
        let start = start("", None, None);
        assert_eq!(start.opened.spec, ScenarioSpec::default());
        assert_eq!(start.opened.mode, BalanceMode::KeepTotal);
        assert_eq!(start.lang, Lang::Id);
        assert!(start.notices.is_empty());
    }

    #[test]
    fn a_link_carries_the_comparison_and_a_reload_compares_the_saved_ones() {
        let mut sender = Planner::new(ScenarioSpec::default(), Lang::En);
        for (id, preset, name) in [
            (1, Preset::ExportFocus, "Ekspor & co = 1"),
            (2, Preset::YouthRegeneration, "Pémuda.%26"),
        ] {
            sender.apply(Action::ApplyPreset(preset));
            sender.apply(Action::Save {
                id,
                name: name.into(),
            });
            sender.apply(Action::ToggleCompared(id));
        }
        let fragment = fragment(&sender);
        assert_eq!(fragment.matches("&c=").count(), 2, "{fragment}");
        let opened = start(&fragment, None, None);
        assert!(
            opened.linked && opened.notices.is_empty(),
            "{:?}",
            opened.notices
        );
        let names: Vec<&str> = opened
            .opened
            .compared
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(names, ["Ekspor & co = 1", "Pémuda.%26"]);

        // A receiver has none of them saved: they are shared for the visit.
        let mut receiver = Planner::new(ScenarioSpec::default(), opened.lang);
        receiver.apply(Action::Load(Box::new(opened.opened.clone())));
        assert!(receiver.saved.is_empty());
        assert_eq!(receiver.shared.len(), 2);
        assert_eq!(super::fragment(&receiver), fragment);
        // The sender reloading their own link compares their own saved scenarios.
        let mut reloaded = Planner::new(ScenarioSpec::default(), opened.lang);
        reloaded.apply(Action::LoadSaved(sender.saved.clone()));
        reloaded.apply(Action::Load(Box::new(opened.opened)));
        assert!(reloaded.shared.is_empty());
        assert_eq!(reloaded.compared, [1, 2]);
        // A shared one saved keeps its place in the comparison.
        receiver.apply(Action::KeepShared {
            id: receiver.compared[1],
            new_id: 9,
        });
        assert_eq!(receiver.saved.len(), 1);
        assert_eq!(receiver.compared[1], 9);
        assert_eq!(super::fragment(&receiver), fragment);
    }

    #[test]
    fn a_damaged_compared_scenario_in_a_link_is_left_out_with_a_notice() {
        let base = link(&ScenarioSpec::default(), Lang::Id);
        let good = encode_spec(&ScenarioSpec::default(), MODEL_VERSION);
        let fragment = format!("{base}&c={good}.41&c=AAAA.41&c={good}.4&c={good}");
        let start = start(&fragment, None, None);
        assert_eq!(start.opened.compared.len(), 1);
        assert_eq!(start.notices, vec![Notice::ComparedUnreadable(3)]);
    }

    #[test]
    fn a_class_link_starts_a_group_on_the_class_settings_and_its_group_link_reopens_it() {
        let pinned = ScenarioSpec {
            seed: 5,
            runs: 8,
            years: 2,
            ..ScenarioSpec::default()
        };
        let class = canting_model::ClassLink::new("XI", &pinned, canting_model::Locks::ALL)
            .expect("a name");
        let opened = start(&format!("k={}&l=id", class.encode()), Some("stored"), None);
        assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        assert_eq!(opened.opened.spec, class.pin(&ScenarioSpec::default()));
        let mut group = Planner::new(ScenarioSpec::default(), opened.lang);
        group.apply(Action::Load(Box::new(opened.opened)));
        group.apply(Action::SetGroupName("Kelompok 1".into()));
        group.apply(Action::ApplyPreset(Preset::ExportFocus));
        let link = fragment(&group);
        assert!(link.contains("&k=") && link.contains("&g="), "{link}");
        let reopened = start(&link, None, None);
        let mut again = Planner::new(ScenarioSpec::default(), reopened.lang);
        again.apply(Action::Load(Box::new(reopened.opened)));
        assert_eq!(again.class, group.class);
        assert_eq!(super::fragment(&again), link);
    }

    #[test]
    fn a_damaged_class_or_board_in_a_link_is_said_and_the_rest_opens() {
        let spec = ScenarioSpec {
            seed: 4242,
            ..ScenarioSpec::default()
        };
        let opened = start(&format!("{}&k=AAAA", link(&spec, Lang::Id)), None, None);
        assert_eq!(opened.opened.spec, spec, "the scenario still opens");
        assert_eq!(opened.opened.class, None);
        assert!(
            matches!(opened.notices.as_slice(), [Notice::ClassUnreadable(_)]),
            "{:?}",
            opened.notices
        );
        let opened = start(
            &format!("{}&board=AAAA.x&e=1", link(&spec, Lang::Id)),
            None,
            None,
        );
        assert_eq!(opened.opened.board, None);
        assert_eq!(opened.notices, vec![Notice::BoardUnreadable(1)]);
    }

    #[test]
    fn a_challenge_link_opens_the_challenge_and_its_link_reopens_it() {
        use crate::challenge::ChallengeId;
        let three = ChallengeId::new(3).expect("3");
        // "Challenge 3" alone: the challenge's start is to be set up.
        let opened = start("ch=3&l=en", Some("stored"), None);
        assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        assert_eq!(opened.opened.challenge, Some(three));
        assert!(opened.set_up_challenge);
        let mut p = Planner::new(ScenarioSpec::default(), opened.lang);
        p.apply(Action::Load(Box::new(opened.opened)));
        p.apply(Action::OpenChallenge(three));
        p.apply(Action::SetBudget(
            canting_model::Strategy::FlagshipExports,
            1800,
        ));
        let link = fragment(&p);
        assert!(link.contains("&ch=3&"), "{link}");
        // With the student's scenario, the scenario is kept as it is.
        let reopened = start(&link, None, None);
        assert!(!reopened.set_up_challenge);
        assert_eq!(reopened.opened.spec, p.spec);
        let mut again = Planner::new(ScenarioSpec::default(), reopened.lang);
        again.apply(Action::Load(Box::new(reopened.opened)));
        assert_eq!(super::fragment(&again), link);
    }

    #[test]
    fn a_challenge_is_sent_from_its_start_inside_the_same_class() {
        use crate::challenge::ChallengeId;
        let pinned = ScenarioSpec {
            runs: 8,
            ..ScenarioSpec::default()
        };
        let class = canting_model::ClassLink::new("XI", &pinned, canting_model::Locks::ALL)
            .expect("a name");
        let opened = start(&format!("k={}&l=id", class.encode()), None, None);
        let mut p = Planner::new(ScenarioSpec::default(), opened.lang);
        assert_eq!(challenge_fragment(&p), None);
        p.apply(Action::Load(Box::new(opened.opened)));
        p.apply(Action::SetGroupName("Kelompok 1".into()));
        p.apply(Action::OpenChallenge(ChallengeId::new(3).expect("3")));
        p.apply(Action::SetBudget(
            canting_model::Strategy::FlagshipExports,
            1800,
        ));
        let sent = challenge_fragment(&p).expect("open");
        assert_eq!(sent, format!("k={}&ch=3&l=id", class.encode()));
        let received = start(&sent, None, None);
        assert!(received.set_up_challenge);
        assert_eq!(received.opened.spec.runs, 8, "the class's settings");
        assert_eq!(received.opened.class.expect("in the class").group, "");
    }

    #[test]
    fn an_unknown_or_damaged_challenge_in_a_link_is_said_and_the_rest_opens() {
        let spec = ScenarioSpec {
            seed: 4242,
            ..ScenarioSpec::default()
        };
        for bad in ["99", "0", "tiga", ""] {
            let opened = start(&format!("{}&ch={bad}", link(&spec, Lang::En)), None, None);
            assert_eq!(opened.opened.spec, spec, "the scenario still opens");
            assert_eq!(opened.lang, Lang::En);
            assert_eq!(opened.opened.challenge, None);
            assert!(!opened.set_up_challenge);
            assert_eq!(opened.notices, vec![Notice::UnknownChallenge(bad.into())]);
            assert!(opened.notices[0].about_link());
        }
        // In a class link, the class still opens.
        let class =
            canting_model::ClassLink::new("XI", &spec, canting_model::Locks::ALL).expect("a name");
        let opened = start(&format!("k={}&ch=x7", class.encode()), None, None);
        assert!(opened.opened.class.is_some());
        assert_eq!(opened.notices, vec![Notice::UnknownChallenge("x7".into())]);
    }
}
