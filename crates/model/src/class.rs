//! Class links: what a teacher pins for every group of a class (its name, the envelope,
//! horizon, seed and runs, and which of them the groups may not change), as a short, versioned,
//! checked token like a scenario's share link, so that every group faces the same random world
//! and a board can tell one class's links from another's.
//!
//! Layout (then base64url without padding): the mark [`CLASS_LINK_MARK`], the class format,
//! the model version, the name (length, UTF-8 bytes), the locks (one bit each: seed, years,
//! runs, envelope), envelope, years, seed, runs, all integers as LEB128 varints; then the
//! CRC-32 of all that, little-endian. The mark is a byte no scenario token starts with, so that
//! a class token given where a scenario is expected is named as such.

use crate::link::{Reader, base64url_decode, base64url_encode, crc32, put_varint};
use crate::{LinkError, MAX_LINK_INPUT, MODEL_VERSION, ScenarioSpec};

/// The first byte of every class token.
pub const CLASS_LINK_MARK: u8 = 0x43;
/// The class link format this code writes and reads.
pub const CLASS_LINK_FORMAT: u8 = 1;
/// The longest class name kept, in characters.
pub const MAX_CLASS_NAME_CHARS: usize = 60;

/// Which of the class's settings the groups may not change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Locks {
    /// The seed: every group's runs meet the same dice.
    pub seed: bool,
    /// The horizon in years.
    pub years: bool,
    /// The number of runs.
    pub runs: bool,
    /// The yearly envelope.
    pub envelope: bool,
}

impl Locks {
    /// Every setting locked.
    pub const ALL: Locks = Locks {
        seed: true,
        years: true,
        runs: true,
        envelope: true,
    };

    fn bits(self) -> u8 {
        u8::from(self.seed)
            | u8::from(self.years) << 1
            | u8::from(self.runs) << 2
            | u8::from(self.envelope) << 3
    }

    fn from_bits(bits: u8) -> Option<Locks> {
        (bits < 16).then_some(Locks {
            seed: bits & 1 != 0,
            years: bits & 2 != 0,
            runs: bits & 4 != 0,
            envelope: bits & 8 != 0,
        })
    }
}

/// A class: its name, the settings it pins for every group and which of them are locked, and
/// the model version that made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassLink {
    /// The class's name, as the teacher gave it (never empty).
    pub name: String,
    /// The yearly envelope every group starts from, Rp juta.
    pub envelope_juta: u64,
    /// The horizon, years.
    pub years: u32,
    /// The seed every group runs on.
    pub seed: u64,
    /// The runs of every group's ensemble.
    pub runs: u32,
    /// What the groups may not change.
    pub locks: Locks,
    /// The model version that made the class link.
    pub model_version: u32,
}

impl ClassLink {
    /// A class named `name` pinning `spec`'s envelope, horizon, seed and runs, made by the model
    /// running now. `None` when the name is empty once tidied.
    pub fn new(name: &str, spec: &ScenarioSpec, locks: Locks) -> Option<ClassLink> {
        let name = tidy_name(name)?;
        Some(ClassLink {
            name,
            envelope_juta: spec.envelope_juta,
            years: spec.years,
            seed: spec.seed,
            runs: spec.runs,
            locks,
            model_version: MODEL_VERSION,
        })
    }

    /// `spec` with the class's pinned settings in place: what a group starts from.
    pub fn pin(&self, spec: &ScenarioSpec) -> ScenarioSpec {
        ScenarioSpec {
            envelope_juta: self.envelope_juta,
            years: self.years,
            seed: self.seed,
            runs: self.runs,
            ..spec.clone()
        }
    }

    /// The class as a token.
    pub fn encode(&self) -> String {
        let mut bytes = vec![CLASS_LINK_MARK, CLASS_LINK_FORMAT];
        put_varint(&mut bytes, u64::from(self.model_version));
        put_varint(&mut bytes, self.name.len() as u64);
        bytes.extend_from_slice(self.name.as_bytes());
        bytes.push(self.locks.bits());
        put_varint(&mut bytes, self.envelope_juta);
        put_varint(&mut bytes, u64::from(self.years));
        put_varint(&mut bytes, self.seed);
        put_varint(&mut bytes, u64::from(self.runs));
        let sum = crc32(&bytes);
        bytes.extend_from_slice(&sum.to_le_bytes());
        base64url_encode(&bytes)
    }

