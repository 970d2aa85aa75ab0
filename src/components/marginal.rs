//! What the next Rp 100 juta buys: for each strategy, the paired change in a chosen headline
//! outcome at the horizon from Rp 100 juta more a year (and from as much less), as bars with
//! their 10–90% ranges, sorted, said in words, and every outcome in a table. Computed only
//! while open: it costs fourteen more ensembles.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use canting_model::planning::{Marginal, MarginalRow, PairedChange};
use canting_model::{Lang, Metric, Strategy, Verdict};

use crate::components::chart::{Chart, ChartLine, Stroke, XAxis};
use crate::components::outcomes::signed;
use crate::components::run_count;
use crate::compute::{CurveResults, Results};
use crate::i18n::marginal_words::{self as mw, words};
use crate::i18n::{decimal, rupiah_in_words, thousands};

#[derive(Properties, PartialEq)]
pub struct MarginalProps {
    pub lang: Lang,
    pub results: Option<Results>,
    /// Whether the section is open (and its ensembles asked for).
    pub open: bool,
    /// The scenario on screen is not computed (it cannot be, or waits to be asked).
    pub held: bool,
    pub on_toggle: Callback<()>,
    /// The strategy whose budget curve is shown, if any.
    pub curve: Option<Strategy>,
    pub on_curve: Callback<Option<Strategy>>,
}

#[function_component(MarginalSection)]
pub fn marginal_section(props: &MarginalProps) -> Html {
    let lang = props.lang;
    let w = words(lang);
    let metric = use_state(|| Metric::Competitiveness);
    let toggle = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_| on_toggle.emit(()))
    };
    let body = if !props.open {
        html! {}
    } else if props.held {
        html! { <p class="marginal-status">{ w.held }</p> }
    } else {
        match props.results.as_ref().and_then(|r| r.marginal.as_ref()) {
            Some(m) => match &m.table {
                Some(Ok(table)) => {
                    let on_metric = {
                        let metric = metric.clone();
                        Callback::from(move |e: Event| {
                            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
                            if let Some(m) = Metric::from_key(&key) {
                                metric.set(m);
                            }
                        })
                    };
                    html! {
                        <>
                            if m.runs_done < m.runs_total {
                                { progress(lang, m.runs_done, m.runs_total) }
                            }
                            <label class="marginal-metric">{ w.outcome }{ " " }
                                <select data-testid="marginal-metric" onchange={on_metric}>
                                    { for Metric::HEADLINE.iter().map(|m| html! {
                                        <option value={m.key()} selected={*m == *metric}>{ m.label(lang) }</option>
                                    }) }
                                </select>
                            </label>
                            { bars(lang, table, *metric, m.runs_done == m.runs_total) }
                            <MarginalTable lang={lang} table={(**table).clone()} />
                        </>
                    }
                }
                Some(Err(e)) => html! {
                    <p class="marginal-status problem" role="alert">
                        { w.no_answer }{ ": " }{ e.messages(lang).join("; ") }
                    </p>
                },
                None => progress(lang, m.runs_done, m.runs_total),
            },
            None => progress(lang, 0, 0),
        }
    };
    let curve = if props.open && !props.held {
        let on_curve = {
            let on_curve = props.on_curve.clone();
            Callback::from(move |e: Event| {
                let key = e.target_unchecked_into::<HtmlSelectElement>().value();
                on_curve.emit(Strategy::from_key(&key));
            })
        };
        let shown = props.results.as_ref().and_then(|r| r.curve.as_ref());
        html! {
            <div class="budget-curve" data-testid="budget-curve">
                <h3>{ w.curve_heading }</h3>
                <p class="note">{ w.curve_intro }</p>
                <label>{ w.curve_of }{ " " }
                    <select data-testid="curve-strategy" onchange={on_curve}>
                        <option value="" selected={props.curve.is_none()}>{ "—" }</option>
                        { for Strategy::ALL.iter().map(|s| html! {
                            <option value={s.key()} selected={props.curve == Some(*s)}>{ s.label(lang) }</option>
                        }) }
                    </select>
                </label>
                { match shown {
                    Some(c) if props.curve == Some(c.strategy) => curve_view(lang, c, *metric),
                    _ => html! {},
                } }
            </div>
        }
    } else {
        html! {}
    };
    html! {
        <section class="marginal panel" aria-labelledby="marginal-heading" data-testid="marginal">
            <h2 id="marginal-heading">{ w.heading }</h2>
            <p class="section-intro">{ w.intro }</p>
            <button type="button" aria-expanded={props.open.to_string()}
                aria-controls="marginal-body" onclick={toggle} data-testid="marginal-toggle">
                { if props.open { w.hide } else { w.show } }
            </button>
            <div id="marginal-body">{ body }{ curve }</div>
        </section>
    }
}

