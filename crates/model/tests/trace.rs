//! The trace of one run (what the page's view of the agents draws): it is the ensemble's run
//! of the same index bit for bit, and every month its artisans and businesses add up to what
//! the run's own observation records.

use canting_model::{Ensemble, Metric, Preset, Scenario, ScenarioSpec, Trace, run_seed, trace_run};

fn scenario(preset: Preset, years: u32) -> Scenario {
    let spec = ScenarioSpec {
        runs: 3,
        years,
        ..ScenarioSpec::from_preset(preset)
    };
    spec.validate().expect("a preset with three runs is valid")
}

/// Checks every month of `trace` against its run's metrics; returns how many skills offers
/// the artisans' own months show over the run.
fn check_every_month(trace: &Trace) -> u64 {
    let r = &trace.result;
    let mut offers = 0;
    for t in 0..=trace.months {
        let month: Vec<_> = trace.present(t).map(|(_, m)| m).collect();
        let n = month.len();
        assert_eq!(n, trace.employment(t));
        let at = t as usize;
        assert_eq!(
            n as f64,
            r.series(Metric::Employment)[at],
            "employment, month {t}"
        );
        let share = |k: usize| 100.0 * k as f64 / (n as f64).max(1.0);
        let applying = month.iter().filter(|m| m.applying()).count();
        let trained = month.iter().filter(|m| m.trained()).count();
        let low = month.iter().filter(|m| m.low_tech()).count();
        assert_eq!(
            share(applying),
            r.series(Metric::TrainingUptake)[at],
            "uptake, month {t}"
        );
        assert_eq!(
            share(trained),
            r.series(Metric::TrainingCoverage)[at],
            "coverage, month {t}"
        );
        assert_eq!(
            share(low),
            r.series(Metric::ObstacleTechIlliteracy)[at],
            "technology, month {t}"
        );
        assert!(month.iter().all(|m| m.trained() || !m.applying()));
        assert!(
            month
                .iter()
                .all(|m| m.low_tech() == (m.literacy() < trace.tech_threshold)
                    || (m.literacy() - trace.tech_threshold).abs() < 0.01)
        );
        // Every artisan works in an open business.
        assert!(
            month
                .iter()
                .all(|m| trace.slot(usize::from(m.slot), t).business().is_some()),
            "an artisan in a closed slot, month {t}"
        );
        let open = (0..trace.slots)
            .filter(|&s| trace.slot(s, t).business().is_some())
            .count();
        assert_eq!(
            open as f64,
            r.series(Metric::Businesses)[at],
            "businesses, month {t}"
        );
        // The offers seen in the artisans' months are the model's count of the month.
        let c = trace.counts(t);
        let offered = month.iter().filter(|m| m.offered_skills()).count() as u32;
        let left = trace
            .artisans
            .iter()
            .filter(|a| t > 0 && a.last_month == t - 1)
            .count();
        let entered = trace
            .artisans
            .iter()
            .filter(|a| t > 0 && a.first_month == t)
            .count();
        assert_eq!(offered, c.offered, "offers, month {t}");
        assert_eq!(left as u32, c.exits, "exits, month {t}");
        assert_eq!(
            entered as u32,
            c.young_entered + c.adults_entered,
            "entrants, month {t}"
        );
        offers += u64::from(offered);
        if t >= 12 {
            let year: u32 = (t - 11..=t).map(|m| trace.counts(m).offered).sum();
            assert_eq!(f64::from(year), r.series(Metric::TrainingOffered)[at]);
        }
    }
    offers
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_traced_run_is_the_ensembles_run_of_the_same_index_bit_for_bit() {
    let s = scenario(Preset::Today, 2);
    let mut e = Ensemble::new(&s);
    while e.step() {}
    for run in [0, 2] {
        let trace = trace_run(&s, run);
        assert_eq!(trace.run, run);
        assert_eq!(trace.run_seed, run_seed(s.seed(), run));
        assert_eq!(trace.result, e.results()[run as usize]);
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_month_the_traced_artisans_add_up_to_the_runs_own_metrics() {
    for preset in [Preset::Today, Preset::TrainingTechnology, Preset::NoBudget] {
        let trace = trace_run(&scenario(preset, 3), 1);
        let offers = check_every_month(&trace);
        assert!(trace.artisans.len() > trace.employment(0));
        if preset != Preset::NoBudget {
            assert!(offers > 0, "{preset:?} offers training");
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_trace_is_the_same_every_time_and_scenarios_on_a_seed_start_alike() {
    let today = scenario(Preset::Today, 2);
    let a = trace_run(&today, 0);
    assert_eq!(a, trace_run(&today, 0));
    assert_ne!(
        a.result.fingerprint(),
        trace_run(&today, 1).result.fingerprint()
    );
    // Month 0 is the shared starting state: the same artisans in the same businesses.
    let b = trace_run(&scenario(Preset::TrainingTechnology, 2), 0);
    let start = |t: &Trace| {
        t.present(0)
            .map(|(i, m)| (t.artisans[i].id, m))
            .collect::<Vec<_>>()
    };
    assert_eq!(start(&a), start(&b));
    assert_ne!(a.result.fingerprint(), b.result.fingerprint());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn businesses_and_artisans_are_told_through_the_months() {
    let trace = trace_run(&scenario(Preset::Today, 5), 0);
    // Businesses close and open, and a slot holds one business at a time.
    assert!(trace.businesses.iter().any(|b| b.closed.is_some()));
    assert!(trace.businesses.iter().any(|b| b.opened > 0));
    for (i, b) in trace.businesses.iter().enumerate() {
        let end = b.closed.unwrap_or(trace.months + 1);
        for t in b.opened..end {
            assert_eq!(trace.slot(usize::from(b.slot), t).business(), Some(i));
        }
    }
    // Someone leaves with a scheduled exit, announced before it happens.
    let announced = trace.artisans.iter().enumerate().any(|(i, a)| {
        a.last_month < trace.months
            && a.last_month > a.first_month
            && trace.at(i, a.last_month - 1).is_some_and(|m| m.leaving())
    });
    assert!(announced);
    // Outside their months an artisan has no row, and a slot out of range is empty.
    let late = trace.artisans.iter().position(|a| a.first_month > 0);
    let late = late.expect("someone enters in five years");
    assert!(trace.at(late, 0).is_none());
    assert!(trace.at(trace.artisans.len(), 0).is_none());
    assert!(trace.slot(trace.slots, 0).business().is_none());
    assert!(trace.slot(0, trace.months + 1).business().is_none());
}
