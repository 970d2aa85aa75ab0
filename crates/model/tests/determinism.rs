//! Determinism: a run is a pure function of (scenario, seed, model version). Same input, same
//! output bit for bit; another seed, another output; and a golden fingerprint of a default run
//! that native and wasm32 builds must both reproduce (this file also runs under
//! wasm-bindgen-test in Node).

use canting_model::{
    run_ensemble, run_once, run_seed, Ensemble, Metric, Preset, Scenario, ScenarioSpec, Strategy, DEFAULT_SEED,
    MODEL_VERSION,
};

/// The fingerprint of `run_once(default scenario, run_seed(DEFAULT_SEED, 0))` for
/// [`MODEL_VERSION`]. When a change to the model changes results on purpose, bump
/// `MODEL_VERSION` and set this to the value the failing test prints.
const GOLDEN_DEFAULT_RUN: u64 = 0;
/// The fingerprint of the summary of a 3-run, 2-year default ensemble.
const GOLDEN_SMALL_SUMMARY: u64 = 0;
/// The model version the golden values belong to.
const GOLDEN_VERSION: u32 = 1;

fn small(seed: u64) -> Scenario {
    let spec = ScenarioSpec { seed, runs: 3, years: 2, ..ScenarioSpec::default() };
    spec.validate().expect("a small default scenario is valid")
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn same_scenario_and_seed_give_the_same_run_bit_for_bit() {
    let s = Scenario::default();
    let a = run_once(&s, run_seed(s.seed(), 0));
    let b = run_once(&s, run_seed(s.seed(), 0));
    assert_eq!(a, b);
    assert_eq!(a.fingerprint(), b.fingerprint());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn same_scenario_gives_the_same_summary_bit_for_bit() {
    let s = small(7);
    assert_eq!(run_ensemble(&s).fingerprint(), run_ensemble(&s).fingerprint());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn another_seed_gives_another_output() {
    let s = Scenario::default();
    let a = run_once(&s, run_seed(s.seed(), 0));
    let b = run_once(&s, run_seed(s.seed(), 1));
    assert_ne!(a.fingerprint(), b.fingerprint());
    assert_ne!(run_ensemble(&small(1)).fingerprint(), run_ensemble(&small(2)).fingerprint());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn golden_fingerprint_of_a_default_run_is_the_same_on_every_target() {
    assert_eq!(MODEL_VERSION, GOLDEN_VERSION, "the model version changed: update the golden values");
    let s = Scenario::default();
    assert_eq!(s.seed(), DEFAULT_SEED);
    let fp = run_once(&s, run_seed(DEFAULT_SEED, 0)).fingerprint();
    assert_eq!(fp, GOLDEN_DEFAULT_RUN, "default run fingerprint is {fp:#018x}");
    let fp = run_ensemble(&small(DEFAULT_SEED)).fingerprint();
    assert_eq!(fp, GOLDEN_SMALL_SUMMARY, "small summary fingerprint is {fp:#018x}");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn incremental_ensemble_equals_the_one_shot_ensemble() {
    let s = small(11);
    let mut e = Ensemble::new(&s);
    assert_eq!(e.runs_done(), 0);
    assert_eq!(e.runs_total(), 3);
    let mut partial = None;
    while e.step() {
        if e.runs_done() == 1 {
            partial = Some(e.summary());
        }
    }
    assert_eq!(e.runs_done(), 3);
    assert!(!e.step(), "stepping a finished ensemble does nothing");
    assert_eq!(e.summary(), run_ensemble(&s));
    let partial = partial.expect("a partial summary after one run");
    assert_eq!(partial.runs, 1);
    // One run: every band is that run.
    let one = run_once(&s, run_seed(s.seed(), 0));
    assert_eq!(partial.bands(Metric::Competitiveness).mean, one.series(Metric::Competitiveness));
    assert_eq!(partial.bands(Metric::Competitiveness).p90, one.series(Metric::Competitiveness));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn scenarios_on_one_seed_share_the_starting_state_and_the_dice() {
    // Common random numbers: the same seed gives the same month 0 whatever the budgets, and a
    // change to one budget leaves the unrelated environment (material prices) untouched.
    let base = ScenarioSpec { runs: 1, years: 2, ..ScenarioSpec::default() };
    let mut other = ScenarioSpec { runs: 1, years: 2, ..ScenarioSpec::from_preset(Preset::ExportFocus) };
    other.budgets_juta.set(Strategy::Networking, 0);
    let a = run_once(&base.validate().expect("valid"), run_seed(base.seed, 0));
    let b = run_once(&other.validate().expect("valid"), run_seed(other.seed, 0));
    for &m in Metric::ALL {
        assert_eq!(a.series(m)[0], b.series(m)[0], "{} differs at month 0", m.key());
    }
    assert_ne!(a.fingerprint(), b.fingerprint(), "different budgets give different runs");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn run_seeds_are_derived_from_the_scenario_seed() {
    assert_eq!(run_seed(5, 3), run_seed(5, 3));
    assert_ne!(run_seed(5, 3), run_seed(5, 4));
    assert_ne!(run_seed(5, 3), run_seed(6, 3));
}
