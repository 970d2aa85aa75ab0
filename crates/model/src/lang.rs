//! The two languages every user-facing text of the model comes in: Bahasa Indonesia (the
//! default) and English.

use serde::{Deserialize, Serialize};

/// A language for user-facing text. Bahasa Indonesia is the default.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Bahasa Indonesia first.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The language's short code, as in JSON: `"id"` or `"en"`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Reads a short code (`"id"` or `"en"`, any case); `None` for anything else.
    pub fn from_key(key: &str) -> Option<Lang> {
        match key.trim().to_ascii_lowercase().as_str() {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the text for this language out of a pair.
    pub(crate) fn pick(self, id: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}
