//! A suggested split: the user weighs the headline outcomes and may set each strategy's floor
//! and ceiling; the workers run the model's search (`canting_model::planning::Search`) on the
//! scenario's seeds, with progress and a cancel button; the suggestion is shown beside the
//! current split with the paired changes, how often it wins and how flat the optimum is, and a
//! click applies it (undoably).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use canting_model::planning::{
    Candidate, Constraints, Objective, OptimizeConfig, OptimizeReport, PlanError,
};
use canting_model::{Lang, Metric, Strategy, Verdict};

use crate::components::PlannerHandle;
use crate::components::outcomes::signed;
use crate::components::run_count;
use crate::compute::{Results, SearchAsk, SearchResults};
use crate::i18n::suggest_words::{self as sw, words};
use crate::i18n::{
    BadNumber, decimal, parse_amount, parse_number, rupiah_in_words, sentence, thousands,
};
use crate::infra;
use crate::state::Action;

/// Ids the focus is moved to.
const SEARCH_BUTTON: &str = "suggest-search-button";
const APPLIED: &str = "suggest-applied";

#[derive(Properties, PartialEq)]
pub struct SuggestProps {
    pub planner: PlannerHandle,
    pub results: Option<Results>,
    /// The search asked for, if any (it runs while the scenario is the one it started from).
    pub ask: Option<SearchAsk>,
    pub on_ask: Callback<Option<SearchAsk>>,
    /// The scenario on screen is not computed (it cannot be, or waits to be asked).
    pub held: bool,
}

/// What the form holds, as typed.
#[derive(Clone, PartialEq)]
struct Form {
    weights: [String; 6],
    floors: [String; 7],
    ceilings: [String; 7],
}

impl Default for Form {
    fn default() -> Self {
        let mut weights: [String; 6] = Default::default();
        weights[0] = "1".to_string();
        Form {
            weights,
            floors: Default::default(),
            ceilings: Default::default(),
        }
    }
}

/// One field of the form.
#[derive(Clone, Copy)]
enum Field {
    Weight(usize),
    Floor(usize),
    Ceiling(usize),
}

impl Form {
    fn text(&self, f: Field) -> &str {
        match f {
            Field::Weight(i) => &self.weights[i],
            Field::Floor(i) => &self.floors[i],
            Field::Ceiling(i) => &self.ceilings[i],
        }
    }

    fn set(&mut self, f: Field, text: String) {
        match f {
            Field::Weight(i) => self.weights[i] = text,
            Field::Floor(i) => self.floors[i] = text,
            Field::Ceiling(i) => self.ceilings[i] = text,
        }
    }