/// One strategy's budget curve of the chosen outcome: the paired change from the current
/// budget at each budget, with its 10–90% range, as a chart with a table.
fn curve_view(lang: Lang, c: &CurveResults, metric: Metric) -> Html {
    let w = words(lang);
    let points = match &c.points {
        None => return progress(lang, c.runs_done, c.runs_total),
        Some(Err(e)) => {
            return html! {
                <p class="marginal-status problem" role="alert">{ w.no_answer }{ ": " }{ e.messages(lang).join("; ") }</p>
            };
        }
        Some(Ok(points)) => points,
    };
    let of = |p: &canting_model::planning::SweepPoint| {
        p.change.iter().find(|x| x.metric == metric).copied()
    };
    let changes: Vec<PairedChange> = points.iter().filter_map(of).collect();
    let values: Vec<f64> = points.iter().map(|p| p.value).collect();
    let (lo, hi) = changes
        .iter()
        .flat_map(|x| [x.p10, x.p90, x.mean])
        .filter(|x| x.is_finite())
        .fold((0.0f64, 0.0f64), |(lo, hi), x| (lo.min(x), hi.max(x)));
    let pad = ((hi - lo) * 0.1).max(metric.resolution());
    let line = ChartLine {
        label: w.curve_line.to_string(),
        color: (155, 61, 18),
        values: changes.iter().map(|x| x.mean).collect(),
        band: Some((
            changes.iter().map(|x| x.p10).collect(),
            changes.iter().map(|x| x.p90).collect(),
        )),
        stroke: Stroke::Solid,
    };
    let title = format!("{}: {}", metric.label(lang), c.strategy.label(lang));
    let gist = mw::curve_gist(
        lang,
        metric.label(lang),
        c.strategy.label(lang),
        &values,
        &changes,
    );
    html! {
        <Chart {title} {gist} unit={format!("{}: {}", w.curve_unit, metric.unit(lang))} signed=true
            lines={vec![line]} y_range={(lo - pad, hi + pad)} months={Vec::<u32>::new()} {lang}
            id={format!("curve-{}", c.strategy.key())} decimals={metric.decimals() + 1}
            x_axis={Some(XAxis { label: w.curve_x.to_string(), values, marker: Some(c.current_juta as f64) })} />
    }
}

/// How far the fourteen ensembles have got.
fn progress(lang: Lang, done: u32, total: u32) -> Html {
    let w = words(lang);
    html! {
        <p class="marginal-status" role="status" data-testid="marginal-progress">
            { w.computing }{ "… " }{ run_count(lang, w.runs, done, total) }
        </p>
    }
}

/// A change as an improvement: positive when the outcome gets better (for an outcome that is
/// neither better nor worse when higher, the change itself).
fn gain(metric: Metric, x: f64) -> f64 {
    if metric.higher_is_better() == Some(false) {
        -x
    } else {
        x
    }
}

/// The change of one outcome in a row's list.
fn change_of(changes: &[PairedChange], metric: Metric) -> Option<&PairedChange> {
    changes.iter().find(|c| c.metric == metric)
}

/// A change written out: mean, and its 10–90% range, finer than the outcome's level (the
/// change of Rp 100 juta is small beside the level).
fn written(lang: Lang, c: &PairedChange) -> String {
    let d = c.verdict.decimals_for(c.metric);
    format!(
        "{} (10–90%: {} … {})",
        signed(lang, c.verdict.written_mean(c.metric, c.mean), d),
        signed(lang, c.p10, d),
        signed(lang, c.p90, d)
    )
}

