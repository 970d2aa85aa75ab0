//! The outcomes: headline figures at the horizon with their change against the baseline (from
//! pairs of runs on the same seed), the parts of competitiveness, the charts over time, and the
//! training funnel with the loss at each step.

use yew::prelude::*;

use canting_model::{Bands, Comparison, Lang, Metric, Summary, Verdict};

use crate::app::OUTCOMES_HEADING;
use crate::components::chart::{Chart, ChartLine, Stroke};
use crate::components::exports::Exports;
use crate::components::{PlannerHandle, use_delayed, use_stages};
use crate::compute::Results;
use crate::i18n::{decimal, provisional, runs_progress, thousands, words};
use crate::state::Action;

/// How long results stay stale before they are greyed, in ms.
const GREY_AFTER_MS: u32 = 150;
const SCENARIO_COLOR: (u8, u8, u8) = (155, 61, 18);
const BASELINE_COLOR: (u8, u8, u8) = (60, 60, 60);
const OBSTACLE_COLORS: [(u8, u8, u8); 3] = [(155, 61, 18), (31, 94, 140), (46, 125, 50)];

#[derive(Properties, PartialEq)]
pub struct OutcomesProps {
    pub planner: PlannerHandle,
    pub results: Option<Results>,
    /// Why the scenario cannot be computed, when it cannot.
    pub problems: Vec<String>,
    /// Not computed until the user asks (it asks for far more work than the default).
    #[prop_or_default]
    pub held: bool,
}

