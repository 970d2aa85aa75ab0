//! The planning tools (native only: the property tests need proptest, and the rest run many
//! ensembles): the marginal table and its diminishing returns, sweeps and their shards, and the
//! optimiser's constraints, its progress and cancelling, and its edge over random splits.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::strategy::Strategy as _;

use canting_model::planning::{
    Constraints, Flow, Objective, OptimizeConfig, Origin, PlanError, Progress, Search, Shard,
    Stage, SweepAxis, in_order, marginal, no_progress, optimize, shard_range, sweep,
};
use canting_model::{
    Budgets, Lang, Metric, Scenario, ScenarioSpec, Strategy, Verdict, run_comparison, run_seed,
};

fn base(runs: u32, years: u32) -> Scenario {
    ScenarioSpec {
        runs,
        years,
        ..ScenarioSpec::default()
    }
    .validate()
    .expect("the default scenario validates")
}

/// The outcome each strategy is meant to move (what `docs/MODEL.md` section 7 says its budget
/// buys), for the diminishing-returns check.
fn own_target(s: Strategy) -> Metric {
    match s {
        Strategy::FlagshipExports => Metric::Competitiveness,
        Strategy::GovernmentPriority => Metric::ObstacleYouthDisinterest,
        Strategy::Networking | Strategy::ProductQuality => Metric::TrainingUptake,
        Strategy::FinanceCredibility => Metric::ActiveCooperatives,
        Strategy::LocalMaterials => Metric::UnitCost,
        Strategy::TechnologyWisdom => Metric::ObstacleTechIlliteracy,
    }
}

#[test]
fn marginal_returns_fall_as_a_budget_grows_for_each_strategys_own_target() {
    // Each strategy's budget over 0, 800, 1,600 and 3,200 juta, the others at today's split:
    // the gain per juta in its own target outcome (counted the way it is better) falls from
    // one stretch to the next.
    let base = base(16, 5);
    let values = [0.0, 800.0, 1600.0, 3200.0];
    for s in Strategy::ALL {
        let m = own_target(s);
        let points = sweep(
            &base,
            &SweepAxis::Budget(s),
            &values,
            &[m],
            &mut in_order,
            &mut no_progress,
        )
        .expect("the sweep runs");
        let better = if m.higher_is_better() == Some(false) {
            -1.0
        } else {
            1.0
        };
        let level: Vec<f64> = points.iter().map(|p| better * p.change[0].mean).collect();
        let per_juta: Vec<f64> = (1..values.len())
            .map(|i| (level[i] - level[i - 1]) / (values[i] - values[i - 1]))
            .collect();
        assert!(
            per_juta[0] > 0.0,
            "{}: {} rises at first: {per_juta:?}",
            s.key(),
            m.key()
        );
        assert!(
            per_juta.windows(2).all(|w| w[0] > w[1]),
            "{}: the gain in {} per juta falls as the budget grows: {per_juta:?}",
            s.key(),
            m.key()
        );
    }
}

#[test]
fn the_marginal_table_is_the_paired_comparison_of_each_step_on_the_same_seeds() {
    let mut spec = ScenarioSpec {
        runs: 8,
        years: 1,
        ..ScenarioSpec::default()
    };
    // One budget at 0 and one below the step: nothing, and only what there is, is taken away.
    spec.budgets_juta.set(Strategy::LocalMaterials, 0);
    spec.budgets_juta.set(Strategy::Networking, 60);
    let base = spec.validate().expect("valid");
    let metrics = Metric::HEADLINE;
    let mut seen = 0;
    let table = marginal(&base, 100, &metrics, &mut in_order, &mut |p: Progress| {
        assert!(p.done <= p.total && p.done > seen, "{p:?}");
        seen = p.done;
        Flow::Continue
    })
    .expect("the table");
    assert_eq!(seen, 14 * 8, "1 base + 7 more + 6 less, 8 runs each");
    assert_eq!(table.rows.len(), 7);
    let row = |s: Strategy| &table.rows[s.index()];
    assert_eq!(row(Strategy::LocalMaterials).less_juta, 0);
    assert!(
        row(Strategy::LocalMaterials)
            .less
            .iter()
            .all(|c| c.verdict == Verdict::Same && c.mean == 0.0)
    );
    assert_eq!(row(Strategy::Networking).less_juta, 60);
    // The row for technology is what `run_comparison` says of the same two scenarios.
    let mut more = spec.clone();
    more.budgets_juta.set(
        Strategy::TechnologyWisdom,
        spec.budgets_juta.get(Strategy::TechnologyWisdom) + 100,
    );
    let (_, _, c) = run_comparison(&more.validate().expect("valid"), &base).expect("comparable");
    for change in &row(Strategy::TechnologyWisdom).more {
        let d = c.difference(change.metric);
        assert_eq!(change.mean, *d.mean.last().expect("months"));
        assert_eq!(change.p10, *d.p10.last().expect("months"));
        assert_eq!(change.p90, *d.p90.last().expect("months"));
        assert_eq!(change.share_better, c.share_better(change.metric, 12));
        assert_eq!(change.verdict, c.verdict(change.metric, 12));
    }
    assert_eq!(table.base.len(), metrics.len());
}

