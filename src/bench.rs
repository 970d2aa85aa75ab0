//! A hook for the browser benchmark: times the model alone in this page's wasm, so that the
//! benchmark can compare it with the native figure of the same ensemble. Nothing in the page
//! calls it.

use wasm_bindgen::prelude::*;

use canting_model::{ScenarioSpec, run_ensemble};

use crate::infra;

/// Milliseconds for the default ensemble with the population times `scale` (1 = the city).
/// Returns a negative number if the scaled scenario is invalid.
#[wasm_bindgen]
pub fn canting_bench_ensemble(scale: f64) -> f64 {
    let spec = ScenarioSpec::default().with_population_scale(scale);
    let Ok(scenario) = spec.validate() else {
        return -1.0;
    };
    let started = infra::now_ms();
    let summary = run_ensemble(&scenario);
    let elapsed = infra::now_ms() - started;
    // Keep the result alive so the work cannot be optimised away.
    if summary.runs == 0 {
        return -1.0;
    }
    elapsed
}