#[function_component(Outcomes)]
pub fn outcomes(props: &OutcomesProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    // When the first results arrive, the headline figures come first and the rest of the
    // results in later tasks, one part per task.
    let has_results = props
        .results
        .as_ref()
        .is_some_and(|r| r.scenario.is_some() && r.baseline.is_some() && r.comparison.is_some());
    let shown = use_stages(RESULT_PARTS, has_results);
    // Done only when every run has arrived for the scenario on screen (or it cannot run), and
    // every part of the results is shown.
    let computing = (has_results && shown < RESULT_PARTS)
        || (props.problems.is_empty()
            && !props.held
            && props
                .results
                .as_ref()
                .is_none_or(|r| !r.complete() || r.spec.as_ref() != Some(&planner.spec)));
    let pin = {
        let planner = planner.clone();
        Callback::from(move |_| planner.dispatch(Action::PinBaseline))
    };
    let unpin = {
        let planner = planner.clone();
        Callback::from(move |_| planner.dispatch(Action::UnpinBaseline))
    };
    let progress = props
        .results
        .as_ref()
        .map_or(String::new(), |r| runs_progress(lang, r));
    let pinned = planner.pinned_baseline.is_some();
    // Results greyed only once they have stayed stale a moment: a quick recompute does not
    // flash, and then (the usual case after a slider moves) nothing is restyled, where the
    // class restyles every element of the results twice, 20-50 ms of the page's thread
    // (docs/PERFORMANCE.md).
    let stale = props.results.as_ref().is_some_and(|r| r.stale);
    let greyed = use_delayed(
        stale || !props.problems.is_empty() || props.held,
        GREY_AFTER_MS,
    );

    html! {
        <section class="panel outcomes" aria-labelledby="outcomes-heading"
            data-computing={computing.to_string()}>
            <div class="outcomes-head">
                <h2 id={OUTCOMES_HEADING} tabindex="-1">{ w.outcomes_heading }</h2>
                <p class="baseline-line">
                    <span>{ if pinned { w.baseline_pinned } else { w.baseline_today } }</span>
                    { " " }
                    if pinned {
                        <button type="button" onclick={unpin}>{ w.unpin_baseline }</button>
                    } else {
                        <button type="button" onclick={pin}>{ w.pin_baseline }</button>
                    }
                </p>
                // Not a live region: it changes with every run that arrives.
                <p class="progress">
                    if computing { { progress } }
                </p>
            </div>
            <Exports planner={planner.clone()} results={props.results.clone()} />
            // Said once the results have settled, not at every run that arrives: the region is
            // empty while they are computed.
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
                data-testid="results-announcement">
                if !computing && props.problems.is_empty() {
                    { announcement(lang, props.results.as_ref()) }
                }
            </p>
            if !props.problems.is_empty() {
                <div class="problems" role="alert">
                    <p>{ w.invalid_scenario }</p>
                    <ul>{ for props.problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            if let Some(Results {
                scenario: Some(scenario), baseline: Some(baseline), comparison: Some(comparison), scenario_runs, ..
            }) = &props.results {
                <div class={classes!("results-body", greyed.then_some("stale"))}>
                    { view_results(lang, scenario, baseline, comparison, scenario_runs.1, shown) }
                </div>
            }
        </section>
    }
}

/// The headline figures in a sentence, for a screen reader: each with its verdict.
fn announcement(lang: Lang, results: Option<&Results>) -> String {
    let Some(Results {
        scenario: Some(scenario),
        comparison: Some(comparison),
        ..
    }) = results
    else {
        return String::new();
    };
    let figures: Vec<String> = [
        Metric::Competitiveness,
        Metric::TrainingUptake,
        Metric::ObstacleSeverity,
    ]
    .iter()
    .map(|&m| {
        // The verdict with the change's size, so a small agreed change is heard as small.
        let verdict = verdict_at_horizon(m, comparison);
        let change = match verdict {
            Verdict::Same | Verdict::NoValue => String::new(),
            _ => {
                let mean = at_horizon(comparison, &comparison.difference(m).mean);
                format!(", {}", signed(lang, mean, m.decimals()))
            }
        };
        format!(
            "{} {} {} ({}{change})",
            m.label(lang),
            decimal(lang, scenario.final_value(m), m.decimals()),
            m.unit(lang),
            verdict.label_for(m, lang).to_lowercase()
        )
    })
    .collect();
    format!("{}: {}.", words(lang).results_updated, figures.join("; "))
}

/// The parts of the results after the headline figures, which `view_results` shows in turn.
const RESULT_PARTS: usize = 3;

/// The results; `asked` is how many runs the scenario asked for, so that figures from fewer are
/// marked provisional; `shown` is how many of the parts after the headline figures to show.
fn view_results(
    lang: Lang,
    scenario: &Summary,
    baseline: &Summary,
    comparison: &Comparison,
    asked: u32,
    shown: usize,
) -> Html {
    let w = words(lang);
    let headline_metrics = [
        Metric::Competitiveness,
        Metric::TrainingUptake,
        Metric::ObstacleSeverity,
        Metric::ObstacleTrainingGap,
        Metric::ObstacleYouthDisinterest,
        Metric::ObstacleTechIlliteracy,
    ];
    let obstacles = [
        Metric::ObstacleTrainingGap,
        Metric::ObstacleYouthDisinterest,
        Metric::ObstacleTechIlliteracy,
    ];
    let charted = [
        Metric::Competitiveness,
        Metric::TrainingUptake,
        Metric::ObstacleSeverity,
        Metric::Sales,
        Metric::ExportsUsdM,
        Metric::RevenuePerArtisan,
    ];
    // The industry as a whole: competitiveness is an average per artisan, so a budget that
    // brings in many newcomers can lower it while sales and jobs grow.
    let industry = [
        Metric::Sales,
        Metric::Employment,
        Metric::ExportsUsdM,
        Metric::ShareBeyondCity,
        Metric::RevenuePerArtisan,
    ];
    // What strategies 3, 4 and 7 buy, before it shows in the headlines.
    let direct = [
        Metric::LinksPerBusiness,
        Metric::ShareMentored,
        Metric::ShareCertified,
        Metric::ShareOnline,
    ];
    let together: Vec<ChartLine> = obstacles
        .iter()
        .zip(OBSTACLE_COLORS)
        .map(|(m, color)| ChartLine {
            label: m.label(lang).to_string(),
            color,
            values: scenario.bands(*m).mean.clone(),
            band: None,
            stroke: Stroke::Solid,
        })
        .collect();
    html! {
        <>
            <div class="headlines">
                { for headline_metrics.iter().map(|m| headline(lang, *m, scenario, comparison, asked)) }
            </div>
            if shown >= 1 {
                <div class="charts">
                    { for charted.iter().map(|m| metric_chart(lang, *m, scenario, baseline)) }
                </div>
            }
            if shown >= 2 {
                <section class="parts" aria-labelledby="parts-heading">
                    <h3 id="parts-heading">{ w.parts_heading }</h3>
                    <div class="part-figures">
                        { for Metric::COMPETITIVENESS_PARTS.iter().map(|m| part(lang, *m, scenario, comparison)) }
                    </div>
                    <div class="charts">
                        { for Metric::COMPETITIVENESS_PARTS.iter().map(|m| metric_chart(lang, *m, scenario, baseline)) }
                    </div>
                </section>
            }
            if shown >= 3 {
                <section class="parts" aria-labelledby="industry-heading">
                    <h3 id="industry-heading">{ w.industry_heading }</h3>
                    <div class="part-figures">
                        { for industry.iter().map(|m| part(lang, *m, scenario, comparison)) }
                    </div>
                </section>
                <section class="parts" aria-labelledby="direct-heading">
                    <h3 id="direct-heading">{ w.direct_heading }</h3>
                    <p class="note">{ w.direct_note }</p>
                    <div class="part-figures">
                        { for direct.iter().map(|m| part(lang, *m, scenario, comparison)) }
                    </div>
                </section>
                <h3>{ w.obstacles_heading }</h3>
                <div class="charts">
                    <Chart id="obstacles" title={w.obstacles_together.to_string()}
                        unit={Metric::ObstacleSeverity.unit(lang).to_string()}
                        gist={obstacles_gist(lang, scenario, &obstacles)}
                        lines={together} y_range={(0.0, 100.0)} months={scenario.months.clone()} lang={lang} />
                    { for obstacles.iter().map(|m| metric_chart(lang, *m, scenario, baseline)) }
                </div>
                { funnel(lang, scenario, baseline) }
            }
        </>
    }
}

/// One headline figure: the value at the horizon with its band, its change against the
/// baseline from the paired runs, and how to read its scale.
fn headline(
    lang: Lang,
    metric: Metric,
    scenario: &Summary,
    comparison: &Comparison,
    asked: u32,
) -> Html {
    // The horizon of the figures shown, which may be an older request's while the new arrives.
    let years = scenario.months.last().copied().unwrap_or(0) / 12;
    let w = words(lang);
    let value = scenario.final_value(metric);
    let bands = scenario.bands(metric);
    let (lo, hi) = (
        bands.p10.last().copied().unwrap_or(value),
        bands.p90.last().copied().unwrap_or(value),
    );
    let verdict = verdict_at_horizon(metric, comparison);
    html! {
        <div class={classes!("headline", verdict_class(verdict))} data-metric={metric.key()}>
            <p class="headline-label">{ metric.label(lang) }</p>
            <p class="headline-value">
                <span data-testid={format!("value-{}", metric.key())}>{ decimal(lang, value, metric.decimals()) }</span>
                <span class="unit">{ " " }{ metric.unit(lang) }</span>
            </p>
            if scenario.runs < asked {
                <p class="provisional" data-testid="provisional">{ provisional(lang, scenario.runs, asked) }</p>
            }
            <p class="headline-band">{ w.band }{ ": " }{ decimal(lang, lo, metric.decimals()) }{ " – " }{ decimal(lang, hi, metric.decimals()) }</p>
            { delta(lang, metric, comparison) }
            <p class="headline-when">{ w.at_year }{ years }</p>
            <p class="headline-reading">{ metric.reading(lang) }</p>
        </div>
    }
}

/// One part of competitiveness, compactly: its value at the horizon and its paired change.
fn part(lang: Lang, metric: Metric, scenario: &Summary, comparison: &Comparison) -> Html {
    let verdict = verdict_at_horizon(metric, comparison);
    html! {
        <div class={classes!("part", verdict_class(verdict))} data-metric={metric.key()}>
            <p class="part-label">{ metric.label(lang) }</p>
            <p class="part-value">
                <span data-testid={format!("value-{}", metric.key())}>{ decimal(lang, scenario.final_value(metric), metric.decimals()) }</span>
                <span class="unit">{ " " }{ metric.unit(lang) }</span>
            </p>
            { delta(lang, metric, comparison) }
            <p class="part-reading">{ metric.reading(lang) }</p>
        </div>
    }
}

fn verdict_at_horizon(metric: Metric, comparison: &Comparison) -> Verdict {
    comparison.verdict(metric, comparison.months.last().copied().unwrap_or(0))
}

/// A per-month series of the comparison at its horizon (its last month).
fn at_horizon(comparison: &Comparison, series: &[f64]) -> f64 {
    let t = comparison.months.len().saturating_sub(1);
    series.get(t).copied().unwrap_or(0.0)
}

/// The colour a verdict gives its figure: only an agreed change is better or worse.
fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Better => "better",
        Verdict::Worse => "worse",
        _ => "same",
    }
}