#[test]
fn sharded_sweeps_concatenate_to_the_unsharded_sweep() {
    let base = base(4, 1);
    let values = [0.0, 250.0, 500.0, 1000.0, 2000.0];
    let axis = SweepAxis::Budget(Strategy::ProductQuality);
    let metrics = Metric::HEADLINE;
    let whole = sweep(
        &base,
        &axis,
        &values,
        &metrics,
        &mut in_order,
        &mut no_progress,
    )
    .expect("the sweep");
    for count in [1u32, 2, 3, 5, 7] {
        let mut joined = Vec::new();
        for index in 1..=count {
            let part = &values[shard_range(values.len(), Shard { index, count })];
            if part.is_empty() {
                continue;
            }
            joined.extend(
                sweep(
                    &base,
                    &axis,
                    part,
                    &metrics,
                    &mut in_order,
                    &mut no_progress,
                )
                .expect("a shard"),
            );
        }
        assert_eq!(joined, whole, "{count} shards");
    }
    // The point at today's budget is the base itself: no change in any run.
    let today = base.budgets().get(Strategy::ProductQuality) as f64;
    let at_today = sweep(
        &base,
        &axis,
        &[today],
        &metrics,
        &mut in_order,
        &mut no_progress,
    )
    .expect("the sweep");
    assert!(at_today[0].change.iter().all(|c| c.mean == 0.0));
}

#[test]
fn shards_cover_a_list_once_in_order() {
    for len in 0..40usize {
        for count in 1..9u32 {
            let mut next = 0;
            for index in 1..=count {
                let r = shard_range(len, Shard { index, count });
                assert_eq!(r.start, next, "{len} {index}/{count}");
                assert!(r.len() <= len.div_ceil(count as usize));
                next = r.end;
            }
            assert_eq!(next, len);
        }
    }
    assert_eq!(Shard::parse("2/3"), Some(Shard { index: 2, count: 3 }));
    for bad in ["0/3", "4/3", "1/0", "x/2", "2", "-1/2", ""] {
        assert_eq!(Shard::parse(bad), None, "{bad}");
    }
}

#[test]
fn a_parameter_sweep_refuses_every_value_out_of_range() {
    let base = base(2, 1);
    let err = sweep(
        &base,
        &SweepAxis::Param("youth_entry_prob".into()),
        &[0.1, -3.0, 7.0],
        &Metric::HEADLINE,
        &mut in_order,
        &mut no_progress,
    );
    match err {
        Err(PlanError::Invalid(e)) => assert_eq!(e.errors().len(), 2, "{e}"),
        other => panic!("refused: {other:?}"),
    }
    let err = sweep(
        &base,
        &SweepAxis::Budget(Strategy::Networking),
        &[1.5],
        &Metric::HEADLINE,
        &mut in_order,
        &mut no_progress,
    )
    .expect_err("a fraction of a juta");
    assert!(err.messages(Lang::Id)[0].contains("1,5"), "{err}");
}

