//! The class board: the groups' links pasted by the teacher, every ranked group's objective on
//! one chart and in one table (best first, with its allocation), the paired differences
//! between groups on the class's seeds, and the links not ranked with the reasons.

use std::rc::Rc;

use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use canting_model::{Comparison, Lang, Metric, Strategy, Summary};

use crate::class::{OBJECTIVES, ranking};
use crate::components::chart::{Chart, ChartLine, Stroke};
use crate::components::compare::{COLORS, ends_gist};
use crate::components::outcomes::{signed, y_range_of};
use crate::components::{FieldProblems, PlannerHandle};
use crate::compute::Results;
use crate::i18n::class_words::{self, flag};
use crate::i18n::{decimal, thousands, words};
use crate::infra;
use crate::session::print_line;
use crate::state::{Action, BOARD_PASTE};

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub planner: PlannerHandle,
    pub results: Option<Results>,
    /// The page's own scenario is not computed (the board waits with it).
    pub held: bool,
}

/// A ranked group with what has arrived of its ensemble.
struct Ranked {
    /// Its place among the board's entries.
    entry: usize,
    name: String,
    /// Its place among the ensembles asked for (the pairs' index).
    group: usize,
    summary: Rc<Summary>,
}

#[function_component(ClassBoard)]
pub fn class_board(props: &BoardProps) -> Html {
    let planner = &props.planner;
    let Some(board) = &planner.board else {
        return html! {};
    };
    let lang = planner.lang;
    let cw = class_words::words(lang);
    let paste = use_node_ref();
    // The board opens below the fold: it is brought into view, with the focus on its heading.
    use_effect_with((), |_| infra::focus_by_id("board-heading"));
    let on_paste = {
        let (planner, paste) = (planner.clone(), paste.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = paste.cast::<HtmlTextAreaElement>() {
                planner.dispatch(Action::PasteOnBoard(field.value()));
                field.set_value("");
            }
        })
    };
    let on_objective = {
        let planner = planner.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>()
                && let Some(m) = Metric::from_key(&select.value())
            {
                planner.dispatch(Action::SetObjective(m));
            }
        })
    };
    let send = |action: Action| {
        let planner = planner.clone();
        Callback::from(move |_: MouseEvent| planner.dispatch(action.clone()))
    };
    let board_results = props.results.as_ref().map(|r| &r.board);
    let asked = board.ranked_entries();
    // Each ranked entry's ensemble, found by the scenario it runs (results may still be an
    // older board's).
    let arrived: Vec<Option<(usize, Rc<Summary>)>> = asked
        .iter()
        .map(|(_, spec)| {
            let groups = &board_results?.groups;
            let group = groups.iter().position(|g| &g.spec == spec)?;
            Some((group, groups[group].summary.clone()?))
        })
        .collect();
    let complete =
        board_results.is_some_and(|b| b.complete()) && arrived.iter().all(Option::is_some);
    let objective = board.objective;
    let value_at_end = |summary: &Summary| {
        let mean = &summary.bands(objective).mean;
        mean.last().copied().unwrap_or(f64::NAN)
    };
    let ranked: Vec<Ranked> = {
        let present: Vec<Ranked> = asked
            .iter()
            .zip(&arrived)
            .filter_map(|((entry, _), a)| {
                let (group, summary) = a.clone()?;
                Some(Ranked {
                    entry: *entry,
                    name: board.entries[*entry].name.clone(),
                    group,
                    summary,
                })
            })
            .collect();
        let values: Vec<f64> = present.iter().map(|r| value_at_end(&r.summary)).collect();
        let mut slots: Vec<Option<Ranked>> = present.into_iter().map(Some).collect();
        ranking(objective, &values)
            .into_iter()
            .filter_map(|i| slots[i].take())
            .collect()
    };
    let paste_check = FieldProblems::typed(planner).field(BOARD_PASTE);
    let computing = !props.held && !complete;
    let direction = match objective.higher_is_better() {
        Some(false) => cw.lower_better,
        _ => cw.higher_better,
    };
    let flagged: Vec<(usize, Vec<String>)> = board
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (i, board.flags(e).iter().map(|f| flag(lang, f)).collect()))
        .filter(|(_, reasons): &(usize, Vec<String>)| !reasons.is_empty())
        .collect();
    let pairs = board_results
        .and_then(|b| b.pairs.clone())
        .filter(|_| complete);
    html! {
        <section class="panel class-board" aria-labelledby="board-heading"
            data-computing={computing.to_string()} data-testid="class-board">
            <h2 id="board-heading" tabindex="-1">{ cw.board_heading }{ ": " }{ &board.class.name }</h2>
            <p data-testid="board-settings">{ print_line(&board.class.pin(&Default::default()), lang) }</p>
            <p class="note">{ cw.board_intro }</p>
            <form class="board-paste" onsubmit={on_paste}>
                <label for={BOARD_PASTE}>{ cw.paste_label }</label>
                <textarea id={BOARD_PASTE} rows="4" ref={paste}
                    aria-invalid={paste_check.invalid()} aria-describedby={paste_check.described_by()} />
                <button type="submit" class="primary">{ cw.add }</button>
                <div role="status" aria-live="polite">{ paste_check.message() }</div>
            </form>
            <p class="board-objective">
                <label for="board-objective">{ cw.objective_label }</label>{ " " }
                <select id="board-objective" onchange={on_objective}>
                    { for OBJECTIVES.iter().map(|m| html! {
                        <option value={m.key()} selected={*m == objective}>{ m.label(lang) }</option>
                    }) }
                </select>
                { " (" }{ direction }{ ")" }
            </p>
            <p class="board-actions">
                <button type="button" onclick={{
                    let planner = planner.clone();
                    Callback::from(move |_| crate::app::share_link(&planner))
                }}>{ cw.copy_board }</button>
                <button type="button" onclick={Callback::from(|_| infra::print())}>{ cw.print_board }</button>
                <button type="button" onclick={send(Action::CloseBoard)}>{ cw.close_board }</button>
            </p>
            if board.entries.is_empty() {
                <p class="note">{ cw.empty }</p>
            }
            if computing && !asked.is_empty() {
                <p class="progress">{ words(lang).computing }{ "…" }</p>
            }
            if !ranked.is_empty() {
                { chart(lang, objective, &ranked) }
                { table(planner, lang, objective, &ranked) }
            }
            if let Some(pairs) = pairs.filter(|_| ranked.len() > 1) {
                { pairs_table(lang, objective, &ranked, &pairs) }
            }
            if !flagged.is_empty() {
                <h3>{ cw.flagged_heading }</h3>
                <p class="note">{ cw.flagged_note }</p>
                <ul data-testid="board-flagged">
                    { for flagged.iter().map(|(i, reasons)| {
                        let name = &board.entries[*i].name;
                        html! {
                            <li data-group={name.clone()}>
                                <strong>{ name }</strong>{ ": " }{ reasons.join("; ") }{ " " }
                                <button type="button" onclick={send(Action::RemoveFromBoard(*i))}
                                    aria-label={format!("{}: {name}", cw.remove)}>{ cw.remove }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// The objective of every ranked group over the months, one line each, best first.
fn chart(lang: Lang, objective: Metric, ranked: &[Ranked]) -> Html {
    let lines: Vec<ChartLine> = ranked
        .iter()
        .enumerate()
        .map(|(i, r)| ChartLine {
            label: r.name.clone(),
            color: COLORS[(i + 1) % COLORS.len()],
            values: r.summary.bands(objective).mean.clone(),
            band: None,
            stroke: Stroke::ALL[i % Stroke::ALL.len()],
        })
        .collect();
    let y = y_range_of(
        objective,
        lines.iter().flat_map(|l| l.values.iter()).copied(),
    );
    let gist = ends_gist(lang, objective, &lines);
    html! {
        <Chart id={format!("board-{}", objective.key())} title={objective.label(lang).to_string()}
            unit={objective.unit(lang).to_string()} decimals={objective.decimals()} {gist} {lines}
            y_range={y} months={ranked[0].summary.months.clone()} {lang} />
    }
}

/// The ranking: each group's objective at the horizon (mean and 10–90% range) and its
/// allocation, Rp juta a year.
fn table(planner: &PlannerHandle, lang: Lang, objective: Metric, ranked: &[Ranked]) -> Html {
    let cw = class_words::words(lang);
    let w = words(lang);
    let Some(board) = &planner.board else {
        return html! {};
    };
    let digits = objective.decimals();
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-label={cw.board_heading}>
            <table class="compare-table board-table" data-testid="board-table">
                <caption>{ objective.label(lang) }{ " (" }{ objective.unit(lang) }{ "); " }{ w.juta }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ cw.rank_col }</th>
                        <th scope="col">{ cw.group_col }</th>
                        <th scope="col">{ cw.value_col }</th>
                        { for Strategy::ALL.iter().map(|s| html! { <th scope="col">{ s.label(lang) }</th> }) }
                        <th scope="col"><span class="visually-hidden">{ cw.remove }</span></th>
                    </tr>
                </thead>
                <tbody>
                    { for ranked.iter().enumerate().map(|(rank, r)| {
                        let bands = r.summary.bands(objective);
                        let end = |v: &[f64]| decimal(lang, v.last().copied().unwrap_or(f64::NAN), digits);
                        let spec = &board.entries[r.entry].spec;
                        let planner = planner.clone();
                        let entry = r.entry;
                        let remove = Callback::from(move |_| planner.dispatch(Action::RemoveFromBoard(entry)));
                        html! {
                            <tr data-group={r.name.clone()} data-rank={(rank + 1).to_string()}>
                                <td>{ rank + 1 }</td>
                                <th scope="row">{ &r.name }</th>
                                <td data-col="value">{ format!("{} ({} – {})", end(&bands.mean), end(&bands.p10), end(&bands.p90)) }</td>
                                { for Strategy::ALL.iter().map(|s| html! {
                                    <td data-strategy-col={s.key()}>{ thousands(lang, spec.budgets_juta.get(*s)) }</td>
                                }) }
                                <td><button type="button" onclick={remove}
                                    aria-label={format!("{}: {}", cw.remove, r.name)}>{ cw.remove }</button></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Each ranked group against each other on the objective at the horizon, run by run.
fn pairs_table(
    lang: Lang,
    objective: Metric,
    ranked: &[Ranked],
    pairs: &[Vec<Option<Comparison>>],
) -> Html {
    let cw = class_words::words(lang);
    let digits = objective.decimals();
    let cell = |row: &Ranked, column: &Ranked| {
        let Some(c) = pairs
            .get(row.group)
            .and_then(|p| p.get(column.group)?.as_ref())
        else {
            return html! { <td data-col={column.name.clone()}>{ "—" }</td> };
        };
        let month = c.months.last().copied().unwrap_or(0);
        let mean = c
            .difference(objective)
            .mean
            .last()
            .copied()
            .unwrap_or(f64::NAN);
        let verdict = c.verdict(objective, month);
        let share = 100.0 * c.share_better(objective, month);
        html! {
            <td data-col={column.name.clone()} data-verdict={verdict.key()}>
                { format!("{} ({}%)", signed(lang, mean, digits), decimal(lang, share, 0)) }
            </td>
        }
    };
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-label={cw.pairs_heading}>
            <table class="compare-table board-pairs" data-testid="board-pairs">
                <caption>{ cw.pairs_heading }{ ": " }{ objective.label(lang) }</caption>
                <thead>
                    <tr>
                        <td></td>
                        { for ranked.iter().map(|r| html! { <th scope="col">{ &r.name }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for ranked.iter().map(|row| html! {
                        <tr data-group={row.name.clone()}>
                            <th scope="row">{ &row.name }</th>
                            { for ranked.iter().map(|column| if column.group == row.group {
                                html! { <td data-col={column.name.clone()}>{ "—" }</td> }
                            } else {
                                cell(row, column)
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="note">{ cw.pairs_note }</p>
        </div>
    }
}
