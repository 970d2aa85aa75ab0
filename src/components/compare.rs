//! Saving and comparing: the current scenario saved under a name (rename, duplicate, delete,
//! open), and up to four saved scenarios compared with the baseline on its seeds and horizon:
//! overlaid charts, each line with its band, told apart by colour and stroke, and tables of
//! the paired per-run differences at the horizon and year by year.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use canting_model::{Comparison, Lang, Metric, Summary};

use crate::components::PlannerHandle;
use crate::components::chart::{Chart, ChartLine, Stroke};
use crate::components::outcomes::{signed, y_range_of};
use crate::compute::Results;
use crate::i18n::saved_words::{self, brought};
use crate::i18n::{decimal, sentence, words};
use crate::infra;
use crate::saved::{self, Aligned, MAX_COMPARED, MAX_NAME_CHARS, Saved};
use crate::session::print_line;
use crate::state::{Action, Planner};

/// The baseline's colour in the overlaid charts, then each compared scenario's, in turn. Each
/// also has its own stroke (`Stroke::ALL`), so that greyscale tells them apart too.
pub const COLORS: [(u8, u8, u8); 5] = [
    (60, 60, 60),
    (155, 61, 18),
    (31, 94, 140),
    (46, 125, 50),
    (120, 50, 140),
];

/// The outcomes charted one above the other.
const CHARTED: [Metric; 3] = [
    Metric::Competitiveness,
    Metric::TrainingUptake,
    Metric::ObstacleSeverity,
];

/// The saved scenarios compared, each as it is compared: on the baseline's seed, runs and
/// horizon, or refused with the reasons.
pub fn compared_specs(planner: &Planner) -> Vec<(Saved, Aligned)> {
    let baseline = planner.baseline();
    planner
        .compared_saved()
        .into_iter()
        .map(|s| (s.clone(), saved::onto_baseline(&s.spec, &baseline)))
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub planner: PlannerHandle,
    pub results: Option<Results>,
    /// The scenario on screen is not computed (it cannot be, or waits to be asked).
    pub held: bool,
    /// The least id a new saved scenario may take.
    pub reserved_id: u64,
}

