//! Simulation settings: horizon, seed and runs, and the model parameters a user may change,
//! each with its unit and source.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use canting_model::{Lang, ParamGroup, ParamInfo, parameters};

use crate::class::Setting;
use crate::components::class_mode::lock_note;
use crate::components::model_panel::plausible_range;
use crate::components::{FieldProblems, PlannerHandle, use_stages};
use crate::i18n::{BadNumber, parse_number, plain_number, words};
use crate::state::{Action, Notice};
use crate::texts::{SourceLine, SourcesStatus, use_texts_if_asked};

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub planner: PlannerHandle,
    /// Whether to build the parameters' groups (in turn, one per task): not while the first
    /// figures are computed, which they would slow on a machine with few cores.
    pub build_groups: bool,
}

#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    let spec = &planner.spec;
    // Each setting is read as typed; what validation refuses is explained next to the field
    // and above the results.
    let problems = Rc::new(FieldProblems::of_planner(planner));
    let (years, seed, runs) = (
        problems.field("years"),
        problems.field("seed"),
        problems.field("runs"),
    );
    let whole = |field: &'static str, make: fn(u64) -> Option<Action>| {
        let planner = planner.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            match text.trim().parse::<u64>().ok().and_then(make) {
                Some(action) => planner.dispatch(action),
                None => {
                    planner.dispatch(Action::NotifyAt(field.into(), Notice::RefusedNumber(text)))
                }
            }
        })
    };
    // A setting the class locks is shown, not edited, with the class's reason beside it.
    let lock = |setting, field| lock_note(planner, setting, field);
    let (years_lock, seed_lock, runs_lock) = (
        lock(Setting::Years, "years"),
        lock(Setting::Seed, "seed"),
        lock(Setting::Runs, "runs"),
    );
    let described = |lock: &Option<(String, Html)>, own: Option<String>| {
        lock.as_ref().map(|(id, _)| id.clone()).or(own)
    };
    let note =
        |lock: &Option<(String, Html)>| lock.as_ref().map(|(_, n)| n.clone()).unwrap_or_default();
    let editable: Vec<ParamInfo> = parameters()
        .into_iter()
        .filter(|p| p.user_editable)
        .collect();
    let query = use_state(String::new);
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    // The search reads the sources too once they are here (they come with the first open
    // group; the search opens every group it finds something in).
    let texts = use_texts_if_asked();
    let found: Vec<&ParamInfo> = editable
        .iter()
        .filter(|p| {
            let source = || texts.ready().and_then(|t| t.source(p.key, lang));
            matches_query(p, &query, lang, source)
        })
        .collect();
    let searching = !query.trim().is_empty();
    // The groups the user (or a change, or a search) has opened stay open until closed.
    let opened = use_reducer(OpenGroups::default);
    // Together the groups are most of the page's elements, and they are folded at first. They
    // start as soon as the settings are opened, if that is before the first figures.
    let unfolded = use_state_eq(|| false);
    let on_unfold = {
        let unfolded = unfolded.clone();
        Callback::from(move |e: Event| {
            if e.target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open())
            {
                unfolded.set(true);
            }
        })
    };
    let shown = use_stages(GROUPS.len(), props.build_groups || *unfolded);
    // The sources are fetched and shown only once the reader has unfolded the settings (a
    // group holding a changed value is open before that, inside the folded panel).
    let open_groups = *unfolded && (searching || !opened.0.is_empty() || !spec.params.is_empty());
    let on_toggle = |group: ParamGroup| {
        let opened = opened.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                opened.dispatch((group, details.open()));
            }
        })
    };
    html! {
        <details class="panel settings" ontoggle={on_unfold}>
            <summary><h2>{ w.settings }</h2></summary>
            <div class="settings-grid">
                <label for="years">{ w.years }</label>
                <input id="years" type="text" data-undo="page" inputmode="numeric" autocomplete="off" value={spec.years.to_string()}
                    aria-invalid={years.invalid()} aria-describedby={described(&years_lock, years.described_by())}
                    disabled={years_lock.is_some()}
                    onchange={whole("years", |v| u32::try_from(v).ok().map(Action::SetYears))} />
                { years.message() }{ note(&years_lock) }
                <label for="seed">{ w.seed }</label>
                <input id="seed" type="text" data-undo="page" inputmode="numeric" autocomplete="off" value={spec.seed.to_string()}
                    disabled={seed_lock.is_some()} aria-invalid={seed.invalid()}
                    aria-describedby={described(&seed_lock, seed.described_by())}
                    onchange={whole("seed", |v| Some(Action::SetSeed(v)))} />
                { seed.message() }{ note(&seed_lock) }
                <label for="runs">{ w.runs }</label>
                <input id="runs" type="text" data-undo="page" inputmode="numeric" autocomplete="off" value={spec.runs.to_string()}
                    aria-invalid={runs.invalid()} aria-describedby={described(&runs_lock, runs.described_by())}
                    disabled={runs_lock.is_some()}
                    onchange={whole("runs", |v| u32::try_from(v).ok().map(Action::SetRuns))} />
                { runs.message() }{ note(&runs_lock) }
            </div>
            <h3>{ w.parameters }</h3>
            <p class="note">{ w.parameters_note }</p>
            <div class="field param-search">
                <label for="param-search">{ w.find_parameter }</label>
                <input id="param-search" type="search" autocomplete="off" value={(*query).clone()}
                    oninput={on_search} aria-describedby="param-search-count" />
                <p class="note" id="param-search-count" aria-live="polite">
                    if searching {
                        { found_line(lang, found.len(), editable.len()) }
                    }
                </p>
            </div>
            // A long list in groups, each folded unless it holds a changed value or the search
            // finds something in it. In a container of their own: as the search hides groups,
            // the panel's other children (the search box among them) keep their places, and so
            // the focus.
            <div class="param-groups">
            // An open group shows its parameters' sources, which load on demand.
            if open_groups {
                <SourcesStatus {lang} />
            }
            { for GROUPS.iter().take(shown).filter_map(|&group| {
                let rows: Vec<&ParamInfo> = found.iter().copied().filter(|p| p.group == group).collect();
                if rows.is_empty() {
                    return None;
                }
                let changed = rows.iter().filter(|p| spec.params.contains_key(p.key)).count();
                let open = searching || changed > 0 || opened.0.contains(&group);
                Some(html! {
                    <details class="param-group" data-group={group.key()} {open}
                        ontoggle={on_toggle(group)}>
                        <summary>
                            { group.label(lang) }{ " " }
                            <span class="note">{ group_count(lang, rows.len(), changed) }</span>
                        </summary>
                        <GroupRows planner={planner.clone()} rows={rows.iter().map(|p| **p).collect::<Vec<_>>()}
                            problems={problems.clone()} open={open && *unfolded} />
                    </details>
                })
            }) }
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct GroupRowsProps {
    planner: PlannerHandle,
    /// The group's parameters that the search finds, in order.
    rows: Vec<ParamInfo>,
    problems: Rc<FieldProblems>,
    /// Whether the group is unfolded: only then are the sources' texts fetched and shown.
    open: bool,
}

/// A group's parameters, a component of its own: building the next group, or opening one,
/// leaves the rows already built alone.
#[function_component(GroupRows)]
fn group_rows(props: &GroupRowsProps) -> Html {
    html! {
        <div class="params">
            { for props.rows.iter().map(|p| param_row(&props.planner, p, &props.problems, props.open)) }
        </div>
    }
}

/// The parameter groups that are open.
#[derive(Default, PartialEq)]
struct OpenGroups(Vec<ParamGroup>);

impl Reducible for OpenGroups {
    type Action = (ParamGroup, bool);

    fn reduce(self: std::rc::Rc<Self>, (group, open): Self::Action) -> std::rc::Rc<Self> {
        let mut groups: Vec<ParamGroup> = self.0.iter().copied().filter(|&g| g != group).collect();
        if open {
            groups.push(group);
        }
        OpenGroups(groups).into()
    }
}

/// The parameter groups, in the order of the model's description.
const GROUPS: [ParamGroup; 6] = [
    ParamGroup::Population,
    ParamGroup::Economy,
    ParamGroup::Demography,
    ParamGroup::Training,
    ParamGroup::Strategies,
    ParamGroup::Outcomes,
];

/// Whether a parameter's label (in either language), key, description or `source` (in the
/// reader's language, when the texts are here) holds every word of the search.
fn matches_query(
    p: &ParamInfo,
    query: &str,
    lang: Lang,
    source: impl FnOnce() -> Option<String>,
) -> bool {
    // No search (most renders): nothing to format.
    if query.trim().is_empty() {
        return true;
    }
    let text = format!(
        "{} {} {} {} {}",
        p.label(Lang::Id),
        p.label(Lang::En),
        p.key.replace('_', " "),
        p.description(lang),
        source().unwrap_or_default()
    )
    .to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| text.contains(word))
}