/// A known noisy objective of a split: diminishing returns in every strategy (square roots
/// with different weights) plus a little per-run noise, as the model's runs give.
fn synthetic(b: &Budgets, run: usize) -> f64 {
    let w = [3.0, 1.0, 2.0, 0.5, 1.5, 0.2, 2.5];
    let noise = ((run_seed(9, run as u32) >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 0.5;
    b.to_array()
        .iter()
        .zip(w)
        .map(|(&x, w)| w * (x as f64).sqrt())
        .sum::<f64>()
        + noise
}

/// Runs a search to the end on the synthetic objective, checking every split it runs.
fn search_synthetic(
    base: &Scenario,
    constraints: Constraints,
) -> canting_model::planning::OptimizeReport {
    let objective = Objective::single(Metric::Competitiveness).expect("an objective");
    let mut search =
        Search::new(base, OptimizeConfig::new(objective, constraints)).expect("feasible");
    while search.stage() != Stage::Done {
        let (splits, runs) = search.pending();
        assert!(!splits.is_empty());
        for b in &splits {
            if *b != *base.budgets() {
                assert!(constraints.hold(b), "{b:?} breaks {constraints:?}");
            }
        }
        let values = splits
            .iter()
            .map(|b| (0..runs as usize).map(|r| synthetic(b, r)).collect())
            .collect();
        search.feed_values(values).expect("fed");
    }
    search.report().expect("a report")
}

fn constraints() -> impl proptest::strategy::Strategy<Value = Constraints> {
    (
        proptest::array::uniform7(0u64..800),
        proptest::array::uniform7(0u64..5000),
        0u64..=8000,
    )
        .prop_map(|(floors, extra, slack)| {
            // Ceilings at or above floors, and an envelope between their sums: always feasible.
            let ceilings: [u64; 7] = std::array::from_fn(|i| floors[i] + extra[i]);
            let lo: u64 = floors.iter().sum();
            let hi: u64 = ceilings.iter().sum();
            Constraints {
                envelope_juta: lo + slack % (hi - lo + 1),
                floors_juta: floors,
                ceilings_juta: ceilings,
            }
        })
}

#[test]
fn the_runs_a_search_says_it_will_take_are_the_runs_it_takes() {
    // Regression: the estimate left out the current split's own ensemble among the candidates,
    // so the page's progress said 1,120 runs for a search of 1,152.
    let base = base(8, 1);
    let objective = Objective::single(Metric::Competitiveness).expect("an objective");
    for constraints in [
        Constraints::envelope(base.budgets().total()),
        // Today's split breaks this floor, so it is no candidate.
        Constraints {
            floors_juta: [0, 0, 900, 0, 0, 0, 0],
            ..Constraints::envelope(base.budgets().total())
        },
    ] {
        let mut search =
            Search::new(&base, OptimizeConfig::new(objective.clone(), constraints)).expect("ok");
        let said = search.runs_estimate();
        while search.stage() != Stage::Done {
            let (splits, runs) = search.pending();
            let values = splits
                .iter()
                .map(|b| (0..runs as usize).map(|r| synthetic(b, r)).collect())
                .collect();
            search.feed_values(values).expect("fed");
            assert_eq!(search.runs_estimate(), said, "after a stage");
        }
        let report = search.report().expect("a report");
        assert_eq!(report.runs, said, "{constraints:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn the_optimiser_never_breaks_the_envelope_floors_or_ceilings(c in constraints()) {
        let base = base(8, 1);
        let report = search_synthetic(&base, c);
        prop_assert!(c.hold(&report.suggestion.budgets), "{:?} breaks {c:?}", report.suggestion.budgets);
        for r in &report.runners_up {
            prop_assert!(c.hold(&r.budgets));
        }
        // Never worse than today's split on the confirming runs, when that split is allowed.
        if report.current_feasible {
            prop_assert!(report.suggestion.objective >= report.current.objective);
        }
    }
}

#[test]
fn infeasible_constraints_are_refused_in_both_languages() {
    let base = base(2, 1);
    let objective = Objective::single(Metric::TrainingUptake).expect("an objective");
    let mut c = Constraints::envelope(1000);
    c.floors_juta = [200; 7];
    let err = Search::new(&base, OptimizeConfig::new(objective.clone(), c)).expect_err("floors");
    assert!(err.messages(Lang::En)[0].contains("1,400"), "{err}");
    assert!(
        err.messages(Lang::Id)[0].contains("1.400"),
        "{:?}",
        err.messages(Lang::Id)
    );
    let mut c = Constraints::envelope(1000);
    c.floors_juta[2] = 600;
    c.ceilings_juta[2] = 500;
    assert!(matches!(
        Search::new(&base, OptimizeConfig::new(objective, c)),
        Err(PlanError::FloorAboveCeiling {
            strategy: "networking",
            ..
        })
    ));
    assert!(matches!(
        Objective::single(Metric::TrainingOffered),
        Err(PlanError::ObjectiveNoDirection { .. })
    ));
    assert!(matches!(
        Objective::new(vec![(Metric::Competitiveness, 0.0)]),
        Err(PlanError::ObjectiveEmpty)
    ));
}

#[test]
fn the_optimiser_finds_the_peak_of_a_known_surface() {
    // The synthetic objective's best split gives each strategy a share proportional to its
    // weight squared; the search lands within 8% of the envelope of it, and within 0.5% of
    // its value (the top is flat: moving 200 juta off it costs about 0.2%).
    let base = base(8, 1);
    let report = search_synthetic(&base, Constraints::envelope(5000));
    let w2 = [9.0, 1.0, 4.0, 0.25, 2.25, 0.04, 6.25];
    let sum: f64 = w2.iter().sum();
    let best: Vec<f64> = w2.iter().map(|w| 5000.0 * w / sum).collect();
    let got = report.suggestion.budgets.to_array();
    let moved: f64 = got
        .iter()
        .zip(&best)
        .map(|(&g, b)| (g as f64 - b).abs())
        .sum::<f64>()
        / 2.0;
    assert!(
        moved < 400.0,
        "moved {moved} juta from the peak: {got:?} vs {best:?}"
    );
    let peak = Budgets::from_array(std::array::from_fn(|i| best[i].round() as u64));
    let value = |b: &Budgets| (0..8).map(|r| synthetic(b, r)).sum::<f64>() / 8.0;
    assert!(
        value(&report.suggestion.budgets) > 0.995 * value(&peak),
        "{} vs {} at the peak",
        value(&report.suggestion.budgets),
        value(&peak)
    );
}

#[test]
fn the_optimiser_beats_random_splits_of_the_same_total() {
    let base = base(8, 2);
    let objective = Objective::new(vec![
        (Metric::Competitiveness, 1.0),
        (Metric::ObstacleSeverity, 0.25),
    ])
    .expect("an objective");
    let envelope = base.spec().envelope_juta;
    let mut config = OptimizeConfig::new(objective.clone(), Constraints::envelope(envelope));
    config.search_runs = 4;
    let report = optimize(&base, config, &mut in_order, &mut no_progress).expect("a report");
    assert!(Constraints::envelope(envelope).hold(&report.suggestion.budgets));
    assert!(report.suggestion.objective >= report.current.objective);
    // Ten random splits of the same envelope (even over all splits), run on the same seeds.
    let splits: Vec<Budgets> = (0..10u32)
        .map(|i| {
            let w: Vec<u64> = (0..7u32)
                .map(|k| {
                    let u = ((run_seed(77, i * 7 + k) >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
                    (-u.ln() * 1e9) as u64
                })
                .collect();
            let parts = canting_model::split_in_proportion(envelope, &w);
            Budgets::from_array(std::array::from_fn(|k| parts[k]))
        })
        .collect();
    let scenarios: Vec<Scenario> = splits
        .iter()
        .map(|b| {
            let mut spec = base.spec().clone();
            spec.budgets_juta = *b;
            spec.validate().expect("valid")
        })
        .collect();
    let runs = in_order(&scenarios);
    for (b, r) in splits.iter().zip(&runs) {
        let value = r.iter().map(|run| objective.of_run(run)).sum::<f64>() / r.len() as f64;
        assert!(
            report.suggestion.objective > value,
            "the suggestion {:?} ({}) beats the random split {b:?} ({value})",
            report.suggestion.budgets,
            report.suggestion.objective
        );
    }
    assert!(report.suggestion.levels.len() == Metric::HEADLINE.len());
    assert!(report.changes.len() == Metric::HEADLINE.len());
    assert!((0.0..=1.0).contains(&report.current.share_suggestion_better));
    assert!(
        report
            .runners_up
            .iter()
            .all(|r| r.origin != Origin::Surface || r.moved_juta > 0)
    );
}

#[test]
fn the_optimiser_reports_progress_and_stops_when_asked() {
    let base = base(4, 1);
    let objective = Objective::single(Metric::TrainingUptake).expect("an objective");
    let config = OptimizeConfig::new(objective, Constraints::envelope(5000));
    let mut calls = 0;
    let mut counting = |s: &[Scenario]| {
        calls += 1;
        in_order(s)
    };
    let mut reports = Vec::new();
    let result = optimize(&base, config, &mut counting, &mut |p: Progress| {
        reports.push(p);
        if reports.len() == 2 {
            Flow::Stop
        } else {
            Flow::Continue
        }
    });
    assert_eq!(result, Err(PlanError::Cancelled));
    assert_eq!(calls, 2, "no ensemble is run after the stop");
    assert!(reports[0].done < reports[1].done && reports[1].done < reports[1].total);
}
