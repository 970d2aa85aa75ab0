//! Share links: a scenario as a short, URL-safe, versioned token that carries the model version
//! and a checksum, so a truncated or altered token is refused rather than misread.
//!
//! Layout (then base64url without padding): format byte, model version, envelope, the seven
//! budgets, years, seed, runs, the number of parameter overrides and each as (key length, key
//! bytes, f64 little-endian), all integers as LEB128 varints; then a 32-bit check, little-endian.
//!
//! Format 2 (written since the hardening) checks with CRC-32 (IEEE), which detects every change
//! of up to 32 consecutive bits: any one character substituted, and any two neighbours swapped.
//! Format 1 checked with a 64-bit hash folded to 32 bits, which let a few one-character typos in
//! billions through; its links are still read. Each scenario has exactly one token: varints
//! are shortest, parameters are listed once each in key order, and anything else is refused.

use std::collections::BTreeMap;

use crate::rng::mix64;
use crate::{Budgets, Lang, MODEL_VERSION, Scenario, ScenarioSpec};

/// The link format this code writes. It also reads [`OLD_LINK_FORMAT`].
pub const LINK_FORMAT: u8 = 2;
/// The older link format this code still reads (links made before format 2).
pub const OLD_LINK_FORMAT: u8 = 1;
/// The longest input [`decode_link`] looks at, characters.
pub const MAX_LINK_INPUT: usize = 8192;

/// A decoded link. The scenario is not yet validated: the caller validates it, so that a link
/// made by another model version can still load with a notice.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedLink {
    /// The scenario the link carries.
    pub spec: ScenarioSpec,
    /// The model version that made the link.
    pub model_version: u32,
}

impl DecodedLink {
    /// Whether the link was made by the model version running now.
    pub fn same_version(&self) -> bool {
        self.model_version == MODEL_VERSION
    }
}

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// Nothing was given.
    #[error("the link is empty")]
    Empty,
    /// The input is far longer than any link.
    #[error("the link is too long to be a Canting link")]
    TooLong,
    /// A URL was given but holds no `s=` token.
    #[error("the address holds no scenario (no \"s=\" part)")]
    NoToken,
    /// A character that a link never contains.
    #[error(
        "the link contains a character it should not ('{character}' at position {position}); it may have been altered"
    )]
    BadCharacter {
        /// The character.
        character: char,
        /// Its position in the token, from 1.
        position: usize,
    },
    /// The token is too short: probably cut off.
    #[error("the link is too short; it was probably cut off when copied")]
    TooShort,
    /// The checksum does not match: the token was cut off or altered.
    #[error("the link is damaged (its check digits do not match); it was cut off or altered")]
    Checksum,
    /// A link format this version cannot read.
    #[error("the link was made in format {0}, which this version of Canting cannot read")]
    UnsupportedFormat(u8),
    /// A class link was given where a scenario was expected.
    #[error(
        "this is a class link, not a scenario: open it in Canting to join the class, then share your group's link"
    )]
    ClassLink,
    /// The checksum matched but the content does not make sense.
    #[error("the link's content is malformed")]
    Malformed,
    /// The parameters are not listed in key order, as Canting always writes them: the token is
    /// not the scenario's one token (it was altered, or made by another program).
    #[error(
        "the link lists its parameters out of order (\"{key}\" after \"{after}\"), which Canting never writes; it was altered or made by another program"
    )]
    ParamsOutOfOrder {
        /// The key found out of order.
        key: String,
        /// The key before it.
        after: String,
    },
}

impl LinkError {
    /// The problem in plain words, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::Id => match self {
                LinkError::Empty => "tautan kosong".to_string(),
                LinkError::TooLong => "tautan terlalu panjang untuk tautan Canting".to_string(),
                LinkError::NoToken => {
                    "alamat ini tidak memuat skenario (tidak ada bagian \"s=\")".to_string()
                }
                LinkError::BadCharacter {
                    character,
                    position,
                } => format!(
                    "tautan memuat karakter yang tidak semestinya ('{character}' di posisi {position}); mungkin telah diubah"
                ),
                LinkError::TooShort => {
                    "tautan terlalu pendek; mungkin terpotong saat disalin".to_string()
                }
                LinkError::Checksum => {
                    "tautan rusak (angka pemeriksanya tidak cocok); terpotong atau diubah"
                        .to_string()
                }
                LinkError::UnsupportedFormat(v) => format!(
                    "tautan dibuat dalam format {v} yang tidak dapat dibaca versi Canting ini"
                ),
                LinkError::Malformed => "isi tautan tidak sah".to_string(),
                LinkError::ClassLink => "ini tautan kelas, bukan skenario: buka di Canting untuk bergabung dengan kelas, lalu bagikan tautan kelompok Anda".to_string(),
                LinkError::ParamsOutOfOrder { key, after } => format!(
                    "tautan mencantumkan parameternya tidak berurutan (\"{key}\" sesudah \"{after}\"), padahal Canting selalu menulisnya berurutan; tautan ini diubah atau dibuat oleh program lain"
                ),
            },
        }
    }
}