/// The change against the baseline at the horizon, from the per-run differences on the same
/// seeds: their mean, their 10–90% range, and the share of runs that go the way most go,
/// with the verdict (better or worse only when enough runs agree).
fn delta(lang: Lang, metric: Metric, comparison: &Comparison) -> Html {
    let w = words(lang);
    let verdict = verdict_at_horizon(metric, comparison);
    let d = comparison.difference(metric);
    let at = |series: &[f64]| at_horizon(comparison, series);
    let (mean, p10, p90) = (at(&d.mean), at(&d.p10), at(&d.p90));
    let (higher, lower) = (at(&d.share_higher), at(&d.share_lower));
    let testid = format!("delta-{}", metric.key());
    if verdict == Verdict::Same {
        return html! {
            <p class="delta" data-testid={testid} data-verdict={verdict.key()}>
                <strong>{ verdict.label(lang) }</strong>{ " " }{ w.as_baseline }
            </p>
        };
    }
    let up = higher >= lower;
    let direction = match metric.higher_is_better() {
        Some(good) if good == up => Verdict::Better,
        Some(_) => Verdict::Worse,
        None if up => Verdict::Higher,
        None => Verdict::Lower,
    };
    let share = format!(
        "{}{}{}{}",
        direction.label(lang),
        w.in_runs,
        decimal(lang, 100.0 * higher.max(lower), 0),
        w.percent_of_runs
    );
    // A difference of percentages is in percentage points, not per cent of the value.
    let points = if metric.unit(Lang::En).starts_with('%') {
        format!(" {}", w.percentage_points)
    } else {
        String::new()
    };
    html! {
        <p class="delta" data-testid={testid} data-verdict={verdict.key()}>
            { signed(lang, mean, metric.decimals()) }{ points }
            { format!(" (10–90%: {} … {}) ", signed(lang, p10, metric.decimals()), signed(lang, p90, metric.decimals())) }
            { w.vs_baseline }{ ": " }
            if verdict == Verdict::NoValue {
                <strong>{ verdict.label(lang) }</strong>
            } else if matches!(
                verdict,
                Verdict::NoClearDifference | Verdict::TooSmallToShow | Verdict::TooFewRuns
            ) {
                <strong>{ verdict.label_for(metric, lang) }</strong>{ format!(" ({share})") }
            } else {
                <strong>{ share }</strong>
            }
        </p>
    }
}