#[function_component(CompareSection)]
pub fn compare_section(props: &CompareProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let cw = saved_words::words(lang);
    let name_input = use_node_ref();
    let on_save = {
        let (planner, input, reserved) = (planner.clone(), name_input.clone(), props.reserved_id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let name = field.value();
            // The field is emptied only when the name is taken, so a refused one can be fixed.
            if saved::new_name(&name, &planner.saved, None).is_ok() {
                field.set_value("");
            }
            planner.dispatch(Action::Save {
                id: infra::epoch_ms().max(reserved),
                name,
            });
        })
    };
    html! {
        <section class={classes!("panel", "compare", (!planner.compared.is_empty()).then_some("comparing"))}
            aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ cw.heading }</h2>
            <p class="note">{ cw.intro }</p>
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name">{ cw.name_label }</label>
                <input id="save-name" type="text" autocomplete="off" maxlength={MAX_NAME_CHARS.to_string()}
                    ref={name_input} />
                <button type="submit" class="primary">{ cw.save }</button>
            </form>
            <h3>{ cw.saved_heading }</h3>
            <SavedList planner={planner.clone()} reserved_id={props.reserved_id} />
            { comparison(planner, props.results.as_ref(), props.held) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SavedListProps {
    planner: PlannerHandle,
    reserved_id: u64,
}

#[function_component(SavedList)]
fn saved_list(props: &SavedListProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let cw = saved_words::words(lang);
    let renaming = use_state(|| None::<u64>);
    let rename_input = use_node_ref();
    if planner.saved.is_empty() && planner.shared.is_empty() {
        return html! { <p class="note" data-testid="none-saved">{ cw.none_saved }</p> };
    }
    let send = |action: Action| {
        let planner = planner.clone();
        Callback::from(move |_: MouseEvent| planner.dispatch(action.clone()))
    };
    let row = |entry: &Saved| {
        let id = entry.id;
        let name = entry.name.as_str();
        let compared = planner.compared.contains(&id);
        let start_rename = {
            let renaming = renaming.clone();
            Callback::from(move |_| renaming.set(Some(id)))
        };
        let duplicate = {
            let (planner, reserved) = (planner.clone(), props.reserved_id);
            Callback::from(move |_| {
                planner.dispatch(Action::Duplicate {
                    id,
                    new_id: infra::epoch_ms().max(reserved),
                })
            })
        };
        let toggle = {
            let planner = planner.clone();
            Callback::from(move |e: Event| {
                // A box ticked past the most compared is refused: it is unticked here, as the
                // state it shows did not change.
                let full = planner.compared.len() >= MAX_COMPARED;
                if full
                    && !planner.compared.contains(&id)
                    && let Some(input) = e.target_dyn_into::<HtmlInputElement>()
                {
                    input.set_checked(false);
                }
                planner.dispatch(Action::ToggleCompared(id));
            })
        };
        let toggle_id = format!("compare-{id}");
        let shared = planner.shared.iter().any(|s| s.id == id);
        let keep = {
            let (planner, reserved) = (planner.clone(), props.reserved_id);
            Callback::from(move |_| {
                planner.dispatch(Action::KeepShared {
                    id,
                    new_id: infra::epoch_ms().max(reserved),
                })
            })
        };
        let mut line = print_line(&entry.spec, lang);
        if shared {
            line = format!("{} {line}", cw.shared_by_link);
        }
        if let Some(off) = saved_words::off_envelope(
            lang,
            entry.spec.budgets_juta.total(),
            entry.spec.envelope_juta,
        ) {
            line = format!("{line} {}.", sentence(&off));
        }
        if entry.spec.validate().is_err() {
            line = format!("{line} ({})", cw.invalid_saved);
        }
        let name_cell = if *renaming == Some(id) {
            let on_rename = {
                let (planner, renaming, input) =
                    (planner.clone(), renaming.clone(), rename_input.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    let Some(field) = input.cast::<HtmlInputElement>() else {
                        return;
                    };
                    let name = field.value();
                    // A refused name stays in the field, with the notice saying why.
                    if saved::new_name(&name, &planner.saved, Some(id)).is_ok() {
                        renaming.set(None);
                    }
                    planner.dispatch(Action::Rename { id, name });
                })
            };
            let cancel = {
                let renaming = renaming.clone();
                Callback::from(move |_| renaming.set(None))
            };
            let field_id = format!("rename-{id}");
            html! {
                <form class="rename" onsubmit={on_rename}>
                    <label class="visually-hidden" for={field_id.clone()}>{ cw.name_label }</label>
                    <input id={field_id} type="text" autocomplete="off" value={name.to_string()}
                        maxlength={MAX_NAME_CHARS.to_string()} ref={rename_input.clone()} />
                    <button type="submit">{ cw.save_name }</button>
                    <button type="button" onclick={cancel}>{ cw.cancel }</button>
                </form>
            }
        } else {
            html! { <span class="saved-name" data-testid="saved-name">{ name }</span> }
        };
        html! {
            <li class="saved" data-saved={id.to_string()}>
                <span class="saved-compare">
                    <input type="checkbox" id={toggle_id.clone()} checked={compared}
                        onchange={toggle} />
                    <label for={toggle_id}>{ cw.compare_box }<span class="visually-hidden">{ ": " }{ name }</span></label>
                </span>
                <span class="saved-what">{ name_cell }<span class="note saved-line">{ line }</span></span>
                <span class="saved-actions">
                    <button type="button" onclick={send(Action::OpenSaved(id))}
                        aria-label={format!("{}: {name}", cw.open)}>{ cw.open }</button>
                    if shared {
                        <button type="button" onclick={keep}
                            aria-label={format!("{}: {name}", cw.keep_shared)}>{ cw.keep_shared }</button>
                    } else {
                    <button type="button" onclick={start_rename}
                        aria-label={format!("{}: {name}", cw.rename)}>{ cw.rename }</button>
                    <button type="button" onclick={duplicate}
                        aria-label={format!("{}: {name}", cw.duplicate)}>{ cw.duplicate }</button>
                    <button type="button" onclick={send(Action::Delete(id))}
                        aria-label={format!("{}: {name}", cw.delete)}>{ cw.delete }</button>
                    }
                </span>
            </li>
        }
    };
    html! {
        <>
            <ul class="saved-list">{ for planner.saved.iter().chain(&planner.shared).map(row) }</ul>
            if planner.compared.is_empty() {
                <p class="note">{ cw.choose_to_compare }</p>
            }
        </>
    }
}