/// Encodes a scenario as a share token (about 36 characters for today's allocation).
pub fn encode_link(s: &Scenario) -> String {
    encode_spec(s.spec(), MODEL_VERSION)
}

/// Encodes a (possibly unvalidated) scenario with a given model version.
pub fn encode_spec(spec: &ScenarioSpec, model_version: u32) -> String {
    // -0 is written as 0: they are the same value, and a scenario has one token.
    let params = spec
        .params
        .iter()
        .map(|(key, value)| (key.as_str(), value + 0.0));
    encode_with_entries(spec, model_version, params)
}

/// A format-2 token of `spec`'s settings with these parameter entries, written as given (the
/// encoder passes the spec's own, sorted; tests pass others).
fn encode_with_entries<'a>(
    spec: &ScenarioSpec,
    model_version: u32,
    entries: impl ExactSizeIterator<Item = (&'a str, f64)>,
) -> String {
    let mut bytes = Vec::with_capacity(48);
    bytes.push(LINK_FORMAT);
    put_varint(&mut bytes, u64::from(model_version));
    put_varint(&mut bytes, spec.envelope_juta);
    for v in spec.budgets_juta.to_array() {
        put_varint(&mut bytes, v);
    }
    put_varint(&mut bytes, u64::from(spec.years));
    put_varint(&mut bytes, spec.seed);
    put_varint(&mut bytes, u64::from(spec.runs));
    put_varint(&mut bytes, entries.len() as u64);
    for (key, value) in entries {
        put_varint(&mut bytes, key.len() as u64);
        bytes.extend_from_slice(key.as_bytes());
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    let sum = crc32(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    base64url_encode(&bytes)
}

/// Decodes a bare token or a full URL containing it (`...?s=TOKEN` or `...#s=TOKEN`).
/// Never panics, whatever the input.
pub fn decode_link(token_or_url: &str) -> Result<DecodedLink, LinkError> {
    if token_or_url.len() > MAX_LINK_INPUT {
        return Err(LinkError::TooLong);
    }
    let token = extract_token(token_or_url)?;
    let bytes = base64url_decode(token)?;
    // Format, model version, envelope, 7 budgets, years, seed, runs, count: 14 bytes at least.
    if bytes.len() < 14 + 4 {
        return Err(LinkError::TooShort);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 4);
    let expected = u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]);
    let format = body[0];
    let check = match format {
        OLD_LINK_FORMAT => old_checksum(body),
        // A later format is expected to keep CRC-32: a token that passes it is a real link of a
        // format this version cannot read, anything else is damage.
        _ => crc32(body),
    };
    if check != expected {
        return Err(LinkError::Checksum);
    }
    if format == crate::class::CLASS_LINK_MARK {
        return Err(LinkError::ClassLink);
    }
    if format != LINK_FORMAT && format != OLD_LINK_FORMAT {
        return Err(LinkError::UnsupportedFormat(format));
    }
    let mut r = Reader {
        bytes: body,
        pos: 1,
    };
    let model_version = r.varint_u32()?;
    let envelope_juta = r.varint()?;
    let mut budgets = [0u64; 7];
    for b in budgets.iter_mut() {
        *b = r.varint()?;
    }
    let years = r.varint_u32()?;
    let seed = r.varint()?;
    let runs = r.varint_u32()?;
    let n_params = r.varint()?;
    let mut params: BTreeMap<String, f64> = BTreeMap::new();
    for _ in 0..n_params {
        let len = usize::try_from(r.varint()?).map_err(|_| LinkError::Malformed)?;
        let key = std::str::from_utf8(r.take(len)?)
            .map_err(|_| LinkError::Malformed)?
            .to_string();
        let raw = r.take(8)?;
        let mut le = [0u8; 8];
        le.copy_from_slice(raw);
        // Entries come in key order, each once, as the encoder writes a sorted map: any other
        // order would be a second token for the same scenario.
        if let Some((last, _)) = params.last_key_value() {
            if *last == key {
                return Err(LinkError::Malformed);
            }
            if *last > key {
                return Err(LinkError::ParamsOutOfOrder {
                    key,
                    after: last.clone(),
                });
            }
        }
        let value = f64::from_le_bytes(le);
        // The encoder never writes -0 (it writes 0): another token for the same scenario.
        if value == 0.0 && value.is_sign_negative() {
            return Err(LinkError::Malformed);
        }
        params.insert(key, value);
    }
    if r.pos != body.len() {
        return Err(LinkError::Malformed);
    }
    Ok(DecodedLink {
        spec: ScenarioSpec {
            envelope_juta,
            budgets_juta: Budgets::from_array(budgets),
            years,
            seed,
            runs,
            params,
        },
        model_version,
    })
}

