//! The page's components. Each is a function of its props; the planner's state lives in the
//! one reducer that `App` holds, and components send it actions.

pub mod agents;
pub mod budget;
pub mod challenges;
pub mod chart;
pub mod class_board;
pub mod class_mode;
pub mod compare;
pub mod exports;
pub mod heavy;
pub mod marginal;
pub mod model_panel;
pub mod notices;
pub mod outcomes;
pub mod settings;
pub mod suggest;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use canting_model::{Lang, ScenarioSpec, ValidationError};

use crate::i18n::sentence;
use crate::state::{Notice, Planner};

/// The planner's state as components receive it: read it, and dispatch actions to it.
pub type PlannerHandle = UseReducerHandle<Planner>;

/// How a component deep in the page (a chart) tells the user something, without the planner
/// handed down through every component above it: `App` provides it as a context.
#[derive(Clone, PartialEq)]
pub struct Notify(pub Callback<Notice>);

/// How many of a component's `total` parts to show: none until `start`, then one more in each
/// later task, so that a long page is built in pieces the browser can answer between (no task
/// of 50 ms or more at load). Once started it goes on to `total` and stays there, whatever
/// `start` becomes.
#[hook]
pub fn use_stages(total: usize, start: bool) -> usize {
    let shown = use_state(|| 0);
    let started = start || *shown > 0;
    // Dropped with the component, which cancels a part not yet shown.
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        let shown = shown.clone();
        use_effect_with((started, *shown), move |&(started, now)| {
            *pending.borrow_mut() =
                (started && now < total).then(|| Timeout::new(0, move || shown.set(now + 1)));
        });
    }
    *shown
}

/// `on`, but turning true only once it has stayed true for `delay_ms` (turning false at once).
/// A change that is over within the delay changes nothing on the page.
#[hook]
pub fn use_delayed(on: bool, delay_ms: u32) -> bool {
    // Set only when it changes: setting the same value would draw the component again.
    let held = use_state_eq(|| false);
    // Dropped with the component or at the next change, which cancels a turn not yet due.
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        let held = held.clone();
        use_effect_with(on, move |&on| {
            if on {
                *pending.borrow_mut() = Some(Timeout::new(delay_ms, move || held.set(true)));
            } else {
                pending.borrow_mut().take();
                held.set(false);
            }
        });
    }
    on && *held
}

/// What validation says about each field of the scenario, and what was just refused or
/// rounded in one of them, so that a message is shown where the value was typed (as well as
/// above the results).
#[derive(PartialEq)]
pub struct FieldProblems(Vec<FieldMessage>);

/// One message about one field (by element id); `invalid` when it refuses what is there or was
/// typed, not when it only says how a value was read.
#[derive(PartialEq)]
struct FieldMessage {
    field: String,
    text: String,
    invalid: bool,
}

impl FieldProblems {
    /// The problems of `spec`, each with the id of the field it is about, in `lang`.
    pub fn of(spec: &ScenarioSpec, lang: Lang) -> Self {
        let Err(errors) = spec.validate() else {
            return FieldProblems(Vec::new());
        };
        let mut problems = Vec::new();
        for error in errors.errors() {
            let fields: Vec<String> = match error {
                ValidationError::Years { .. } => vec!["years".into()],
                ValidationError::Runs { .. } => vec!["runs".into()],
                ValidationError::EnvelopeTooLarge { .. } => vec!["envelope".into()],
                // Too much work in all: the runs and the horizon are what a user can lower.
                ValidationError::WorkTooLarge { .. } => vec!["runs".into(), "years".into()],
                ValidationError::ParamNotFinite { key }
                | ValidationError::ParamOutOfRange { key, .. }
                | ValidationError::ParamNotWhole { key, .. } => vec![format!("param-{key}")],
                ValidationError::FewerArtisansThanBusinesses { .. } => {
                    vec!["param-n_artisans".into(), "param-n_businesses".into()]
                }
                // The total of the budgets, or keys that the page never offers.
                _ => Vec::new(),
            };
            let text = sentence(&error.message(lang));
            problems.extend(fields.into_iter().map(|field| FieldMessage {
                field,
                text: text.clone(),
                invalid: true,
            }));
        }
        FieldProblems(problems)
    }

    /// The problems of the planner's scenario and the message about what was just typed into
    /// one of its fields.
    pub fn of_planner(planner: &Planner) -> Self {
        FieldProblems::of(&planner.spec, planner.lang).noting(planner)
    }

    /// Only the message about what was just typed, for fields that validation never names
    /// (a strategy's budget: the budgets are judged by their total), so that each row does not
    /// validate the whole scenario again.
    pub fn typed(planner: &Planner) -> Self {
        FieldProblems(Vec::new()).noting(planner)
    }

    fn noting(mut self, planner: &Planner) -> Self {
        self.0
            .extend(planner.field_noted().and_then(|(field, notice)| {
                let (text, invalid) = notices::about_field(planner.lang, notice)?;
                Some(FieldMessage {
                    field: field.to_string(),
                    text,
                    invalid,
                })
            }));
        self
    }

    /// What is said about the field with this id.
    pub fn field(&self, id: &str) -> FieldCheck {
        let about: Vec<&FieldMessage> = self.0.iter().filter(|m| m.field == id).collect();
        FieldCheck {
            id: id.to_string(),
            invalid: about.iter().any(|m| m.invalid),
            messages: about.into_iter().map(|m| m.text.clone()).collect(),
        }
    }
}

/// What is said about one field.
pub struct FieldCheck {
    id: String,
    invalid: bool,
    messages: Vec<String>,
}

impl FieldCheck {
    /// The field's `aria-invalid`.
    pub fn invalid(&self) -> Option<&'static str> {
        self.invalid.then_some("true")
    }

    /// The field's `aria-describedby`: its message.
    pub fn described_by(&self) -> Option<String> {
        (!self.messages.is_empty()).then(|| format!("{}-error", self.id))
    }

    /// The message shown right after the field, if any.
    pub fn message(&self) -> Html {
        if self.messages.is_empty() {
            return html! {};
        }
        let class = if self.invalid {
            "field-error"
        } else {
            "field-note"
        };
        html! {
            <p {class} id={format!("{}-error", self.id)}>
                { for self.messages.iter().map(|m| html! { <span>{ m }{ " " }</span> }) }
            </p>
        }
    }
}

/// How far a long computation has got: a progress bar and "done / total runs", for the
/// planning tools' status lines.
pub fn run_count(lang: Lang, runs_word: &str, done: u32, total: u32) -> Html {
    html! {
        <>
            <progress max={total.max(1).to_string()} value={done.to_string()}></progress>
            { format!(" {} / {} {} ", crate::i18n::thousands(lang, u64::from(done)), crate::i18n::thousands(lang, u64::from(total)), runs_word) }
        </>
    }
}