/// A compared scenario with its results so far.
struct Entry {
    saved: Saved,
    color: (u8, u8, u8),
    stroke: Stroke,
    summary: Rc<Summary>,
    comparison: Rc<Comparison>,
}

/// The comparison of the chosen saved scenarios with the baseline.
fn comparison(planner: &Planner, results: Option<&Results>, held: bool) -> Html {
    let chosen = compared_specs(planner);
    if chosen.is_empty() {
        return html! {};
    }
    let lang = planner.lang;
    let (w, cw) = (words(lang), saved_words::words(lang));
    let baseline_spec = planner.baseline();
    let arrived = |aligned: &Aligned| {
        results.and_then(|r| r.compared.iter().find(|c| c.spec == aligned.spec))
    };
    let mut complete = results.is_some_and(Results::complete);
    let mut entries = Vec::new();
    let mut notes = Vec::new();
    for (i, (saved, aligned)) in chosen.iter().enumerate() {
        let name = &saved.name;
        if !aligned.refused.is_empty() {
            notes.push(html! {
                <div class="problems" data-testid="refused" data-saved={saved.id.to_string()}>
                    <p>{ cw.refused }{ ": \u{201c}" }{ name }{ "\u{201d}" }</p>
                    <ul>{ for aligned.refused.iter().map(|p| html! { <li>{ sentence(p.get(lang)) }</li> }) }</ul>
                </div>
            });
            continue;
        }
        if !aligned.brought.is_empty() {
            notes.push(html! {
                <p class="brought" data-testid="brought" data-saved={saved.id.to_string()}>
                    <strong>{ "\u{201c}" }{ name }{ "\u{201d}" }</strong>{ " " }{ brought(lang, &aligned.brought) }
                </p>
            });
        }
        let found = arrived(aligned);
        complete &= found.is_some_and(|c| {
            c.runs_done == c.runs_total
                && c.comparison
                    .as_ref()
                    .is_some_and(|p| p.runs == c.runs_total)
        });
        if let Some((summary, comparison)) =
            found.and_then(|c| c.summary.clone().zip(c.comparison.clone()))
        {
            entries.push(Entry {
                saved: saved.clone(),
                color: COLORS[(i + 1) % COLORS.len()],
                stroke: Stroke::ALL[(i + 1) % Stroke::ALL.len()],
                summary,
                comparison,
            });
        }
    }
    let baseline = results.and_then(|r| r.compared_baseline.clone());
    let computing = !held && !complete;
    let against = if planner.pinned_baseline.is_some() {
        w.baseline_pinned
    } else {
        w.baseline_today
    };
    html! {
        <section class="comparison" aria-labelledby="comparison-heading"
            data-computing={computing.to_string()}>
            <h3 id="comparison-heading">{ cw.comparison_heading }</h3>
            <p data-testid="compared-against">
                { against }{ ". " }{ cw.settings_line }{ ": " }{ print_line(&baseline_spec, lang) }
            </p>
            { for notes }
            if computing {
                <p class="progress">{ w.computing }{ "…" }</p>
            }
            if let Some(baseline) = baseline.filter(|_| !entries.is_empty()) {
                <div class={classes!("comparison-body", computing.then_some("stale"))}>
                    <div class="charts">
                        { for CHARTED.iter().map(|m| overlaid_chart(lang, *m, &baseline, &entries)) }
                    </div>
                    <p class="note">{ cw.paired_note }</p>
                    { horizon_table(lang, &baseline, &entries) }
                    <YearByYear lang={lang} baseline={baseline.clone()} entries={entries.iter().map(EntryData::of).collect::<Vec<_>>()} />
                </div>
            }
        </section>
    }
}

