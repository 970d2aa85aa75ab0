//! A developer's probe of common random numbers: `cargo run --release -p canting-model
//! --example crn -- [METRIC] [RUNS]` prints the spread of per-run year-5 differences for +1 and
//! +100 juta in a strategy (`CRN_STRATEGY=key`, strategy 4 by default), and how often the
//! RUNS-run mean moves the same way over 20 consecutive one-juta steps.

use canting_model::{Metric, Scenario, ScenarioSpec, Strategy, run_once, run_seed};

fn finals(s: &Scenario, m: Metric) -> Vec<f64> {
    (0..s.runs())
        .map(|i| run_once(s, run_seed(s.seed(), i)).final_value(m))
        .collect()
}

fn strategy() -> Strategy {
    std::env::var("CRN_STRATEGY")
        .ok()
        .and_then(|k| Strategy::from_key(&k))
        .unwrap_or(Strategy::ProductQuality)
}

fn with_budget(runs: u32, juta: u64) -> Scenario {
    let mut spec = ScenarioSpec {
        runs,
        ..ScenarioSpec::default()
    };
    // CRN_PARAMS="key=value,..." overrides parameters.
    for pair in std::env::var("CRN_PARAMS").unwrap_or_default().split(',') {
        if let Some((k, v)) = pair.split_once('=') {
            spec.params
                .insert(k.trim().to_string(), v.trim().parse().unwrap_or(0.0));
        }
    }
    spec.budgets_juta.set(strategy(), juta);
    spec.validate().expect("valid")
}

fn sd(x: &[f64]) -> f64 {
    let n = x.len() as f64;
    let m = x.iter().sum::<f64>() / n;
    (x.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (n - 1.0)).sqrt()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let m = args
        .next()
        .and_then(|k| Metric::from_key(&k))
        .unwrap_or(Metric::Competitiveness);
    let runs: u32 = args.next().and_then(|r| r.parse().ok()).unwrap_or(32);
    let base_juta = ScenarioSpec::default().budgets_juta.get(strategy());
    let base = finals(&with_budget(64, base_juta), m);
    let d = |extra: u64| -> Vec<f64> {
        let x = finals(&with_budget(64, base_juta + extra), m);
        x.iter().zip(&base).map(|(a, b)| a - b).collect()
    };
    let (d1, d100) = (d(1), d(100));
    println!(
        "{}: sd of per-run differences, +1 juta {:.5}, +100 juta {:.5}, ratio {:.3}; means {:+.5} and {:+.5}",
        m.key(),
        sd(&d1),
        sd(&d100),
        sd(&d1) / sd(&d100),
        d1.iter().sum::<f64>() / 64.0,
        d100.iter().sum::<f64>() / 64.0
    );
    let mean = |juta: u64| {
        let x = finals(&with_budget(runs, juta), m);
        x.iter().sum::<f64>() / f64::from(runs)
    };
    let means: Vec<f64> = (0..=20).map(|k| mean(base_juta + k)).collect();
    let up = means.windows(2).filter(|w| w[1] > w[0]).count();
    let down = means.windows(2).filter(|w| w[1] < w[0]).count();
    println!("{runs}-run mean over 20 one-juta steps: {up} up, {down} down");
}