/// A difference with one decimal, like the values, and its sign (none for what rounds to
/// zero), in the language's style.
pub(crate) fn signed(lang: Lang, x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return crate::i18n::NO_VALUE.to_string();
    }
    let digits = decimal(lang, x.abs(), decimals);
    if digits.bytes().all(|b| matches!(b, b'0' | b',' | b'.')) {
        digits
    } else if x > 0.0 {
        format!("+{digits}")
    } else {
        format!("−{digits}")
    }
}

fn metric_chart(lang: Lang, metric: Metric, scenario: &Summary, baseline: &Summary) -> Html {
    let w = words(lang);
    let bands = scenario.bands(metric);
    let base = baseline.bands(metric);
    let lines = vec![
        ChartLine {
            label: w.scenario.to_string(),
            color: SCENARIO_COLOR,
            values: bands.mean.clone(),
            band: Some((bands.p10.clone(), bands.p90.clone())),
            stroke: Stroke::Solid,
        },
        ChartLine {
            label: w.baseline.to_string(),
            color: BASELINE_COLOR,
            values: base.mean.clone(),
            band: None,
            stroke: Stroke::Dashed,
        },
    ];
    html! {
        <Chart id={metric.key()} title={metric.label(lang).to_string()} unit={metric.unit(lang).to_string()}
            decimals={metric.decimals()}
            gist={gist(lang, metric, bands, base)} lines={lines} y_range={y_range(metric, bands, base)}
            months={scenario.months.clone()} lang={lang} />
    }
}