/// "12 parameters, 1 changed".
fn group_count(lang: Lang, count: usize, changed: usize) -> String {
    match (lang, changed) {
        (Lang::Id, 0) => format!("({count} parameter)"),
        (Lang::Id, c) => format!("({count} parameter, {c} diubah)"),
        (Lang::En, 0) if count == 1 => "(1 parameter)".to_string(),
        (Lang::En, 0) => format!("({count} parameters)"),
        (Lang::En, c) if count == 1 => format!("(1 parameter, {c} changed)"),
        (Lang::En, c) => format!("({count} parameters, {c} changed)"),
    }
}

/// "3 of 94 parameters match".
fn found_line(lang: Lang, found: usize, all: usize) -> String {
    match lang {
        Lang::Id => format!("{found} dari {all} parameter cocok"),
        Lang::En => format!("{found} of {all} parameters match"),
    }
}

fn param_row(
    planner: &PlannerHandle,
    param: &ParamInfo,
    problems: &FieldProblems,
    open: bool,
) -> Html {
    let lang = planner.lang;
    let w = words(lang);
    let key = param.key.to_string();
    let current = planner.spec.params.get(param.key).copied();
    let value = current.unwrap_or(param.value);
    let onchange = {
        let planner = planner.clone();
        let key = key.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            // Read as the page's language writes numbers (0,58 or 0.58); a value outside the
            // parameter's range is taken and explained by validation, next to the field.
            let action = match parse_number(&text, planner.lang) {
                Ok(v) if v.is_finite() => Action::SetParam(key.clone(), Some(v)),
                Err(BadNumber::Grouping) => {
                    Action::NotifyAt(format!("param-{key}"), Notice::BadGrouping(text))
                }
                _ => Action::NotifyAt(format!("param-{key}"), Notice::RefusedNumber(text)),
            };
            planner.dispatch(action);
        })
    };
    let reset = {
        let planner = planner.clone();
        let key = key.clone();
        Callback::from(move |_| planner.dispatch(Action::SetParam(key.clone(), None)))
    };
    let id = format!("param-{key}");
    let check = problems.field(&id);
    let label = param.label(lang);
    html! {
        <div class="param" data-param={key.clone()}>
            <label for={id.clone()}>{ label }{ " (" }{ param.unit_label(lang) }{ ")" }</label>
            <input id={id} type="text" data-undo="page" inputmode="decimal" autocomplete="off"
                value={plain_number(lang, value)} aria-invalid={check.invalid()}
                aria-describedby={check.described_by()} {onchange} />
            { check.message() }
            if current.is_some() {
                <button type="button" onclick={reset} aria-label={format!("{}: {label}", w.back_to_default)}>
                    { w.back_to_default }{ " (" }{ plain_number(lang, param.value) }{ ")" }
                </button>
            }
            <p class="note">{ param.description(lang) }{ " " }{ w.plausible_range }{ ": " }
                { plausible_range(lang, param.low, param.high) }{ " — " }
                if open {
                    <SourceLine {lang} param={*param} />
                } else {
                    <span>{ param.source.kind_label(lang) }</span>
                }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_editable_parameter_is_in_a_listed_group() {
        for p in parameters().iter().filter(|p| p.user_editable) {
            assert!(GROUPS.contains(&p.group), "{}", p.key);
        }
    }

    #[test]
    fn the_search_finds_every_word_in_either_language_or_the_key() {
        let p = canting_model::parameter("share_over_50").expect("a parameter");
        let no_source = || None;
        assert!(matches_query(
            &p,
            &p.label(Lang::En).to_uppercase(),
            Lang::Id,
            no_source
        ));
        assert!(matches_query(&p, "share over", Lang::En, no_source));
        assert!(!matches_query(&p, "share zzz", Lang::En, no_source));
        // Its source's words, once the texts are here.
        let source = || Some("BPS Kota Pekalongan 2016".to_string());
        assert!(matches_query(&p, "bps pekalongan", Lang::En, source));
        assert!(!matches_query(&p, "bps pekalongan", Lang::En, no_source));
        let found = parameters()
            .iter()
            .filter(|p| p.user_editable && matches_query(p, "share over", Lang::En, no_source))
            .count();
        assert!(found >= 1);
    }
}
