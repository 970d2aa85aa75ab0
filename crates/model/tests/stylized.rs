//! Stylized facts: each qualitative claim the model should reproduce is one test whose name
//! states the claim. Scenarios are compared on the same seeds (common random numbers), with
//! small ensembles, at year 5 unless a test says otherwise; "better" and "worse" are the paired
//! verdicts (at least 80% of the runs agree).

use canting_model::{
    Budgets, Comparison, DEFAULT_ENVELOPE_JUTA, MIN_PAIRS, Metric, Preset, Scenario, ScenarioSpec,
    Strategy, Summary, Verdict, run_comparison, run_ensemble,
};

const RUNS: u32 = 8;

/// The headline outcomes a planner reads.
const HEADLINE: [Metric; 8] = [
    Metric::Competitiveness,
    Metric::TrainingUptake,
    Metric::ObstacleTrainingGap,
    Metric::ObstacleYouthDisinterest,
    Metric::ObstacleTechIlliteracy,
    Metric::ObstacleSeverity,
    Metric::ExportsUsdM,
    Metric::Employment,
];

fn scenario(budgets: Budgets, years: u32) -> Scenario {
    let spec = ScenarioSpec {
        envelope_juta: budgets.total().max(DEFAULT_ENVELOPE_JUTA),
        budgets_juta: budgets,
        runs: RUNS,
        years,
        ..ScenarioSpec::default()
    };
    spec.validate().expect("the test's scenario is valid")
}

fn run(budgets: Budgets) -> Summary {
    run_ensemble(&scenario(budgets, 5))
}

/// A scenario against a baseline on the same seeds, over `years`.
fn compare_over(budgets: Budgets, baseline: Budgets, years: u32) -> Comparison {
    run_comparison(&scenario(budgets, years), &scenario(baseline, years))
        .expect("same seeds, runs and years")
        .2
}

fn compare(budgets: Budgets, baseline: Budgets) -> Comparison {
    compare_over(budgets, baseline, 5)
}

fn today() -> Budgets {
    Preset::Today.budgets(DEFAULT_ENVELOPE_JUTA)
}

fn with(mut b: Budgets, s: Strategy, juta: u64) -> Budgets {
    b.set(s, juta);
    b
}

fn plus(b: Budgets, s: Strategy, juta: u64) -> Budgets {
    with(b, s, b.get(s) + juta)
}

fn end(s: &Summary, m: Metric) -> f64 {
    s.final_value(m)
}

/// The mean paired difference of a metric at the horizon.
fn diff(c: &Comparison, m: Metric) -> f64 {
    c.difference(m).mean.last().copied().unwrap_or(0.0)
}