/// The y range: the data's (the scenario's band and the baseline's line), with room around it and at least a tenth of the metric's own range
/// (so that small changes show without looking like large ones), kept inside that range.
fn y_range(metric: Metric, a: &Bands, b: &Bands) -> (f64, f64) {
    y_range_of(metric, a.p10.iter().chain(&a.p90).chain(&b.mean).copied())
}

/// The y range that holds every one of `values`, as [`y_range`] makes it.
pub(crate) fn y_range_of(metric: Metric, all: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    if lo > hi {
        return metric.range().unwrap_or((0.0, 1.0));
    }
    let least_span = metric.range().map_or(0.0, |(l, h)| (h - l) / 10.0);
    let span = (hi - lo).max(least_span).max(hi.abs() * 0.05).max(1e-6);
    let middle = (lo + hi) / 2.0;
    let (mut y_lo, mut y_hi) = (middle - span * 0.6, middle + span * 0.6);
    let (floor, ceiling) = metric.range().unwrap_or((0.0, f64::MAX));
    if y_lo < floor {
        y_hi += floor - y_lo;
        y_lo = floor;
    }
    if y_hi > ceiling {
        y_lo = (y_lo - (y_hi - ceiling)).max(floor);
        y_hi = ceiling;
    }
    (y_lo, y_hi)
}

/// The chart's gist in a sentence: where the scenario starts and ends, and the baseline's end.
fn gist(lang: Lang, metric: Metric, scenario: &Bands, baseline: &Bands) -> String {
    let first = scenario.mean.first().copied().unwrap_or(0.0);
    let last = scenario.mean.last().copied().unwrap_or(0.0);
    let base = baseline.mean.last().copied().unwrap_or(0.0);
    let digits = metric.decimals();
    let (f, l, b) = (
        decimal(lang, first, digits),
        decimal(lang, last, digits),
        decimal(lang, base, digits),
    );
    let unit = metric.unit(lang);
    match lang {
        Lang::Id => format!(
            "Skenario bergerak dari {f} ke {l} {unit}; kondisi dasar berakhir di {b} {unit}."
        ),
        Lang::En => {
            format!("The scenario goes from {f} to {l} {unit}; the baseline ends at {b} {unit}.")
        }
    }
}

fn obstacles_gist(lang: Lang, scenario: &Summary, obstacles: &[Metric]) -> String {
    let parts: Vec<String> = obstacles
        .iter()
        .map(|m| {
            format!(
                "{} {}",
                m.label(lang),
                decimal(lang, scenario.final_value(*m), 1)
            )
        })
        .collect();
    parts.join("; ")
}