/// The bars of one outcome, best first, with the words that read them (`complete` once every
/// run has arrived).
fn bars(lang: Lang, table: &Marginal, metric: Metric, complete: bool) -> Html {
    let w = words(lang);
    let mut rows: Vec<(&MarginalRow, &PairedChange, &PairedChange)> = table
        .rows
        .iter()
        .filter_map(|r| Some((r, change_of(&r.more, metric)?, change_of(&r.less, metric)?)))
        .collect();
    let key = |c: &PairedChange| {
        let g = gain(metric, c.mean);
        if g.is_finite() { g } else { f64::NEG_INFINITY }
    };
    rows.sort_by(|a, b| key(b.1).total_cmp(&key(a.1)));
    // One scale for every bar and range, so that lengths compare across strategies.
    let scale = rows
        .iter()
        .flat_map(|(_, m, l)| [m.p10, m.p90, m.mean, l.p10, l.p90, l.mean])
        .filter(|x| x.is_finite())
        .fold(0.0f64, |a, x| a.max(x.abs()))
        .max(metric.resolution());
    let at = |x: f64| 50.0 + 50.0 * (gain(metric, x) / scale).clamp(-1.0, 1.0);
    let bar = |class: &str, label: &str, c: &PairedChange| {
        let (mean, lo, hi) = (at(c.mean), at(c.p10), at(c.p90));
        let (left, width) = (mean.min(50.0), (mean - 50.0).abs());
        let (r_left, r_width) = (lo.min(hi), (hi - lo).abs());
        html! {
            <div class={classes!("marginal-bar", class.to_string())} data-verdict={c.verdict.key()}>
                <span class="marginal-bar-label">{ label }</span>
                <span class="marginal-track" aria-hidden="true">
                    <span class="marginal-fill" style={format!("left:{left:.2}%;width:{width:.2}%")}></span>
                    <span class="marginal-range" style={format!("left:{r_left:.2}%;width:{r_width:.2}%")}></span>
                </span>
                <span class="marginal-value">{ written(lang, c) }{ " · " }{ c.verdict.label_for(metric, lang) }</span>
            </div>
        }
    };
    html! {
        <>
            <p class="marginal-words" data-testid="marginal-words">
                if !complete { <strong>{ w.so_far }{ " " }</strong> }
                { reading(lang, metric, &rows) }
            </p>
            <div class="marginal-bar marginal-axis" aria-hidden="true">
                <span></span>
                <span class="marginal-axis-ends"><span>{ w.worse_better.0 }</span><span>{ w.worse_better.1 }</span></span>
                <span></span>
            </div>
            <ol class="marginal-bars" data-testid="marginal-bars" data-metric={metric.key()}
                data-complete={complete.to_string()}>
                { for rows.iter().map(|(row, more, less)| html! {
                    <li data-marginal={row.strategy.key()}>
                        <span class="marginal-strategy">{ row.strategy.label(lang) }</span>
                        { bar("more", w.more, more) }
                        if row.budget_juta > 0 {
                            { bar("less", &format!("−Rp {} juta", thousands(lang, row.less_juta)), less) }
                        } else {
                            <div class="marginal-bar less"><span class="marginal-bar-label">{ w.less }</span>
                                <span class="marginal-value">{ w.none_to_take }</span></div>
                        }
                    </li>
                }) }
            </ol>
            <p class="note">{ w.paired_note }</p>
            <p class="note">{ w.newcomers_note }</p>
        </>
    }
}