fn verdict(c: &Comparison, m: Metric) -> Verdict {
    c.verdict(m, c.months.last().copied().unwrap_or(0))
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn training_alone_reaches_older_less_tech_literate_artisans_less_than_training_with_mentoring_or_technology_support()
 {
    let alone = with(
        with(Budgets::ZERO, Strategy::ProductQuality, 3000),
        Strategy::GovernmentPriority,
        500,
    );
    let mentoring = with(alone, Strategy::Networking, 2000);
    let tech_support = with(alone, Strategy::TechnologyWisdom, 2000);
    let (a, m, t) = (run(alone), run(mentoring), run(tech_support));
    let old = |s: &Summary| end(s, Metric::UptakeOver50);
    let relative = |s: &Summary| end(s, Metric::UptakeOver50) / end(s, Metric::TrainingUptake);
    assert!(
        old(&a) < old(&m),
        "over 50: {:.2} vs {:.2}",
        old(&a),
        old(&m)
    );
    assert!(
        old(&a) < old(&t),
        "over 50: {:.2} vs {:.2}",
        old(&a),
        old(&t)
    );
    // Not only more in total: the older catch up relative to everyone.
    assert!(
        relative(&a) < relative(&m),
        "{:.3} vs {:.3}",
        relative(&a),
        relative(&m)
    );
    assert!(
        relative(&a) < relative(&t),
        "{:.3} vs {:.3}",
        relative(&a),
        relative(&t)
    );
    assert!(
        relative(&a) < 1.0,
        "with training alone, the older apply it less"
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn without_youth_facing_effort_the_workforce_is_older_and_smaller_than_with_todays_allocation_every_year_to_year_ten()
 {
    // Regression: model 1's version of this passed by 0.8 points at year 5 and reversed by 10.
    let none = with(
        with(today(), Strategy::GovernmentPriority, 0),
        Strategy::TechnologyWisdom,
        0,
    );
    let c = compare_over(none, today(), 10);
    for year in 2..=10u32 {
        let t = (year * 12) as usize;
        let d = |m: Metric| c.difference(m).mean[t];
        assert!(
            d(Metric::Employment) < 0.0,
            "year {year}: employment {:+.1}",
            d(Metric::Employment)
        );
        assert!(
            d(Metric::ShareOver50) > 0.0,
            "year {year}: over 50 {:+.2}",
            d(Metric::ShareOver50)
        );
        assert!(
            d(Metric::YouthEntrants) < 0.0,
            "year {year}: young entrants"
        );
    }
    assert_eq!(verdict(&c, Metric::Employment), Verdict::Worse);
    assert_eq!(
        verdict(&c, Metric::ObstacleYouthDisinterest),
        Verdict::Worse
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_zero_budget_leaves_every_obstacle_worse_than_todays_allocation_every_year() {
    let c = compare(Budgets::ZERO, today());
    for m in [
        Metric::ObstacleTrainingGap,
        Metric::ObstacleYouthDisinterest,
        Metric::ObstacleTechIlliteracy,
        Metric::ObstacleSeverity,
    ] {
        for year in 1..=5usize {
            let d = c.difference(m).mean[year * 12];
            assert!(d > 0.0, "{} at year {year}: {d:+.2}", m.key());
        }
        assert_eq!(verdict(&c, m), Verdict::Worse, "{}", m.key());
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn each_strategys_effect_per_extra_rupiah_falls_as_its_budget_grows() {
    // Each strategy's own outcome, with today's other budgets, at 1,000, 3,000 and 5,000 juta,
    // paired: the second 2,000 juta buys less than the first.
    for (s, m) in [
        (Strategy::FlagshipExports, Metric::ExportsUsdM),
        (
            Strategy::GovernmentPriority,
            Metric::ObstacleYouthDisinterest,
        ),
        (Strategy::Networking, Metric::TrainingUptake),
        (Strategy::ProductQuality, Metric::TrainingCoverage),
        (Strategy::FinanceCredibility, Metric::ActiveCooperatives),
        (Strategy::LocalMaterials, Metric::UnitCost),
        (Strategy::TechnologyWisdom, Metric::ObstacleTechIlliteracy),
    ] {
        let sign = if m.higher_is_better() == Some(false) {
            -1.0
        } else {
            1.0
        };
        let gain =
            |juta: u64| sign * diff(&compare(with(today(), s, juta), with(today(), s, 1000)), m);
        let (g3, g5) = (gain(3000), gain(5000));
        assert!(
            g3 > 0.0,
            "{}: {} must improve from 1,000 to 3,000 juta ({g3:+.3})",
            s.key(),
            m.key()
        );
        assert!(
            g3 > g5 - g3,
            "{}: {} gains {g3:.3} then {:.3}",
            s.key(),
            m.key(),
            g5 - g3
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn more_networking_spreads_training_further_for_the_same_training_budget() {
    let c = compare(plus(today(), Strategy::Networking, 2000), today());
    assert_eq!(verdict(&c, Metric::TrainingCoverage), Verdict::Better);
    assert_eq!(verdict(&c, Metric::TrainingUptake), Verdict::Better);
    assert_eq!(verdict(&c, Metric::ObstacleTrainingGap), Verdict::Better);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn networking_money_buys_links_and_mentoring_that_the_page_can_show() {
    // What strategy 3 buys directly, as metrics of their own: more links between businesses
    // and more of them mentored; with no networking budget both shrink. Today's allocation
    // keeps both near their start (links 1.5 a business, 12% mentored).
    let more = compare(plus(today(), Strategy::Networking, 500), today());
    let none = compare(with(today(), Strategy::Networking, 0), today());
    for m in [Metric::LinksPerBusiness, Metric::ShareMentored] {
        assert_eq!(verdict(&more, m), Verdict::Better, "{m:?} with +500 juta");
        assert_eq!(verdict(&none, m), Verdict::Worse, "{m:?} with none");
    }
    let s = run(today());
    let start = |m: Metric| s.bands(m).mean[0];
    assert!((end(&s, Metric::LinksPerBusiness) - start(Metric::LinksPerBusiness)).abs() < 0.1);
    assert!((end(&s, Metric::ShareMentored) - start(Metric::ShareMentored)).abs() < 1.5);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn mentoring_and_technology_support_make_training_go_further_than_they_do_alone() {
    // The interaction: what networking (or technology support) adds to uptake is larger on top
    // of more training than without it, on the same seeds. Strategy 7's budget is put all into
    // support here: its own training places would compete with the skills places for the same
    // artisans, which is substitution, not the complementarity this checks.
    let support_only = |b: Budgets| {
        let mut spec = ScenarioSpec {
            budgets_juta: b,
            envelope_juta: b.total(),
            runs: RUNS,
            ..ScenarioSpec::default()
        };
        spec.params
            .insert("tech_training_budget_share".to_string(), 0.0);
        spec.validate().expect("valid")
    };
    let gain = |a: Budgets, b: Budgets| {
        let c = run_comparison(&support_only(a), &support_only(b))
            .expect("comparable")
            .2;
        diff(&c, Metric::TrainingUptake)
    };
    let base = today();
    let training = plus(base, Strategy::ProductQuality, 2000);
    for s in [Strategy::Networking, Strategy::TechnologyWisdom] {
        let alone = gain(plus(base, s, 2000), base);
        let together = gain(plus(training, s, 2000), training);
        assert!(
            together > alone,
            "{}: adds {alone:.3} alone, {together:.3} with more training",
            s.key()
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn training_is_offered_reaches_fewer_and_is_applied_by_fewer_still() {
    let s = run(today());
    for t in 0..s.months.len() as u32 {
        let (o, r, a) = (
            s.value_at(Metric::TrainingOffered, t),
            s.value_at(Metric::TrainingReached, t),
            s.value_at(Metric::TrainingApplying, t),
        );
        assert!(
            o > r && r > a && a > 0.0,
            "month {t}: {o:.0}, {r:.0}, {a:.0}"
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn export_promotion_raises_exports_and_competitiveness() {
    let c = compare(plus(today(), Strategy::FlagshipExports, 3000), today());
    assert_eq!(verdict(&c, Metric::ExportsUsdM), Verdict::Better);
    assert_eq!(verdict(&c, Metric::Competitiveness), Verdict::Better);
    assert_eq!(verdict(&c, Metric::MarketReach), Verdict::Better);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn finance_support_keeps_more_cooperatives_active() {
    let c = compare(
        with(today(), Strategy::FinanceCredibility, 3000),
        with(today(), Strategy::FinanceCredibility, 0),
    );
    assert!(diff(&c, Metric::ActiveCooperatives) > 5.0);
    assert_eq!(verdict(&c, Metric::Productivity), Verdict::Better);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn local_materials_lower_unit_costs_and_soften_price_spikes() {
    let (none, more) = (
        with(today(), Strategy::LocalMaterials, 0),
        with(today(), Strategy::LocalMaterials, 3000),
    );
    let c = compare(more, none);
    assert_eq!(verdict(&c, Metric::UnitCost), Verdict::Better);
    let (a, b) = (run(more), run(none));
    assert!(a.bands(Metric::UnitCost).p90.last() < b.bands(Metric::UnitCost).p90.last());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn priority_status_raises_young_peoples_interest() {
    let c = compare(
        with(today(), Strategy::GovernmentPriority, 2000),
        with(today(), Strategy::GovernmentPriority, 0),
    );
    assert_eq!(
        verdict(&c, Metric::ObstacleYouthDisinterest),
        Verdict::Better
    );
    assert_eq!(verdict(&c, Metric::YouthEntrants), Verdict::Better);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn moving_rupiah_into_government_priority_is_no_free_lunch() {
    // Regression: in model 1, priority multiplied every budget and again every offer's reach,
    // so moving Rp 250 juta into it from strategies 4, 5 or 6 improved all eight headline
    // outcomes, and moving it out of skills training raised training uptake.
    for from in Strategy::ALL {
        if from == Strategy::GovernmentPriority {
            continue;
        }
        let moved = plus(
            with(today(), from, today().get(from) - 250),
            Strategy::GovernmentPriority,
            250,
        );
        let c = compare(moved, today());
        let all_better = HEADLINE.iter().all(|&m| verdict(&c, m) == Verdict::Better);
        assert!(
            !all_better,
            "moving 250 juta from {} into priority improves everything",
            from.key()
        );
    }
    let from_training = plus(
        with(
            today(),
            Strategy::ProductQuality,
            today().product_quality - 250,
        ),
        Strategy::GovernmentPriority,
        250,
    );
    let c = compare(from_training, today());
    assert_eq!(verdict(&c, Metric::TrainingUptake), Verdict::Worse);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn no_single_strategy_allocation_of_the_envelope_beats_todays_on_every_headline_outcome() {
    for s in Strategy::ALL {
        let all_in = with(Budgets::ZERO, s, DEFAULT_ENVELOPE_JUTA);
        let c = compare(all_in, today());
        let wins = HEADLINE
            .iter()
            .filter(|&&m| verdict(&c, m) == Verdict::Better)
            .count();
        assert!(
            wins < HEADLINE.len(),
            "everything in {} wins on every outcome",
            s.key()
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_presets_trade_outcomes_off_no_funded_preset_is_best_on_everything() {
    let funded = [
        Preset::Today,
        Preset::EqualSplit,
        Preset::TrainingTechnology,
        Preset::ExportFocus,
        Preset::YouthRegeneration,
    ];
    let results: Vec<Summary> = funded
        .iter()
        .map(|p| run(p.budgets(DEFAULT_ENVELOPE_JUTA)))
        .collect();
    for (i, p) in funded.iter().enumerate() {
        let best_everywhere = HEADLINE.iter().all(|&m| {
            let better = |a: f64, b: f64| {
                if m.higher_is_better() == Some(false) {
                    a <= b
                } else {
                    a >= b
                }
            };
            results
                .iter()
                .all(|r| better(end(&results[i], m), end(r, m)))
        });
        assert!(
            !best_everywhere,
            "{} is best on every headline outcome",
            p.key()
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_training_gap_measures_what_fails_between_offer_and_practice_not_the_volume_of_training() {
    // Regression: model 1's training gap moved one for one with uptake, and an early model 2
    // counted artisans already applying as successes, so cutting training "improved" it. Now:
    // more skills places raise uptake but leave the share of places that fail about where it
    // was (they reach harder cases); mentoring makes each place work better; no skills places
    // at all is the whole obstacle.
    let places = compare(plus(today(), Strategy::ProductQuality, 2000), today());
    let follow_up = compare(plus(today(), Strategy::Networking, 2000), today());
    let none = compare(with(today(), Strategy::ProductQuality, 0), today());
    assert_eq!(verdict(&places, Metric::TrainingUptake), Verdict::Better);
    assert_eq!(
        verdict(&follow_up, Metric::ObstacleTrainingGap),
        Verdict::Better
    );
    // Per point of uptake, as the claim says: more places buy more uptake than mentoring does.
    let per_point = |c: &Comparison| {
        diff(c, Metric::ObstacleTrainingGap).abs() / diff(c, Metric::TrainingUptake).abs()
    };
    assert!(
        per_point(&places) < 0.5 * per_point(&follow_up),
        "gap per point of uptake: more places {:.3}, more mentoring {:.3}",
        per_point(&places),
        per_point(&follow_up)
    );
    assert_eq!(verdict(&none, Metric::ObstacleTrainingGap), Verdict::Worse);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn young_peoples_low_interest_measures_the_young_not_older_artisans_leaving() {
    // Regression: model 1's measure was 1 - entrants / leavers, so older artisans leaving
    // faster raised it with the young unchanged.
    let base = ScenarioSpec {
        runs: RUNS,
        ..ScenarioSpec::default()
    };
    let mut faster = base.clone();
    for (key, value) in [("exit_rate_65_75", 0.15), ("exit_rate_over_75", 0.45)] {
        faster.params.insert(key.to_string(), value);
    }
    let (a, b) = (
        faster.validate().expect("valid"),
        base.validate().expect("valid"),
    );
    let c = run_comparison(&a, &b).expect("comparable").2;
    assert!(
        diff(&c, Metric::Employment) < -50.0,
        "the older leave faster"
    );
    assert!(
        diff(&c, Metric::ObstacleYouthDisinterest).abs() < 0.5,
        "youth obstacle moved {:+.2}",
        diff(&c, Metric::ObstacleYouthDisinterest)
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn young_peoples_interest_keeps_rising_with_youth_facing_effort_there_is_no_floor() {
    // Regression: model 1 clamped its youth measure at 0 once entrants outnumbered leavers.
    let youth = |juta: u64| {
        with(
            with(today(), Strategy::GovernmentPriority, juta),
            Strategy::TechnologyWisdom,
            juta,
        )
    };
    let more = compare(youth(5000), youth(2500));
    assert_eq!(
        verdict(&more, Metric::ObstacleYouthDisinterest),
        Verdict::Better
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn unease_with_technology_falls_as_generations_turn_over_and_faster_with_technology_training() {
    // Regression: model 1 let every artisan's literacy decay, so its direction hung on one
    // assumed rate. Literacy is a matter of age and generation: even with no budget the share
    // not at ease falls as older artisans retire, and technology training speeds it up.
    let zero = run(Budgets::ZERO);
    let start = zero.value_at(Metric::ObstacleTechIlliteracy, 0);
    assert!(end(&zero, Metric::ObstacleTechIlliteracy) < start);
    let c = compare(plus(today(), Strategy::TechnologyWisdom, 2000), today());
    assert_eq!(verdict(&c, Metric::ObstacleTechIlliteracy), Verdict::Better);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn competitiveness_tells_the_presets_apart_and_today_does_not_drift_more_than_they_differ() {
    // Regression: model 1's presets spanned 0.83 points against a 2.1-point drift of today's
    // own allocation, and the page could not tell them apart.
    let start_to_end = {
        let s = run(today());
        (end(&s, Metric::Competitiveness) - s.value_at(Metric::Competitiveness, 0)).abs()
    };
    let mut spread = (f64::MAX, f64::MIN);
    let mut told_apart = 0;
    for p in [
        Preset::EqualSplit,
        Preset::TrainingTechnology,
        Preset::ExportFocus,
        Preset::YouthRegeneration,
    ] {
        let c = compare(p.budgets(DEFAULT_ENVELOPE_JUTA), today());
        let d = diff(&c, Metric::Competitiveness);
        spread = (spread.0.min(d), spread.1.max(d));
        told_apart += usize::from(matches!(
            verdict(&c, Metric::Competitiveness),
            Verdict::Better | Verdict::Worse
        ));
    }
    let no_budget = diff(&compare(Budgets::ZERO, today()), Metric::Competitiveness);
    assert!(
        told_apart >= 3,
        "only {told_apart} of 4 funded presets told apart from today's"
    );
    assert!(
        start_to_end < 1.0,
        "today's allocation drifts {start_to_end:.2} points in five years"
    );
    assert!(no_budget < -1.0, "no budget costs {no_budget:.2} points");
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_one_juta_change_moves_each_run_a_little_and_the_mean_the_same_way_every_step() {
    // Regression: in model 1 a Rp 1 juta change in strategy 4 gave per-run year-5 differences
    // of its training outcome and of competitiveness as spread as a Rp 100 juta change, and its
    // 32-run mean moved the wrong way in 9 of 20 one-juta steps: employer choice by a
    // cumulative sum reshuffled who went where. Native only: it runs 21 ensembles.
    use canting_model::{run_once, run_seed};
    let base = today().product_quality;
    let finals = |juta: u64, runs: u32, m: Metric| -> Vec<f64> {
        let s = {
            let spec = ScenarioSpec {
                budgets_juta: with(today(), Strategy::ProductQuality, juta),
                runs,
                ..ScenarioSpec::default()
            };
            spec.validate().expect("valid")
        };
        (0..runs)
            .map(|i| run_once(&s, run_seed(s.seed(), i)).final_value(m))
            .collect()
    };
    let sd = |x: &[f64]| {
        let n = x.len() as f64;
        let mean = x.iter().sum::<f64>() / n;
        (x.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1.0)).sqrt()
    };
    for m in [Metric::TrainingUptake, Metric::Competitiveness] {
        let reference = finals(base, 64, m);
        let differences = |extra: u64| -> Vec<f64> {
            finals(base + extra, 64, m)
                .iter()
                .zip(&reference)
                .map(|(a, b)| a - b)
                .collect()
        };
        let (one, hundred) = (sd(&differences(1)), sd(&differences(100)));
        assert!(
            one <= hundred / 5.0,
            "{}: sd {one:.5} for +1 juta, {hundred:.5} for +100",
            m.key()
        );
    }
    let means: Vec<f64> = (0..=20)
        .map(|k| {
            let x = finals(base + k, 32, Metric::TrainingUptake);
            x.iter().sum::<f64>() / x.len() as f64
        })
        .collect();
    let up = means.windows(2).filter(|w| w[1] > w[0]).count();
    assert!(
        up >= 18,
        "the 32-run mean of training uptake rose in {up} of 20 one-juta steps"
    );
}

/// A fixed list of reallocations of the same total: the audit's moves of model 3 (money from
/// skills training and finance to networking and technology), then `count` drawn from a seed,
/// each taking 100 to 500 juta (in steps of 10) from one to three strategies and giving it to
/// one to three others, in random proportions, never more than a strategy has.
fn reallocations(base: Budgets, count: usize, seed: u64) -> Vec<Budgets> {
    use Strategy::{
        FinanceCredibility, LocalMaterials, Networking, ProductQuality, TechnologyWisdom,
    };
    let moved = |moves: &[(Strategy, i64)]| {
        let mut b = base;
        for &(s, juta) in moves {
            b.set(s, (b.get(s) as i64 + juta) as u64);
        }
        b
    };
    let mut list = vec![
        moved(&[
            (ProductQuality, -250),
            (FinanceCredibility, -100),
            (Networking, 250),
            (TechnologyWisdom, 100),
        ]),
        moved(&[(ProductQuality, -250), (Networking, 250)]),
        moved(&[
            (ProductQuality, -400),
            (Networking, 250),
            (TechnologyWisdom, 150),
        ]),
        moved(&[
            (ProductQuality, -300),
            (Networking, 200),
            (TechnologyWisdom, 100),
        ]),
        moved(&[
            (FinanceCredibility, -200),
            (LocalMaterials, -100),
            (Networking, 200),
            (TechnologyWisdom, 100),
        ]),
    ];
    // SplitMix64: the test's own stream, so the list never changes with the model.
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    while list.len() < count + 5 {
        let mut order = Strategy::ALL;
        for i in (1..order.len()).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let n_from = 1 + (next() % 3) as usize;
        let n_to = 1 + (next() % 3) as usize;
        let (from, to) = (&order[..n_from], &order[n_from..n_from + n_to]);
        let want = 10 * (10 + next() % 41);
        // Of what is `left`, the last strategy gets all, the others a random part (tens).
        let mut part = |left: u64, last: bool| {
            if last {
                left
            } else {
                10 * (next() % (left / 10 + 1))
            }
        };
        let mut b = base;
        let mut taken = 0;
        for (k, &s) in from.iter().enumerate() {
            let t = part(want - taken, k + 1 == from.len()).min(b.get(s));
            b.set(s, b.get(s) - t);
            taken += t;
        }
        if taken < 100 {
            continue;
        }
        let mut given = 0;
        for (k, &s) in to.iter().enumerate() {
            let g = part(taken - given, k + 1 == to.len());
            b.set(s, b.get(s) + g);
            given += g;
        }
        list.push(b);
    }
    list
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn no_reallocation_of_the_same_total_among_several_strategies_improves_every_headline_outcome() {
    // Regression: in model 3, moving Rp 250 juta from skills training and 100 from finance to
    // networking (250) and technology (100) got a verdict of "better" on all six headline
    // outcomes on the page's 32 runs, although the test then checked only moves between two
    // strategies. Networking's gains were far above the evidence (link_formation_gain,
    // mentoring_gain, link_productivity_gain, peer_link_weight). Native only: each of the
    // audit's five moves and 40 drawn moves is screened on 8 paired runs, and one whose mean
    // improves all six there is checked on the page's default 32, where the verdicts a user
    // reads are made; there none may have a verdict of "better" on all six.
    use canting_model::{RunResult, run_once, run_seed};
    let six = &HEADLINE[..6];
    let runs_of = |budgets: Budgets, runs: u32| -> Vec<RunResult> {
        let s = ScenarioSpec {
            budgets_juta: budgets,
            runs,
            ..ScenarioSpec::default()
        }
        .validate()
        .expect("valid");
        (0..runs)
            .map(|i| run_once(&s, run_seed(s.seed(), i)))
            .collect()
    };
    let (base8, base32) = (runs_of(today(), RUNS), runs_of(today(), 32));
    let mut dominating = Vec::new();
    for moved in reallocations(today(), 40, 2014) {
        assert_eq!(moved.total(), today().total(), "{moved:?} keeps the total");
        let c = Comparison::from_runs(&runs_of(moved, RUNS), &base8).expect("paired");
        let better_on_average = six.iter().all(|&m| {
            let d = diff(&c, m);
            if m.higher_is_better() == Some(true) {
                d > 0.0
            } else {
                d < 0.0
            }
        });
        if !better_on_average {
            continue;
        }
        let c = Comparison::from_runs(&runs_of(moved, 32), &base32).expect("paired");
        if six.iter().all(|&m| verdict(&c, m) == Verdict::Better) {
            dominating.push(moved);
        }
    }
    assert!(
        dominating.is_empty(),
        "{} reallocations improve every headline outcome: {dominating:?}",
        dominating.len()
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_verdict_needs_enough_paired_runs_even_when_they_all_agree() {
    // Regression: the page shows a verdict as soon as the first pair of runs arrives, and one
    // pair always agrees with itself.
    let few = |runs: u32| {
        let mut spec = ScenarioSpec {
            runs,
            years: 1,
            ..ScenarioSpec::default()
        };
        let baseline = spec.validate().expect("valid");
        spec.budgets_juta = Budgets::ZERO;
        let scenario = spec.validate().expect("valid");
        run_comparison(&scenario, &baseline).expect("comparable").2
    };
    let c = few(MIN_PAIRS - 1);
    assert_eq!(c.verdict(Metric::ObstacleSeverity, 12), Verdict::TooFewRuns);
    let c = few(MIN_PAIRS);
    assert_eq!(c.verdict(Metric::ObstacleSeverity, 12), Verdict::Worse);
}