fn overlaid_chart(lang: Lang, metric: Metric, baseline: &Summary, entries: &[Entry]) -> Html {
    let w = words(lang);
    let line = |label: String, color, stroke, summary: &Summary| {
        let bands = summary.bands(metric);
        ChartLine {
            label,
            color,
            values: bands.mean.clone(),
            band: Some((bands.p10.clone(), bands.p90.clone())),
            stroke,
        }
    };
    let mut lines = vec![line(
        w.baseline.to_string(),
        COLORS[0],
        Stroke::ALL[0],
        baseline,
    )];
    lines.extend(
        entries
            .iter()
            .map(|e| line(e.saved.name.clone(), e.color, e.stroke, &e.summary)),
    );
    let all = lines
        .iter()
        .flat_map(|l| l.band.iter().flat_map(|(lo, hi)| lo.iter().chain(hi)))
        .copied();
    let y = y_range_of(metric, all);
    let gist = ends_gist(lang, metric, &lines);
    html! {
        <Chart id={format!("compare-{}", metric.key())} title={metric.label(lang).to_string()}
            unit={metric.unit(lang).to_string()} decimals={metric.decimals()} {gist} {lines}
            y_range={y} months={baseline.months.clone()} {lang} outline_bands={true} />
    }
}

/// What overlaid lines come to at the horizon, in one sentence for screen readers.
pub fn ends_gist(lang: Lang, metric: Metric, lines: &[ChartLine]) -> String {
    let ends: Vec<String> = lines
        .iter()
        .map(|l| {
            let end = l.values.last().copied().unwrap_or(f64::NAN);
            format!("{} {}", l.label, decimal(lang, end, metric.decimals()))
        })
        .collect();
    format!("{}: {}.", words(lang).at_year.trim(), ends.join("; "))
}

/// The end-of-horizon table: each headline outcome, the baseline and each compared scenario.
fn horizon_table(lang: Lang, baseline: &Summary, entries: &[Entry]) -> Html {
    let cw = saved_words::words(lang);
    let month = baseline.months.last().copied().unwrap_or(0);
    let data: Vec<EntryData> = entries.iter().map(EntryData::of).collect();
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-label={cw.end_heading}>
            <table class="compare-table" data-testid="horizon-table">
                <caption>{ cw.end_heading }{ format!(" ({} {})", words(lang).year, month / 12) }</caption>
                { head(lang) }
                { for Metric::HEADLINE.iter().map(|m| metric_rows(lang, *m, month, baseline, &data, true)) }
            </table>
        </div>
    }
}

fn head(lang: Lang) -> Html {
    let cw = saved_words::words(lang);
    html! {
        <thead>
            <tr>
                <th scope="col">{ cw.scenario_col }</th>
                <th scope="col">{ cw.value_col }</th>
                <th scope="col">{ cw.diff_col }</th>
                <th scope="col">{ cw.range_col }</th>
                <th scope="col">{ cw.share_col }</th>
                <th scope="col">{ cw.verdict_col }</th>
            </tr>
        </thead>
    }
}

/// What the tables need of a compared scenario.
#[derive(Clone, PartialEq)]
struct EntryData {
    id: u64,
    name: String,
    summary: Rc<Summary>,
    comparison: Rc<Comparison>,
}

impl EntryData {
    fn of(e: &Entry) -> Self {
        EntryData {
            id: e.saved.id,
            name: e.saved.name.clone(),
            summary: e.summary.clone(),
            comparison: e.comparison.clone(),
        }
    }
}

