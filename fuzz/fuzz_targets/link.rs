//! Any text given as a link is decoded or refused with a message, never a panic; what decodes
//! and validates encodes back to the same token (each scenario has exactly one).
#![no_main]

use canting_model::{Lang, decode_link, encode_link};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match decode_link(text) {
        Ok(decoded) => {
            if let Ok(scenario) = decoded.spec.validate() {
                let token = encode_link(&scenario);
                let again = decode_link(&token).expect("a token we wrote decodes");
                assert_eq!(again.spec, decoded.spec, "the same scenario back");
                assert_eq!(encode_link(&again.spec.validate().expect("valid")), token);
            }
        }
        Err(e) => {
            assert!(!e.message(Lang::Id).is_empty() && !e.message(Lang::En).is_empty());
        }
    }
});