/// Finds the token in a bare token or a URL.
fn extract_token(input: &str) -> Result<&str, LinkError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(LinkError::Empty);
    }
    // Look for `s=` at the start of the input or after `?`, `&` or `#`.
    let mut found = None;
    let bytes = input.as_bytes();
    for (idx, w) in bytes.windows(2).enumerate() {
        if w == b"s=" && (idx == 0 || matches!(bytes[idx - 1], b'?' | b'&' | b'#')) {
            found = Some(idx + 2);
            break;
        }
    }
    let token = match found {
        Some(start) => {
            let rest = &input[start..];
            let end = rest.find(['&', '#']).unwrap_or(rest.len());
            &rest[..end]
        }
        None if input.contains("://") || input.contains('?') || input.contains('#') => {
            return Err(LinkError::NoToken);
        }
        None => input,
    };
    let token = token.trim_end_matches('=');
    if token.is_empty() {
        return Err(LinkError::Empty);
    }
    Ok(token)
}

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), one table lookup per byte.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc = CRC32_TABLE[usize::from((crc as u8) ^ b)] ^ (crc >> 8);
    }
    !crc
}

/// The CRC-32 of each byte value, computed at compile time.
const CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The check of format 1, kept to read its links.
fn old_checksum(bytes: &[u8]) -> u32 {
    // FNV-1a, then a strong 64-bit mix; the top 32 bits are the check.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (mix64(h ^ 0x6361_6e74_696e_6721) >> 32) as u32
}

pub(crate) fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads a token's body byte by byte (varints as the encoder writes them, shortest).
pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.pos).ok_or(LinkError::Malformed)?;
        self.pos += 1;
        Ok(b)
    }

    pub(crate) fn take(&mut self, len: usize) -> Result<&'a [u8], LinkError> {
        let end = self.pos.checked_add(len).ok_or(LinkError::Malformed)?;
        let slice = self.bytes.get(self.pos..end).ok_or(LinkError::Malformed)?;
        self.pos = end;
        Ok(slice)
    }

    pub(crate) fn varint(&mut self) -> Result<u64, LinkError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = u64::from(b & 0x7f);
            if shift == 63 && part > 1 {
                return Err(LinkError::Malformed);
            }
            value |= part << shift;
            if b & 0x80 == 0 {
                // Refuse over-long encodings, so that every scenario has exactly one token.
                if b == 0 && shift > 0 {
                    return Err(LinkError::Malformed);
                }
                return Ok(value);
            }
        }
        Err(LinkError::Malformed)
    }

    pub(crate) fn varint_u32(&mut self) -> Result<u32, LinkError> {
        u32::try_from(self.varint()?).map_err(|_| LinkError::Malformed)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(crate) fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let idx = ((n >> (18 - 6 * i)) & 0x3f) as usize;
            out.push(char::from(ALPHABET[idx]));
        }
    }
    out
}