/// The bars in words: where the next Rp 100 juta does the most, where it makes no clear
/// difference, and where taking it away costs the most. `rows` are sorted best first.
fn reading(
    lang: Lang,
    metric: Metric,
    rows: &[(&MarginalRow, &PairedChange, &PairedChange)],
) -> String {
    let outcome = metric.label(lang).to_lowercase();
    let names = |pick: &dyn Fn(&PairedChange) -> bool, of_less: bool| -> Vec<&'static str> {
        rows.iter()
            .filter(|(r, m, l)| {
                pick(if of_less { l } else { m }) && (!of_less || r.budget_juta > 0)
            })
            .map(|(r, _, _)| r.strategy.label(lang))
            .collect()
    };
    let improves = |c: &PairedChange| matches!(c.verdict, Verdict::Better | Verdict::Higher);
    let mut out = Vec::new();
    match rows.first() {
        Some((r, m, _)) if improves(m) => out.push(mw::buys_most(
            lang,
            r.strategy.label(lang),
            &outcome,
            &written(lang, m),
            &decimal(lang, 100.0 * m.share_better, 0),
        )),
        _ => out.push(mw::buys_nothing_clear(lang, &outcome)),
    }
    let flat = names(
        &|c| matches!(c.verdict, Verdict::NoClearDifference | Verdict::Same),
        false,
    );
    let small = names(&|c| c.verdict == Verdict::TooSmallToShow, false);
    // When none is clear, the first sentence has said so: listing all seven adds nothing.
    if !flat.is_empty() && flat.len() < rows.len() {
        out.push(mw::no_clear_difference(lang, &flat.join("; ")));
    }
    if !small.is_empty() {
        out.push(mw::too_small(lang, &small.join("; ")));
    }
    let worse = names(&|c| matches!(c.verdict, Verdict::Worse), false);
    if !worse.is_empty() {
        out.push(mw::makes_worse(lang, &worse.join("; ")));
    }
    // Taking away: the clearly worse change with the largest loss.
    let costliest = rows
        .iter()
        .filter(|(r, _, l)| r.budget_juta > 0 && l.verdict == Verdict::Worse)
        .min_by(|a, b| gain(metric, a.2.mean).total_cmp(&gain(metric, b.2.mean)));
    out.push(match costliest {
        Some((r, _, l)) => mw::costs_most(lang, r.strategy.label(lang), &written(lang, l)),
        None => mw::costs_nothing_clear(lang),
    });
    out.join(" ")
}

#[derive(Properties, PartialEq)]
struct TableProps {
    lang: Lang,
    table: Marginal,
}

/// Every headline outcome's change, more and less, strategy by strategy, shown on request.
#[function_component(MarginalTable)]
fn marginal_table(props: &TableProps) -> Html {
    let open = use_state(|| false);
    let lang = props.lang;
    let w = words(lang);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let cell = |c: Option<&PairedChange>| match c {
        // The verdict too, as the bars say it: the table is their equivalent in text.
        Some(c) => html! {
            <td data-verdict={c.verdict.key()}>
                { written(lang, c) }{ " · " }{ c.verdict.label_for(c.metric, lang) }
            </td>
        },
        None => html! { <td></td> },
    };
    html! {
        <>
            <button type="button" class="link-button" aria-expanded={open.to_string()}
                aria-controls="marginal-table" onclick={toggle}>
                { if *open { w.hide_table } else { w.show_table } }
            </button>
            if *open {
                <div class="table-scroll" role="region" tabindex="0" aria-label={w.table_heading}>
                    <table id="marginal-table" class="compare-table" data-testid="marginal-table">
                        <caption>{ w.table_heading }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ w.strategy_col }</th>
                                <th scope="col">{ w.budget_col }</th>
                                <th scope="col"></th>
                                { for props.table.base.iter().map(|l| html! {
                                    <th scope="col">{ l.metric.label(lang) }{ " (" }{ l.metric.unit(lang) }{ ")" }</th>
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for props.table.rows.iter().map(|r| html! {
                                <>
                                    <tr data-marginal={r.strategy.key()} data-step="more">
                                        <th scope="row" rowspan="2">{ r.strategy.label(lang) }</th>
                                        <td rowspan="2">{ thousands(lang, r.budget_juta) }</td>
                                        <th scope="row">{ w.more }</th>
                                        { for props.table.base.iter().map(|l| cell(change_of(&r.more, l.metric))) }
                                    </tr>
                                    <tr data-marginal={r.strategy.key()} data-step="less">
                                        <th scope="row">{ format!("−{}", rupiah_in_words(lang, r.less_juta)) }</th>
                                        if r.budget_juta > 0 {
                                            { for props.table.base.iter().map(|l| cell(change_of(&r.less, l.metric))) }
                                        } else {
                                            <td colspan={props.table.base.len().to_string()}>{ w.none_to_take }</td>
                                        }
                                    </tr>
                                </>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </>
    }
}
