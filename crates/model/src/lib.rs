//! The seeded agent model of Pekalongan's batik industry: businesses, artisans and the young,
//! moved month by month by the seven strategies' budgets. It knows nothing of the browser.
//!
//! A run is a pure function of (scenario, seed, model version): no clock, no operating-system
//! randomness, no hash-map iteration; transcendental maths goes through `libm`, so native and
//! wasm32 builds give the same numbers bit for bit.
#![deny(missing_docs)]

mod budget;
mod challenge_texts;
mod class;
mod compare;
mod ensemble;
mod influence;
mod lang;
mod link;
mod long_texts;
mod metrics;
mod notes;
mod params;
pub mod planning;
mod policy;
mod rng;
mod scenario;
mod sensitivity;
mod strategy;
mod world;

pub use budget::{Budgets, DEFAULT_ENVELOPE_JUTA, Preset, split_in_proportion};
pub use challenge_texts::ChallengeTexts;
pub use class::{
    CLASS_LINK_FORMAT, CLASS_LINK_MARK, ClassLink, Locks, MAX_CLASS_NAME_CHARS,
    tidy_name as tidy_class_name,
};
pub use compare::{
    AGREEMENT, CompareError, Comparison, Difference, MIN_PAIRS, Verdict, comparable, run_comparison,
};
pub use ensemble::{Bands, Ensemble, SharedStarts, Summary, run_ensemble, run_once, trace_run};
pub use influence::influential;
pub use lang::{Lang, group_digits, group_thousands};
pub use link::{
    DecodedLink, LINK_FORMAT, LinkError, MAX_LINK_INPUT, OLD_LINK_FORMAT, decode_link, encode_link,
    encode_spec,
};
pub use long_texts::{Bilingual, LongTexts};
pub use metrics::Metric;
pub use notes::model_notes;
pub use params::{ParamGroup, ParamInfo, Params, Source, parameter, parameters};
pub use policy::{delivery, efforts, training_places};
pub use rng::run_seed;
pub use scenario::{
    BUSINESS_WORK_WEIGHT, DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_WORK, DEFAULT_YEARS,
    MAX_ENVELOPE_JUTA, MAX_WORK, RUNS_RANGE, Scenario, ScenarioSpec, SpecError, ValidationError,
    ValidationErrors, YEARS_RANGE,
};
pub use sensitivity::{
    Effect, Morris, MorrisConfig, RankingCheck, SCREENED_OUTCOMES, SensitivityReport, outcomes_of,
};
pub use strategy::Strategy;
pub use world::{
    ArtisanMonth, MonthCounts, Reach, RunResult, SlotMonth, Trace, TracedArtisan, TracedBusiness,
};

/// The model's version. A run is a pure function of (scenario, seed, model version); bump it
/// whenever results change.
pub const MODEL_VERSION: u32 = 5;

/// The budgets of a preset for an envelope (see [`Preset::budgets`]).
pub fn preset(p: Preset, envelope_juta: u64) -> Budgets {
    p.budgets(envelope_juta)
}