    /// The search the form asks for, on `envelope_juta`; or what cannot be read, by field.
    fn config(&self, lang: Lang, envelope_juta: u64) -> Result<OptimizeConfig, Vec<Problem>> {
        let w = words(lang);
        let mut problems = Vec::new();
        let mut number = |label: &str,
                          id: String,
                          text: &str,
                          read: fn(&str, Lang) -> Result<f64, BadNumber>| {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            let negative = text.starts_with(['-', '−']);
            match read(text, lang) {
                Ok(x) if x.is_finite() && (0.0..1e15).contains(&x) => Some(x),
                _ => {
                    let why = if negative { w.negative } else { w.bad_number };
                    problems.push(Problem {
                        fields: vec![id],
                        text: format!("{label}: “{text}” {why}"),
                    });
                    None
                }
            }
        };
        let terms: Vec<(Metric, f64)> = Metric::HEADLINE
            .iter()
            .zip(&self.weights)
            .map(|(&m, t)| {
                let x = number(m.label(lang), weight_id(m), t, parse_number);
                (m, x.unwrap_or(0.0))
            })
            .collect();
        let juta = |x: Option<f64>, default: u64| x.map_or(default, |x| x.round() as u64);
        let mut constraints = Constraints::envelope(envelope_juta);
        for (i, s) in Strategy::ALL.iter().enumerate() {
            let label = format!("{} ({})", s.label(lang), w.floor.to_lowercase());
            let floor = number(&label, floor_id(*s), &self.floors[i], parse_amount);
            constraints.floors_juta[i] = juta(floor, 0);
            let label = format!("{} ({})", s.label(lang), w.ceiling.to_lowercase());
            let ceiling = number(&label, ceiling_id(*s), &self.ceilings[i], parse_amount);
            constraints.ceilings_juta[i] = juta(ceiling, envelope_juta);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let refused = |e: PlanError| {
            let fields = self.fields_of(&e);
            said(lang, &e)
                .into_iter()
                .map(|text| Problem {
                    fields: fields.clone(),
                    text,
                })
                .collect::<Vec<_>>()
        };
        let objective = Objective::new(terms).map_err(refused)?;
        constraints.check().map_err(refused)?;
        Ok(OptimizeConfig::new(objective, constraints))
    }

    /// The fields (by element id) that a refused search is about: the weights for an
    /// objective, a strategy's floor and ceiling, or the floors or ceilings filled in.
    fn fields_of(&self, e: &PlanError) -> Vec<String> {
        let filled = |texts: &[String; 7], id: fn(Strategy) -> String| {
            Strategy::ALL
                .iter()
                .zip(texts)
                .filter(|(_, t)| !t.trim().is_empty())
                .map(|(&s, _)| id(s))
                .collect()
        };
        match e {
            PlanError::ObjectiveEmpty | PlanError::ObjectiveNoDirection { .. } => {
                Metric::HEADLINE.iter().map(|&m| weight_id(m)).collect()
            }
            PlanError::FloorAboveCeiling { strategy, .. } => Strategy::from_key(strategy)
                .map(|s| vec![floor_id(s), ceiling_id(s)])
                .unwrap_or_default(),
            PlanError::Infeasible {
                floors_juta,
                envelope_juta,
                ..
            } if floors_juta > envelope_juta => filled(&self.floors, floor_id),
            PlanError::Infeasible { .. } => filled(&self.ceilings, ceiling_id),
            _ => Vec::new(),
        }
    }
}

/// Something that stops a search from starting, and the fields (element ids) it is about.
#[derive(Clone, PartialEq)]
struct Problem {
    fields: Vec<String>,
    text: String,
}

fn weight_id(m: Metric) -> String {
    format!("weight-{}", m.key())
}

fn floor_id(s: Strategy) -> String {
    format!("floor-{}", s.key())
}

fn ceiling_id(s: Strategy) -> String {
    format!("ceiling-{}", s.key())
}

/// The id of the `n`th problem's line, which the fields it is about are described by.
fn problem_id(n: usize) -> String {
    format!("suggest-problem-{n}")
}

/// Why a search cannot start, in the user's words: strategies by name, and which of the
/// floors or the ceilings cannot be met.
fn said(lang: Lang, e: &PlanError) -> Vec<String> {
    let rp = |juta: u64| thousands(lang, juta);
    let text = match (lang, e) {
        (
            _,
            PlanError::FloorAboveCeiling {
                strategy,
                floor_juta,
                ceiling_juta,
            },
        ) => {
            let name = Strategy::from_key(strategy).map_or(*strategy, |s| s.label(lang));
            match lang {
                Lang::Id => format!(
                    "Batas bawah “{name}” (Rp {} juta) di atas batas atasnya (Rp {} juta).",
                    rp(*floor_juta),
                    rp(*ceiling_juta)
                ),
                Lang::En => format!(
                    "The floor of “{name}” (Rp {} million) is above its ceiling (Rp {} million).",
                    rp(*floor_juta),
                    rp(*ceiling_juta)
                ),
            }
        }
        (
            Lang::Id,
            PlanError::Infeasible {
                floors_juta,
                envelope_juta,
                ..
            },
        ) if floors_juta > envelope_juta => {
            format!(
                "Batas bawah berjumlah Rp {} juta, lebih dari pagu Rp {} juta.",
                rp(*floors_juta),
                rp(*envelope_juta)
            )
        }
        (
            Lang::En,
            PlanError::Infeasible {
                floors_juta,
                envelope_juta,
                ..
            },
        ) if floors_juta > envelope_juta => {
            format!(
                "The floors add up to Rp {} million, more than the envelope of Rp {} million.",
                rp(*floors_juta),
                rp(*envelope_juta)
            )
        }
        (
            Lang::Id,
            PlanError::Infeasible {
                ceilings_juta,
                envelope_juta,
                ..
            },
        ) => format!(
            "Batas atas berjumlah hanya Rp {} juta, kurang dari pagu Rp {} juta.",
            rp(*ceilings_juta),
            rp(*envelope_juta)
        ),
        (
            Lang::En,
            PlanError::Infeasible {
                ceilings_juta,
                envelope_juta,
                ..
            },
        ) => format!(
            "The ceilings add up to only Rp {} million, less than the envelope of Rp {} million.",
            rp(*ceilings_juta),
            rp(*envelope_juta)
        ),
        _ => return e.messages(lang).into_iter().map(|m| sentence(&m)).collect(),
    };
    vec![text]
}

#[function_component(SuggestSection)]
pub fn suggest_section(props: &SuggestProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    let form = use_state(Form::default);
    let problems = use_state(Vec::<Problem>::new);
    // The last answer, kept after the scenario changes (by applying it, say).
    let kept = use_state(|| None::<(SearchAsk, Rc<OptimizeReport>)>);
    let search = props.results.as_ref().and_then(|r| r.search.clone());
    {
        let kept = kept.clone();
        use_effect_with(search.clone(), move |search| {
            if let Some(SearchResults {
                ask,
                outcome: Some(Ok(report)),
                ..
            }) = search
            {
                kept.set(Some((ask.clone(), report.clone())));
            }
        });
    }
    let on_search = {
        let (form, problems, on_ask, planner) = (
            form.clone(),
            problems.clone(),
            props.on_ask.clone(),
            planner.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.config(planner.lang, planner.spec.envelope_juta) {
                Ok(config) => {
                    problems.set(Vec::new());
                    on_ask.emit(Some(SearchAsk {
                        config,
                        base: planner.spec.clone(),
                    }));
                }
                Err(found) => problems.set(found),
            }
        })
    };
    // The cancel button goes with the search: the focus goes back to the button that starts one.
    let on_cancel = {
        let on_ask = props.on_ask.clone();
        Callback::from(move |_| {
            on_ask.emit(None);
            infra::after_yield(|| infra::focus_by_id(SEARCH_BUTTON));
        })
    };
    let field = |f: Field, label: String, id: String| {
        let value = form.text(f).to_string();
        // A field in error points at the lines that say why.
        let about: Vec<String> = problems
            .iter()
            .enumerate()
            .filter(|(_, p)| p.fields.contains(&id))
            .map(|(n, _)| problem_id(n))
            .collect();
        let invalid = (!about.is_empty()).then_some("true");
        let described = (!about.is_empty()).then(|| about.join(" "));
        let form = form.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let mut next = (*form).clone();
            next.set(f, e.target_unchecked_into::<HtmlInputElement>().value());
            form.set(next);
        });
        html! {
            <input type="text" inputmode="decimal" {id} aria-label={label} {value} {oninput}
                aria-invalid={invalid} aria-describedby={described} />
        }
    };
    let running = props.ask.as_ref().is_some_and(|a| {
        a.base == planner.spec && search.as_ref().is_none_or(|s| s.outcome.is_none())
    });
    let status = match (&props.ask, &search) {
        _ if props.held && props.ask.is_some() => {
            html! { <p class="suggest-status">{ w.held }</p> }
        }
        (Some(ask), _)
            if ask.base != planner.spec && kept.as_ref().is_none_or(|(k, _)| k != ask) =>
        {
            html! { <p class="suggest-status" data-testid="suggest-stopped">{ w.stopped }</p> }
        }
        (
            Some(_),
            Some(SearchResults {
                outcome: Some(Err(e)),
                ..
            }),
        ) => html! {
            <p class="suggest-status problem" role="alert">{ w.no_answer }{ ": " }{ e.messages(lang).join("; ") }</p>
        },
        (Some(_), Some(s)) if s.outcome.is_none() => html! {
            <p class="suggest-status" role="status" data-testid="suggest-progress">
                { w.searching }{ "… " }{ run_count(lang, w.runs, s.runs_done, s.runs_total) }
                <button type="button" onclick={on_cancel.clone()} data-testid="suggest-cancel">{ w.cancel }</button>
            </p>
        },
        (Some(_), None) if running => html! {
            <p class="suggest-status" role="status" data-testid="suggest-progress">{ w.searching }{ "…" }</p>
        },
        _ => html! {},
    };
    let answer = match (&*kept, &props.ask) {
        (Some((ask, report)), Some(asked)) if ask == asked => answer(planner, ask, report),
        _ => html! {},
    };
    html! {
        <section class="suggest panel" aria-labelledby="suggest-heading" data-testid="suggest">
            <h2 id="suggest-heading">{ w.heading }</h2>
            <p class="section-intro">{ w.intro }</p>
            <form onsubmit={on_search} data-testid="suggest-form">
                <fieldset>
                    <legend>{ w.objective }</legend>
                    <p class="note">{ w.objective_note }</p>
                    <div class="suggest-weights">
                        { for Metric::HEADLINE.iter().enumerate().map(|(i, m)| html! {
                            <label for={weight_id(*m)}>
                                <span>{ m.label(lang) }</span>
                                { field(Field::Weight(i),
                                    format!("{}: {}", w.weight, m.label(lang)), weight_id(*m)) }
                            </label>
                        }) }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ w.limits }</legend>
                    <p class="note">{ w.limits_note }{ " " }{ w.envelope }{ ": " }{ rupiah_in_words(lang, planner.spec.envelope_juta) }{ "." }</p>
                    <div class="table-scroll">
                        <table class="suggest-limits">
                            <thead><tr><th scope="col">{ w.strategy_col }</th><th scope="col">{ w.floor }</th><th scope="col">{ w.ceiling }</th></tr></thead>
                            <tbody>
                                { for Strategy::ALL.iter().enumerate().map(|(i, s)| html! {
                                    <tr data-limit={s.key()}>
                                        <th scope="row">{ s.label(lang) }</th>
                                        <td>{ field(Field::Floor(i),
                                            format!("{}: {}", w.floor, s.label(lang)), floor_id(*s)) }</td>
                                        <td>{ field(Field::Ceiling(i),
                                            format!("{}: {}", w.ceiling, s.label(lang)), ceiling_id(*s)) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </fieldset>
                if !problems.is_empty() {
                    <ul class="suggest-problems" role="alert" data-testid="suggest-problems">
                        { for problems.iter().enumerate().map(|(n, p)| html! { <li id={problem_id(n)}>{ &p.text }</li> }) }
                    </ul>
                }
                <button type="submit" class="primary" id={SEARCH_BUTTON} disabled={running || props.held} data-testid="suggest-search">{ w.search }</button>
            </form>
            { status }
            { answer }
        </section>
    }
}

/// The suggestion beside the current split: budgets, outcomes, how often and by how much it
/// wins, the runners-up, and the button that applies it.
fn answer(planner: &PlannerHandle, ask: &SearchAsk, report: &OptimizeReport) -> Html {
    let lang = planner.lang;
    let w = words(lang);
    let s = &report.suggestion;
    let current = &report.current;
    let applied = planner.spec.budgets_juta == s.budgets;
    let unchanged = s.budgets == current.budgets;
    let on_apply = {
        let (planner, budgets) = (planner.clone(), s.budgets);
        Callback::from(move |_| {
            planner.dispatch(Action::ApplySplit(budgets));
            // The button goes once applied: the focus goes to what says so.
            infra::after_yield(|| infra::focus_by_id(APPLIED));
        })
    };
    // What the objective traded away, said before the click that applies it.
    let worse: Vec<&str> = report
        .changes
        .iter()
        .filter(|c| c.verdict == Verdict::Worse)
        .map(|c| c.metric.label(lang))
        .collect();
    let objective_decimals = 2;
    let pct = |x: f64| decimal(lang, 100.0 * x, 0);
    let sig = |x: f64| signed(lang, x, objective_decimals);
    html! {
        <div class="suggest-answer" data-testid="suggest-answer">
            if ask.base != planner.spec && !applied {
                <p class="note">{ w.for_earlier }</p>
            }
            if !report.current_feasible {
                <p class="note">{ w.current_outside }</p>
            }
            if unchanged {
                <p data-testid="suggest-unchanged">{ w.nothing_better }</p>
            } else {
                <p data-testid="suggest-beats">{ sw::beats(lang, &pct(current.share_suggestion_better), &sig(current.behind_mean), &sig(current.behind_p10), &sig(current.behind_p90)) }</p>
                // What the objective traded away is said with the win, before the tables.
                if !applied && !worse.is_empty() {
                    <p class="note suggest-worse" data-testid="suggest-worse" id="suggest-worse">{ sw::worse_on(lang, &worse) }</p>
                }
            }
            <div class="table-scroll">
                <table class="compare-table" data-testid="suggest-budgets">
                    <caption>{ w.budgets_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ w.strategy_col }</th><th scope="col">{ w.current_col }</th>
                        <th scope="col">{ w.suggested_col }</th><th scope="col">{ w.moved_col }</th>
                    </tr></thead>
                    <tbody>
                        { for Strategy::ALL.iter().map(|&st| {
                            let (a, b) = (current.budgets.get(st), s.budgets.get(st));
                            html! {
                                <tr data-budget={st.key()}>
                                    <th scope="row">{ st.label(lang) }</th>
                                    <td data-col="current">{ thousands(lang, a) }</td>
                                    <td data-col="suggested">{ thousands(lang, b) }</td>
                                    <td>{ signed(lang, b as f64 - a as f64, 0) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            { outcomes(lang, report) }
            if !report.runners_up.is_empty() {
                <p>{ w.runners_up }</p>
                <ul class="suggest-runners-up" data-testid="suggest-runners-up">
                    { for report.runners_up.iter().map(|c| runner_up(lang, c)) }
                </ul>
            }
            <p class="note">{ sw::cost(lang, &thousands(lang, u64::from(report.ensembles)), &thousands(lang, u64::from(report.runs)), &pct(report.surface_fit)) }</p>
            if applied && !unchanged {
                <p class="suggest-applied" role="status" id={APPLIED} tabindex="-1" data-testid="suggest-applied">{ w.applied }</p>
            } else if !unchanged {
                <button type="button" class="primary" onclick={on_apply} data-testid="suggest-apply"
                    aria-describedby={(!worse.is_empty()).then_some("suggest-worse")}>{ w.apply }</button>
            }
        </div>
    }
}

/// The headline outcomes of the current split and the suggestion, with the paired change.
fn outcomes(lang: Lang, report: &OptimizeReport) -> Html {
    let w = words(lang);
    let level = |c: &Candidate, m: Metric| {
        c.levels
            .iter()
            .find(|l| l.metric == m)
            .map(|l| decimal(lang, l.mean, m.decimals()))
            .unwrap_or_default()
    };
    html! {
        <div class="table-scroll">
            <table class="compare-table" data-testid="suggest-outcomes">
                <caption>{ w.outcomes_caption }</caption>
                <thead><tr>
                    <th scope="col">{ w.outcome_col }</th><th scope="col">{ w.current_col }</th>
                    <th scope="col">{ w.suggested_col }</th><th scope="col">{ w.change_col }</th>
                    <th scope="col">{ w.verdict_col }</th>
                </tr></thead>
                <tbody>
                    { for report.changes.iter().map(|c| {
                        let d = c.verdict.decimals_for(c.metric);
                        html! {
                            <tr data-outcome={c.metric.key()} data-verdict={c.verdict.key()}>
                                <th scope="row">{ c.metric.label(lang) }</th>
                                <td>{ level(&report.current, c.metric) }</td>
                                <td>{ level(&report.suggestion, c.metric) }</td>
                                <td>{ format!("{} ({} … {})", signed(lang, c.verdict.written_mean(c.metric, c.mean), d), signed(lang, c.p10, d), signed(lang, c.p90, d)) }</td>
                                <td>{ c.verdict.label_for(c.metric, lang) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn runner_up(lang: Lang, c: &Candidate) -> Html {
    let sig = |x: f64| signed(lang, x, 2);
    html! {
        <li data-origin={c.origin.key()}>
            { sw::origin(lang, c.origin) }{ ": " }
            { sw::runner_up(lang, &sig(c.behind_mean), &sig(c.behind_p10), &sig(c.behind_p90),
                &decimal(lang, 100.0 * c.share_suggestion_better, 0), &thousands(lang, c.moved_juta)) }
        </li>
    }
}
