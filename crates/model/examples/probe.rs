//! A developer's probe of the model: `cargo run --release -p canting-model --example probe --`
//! `[PRESET] [RUNS]` prints a preset's yearly means for every metric; `time [N]` the best of N
//! timings of one default run; `sweep [RUNS]` the year-5 change of the main outcomes when one
//! strategy gets 1,000, 2,000 or 4,000 juta more than today (on the same seeds).

use canting_model::{Lang, Metric, Preset, ScenarioSpec, run_ensemble};

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("time") {
        // `probe time N`: the best of N timings of one default run (ms), for quick comparisons.
        args.next();
        let n: u32 = args.next().and_then(|r| r.parse().ok()).unwrap_or(30);
        let s = canting_model::Scenario::default();
        let mut e = canting_model::Ensemble::new(&s);
        let mut best = f64::MAX;
        for _ in 0..n {
            let t0 = std::time::Instant::now();
            e = canting_model::Ensemble::new(&s);
            e.step();
            best = best.min(t0.elapsed().as_secs_f64() * 1e3);
        }
        println!(
            "best of {n}: {best:.2} ms per run ({} runs done)",
            e.runs_done()
        );
        return;
    }
    if args.peek().map(String::as_str) == Some("seeds") {
        // `probe seeds`: each of the default ensemble's runs timed alone, and the summary.
        let s = canting_model::Scenario::default();
        let mut e = canting_model::Ensemble::new(&s);
        let mut times = Vec::new();
        loop {
            let t0 = std::time::Instant::now();
            let more = e.step();
            times.push(t0.elapsed().as_secs_f64() * 1e3);
            if !more {
                break;
            }
        }
        let t0 = std::time::Instant::now();
        std::hint::black_box(e.summary());
        let sum: f64 = times.iter().sum();
        println!(
            "{}",
            times
                .iter()
                .map(|t| format!("{t:.1}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
        println!(
            "runs: {sum:.1} ms in all, {:.2} to {:.2} ms each; summary {:.1} ms",
            times.iter().cloned().fold(f64::MAX, f64::min),
            times.iter().cloned().fold(0.0, f64::max),
            t0.elapsed().as_secs_f64() * 1e3
        );
        return;
    }
    if args.peek().map(String::as_str) == Some("each") {
        // `probe each`: each of the default ensemble's runs, best of 5, by `run_once`.
        let s = canting_model::Scenario::default();
        let mut total = 0.0;
        let mut line = Vec::new();
        for i in 0..s.runs() {
            let seed = canting_model::run_seed(s.seed(), i);
            let mut best = f64::MAX;
            for _ in 0..5 {
                let t0 = std::time::Instant::now();
                std::hint::black_box(canting_model::run_once(&s, seed));
                best = best.min(t0.elapsed().as_secs_f64() * 1e3);
            }
            total += best;
            line.push(format!("{best:.1}"));
        }
        println!("{}\nsum of bests {total:.1} ms", line.join(" "));
        return;
    }
    if args.peek().map(String::as_str) == Some("sweep") {
        // `probe sweep [runs]`: year-5 change of the main outcomes when one strategy gets
        // +1,000 and +2,000 juta on top of today's allocation (common random numbers).
        args.next();
        let runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(8);
        let base = ScenarioSpec {
            runs,
            ..ScenarioSpec::default()
        };
        let run = |spec: &ScenarioSpec| spec.validate().map(|s| run_ensemble(&s)).ok();
        let Some(b) = run(&base) else { return };
        let ms = [
            Metric::Competitiveness,
            Metric::TrainingUptake,
            Metric::ObstacleTrainingGap,
            Metric::ObstacleYouthDisinterest,
            Metric::ObstacleTechIlliteracy,
            Metric::ObstacleSeverity,
            Metric::ExportsUsdM,
            Metric::Employment,
            Metric::TrainingCoverage,
            Metric::UptakeOver50,
        ];
        print!("{:22}", "strategy +juta");
        for m in ms {
            print!("{:>12}", &m.key()[..m.key().len().min(11)]);
        }
        println!();
        print!("{:22}", "today (level)");
        for m in ms {
            print!("{:>12.2}", b.final_value(m));
        }
        println!();
        for st in canting_model::Strategy::ALL {
            for extra in [1000u64, 2000, 4000] {
                let mut spec = base.clone();
                spec.envelope_juta += extra;
                spec.budgets_juta.set(st, spec.budgets_juta.get(st) + extra);
                let Some(r) = run(&spec) else { continue };
                print!("{:22}", format!("{} +{}", st.key(), extra));
                for m in ms {
                    print!("{:>12.2}", r.final_value(m) - b.final_value(m));
                }
                println!();
            }
        }
        return;
    }
    let preset = args
        .next()
        .and_then(|k| Preset::from_key(&k))
        .unwrap_or(Preset::Today);
    let runs = args.next().and_then(|r| r.parse().ok()).unwrap_or(8);
    let years = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let mut spec = ScenarioSpec {
        runs,
        years,
        ..ScenarioSpec::from_preset(preset)
    };
    // PROBE_PARAMS="key=value,key=value" overrides parameters.
    for pair in std::env::var("PROBE_PARAMS").unwrap_or_default().split(',') {
        if let Some((k, v)) = pair.split_once('=') {
            spec.params
                .insert(k.trim().to_string(), v.trim().parse().unwrap_or(0.0));
        }
    }
    let Ok(s) = spec.validate() else {
        eprintln!("invalid scenario");
        std::process::exit(2);
    };
    let t0 = std::time::Instant::now();
    let sum = run_ensemble(&s);
    println!(
        "{} ({} runs, {:.0} ms)",
        preset.label(Lang::En),
        runs,
        t0.elapsed().as_secs_f64() * 1e3
    );
    print!("{:28}", "metric \\ month");
    for m in (0..=s.months()).step_by(12) {
        print!("{m:>9}");
    }
    println!();
    for &m in Metric::ALL {
        print!("{:28}", m.key());
        for t in (0..=s.months()).step_by(12) {
            print!("{:>9.2}", sum.value_at(m, t));
        }
        println!();
    }
}