/// The training funnel at the horizon: offered, reached, applying, with what is lost at
/// each step, for the scenario and the baseline.
fn funnel(lang: Lang, scenario: &Summary, baseline: &Summary) -> Html {
    let w = words(lang);
    let steps = [
        Metric::TrainingOffered,
        Metric::TrainingReached,
        Metric::TrainingApplying,
    ];
    let values =
        |summary: &Summary| -> Vec<f64> { steps.iter().map(|m| summary.final_value(*m)).collect() };
    // One scale for both columns, so that a scenario offering 200 places does not draw as
    // wide a bar as a baseline offering 1,180.
    let widest = values(scenario)
        .into_iter()
        .chain(values(baseline))
        .fold(1.0, f64::max);
    let column = |summary: &Summary, label: &str, class: &str| {
        let values = values(summary);
        html! {
            <div class={classes!("funnel-column", class.to_string())}>
                <h4>{ label }</h4>
                { for steps.iter().zip(&values).enumerate().map(|(i, (m, v))| {
                    let width = format!("width: {:.1}%", v / widest * 100.0);
                    // From the figures as shown, so that the subtraction on screen adds up.
                    let shown = |x: f64| x.max(0.0).round();
                    let lost = (i > 0).then(|| shown(values[i - 1]) - shown(*v));
                    html! {
                        <div class="funnel-step" data-step={m.key()} data-value={v.to_string()}>
                            if let Some(lost) = lost {
                                <p class="funnel-lost">{ "↓ " }{ w.lost }{ ": " }
                                    { thousands(lang, lost.max(0.0) as u64) }
                                    { loss_share(lang, lost, shown(values[i - 1])) }</p>
                            }
                            <p class="funnel-label">{ m.label(lang) }{ ": " }
                                <strong>{ thousands(lang, v.max(0.0).round() as u64) }</strong>
                                { " " }{ m.unit(lang) }</p>
                            <div class="funnel-bar" style={width}></div>
                        </div>
                    }
                }) }
            </div>
        }
    };
    html! {
        <section class="funnel" aria-labelledby="funnel-heading">
            <h3 id="funnel-heading">{ w.funnel_heading }</h3>
            <p class="note">{ w.funnel_note }</p>
            <div class="funnel-columns">
                { column(scenario, w.scenario, "scenario") }
                { column(baseline, w.baseline, "baseline") }
            </div>
        </section>
    }
}

fn loss_share(lang: Lang, lost: f64, of: f64) -> String {
    if of <= 0.0 {
        return String::new();
    }
    format!(" ({}%)", decimal(lang, (lost / of * 100.0).max(0.0), 0))
}

#[derive(Properties, PartialEq)]
pub struct TickerProps {
    pub lang: Lang,
    pub results: Option<Results>,
}

/// The three headline figures in one line that stays in view on a narrow screen, where the
/// sliders and the charts cannot be seen at once.
#[function_component(Ticker)]
pub fn ticker(props: &TickerProps) -> Html {
    let lang = props.lang;
    let Some(
        results @ Results {
            scenario: Some(scenario),
            stale,
            ..
        },
    ) = &props.results
    else {
        return html! {};
    };
    // Figures from part of the runs are marked as such: they move until every run is in.
    let partial = !results.complete();
    let metrics = [
        Metric::Competitiveness,
        Metric::TrainingUptake,
        Metric::ObstacleSeverity,
    ];
    html! {
        <div class={classes!("ticker", (*stale || partial).then_some("stale"))} aria-hidden="true"
            data-partial={partial.to_string()}>
            { for metrics.iter().map(|m| html! {
                <span><span class="ticker-label">{ m.label(lang) }</span>{ " " }
                    <strong>{ decimal(lang, scenario.final_value(*m), 1) }</strong>
                    <span class="ticker-unit">{ " " }{ m.unit(lang) }</span></span>
            }) }
            if partial {
                <span class="ticker-partial">{ runs_progress(lang, results) }</span>
            }
        </div>
    }
}
