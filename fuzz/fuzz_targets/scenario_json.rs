//! Any text given as a scenario's JSON is read or refused with a message, never a panic, and
//! a scenario that validates asks for no more work than the bound.
#![no_main]

use canting_model::{Lang, MAX_WORK, ScenarioSpec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match ScenarioSpec::from_json(text) {
        Ok(spec) => match spec.validate() {
            Ok(scenario) => assert!(scenario.work() <= MAX_WORK),
            Err(errors) => assert!(!errors.messages(Lang::En).is_empty()),
        },
        Err(e) => assert!(!e.message(Lang::Id).is_empty()),
    }
});