pub(crate) fn base64url_decode(token: &str) -> Result<Vec<u8>, LinkError> {
    let mut values = Vec::with_capacity(token.len());
    for (idx, c) in token.chars().enumerate() {
        let v = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' => 62,
            '_' => 63,
            _ => {
                return Err(LinkError::BadCharacter {
                    character: c,
                    position: idx + 1,
                });
            }
        };
        values.push(v);
    }
    if values.len() % 4 == 1 {
        return Err(LinkError::TooShort);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let mut n = 0u32;
        for (i, &v) in chunk.iter().enumerate() {
            n |= v << (18 - 6 * i);
        }
        let n_bytes = chunk.len() - 1;
        // A short last group has unused low bits, which an encoder leaves zero: a non-zero one
        // means the token was altered.
        let unused_bits = 24 - 8 * n_bytes as u32;
        if n_bytes < 3 && n & ((1u32 << unused_bits) - 1) != 0 {
            return Err(LinkError::Checksum);
        }
        for i in 0..n_bytes {
            out.push(((n >> (16 - 8 * i)) & 0xff) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_roundtrips_every_length() {
        for len in 0..20u8 {
            let bytes: Vec<u8> = (0..len)
                .map(|b| b.wrapping_mul(37).wrapping_add(11))
                .collect();
            let enc = base64url_encode(&bytes);
            assert_eq!(base64url_decode(&enc).ok(), Some(bytes));
        }
    }

    #[test]
    fn crc32_is_the_standard_one() {
        // The check value of CRC-32 (IEEE), as every implementation publishes it.
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"a"), 0xe8b7_be43);
    }

    /// A format-2 token with the parameter entries in the order given (the encoder always
    /// sorts them).
    fn token_with_entries(entries: &[(&str, f64)]) -> String {
        encode_with_entries(
            &ScenarioSpec::default(),
            MODEL_VERSION,
            entries.iter().copied(),
        )
    }

    #[test]
    fn a_token_with_its_parameters_out_of_order_is_refused() {
        // Regression: entries were accepted in any order, so one scenario had many tokens.
        let sorted = [("quit_rate_young", 0.2), ("stop_rate", 0.1)];
        let token = token_with_entries(&sorted);
        let d = decode_link(&token).expect("entries in key order decode");
        assert_eq!(d.spec.params.len(), 2);
        assert_eq!(
            encode_spec(&d.spec, d.model_version),
            token,
            "the one token"
        );
        let reversed = [("stop_rate", 0.1), ("quit_rate_young", 0.2)];
        let e = decode_link(&token_with_entries(&reversed)).expect_err("out of order");
        assert_eq!(
            e,
            LinkError::ParamsOutOfOrder {
                key: "quit_rate_young".into(),
                after: "stop_rate".into()
            }
        );
        assert!(e.message(Lang::En).contains("out of order"));
        assert!(e.message(Lang::Id).contains("tidak berurutan"));
        let twice = [("stop_rate", 0.1), ("stop_rate", 0.1)];
        assert_eq!(
            decode_link(&token_with_entries(&twice)),
            Err(LinkError::Malformed)
        );
    }

    #[test]
    fn minus_zero_is_written_as_zero_and_a_token_holding_it_refused() {
        // Regression: a parameter of -0 and one of 0 (the same value) gave two tokens.
        let mut spec = ScenarioSpec::default();
        spec.params.insert("market_down_rate".into(), -0.0);
        let minus = encode_spec(&spec, MODEL_VERSION);
        spec.params.insert("market_down_rate".into(), 0.0);
        assert_eq!(
            minus,
            encode_spec(&spec, MODEL_VERSION),
            "one token for one scenario"
        );
        let zero = token_with_entries(&[("market_down_rate", 0.0)]);
        assert!(decode_link(&zero).is_ok());
        assert_eq!(
            decode_link(&token_with_entries(&[("market_down_rate", -0.0)])),
            Err(LinkError::Malformed)
        );
    }

    #[test]
    fn a_later_format_is_named_and_a_damaged_one_called_damaged() {
        let token = encode_link(&Scenario::default());
        let mut bytes = base64url_decode(&token).expect("decodes");
        let body_len = bytes.len() - 4;
        bytes[0] = 3;
        let damaged = base64url_encode(&bytes);
        assert_eq!(decode_link(&damaged), Err(LinkError::Checksum));
        let sum = crc32(&bytes[..body_len]);
        bytes[body_len..].copy_from_slice(&sum.to_le_bytes());
        assert_eq!(
            decode_link(&base64url_encode(&bytes)),
            Err(LinkError::UnsupportedFormat(3))
        );
    }

    #[test]
    fn varint_roundtrips_extremes() {
        for v in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut buf = Vec::new();
            put_varint(&mut buf, v);
            let mut r = Reader {
                bytes: &buf,
                pos: 0,
            };
            assert_eq!(r.varint(), Ok(v));
            assert_eq!(r.pos, buf.len());
        }
    }
}