    /// Reads a class token. Never panics, whatever the input; a damaged token is refused.
    pub fn decode(token: &str) -> Result<ClassLink, LinkError> {
        let token = token.trim();
        if token.is_empty() {
            return Err(LinkError::Empty);
        }
        if token.len() > MAX_LINK_INPUT {
            return Err(LinkError::TooLong);
        }
        let bytes = base64url_decode(token)?;
        // Mark, format, version, name length, locks, four settings: ten bytes at least.
        if bytes.len() < 10 + 4 {
            return Err(LinkError::TooShort);
        }
        let (body, sum) = bytes.split_at(bytes.len() - 4);
        if crc32(body).to_le_bytes() != sum {
            return Err(LinkError::Checksum);
        }
        if body[0] != CLASS_LINK_MARK {
            return Err(LinkError::Malformed);
        }
        if body[1] != CLASS_LINK_FORMAT {
            return Err(LinkError::UnsupportedFormat(body[1]));
        }
        let mut r = Reader {
            bytes: body,
            pos: 2,
        };
        let model_version = r.varint_u32()?;
        let len = usize::try_from(r.varint()?).map_err(|_| LinkError::Malformed)?;
        let name = std::str::from_utf8(r.take(len)?).map_err(|_| LinkError::Malformed)?;
        // The encoder writes the tidied name only: anything else is a second token.
        let name = tidy_name(name)
            .filter(|tidy| tidy == name)
            .ok_or(LinkError::Malformed)?;
        let locks = Locks::from_bits(r.byte()?).ok_or(LinkError::Malformed)?;
        let class = ClassLink {
            name,
            locks,
            envelope_juta: r.varint()?,
            years: r.varint_u32()?,
            seed: r.varint()?,
            runs: r.varint_u32()?,
            model_version,
        };
        if r.pos != body.len() {
            return Err(LinkError::Malformed);
        }
        Ok(class)
    }
}

/// A class name as typed, tidied: control characters become spaces, runs of spaces one, and a
/// name too long is cut. `None` when nothing is left.
pub fn tidy_name(typed: &str) -> Option<String> {
    let spaced: String = typed
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let name: String = words.join(" ").chars().take(MAX_CLASS_NAME_CHARS).collect();
    let name = name.trim_end();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Preset, decode_link, encode_spec};

    fn class() -> ClassLink {
        let spec = ScenarioSpec {
            seed: 77,
            runs: 8,
            years: 2,
            ..ScenarioSpec::default()
        };
        let locks = Locks {
            seed: true,
            runs: true,
            ..Locks::default()
        };
        ClassLink::new("  Kelas XI\nIPS 2 ", &spec, locks).expect("a name")
    }

    #[test]
    fn a_class_link_round_trips_every_field() {
        let class = class();
        assert_eq!(class.name, "Kelas XI IPS 2");
        assert_eq!(ClassLink::decode(&class.encode()), Ok(class.clone()));
        for bits in 0..16 {
            let mut other = class.clone();
            other.locks = Locks::from_bits(bits).expect("four bits");
            other.seed = u64::MAX;
            other.name = "Ü".repeat(MAX_CLASS_NAME_CHARS);
            assert_eq!(ClassLink::decode(&other.encode()), Ok(other));
        }
    }

    #[test]
    fn a_class_pins_its_settings_and_keeps_the_allocation() {
        let class = class();
        let group = ScenarioSpec::from_preset(Preset::ExportFocus);
        let pinned = class.pin(&group);
        assert_eq!(
            (pinned.seed, pinned.runs, pinned.years, pinned.envelope_juta),
            (77, 8, 2, class.envelope_juta)
        );
        assert_eq!(pinned.budgets_juta, group.budgets_juta);
    }

    #[test]
    fn an_empty_name_makes_no_class() {
        assert_eq!(
            ClassLink::new(" \n ", &ScenarioSpec::default(), Locks::ALL),
            None
        );
    }

    #[test]
    fn a_damaged_class_link_is_refused_and_never_read_as_another() {
        let token = class().encode();
        assert_eq!(
            ClassLink::decode(&token[..token.len() - 3]),
            Err(LinkError::Checksum)
        );
        for i in 0..token.len() {
            let mut chars: Vec<char> = token.chars().collect();
            chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
            let altered: String = chars.into_iter().collect();
            assert!(ClassLink::decode(&altered).is_err(), "{altered}");
        }
        assert!(matches!(
            ClassLink::decode("a class?"),
            Err(LinkError::BadCharacter { .. })
        ));
    }

    #[test]
    fn a_class_token_and_a_scenario_token_are_not_taken_for_each_other() {
        let scenario = encode_spec(&ScenarioSpec::default(), MODEL_VERSION);
        assert_eq!(ClassLink::decode(&scenario), Err(LinkError::Malformed));
        assert_eq!(decode_link(&class().encode()), Err(LinkError::ClassLink));
    }

    #[test]
    fn scenario_links_of_both_formats_still_open() {
        // A format-1 token made before class links existed, and today's format-2 one.
        let old = "AQKIJ4QH9AOQA_gK2AT0A7wFBa3x_oABIAC61dpT";
        assert!(decode_link(old).is_ok(), "an old link still opens");
        let new = encode_spec(&ScenarioSpec::default(), MODEL_VERSION);
        assert_eq!(
            decode_link(&new).map(|d| d.spec),
            Ok(ScenarioSpec::default())
        );
    }
}
