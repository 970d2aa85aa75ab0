//! Determinism: a run is a pure function of (scenario, seed, model version). Same input, same
//! output bit for bit; another seed, another output; and a golden fingerprint of a default run
//! that native and wasm32 builds must both reproduce (this file also runs under
//! wasm-bindgen-test in Node).

use canting_model::{
    DEFAULT_SEED, Ensemble, MODEL_VERSION, Metric, Preset, Scenario, ScenarioSpec, SharedStarts,
    Strategy, run_ensemble, run_once, run_seed,
};

/// The fingerprint of `run_once(default scenario, run_seed(DEFAULT_SEED, 0))` for
/// [`MODEL_VERSION`]. When a change to the model changes results on purpose, bump
/// `MODEL_VERSION` and rerun this test natively with `CANTING_BLESS=1`.
const GOLDEN_DEFAULT_RUN: u64 = 0x8c09103519cbe298;
/// The fingerprint of the summary of a 3-run, 2-year default ensemble.
const GOLDEN_SMALL_SUMMARY: u64 = 0x847bdc2d594ec517;
/// The model version the golden values belong to.
const GOLDEN_VERSION: u32 = 5;

fn small(seed: u64) -> Scenario {
    let spec = ScenarioSpec {
        seed,
        runs: 3,
        years: 2,
        ..ScenarioSpec::default()
    };
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
    assert_eq!(
        run_ensemble(&s).fingerprint(),
        run_ensemble(&s).fingerprint()
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_shared_start_gives_the_run_a_fresh_start_gives() {
    // Scenarios of one city interleaved on a few seeds, then another city (other parameters,
    // another horizon) and back: every run is run_once's, bit for bit, whether its start was
    // built for it, kept from another scenario's run, or dropped for want of room.
    let with = |preset: Preset, years: u32, scale: f64| {
        let spec = ScenarioSpec {
            runs: 4,
            years,
            ..ScenarioSpec::from_preset(preset)
        }
        .with_population_scale(scale);
        spec.validate().expect("a valid scenario")
    };
    let city = [
        with(Preset::Today, 2, 0.25),
        with(Preset::NoBudget, 2, 0.25),
        with(Preset::YouthRegeneration, 2, 0.25),
    ];
    let other = [with(Preset::Today, 3, 0.25), with(Preset::Today, 2, 0.5)];
    let mut starts = SharedStarts::new(3);
    for (k, s) in city.iter().chain(&other).chain(&city).enumerate() {
        for i in [0, 1, 2, 3, 1] {
            let seed = run_seed(s.seed(), i);
            let run = starts.run(s, seed);
            assert_eq!(run, run_once(s, seed), "scenario {k}, run {i}");
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_run_computed_a_few_months_at_a_time_is_the_run_in_one_go() {
    // A worker computes a run a few months at a time, so that it can drop it for a newer
    // request between two steps: whatever the steps, the run is run_once's, bit for bit, and a
    // run begun anew drops the one under way.
    let spec = ScenarioSpec {
        runs: 2,
        years: 2,
        ..ScenarioSpec::from_preset(Preset::YouthRegeneration)
    }
    .with_population_scale(0.25);
    let s = spec.validate().expect("a valid scenario");
    let mut starts = SharedStarts::new(2);
    assert_eq!(starts.advance(12), None, "no run is under way");
    for step in [1, 5, 12, 25, u32::MAX] {
        let seed = run_seed(s.seed(), step % 2);
        starts.begin(&s, seed);
        let mut calls = 1;
        let run = loop {
            match starts.advance(step) {
                Some(run) => break run,
                None => calls += 1,
            }
        };
        assert_eq!(run, run_once(&s, seed), "{step} months a step");
        assert_eq!(
            calls,
            s.months().div_ceil(step.min(s.months())),
            "{step} months a step"
        );
        assert!(!starts.is_under_way(), "{step} months a step");
        assert_eq!(starts.advance(step), None, "the run is done");
    }
    let (first, second) = (run_seed(s.seed(), 0), run_seed(s.seed(), 1));
    starts.begin(&s, first);
    assert_eq!(starts.advance(7), None);
    assert!(starts.is_under_way());
    starts.begin(&s, second);
    let run = std::iter::from_fn(|| Some(starts.advance(7)))
        .flatten()
        .next()
        .expect("the second run ends");
    assert_eq!(run, run_once(&s, second));
    // Asking for no months computes none.
    starts.begin(&s, first);
    for _ in 0..3 {
        assert_eq!(starts.advance(0), None);
    }
    assert_eq!(starts.advance(s.months() - 1), None, "one month is left");
    assert_eq!(starts.advance(0), None, "and still left");
    assert_eq!(starts.advance(1), Some(run_once(&s, first)));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn another_seed_gives_another_output() {
    let s = Scenario::default();
    let a = run_once(&s, run_seed(s.seed(), 0));
    let b = run_once(&s, run_seed(s.seed(), 1));
    assert_ne!(a.fingerprint(), b.fingerprint());
    assert_ne!(
        run_ensemble(&small(1)).fingerprint(),
        run_ensemble(&small(2)).fingerprint()
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn golden_fingerprint_of_a_default_run_is_the_same_on_every_target() {
    let s = Scenario::default();
    assert_eq!(s.seed(), DEFAULT_SEED);
    let run = run_once(&s, run_seed(DEFAULT_SEED, 0)).fingerprint();
    let summary = run_ensemble(&small(DEFAULT_SEED)).fingerprint();
    #[cfg(not(target_arch = "wasm32"))]
    if bless(run, summary) {
        return;
    }
    assert_eq!(
        MODEL_VERSION, GOLDEN_VERSION,
        "the model version changed: update the golden values"
    );
    assert_eq!(
        run, GOLDEN_DEFAULT_RUN,
        "default run fingerprint is {run:#018x}"
    );
    assert_eq!(
        summary, GOLDEN_SMALL_SUMMARY,
        "small summary fingerprint is {summary:#018x}"
    );
}

/// With `CANTING_BLESS=1`, rewrites this file's golden values to the ones just computed
/// (natively; the wasm run then checks them). Never edit the values by hand.
#[cfg(not(target_arch = "wasm32"))]
fn bless(run: u64, summary: u64) -> bool {
    if std::env::var_os("CANTING_BLESS").is_none() {
        return false;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/determinism.rs");
    let text = std::fs::read_to_string(path).expect("read tests/determinism.rs");
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.starts_with("const GOLDEN_DEFAULT_RUN: u64 = ") {
            out.push_str(&format!("const GOLDEN_DEFAULT_RUN: u64 = {run:#018x};"));
        } else if line.starts_with("const GOLDEN_SMALL_SUMMARY: u64 = ") {
            out.push_str(&format!(
                "const GOLDEN_SMALL_SUMMARY: u64 = {summary:#018x};"
            ));
        } else if line.starts_with("const GOLDEN_VERSION: u32 = ") {
            out.push_str(&format!("const GOLDEN_VERSION: u32 = {MODEL_VERSION};"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    std::fs::write(path, out).expect("write tests/determinism.rs");
    true
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
    assert_eq!(
        partial.bands(Metric::Competitiveness).mean,
        one.series(Metric::Competitiveness)
    );
    assert_eq!(
        partial.bands(Metric::Competitiveness).p90,
        one.series(Metric::Competitiveness)
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn scenarios_on_one_seed_share_the_starting_state_and_the_dice() {
    // Common random numbers: the same seed gives the same month 0 whatever the budgets, and a
    // change to one budget leaves the unrelated environment (material prices) untouched.
    let base = ScenarioSpec {
        runs: 1,
        years: 2,
        ..ScenarioSpec::default()
    };
    let mut other = ScenarioSpec {
        runs: 1,
        years: 2,
        ..ScenarioSpec::from_preset(Preset::ExportFocus)
    };
    other.budgets_juta.set(Strategy::Networking, 0);
    let a = run_once(&base.validate().expect("valid"), run_seed(base.seed, 0));
    let b = run_once(&other.validate().expect("valid"), run_seed(other.seed, 0));
    for &m in Metric::ALL {
        assert_eq!(
            a.series(m)[0],
            b.series(m)[0],
            "{} differs at month 0",
            m.key()
        );
    }
    assert_ne!(
        a.fingerprint(),
        b.fingerprint(),
        "different budgets give different runs"
    );
    // The run's price shocks are the same whatever the policy.
    let none = ScenarioSpec {
        runs: 1,
        years: 2,
        ..ScenarioSpec::from_preset(Preset::NoBudget)
    };
    let c = run_once(&none.validate().expect("valid"), run_seed(base.seed, 0));
    for r in [&b, &c] {
        assert_eq!(
            a.series(Metric::MaterialPriceIndex),
            r.series(Metric::MaterialPriceIndex)
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn run_seeds_are_derived_from_the_scenario_seed() {
    assert_eq!(run_seed(5, 3), run_seed(5, 3));
    assert_ne!(run_seed(5, 3), run_seed(5, 4));
    assert_ne!(run_seed(5, 3), run_seed(6, 3));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_run_handed_over_as_plain_numbers_comes_back_the_same() {
    let s = small(3);
    let run = run_once(&s, run_seed(3, 1));
    let back =
        canting_model::RunResult::from_parts(run.months.clone(), run.run_seed, run.data().to_vec());
    assert_eq!(back.as_ref(), Some(&run));
    assert!(
        canting_model::RunResult::from_parts(run.months.clone(), 0, run.data()[1..].to_vec())
            .is_none()
    );
    assert!(canting_model::RunResult::from_parts(Vec::new(), 0, Vec::new()).is_none());
    // An infinity is never a value; NaN ("no value") only for a metric that can have none.
    let mut bad = run.data().to_vec();
    bad[0] = f64::INFINITY;
    assert!(canting_model::RunResult::from_parts(run.months.clone(), 0, bad).is_none());
    let mut bad = run.data().to_vec();
    bad[Metric::Employment.index() * run.months.len()] = f64::NAN;
    assert!(canting_model::RunResult::from_parts(run.months.clone(), 0, bad).is_none());
}
