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

    /// The thousands separator: a point in Bahasa Indonesia, a comma in English.
    pub fn thousands_separator(self) -> char {
        match self {
            Lang::Id => '.',
            Lang::En => ',',
        }
    }

    /// The decimal mark: a comma in Bahasa Indonesia, a point in English.
    pub fn decimal_mark(self) -> char {
        match self {
            Lang::Id => ',',
            Lang::En => '.',
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

/// A whole number with the language's thousands separator: 12.500 in Bahasa Indonesia, 12,500
/// in English. Formatted from the integer, so every `u64` is written exactly (a detour through
/// `f64` would round anything above 2^53).
pub fn group_thousands(lang: Lang, n: u64) -> String {
    group_digits(lang, &n.to_string())
}

/// A string of ASCII digits with the language's thousands separator between groups of three.
pub fn group_digits(lang: Lang, digits: &str) -> String {
    let sep = lang.thousands_separator();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_thousands_writes_every_u64_exactly() {
        assert_eq!(group_thousands(Lang::Id, 0), "0");
        assert_eq!(group_thousands(Lang::En, 999), "999");
        assert_eq!(group_thousands(Lang::Id, 1000), "1.000");
        assert_eq!(group_thousands(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(
            group_thousands(Lang::Id, u64::MAX),
            "18.446.744.073.709.551.615"
        );
        assert_eq!(
            group_thousands(Lang::En, (1 << 53) + 1),
            "9,007,199,254,740,993"
        );
    }
}