/// One outcome at one month: a heading row (unless `heading` is off, where the table is of
/// one outcome), the baseline's row and each scenario's, with its paired difference.
fn metric_rows(
    lang: Lang,
    metric: Metric,
    month: u32,
    baseline: &Summary,
    entries: &[EntryData],
    heading: bool,
) -> Html {
    let w = words(lang);
    let digits = metric.decimals();
    let t = month as usize;
    let level = |summary: &Summary| {
        let b = summary.bands(metric);
        let at = |v: &[f64]| v.get(t).copied().unwrap_or(f64::NAN);
        format!(
            "{} ({} – {})",
            decimal(lang, at(&b.mean), digits),
            decimal(lang, at(&b.p10), digits),
            decimal(lang, at(&b.p90), digits)
        )
    };
    // A difference of percentages is in percentage points.
    let points = if metric.unit(Lang::En).starts_with('%') {
        format!("; {}", w.percentage_points)
    } else {
        String::new()
    };
    html! {
        <tbody data-metric={metric.key()} data-month={month.to_string()}>
            if heading {
                <tr class="metric-row">
                    <th scope="rowgroup" colspan="6">{ metric.label(lang) }{ " (" }{ metric.unit(lang) }{ points }{ ")" }</th>
                </tr>
            }
            <tr data-row="baseline">
                <th scope="row">{ w.baseline }</th>
                <td data-col="value">{ level(baseline) }</td>
                <td colspan="4"></td>
            </tr>
            { for entries.iter().map(|e| {
                let d = e.comparison.difference(metric);
                let at = |v: &[f64]| v.get(t).copied().unwrap_or(f64::NAN);
                let verdict = e.comparison.verdict(metric, month);
                let share = 100.0 * e.comparison.share_better(metric, month);
                html! {
                    <tr data-row={e.id.to_string()} data-verdict={verdict.key()}>
                        <th scope="row">{ &e.name }</th>
                        <td data-col="value">{ level(&e.summary) }</td>
                        <td data-col="diff">{ signed(lang, at(&d.mean), digits) }</td>
                        <td data-col="range">{ format!("{} … {}", signed(lang, at(&d.p10), digits), signed(lang, at(&d.p90), digits)) }</td>
                        <td data-col="share">{ format!("{}%", decimal(lang, share, 0)) }</td>
                        <td data-col="verdict" class={verdict_class(verdict)}>{ verdict.label_for(metric, lang) }</td>
                    </tr>
                }
            }) }
        </tbody>
    }
}

fn verdict_class(verdict: canting_model::Verdict) -> &'static str {
    match verdict {
        canting_model::Verdict::Better => "better",
        canting_model::Verdict::Worse => "worse",
        _ => "same",
    }
}

#[derive(Properties, PartialEq)]
struct YearProps {
    lang: Lang,
    baseline: Rc<Summary>,
    entries: Vec<EntryData>,
}

/// The same figures at each year's end, one table per outcome, shown on request.
#[function_component(YearByYear)]
fn year_by_year(props: &YearProps) -> Html {
    let open = use_state(|| false);
    let lang = props.lang;
    let cw = saved_words::words(lang);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let years: Vec<u32> = props
        .baseline
        .months
        .iter()
        .copied()
        .filter(|m| *m > 0 && m % 12 == 0)
        .collect();
    html! {
        <>
            <button type="button" class="link-button" aria-expanded={open.to_string()}
                aria-controls="year-tables" onclick={toggle}>
                { if *open { cw.hide_years } else { cw.show_years } }
            </button>
            if *open {
                <div id="year-tables">
                    { for Metric::HEADLINE.iter().map(|m| html! {
                        <div class="table-scroll" role="region" tabindex="0" aria-label={m.label(lang)}>
                            <table class="compare-table" data-testid="year-table" data-metric={m.key()}>
                                <caption>{ cw.year_heading }{ ": " }{ m.label(lang) }{ " (" }{ m.unit(lang) }{ ")" }</caption>
                                { head(lang) }
                                { for years.iter().map(|&month| html! {
                                    <>
                                        <tbody class="year-label"><tr><th scope="rowgroup" colspan="6">{ words(lang).year }{ " " }{ month / 12 }</th></tr></tbody>
                                        { metric_rows(lang, *m, month, &props.baseline, &props.entries, false) }
                                    </>
                                }) }
                            </table>
                        </div>
                    }) }
                </div>
            }
        </>
    }
}
