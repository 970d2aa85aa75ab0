//! The model's benchmark: one run, the default ensemble, agent-steps per second, and how the
//! time scales with the city's population. A plain `main` timed with `std::time::Instant`
//! (best of several repeats, so a busy machine disturbs it less): `cargo bench -p canting-model`.

use std::time::{Duration, Instant};

use canting_model::{
    Preset, Scenario, ScenarioSpec, SharedStarts, run_ensemble, run_once, run_seed, trace_run,
};

fn best_of<T>(repeats: u32, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..repeats {
        let t0 = Instant::now();
        let out = f();
        best = best.min(t0.elapsed());
        last = Some(out);
    }
    match last {
        Some(out) => (best, out),
        None => (Duration::ZERO, f()),
    }
}

fn scaled(factor: f64) -> Scenario {
    let spec = ScenarioSpec::default().with_population_scale(factor);
    match spec.validate() {
        Ok(s) => s,
        Err(e) => panic!("the benchmark's scenario is invalid: {e}"),
    }
}

fn main() {
    // `cargo bench` passes `--bench`; any other argument is a filter we do not need.
    let quick = std::env::args().any(|a| a == "--quick");
    let repeats = if quick { 2 } else { 11 };
    let s = Scenario::default();
    let p = s.params();
    let months = f64::from(s.months());
    let artisans = p.n_artisans;

    let (one, r) = best_of(repeats * 3, || run_once(&s, run_seed(s.seed(), 0)));
    let steps_one = artisans * months;
    println!(
        "canting-model benchmark (best of {} repeats; one core)",
        repeats
    );
    println!(
        "one run:            {:>8.2} ms  ({} artisans, {} businesses, {} months)",
        one.as_secs_f64() * 1e3,
        artisans,
        p.n_businesses,
        months
    );
    std::hint::black_box(r);
    // The same run recorded artisan by artisan (what the page's view of the agents costs).
    let (traced, trace) = best_of(repeats, || trace_run(&s, 0));
    println!(
        "one traced run:     {:>8.2} ms  ({} artisans recorded over {} months)",
        traced.as_secs_f64() * 1e3,
        trace.artisans.len(),
        months
    );
    std::hint::black_box(trace);

    let (ens, summary) = best_of(repeats, || run_ensemble(&s));
    std::hint::black_box(&summary);
    let steps = artisans * months * f64::from(s.runs());
    println!(
        "default ensemble:   {:>8.2} ms  ({} runs x {} years; target < 250 ms)",
        ens.as_secs_f64() * 1e3,
        s.runs(),
        s.years()
    );
    println!(
        "agent-steps/s:      {:>8.1} M   ({:.1} M artisan-months; {:.2} ns each, all work included)",
        steps / ens.as_secs_f64() / 1e6,
        steps / 1e6,
        ens.as_secs_f64() * 1e9 / steps
    );
    println!(
        "one-run agent-steps/s: {:.1} M",
        steps_one / one.as_secs_f64() / 1e6
    );
    // Another allocation of the same city after today's (a moved slider, a planning tool's
    // next scenario): every run's start is kept from today's run on its seed.
    let other = match ScenarioSpec::from_preset(Preset::EqualSplit).validate() {
        Ok(o) => o,
        Err(e) => panic!("the benchmark's second scenario is invalid: {e}"),
    };
    let mut starts = SharedStarts::new(s.runs() as usize);
    let seeds: Vec<u64> = (0..s.runs()).map(|i| run_seed(s.seed(), i)).collect();
    for &seed in &seeds {
        std::hint::black_box(starts.run(&s, seed));
    }
    let (kept, runs) = best_of(repeats, || {
        seeds
            .iter()
            .map(|&seed| starts.run(&other, seed))
            .collect::<Vec<_>>()
    });
    std::hint::black_box(runs);
    println!(
        "ensemble, starts kept: {:>6.2} ms  (another allocation's {} runs, each from the start of today's run on its seed)",
        kept.as_secs_f64() * 1e3,
        s.runs()
    );

    println!();
    println!("scaling (one run, population x factor):");
    println!(
        "{:>7} {:>10} {:>10} {:>10} {:>17}",
        "factor", "artisans", "businesses", "ms", "ns/artisan-month"
    );
    for factor in [1.0, 2.0, 4.0, 8.0] {
        let sc = scaled(factor);
        let reps = if factor > 4.0 {
            repeats.div_ceil(2)
        } else {
            repeats
        };
        let (t, r) = best_of(reps, || run_once(&sc, run_seed(sc.seed(), 0)));
        std::hint::black_box(r);
        let n = sc.params().n_artisans;
        println!(
            "{:>7} {:>10} {:>10} {:>10.2} {:>17.2}",
            factor,
            n,
            sc.params().n_businesses,
            t.as_secs_f64() * 1e3,
            t.as_secs_f64() * 1e9 / (n * months)
        );
    }
}
