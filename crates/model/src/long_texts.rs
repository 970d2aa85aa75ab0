//! The long texts a reader opens now and then: the model in plain words, every parameter's
//! source and the guided challenges' stories and explanations, in both languages. They are most
//! of the model's text, so the page is built without them (the `texts` feature off) and fetches
//! them as one JSON file, this struct's, when the model panel, a group of parameters or the
//! challenges are opened; `canting texts` writes that file from a build that has them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::Lang;
use crate::challenge_texts::ChallengeTexts;

/// A text in Bahasa Indonesia and in English.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Bilingual {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// The long texts, as the page's file holds them (the page reads it with the browser's own
/// JSON parser: src/texts.rs).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LongTexts {
    /// The model version the texts describe: a page of another version must not show them.
    pub model_version: u32,
    /// The model in plain words, paragraphs separated by a blank line.
    pub notes: Bilingual,
    /// Every parameter's source (the published figure, the study, the target or the reason),
    /// by the parameter's key.
    pub sources: BTreeMap<String, Bilingual>,
    /// Every guided challenge's story and explanation, by the challenge's key.
    pub challenges: BTreeMap<String, ChallengeTexts>,
}

impl LongTexts {
    /// The texts of this build. Only a build with the `texts` feature has them.
    #[cfg(feature = "texts")]
    pub fn of_this_build() -> LongTexts {
        let both = |f: &dyn Fn(Lang) -> &'static str| Bilingual {
            id: f(Lang::Id).to_string(),
            en: f(Lang::En).to_string(),
        };
        LongTexts {
            model_version: crate::MODEL_VERSION,
            notes: both(&crate::model_notes),
            sources: crate::parameters()
                .iter()
                .map(|p| (p.key.to_string(), both(&|lang| p.source_text(lang))))
                .collect(),
            challenges: crate::challenge_texts::challenge_texts()
                .map(|(key, texts)| (key.to_string(), texts))
                .collect(),
        }
    }
}

#[cfg(all(test, feature = "texts"))]
mod tests {
    use super::*;

    #[test]
    fn the_parameters_a_challenge_names_are_named_as_the_page_labels_them() {
        // The networking challenge's explanation names four parameters by their labels.
        let texts = LongTexts::of_this_build();
        let explanation = &texts.challenges["networking"].explanation;
        for key in [
            "peer_link_weight",
            "link_productivity_gain",
            "link_formation_gain",
            "mentoring_gain",
        ] {
            let p = crate::parameter(key).expect("a parameter");
            for lang in Lang::ALL {
                let label = format!("“{}”", p.label(lang));
                assert!(explanation.get(lang).contains(&label), "{key} {lang:?}");
            }
        }
    }

    #[test]
    fn every_parameter_has_its_source_in_both_languages() {
        let texts = LongTexts::of_this_build();
        assert_eq!(texts.sources.len(), crate::parameters().len());
        for p in crate::parameters() {
            for lang in Lang::ALL {
                let source = texts.sources[p.key].get(lang);
                assert!(source.len() > 10, "{} {lang:?}", p.key);
            }
        }
        assert!(texts.notes.id.contains("\n\n") && texts.notes.en.contains("\n\n"));
        for (key, t) in &texts.challenges {
            for text in [&t.story, &t.explanation, &t.mechanism, &t.agents] {
                assert!(text.id.len() > 40 && text.en.len() > 40, "{key}");
                assert_ne!(text.id, text.en, "{key}");
                // A reader of the page cannot open the project's files or their sections.
                assert!(
                    !text.id.contains("docs/") && !text.en.contains("docs/"),
                    "{key}"
                );
                for (words, section) in [(&text.id, "bagian "), (&text.en, "section ")] {
                    let cites = words.match_indices(section).any(|(at, _)| {
                        words[at + section.len()..].starts_with(|c: char| c.is_ascii_digit())
                    });
                    assert!(!cites, "{key}: {words}");
                }
            }
        }
    }
}
