//! The budget panel: the envelope, the balancing mode, presets, undo and redo, and one row per
//! strategy with its slider, exact number, share of the total, reset and explanation.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use canting_model::{Lang, Preset, Strategy};

use crate::class::Setting;
use crate::components::class_mode::lock_note;
use crate::components::{FieldProblems, PlannerHandle};
use crate::i18n::{BadNumber, decimal, parse_amount, thousands, words};
use crate::state::{Action, BalanceMode, Notice};

#[derive(Properties, PartialEq)]
pub struct BudgetProps {
    pub planner: PlannerHandle,
}

#[function_component(BudgetPanel)]
pub fn budget_panel(props: &BudgetProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    let spec = &planner.spec;
    let total = spec.budgets_juta.total();
    let dispatch = |action: Action| {
        let planner = planner.clone();
        Callback::from(move |_| planner.dispatch(action.clone()))
    };

    let on_envelope = {
        let planner = planner.clone();
        Callback::from(move |e: Event| {
            if let Some(typed) = read_juta(&e, &planner, "envelope") {
                planner.dispatch(Action::SetEnvelope(typed.juta));
                if let Some(notice) = typed.rounded() {
                    planner.dispatch(Action::NotifyAt("envelope".into(), notice));
                }
            }
        })
    };
    let envelope_check = FieldProblems::of_planner(planner).field("envelope");
    let envelope_lock = lock_note(planner, Setting::Envelope, "envelope");
    let preset_select = use_node_ref();
    let on_preset = {
        let planner = planner.clone();
        let select = preset_select.clone();
        Callback::from(move |_| {
            let key = select
                .cast::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if let Some(preset) = Preset::ALL.into_iter().find(|p| p.key() == key) {
                planner.dispatch(Action::ApplyPreset(preset));
            }
        })
    };
    let current_preset = Preset::ALL
        .into_iter()
        .find(|p| p.budgets(spec.envelope_juta) == spec.budgets_juta);
    let imbalance = planner.imbalance_juta();
    let amount = |d: i64| {
        format!(
            "{} {} {}",
            w.rp,
            thousands(lang, d.unsigned_abs()),
            w.juta_word
        )
    };
    let balance_text = match imbalance {
        0 => w.balanced.to_string(),
        d if d > 0 => format!("{} {}", w.over_by, amount(d)),
        d => format!("{} {}", w.under_by, amount(d)),
    };
    let balance_class = if imbalance == 0 {
        "balance ok"
    } else {
        "balance off"
    };

    html! {
        <section class="panel budget" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{ w.budget_heading }</h2>
            <div class="field envelope">
                <label for="envelope">{ w.envelope }{ " (" }{ w.juta }{ ")" }</label>
                <input id="envelope" type="text" data-undo="page" inputmode="decimal" autocomplete="off"
                    value={thousands(lang, spec.envelope_juta)} onchange={on_envelope}
                    disabled={envelope_lock.is_some()}
                    aria-invalid={envelope_check.invalid()}
                    aria-describedby={envelope_lock.as_ref().map(|(id, _)| id.clone()).or(envelope_check.described_by())} />
                { envelope_check.message() }
                { envelope_lock.map(|(_, note)| note).unwrap_or_default() }
                <p class="note">{ w.envelope_note }</p>
            </div>

            <fieldset class="mode">
                <legend>{ w.mode }</legend>
                { mode_radio(planner, BalanceMode::KeepTotal, w.keep_total) }
                { mode_radio(planner, BalanceMode::Free, w.free) }
            </fieldset>

            <p class={balance_class} role="status" data-testid="balance">
                <span>{ w.total }{ ": " }{ w.rp }{ " " }<strong data-testid="total">{ thousands(lang, total) }</strong>{ " " }{ w.juta_word }</span>
                { " · " }<span>{ balance_text }</span>
                if imbalance != 0 {
                    { " " }
                    <button type="button" onclick={dispatch(Action::SetMode(BalanceMode::KeepTotal))}>
                        { w.balance_now }
                    </button>
                }
            </p>

            <div class="toolbar">
                <label for="preset">{ w.presets }</label>
                <select id="preset" ref={preset_select}
                    value={current_preset.map(|p| p.key()).unwrap_or_default()}>
                    // Shows the preset the budgets match, if any.
                    if current_preset.is_none() {
                        <option value="" selected=true disabled=true>{ w.custom_allocation }</option>
                    }
                    { for Preset::ALL.into_iter().map(|p| html! {
                        <option value={p.key()} selected={current_preset == Some(p)}>{ p.label(lang) }</option>
                    }) }
                </select>
                <button type="button" onclick={on_preset}>{ w.apply_preset }</button>
            </div>
            <div class="toolbar">
                <button type="button" disabled={!planner.can_undo()} onclick={dispatch(Action::Undo)}
                    aria-keyshortcuts="Control+Z">{ "↶ " }{ w.undo }</button>
                <button type="button" disabled={!planner.can_redo()} onclick={dispatch(Action::Redo)}
                    aria-keyshortcuts="Control+Shift+Z Control+Y">{ "↷ " }{ w.redo }</button>
                <button type="button" onclick={dispatch(Action::ResetAll)}>{ w.reset_all }</button>
            </div>
            <p class="note">{ w.shortcuts }</p>

            <ol class="strategies">
                { for Strategy::ALL.into_iter().map(|s| html! {
                    <StrategyRow planner={planner.clone()} strategy={s} />
                }) }
            </ol>
        </section>
    }
}

fn mode_radio(planner: &PlannerHandle, mode: BalanceMode, label: &str) -> Html {
    let id = match mode {
        BalanceMode::KeepTotal => "mode-keep",
        BalanceMode::Free => "mode-free",
    };
    let onchange = {
        let planner = planner.clone();
        Callback::from(move |_| planner.dispatch(Action::SetMode(mode)))
    };
    html! {
        <label for={id} class="radio">
            <input type="radio" id={id} name="mode" checked={planner.mode == mode} {onchange} />
            { label }
        </label>
    }
}

/// The keys that move a slider.
const MOVING_KEYS: [&str; 8] = [
    "ArrowLeft",
    "ArrowRight",
    "ArrowUp",
    "ArrowDown",
    "PageUp",
    "PageDown",
    "Home",
    "End",
];

/// How long after the last key press a slider's keyboard move ends (one undo step).
const KEY_PAUSE_MS: u32 = 1000;

/// A slider being moved with keys: whether it is, and the pause that will end it.
#[derive(Default)]
struct KeyGesture {
    active: bool,
    pause: Option<gloo::timers::callback::Timeout>,
}

#[derive(Properties, PartialEq)]
struct StrategyRowProps {
    planner: PlannerHandle,
    strategy: Strategy,
}

#[function_component(StrategyRow)]
fn strategy_row(props: &StrategyRowProps) -> Html {
    let StrategyRowProps { planner, strategy } = props;
    let strategy = *strategy;
    let lang = planner.lang;
    let w = words(lang);
    let open = use_state(|| false);
    let spec = &planner.spec;
    let juta = spec.budgets_juta.get(strategy);
    let total = spec.budgets_juta.total();
    let share = if total == 0 {
        0.0
    } else {
        juta as f64 * 100.0 / total as f64
    };
    let envelope = spec.envelope_juta.max(1);
    let slider_max = envelope.max(juta);
    let key = strategy.key();
    let name = strategy.label(lang);
    let field_id = format!("budget-{key}");
    let check = FieldProblems::typed(planner).field(&field_id);

    // A finger that lands on the track away from the thumb would throw the budget to where it
    // landed (thousands of juta on a phone); instead that first move is one step towards it,
    // and a drag goes on from there.
    let step = slider_step(envelope);
    let tapped_from = use_mut_ref(|| None::<u64>);
    let keys = use_mut_ref(KeyGesture::default);
    let on_pointer_down = {
        let (planner, tapped_from, keys) = (planner.clone(), tapped_from.clone(), keys.clone());
        Callback::from(move |e: PointerEvent| {
            *tapped_from.borrow_mut() = None;
            if std::mem::take(&mut *keys.borrow_mut()).active {
                planner.dispatch(Action::EndGestureOf(strategy));
            }
            if e.pointer_type() != "touch" {
                return;
            }
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let rect = input.get_bounding_client_rect();
            let thumb_x = rect.left() + rect.width() * juta as f64 / slider_max.max(1) as f64;
            if (f64::from(e.client_x()) - thumb_x).abs() > THUMB_REACH_PX {
                *tapped_from.borrow_mut() = Some(juta);
            }
        })
    };
    let on_slide = {
        let (planner, tapped_from) = (planner.clone(), tapped_from.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(to) = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|i| i.value().parse::<u64>().ok())
            {
                let juta = match tapped_from.borrow_mut().take() {
                    Some(from) => step_towards(from, to, step),
                    None => to,
                };
                planner.dispatch(Action::SetBudget(strategy, juta));
            }
        })
    };
    let on_number = {
        let (planner, field_id) = (planner.clone(), field_id.clone());
        Callback::from(move |e: Event| {
            if let Some(typed) = read_juta(&e, &planner, &field_id) {
                planner.dispatch(Action::SetBudget(strategy, typed.juta));
                planner.dispatch(Action::EndGesture);
                if let Some(notice) = typed.rounded() {
                    planner.dispatch(Action::NotifyAt(field_id.clone(), notice));
                }
            }
        })
    };
    // Keys move the slider one step a press, each press a `change`: presses that follow one
    // another within `KEY_PAUSE_MS` (or a key held down) are one undo step, as one drag is.
    // The step ends at that pause, when the slider loses the focus or a pointer takes it, or
    // at any other action.
    let end_gesture = {
        let (planner, tapped_from, keys) = (planner.clone(), tapped_from.clone(), keys.clone());
        Callback::from(move |_: Event| {
            *tapped_from.borrow_mut() = None;
            if !keys.borrow().active {
                planner.dispatch(Action::EndGesture)
            }
        })
    };
    let on_key_down = {
        let keys = keys.clone();
        Callback::from(move |e: KeyboardEvent| {
            if MOVING_KEYS.contains(&e.key().as_str()) {
                let mut keys = keys.borrow_mut();
                keys.active = true;
                keys.pause = None;
            }
        })
    };
    let on_key_up = {
        let (planner, keys) = (planner.clone(), keys.clone());
        Callback::from(move |e: KeyboardEvent| {
            if !MOVING_KEYS.contains(&e.key().as_str()) || !keys.borrow().active {
                return;
            }
            let (planner, ended) = (planner.clone(), keys.clone());
            keys.borrow_mut().pause = Some(gloo::timers::callback::Timeout::new(
                KEY_PAUSE_MS,
                move || {
                    // The timeout itself stays in place until the next key: it is running.
                    ended.borrow_mut().active = false;
                    planner.dispatch(Action::EndGestureOf(strategy));
                },
            ));
        })
    };
    let on_blur = {
        let (planner, keys) = (planner.clone(), keys.clone());
        Callback::from(move |_: FocusEvent| {
            if std::mem::take(&mut *keys.borrow_mut()).active {
                planner.dispatch(Action::EndGestureOf(strategy));
            }
        })
    };
    let reset = {
        let planner = planner.clone();
        Callback::from(move |_| {
            planner.dispatch(Action::ResetStrategy(strategy));
            planner.dispatch(Action::EndGesture);
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let info_id = format!("info-{key}");
    let number = strategy.index() + 1;
    html! {
        <li class="strategy" data-strategy={key}>
            <div class="strategy-head">
                <span class="strategy-name" id={format!("name-{key}")}>
                    <span class="strategy-number">{ number }</span>{ name }
                </span>
                <button type="button" class="info" aria-expanded={open.to_string()} aria-controls={info_id.clone()}
                    aria-label={format!("{}: {name}", w.about)} onclick={toggle}>{ "i" }</button>
            </div>
            <div class="strategy-controls">
                <input type="range" min="0" max={slider_max.to_string()} step={slider_step(envelope).to_string()}
                    value={juta.to_string()} aria-label={format!("{}: {name}", w.slider_of)}
                    aria-valuetext={format!("{} {} {}", w.rp, thousands(lang, juta), w.juta_word)}
                    onpointerdown={on_pointer_down} oninput={on_slide} onchange={end_gesture}
                    onkeydown={on_key_down} onkeyup={on_key_up} onblur={on_blur} />
                <input type="text" data-undo="page" class="juta" inputmode="decimal" autocomplete="off" id={field_id}
                    value={thousands(lang, juta)} aria-label={format!("{} ({}): {name}", w.budget_of, w.juta)}
                    aria-invalid={check.invalid()} aria-describedby={check.described_by()}
                    onchange={on_number} />
                <span class="share" data-testid={format!("share-{key}")}>{ format!("{}%", decimal(lang, share, 1)) }</span>
                <button type="button" class="reset" onclick={reset}
                    aria-label={format!("{}: {name}", w.reset)}>{ "⟲" }</button>
            </div>
            { check.message() }
            if *open {
                <div class="strategy-info" id={info_id}>
                    <p>{ strategy.description(lang) }</p>
                    <p><strong>{ w.mechanisms }{ ": " }</strong>{ strategy.mechanisms(lang) }</p>
                </div>
            }
        </li>
    }
}

/// How far from a slider's thumb, in CSS pixels, a finger still takes hold of it.
const THUMB_REACH_PX: f64 = 24.0;

/// One slider step from `from` in the direction of `to` (and no further than `to`).
fn step_towards(from: u64, to: u64, step: u64) -> u64 {
    if to > from {
        to.min(from.saturating_add(step))
    } else {
        to.max(from.saturating_sub(step))
    }
}

/// A slider step that lets the arrow keys move a budget by about half a percent of the
/// envelope, in whole Rp juta.
fn slider_step(envelope_juta: u64) -> u64 {
    (envelope_juta / 200).max(1)
}

/// A budget read from a field, and, when it had a fraction, what was typed.
struct TypedJuta {
    juta: u64,
    rounded_from: Option<String>,
}

impl TypedJuta {
    /// The notice that a fraction was rounded away, to be shown after the value is taken.
    fn rounded(self) -> Option<Notice> {
        let juta = self.juta;
        self.rounded_from
            .map(|typed| Notice::Rounded { typed, juta })
    }
}

/// Reads a whole number of Rp juta from a budget field (by its element id); anything else is
/// refused with a message beside the field, and the input shows the last good value again at
/// the next render.
fn read_juta(e: &Event, planner: &PlannerHandle, field: &str) -> Option<TypedJuta> {
    let input = e.target_dyn_into::<HtmlInputElement>()?;
    let text = input.value();
    match parse_juta(&text, planner.lang) {
        Ok((juta, exact)) => Some(TypedJuta {
            juta,
            rounded_from: (!exact).then_some(text),
        }),
        Err(bad) => {
            let notice = match bad {
                BadNumber::NotANumber => Notice::Refused(text),
                BadNumber::Grouping => Notice::BadGrouping(text),
            };
            planner.dispatch(Action::NotifyAt(field.to_string(), notice));
            None
        }
    }
}

/// The most a budget or the envelope can be typed as, Rp juta (10^15).
pub const MOST_TYPED_JUTA: u64 = 1_000_000_000_000_000;

/// A budget as typed: a whole, non-negative number of Rp juta, written the way the page's
/// language writes numbers ("1.500" is fifteen hundred in Bahasa Indonesia, "1,500" in
/// English); a decimal is rounded (and the page says so). See [`parse_amount`] for what is
/// refused as unclear. With the amount comes whether it was whole as typed.
pub fn parse_juta(text: &str, lang: Lang) -> Result<(u64, bool), BadNumber> {
    let x = parse_amount(text, lang)?;
    // Beyond 10^15 the conversion would lose digits; validation refuses far smaller absurd
    // budgets anyway, with a message that says why.
    if (0.0..MOST_TYPED_JUTA as f64).contains(&x) {
        Ok((x.round() as u64, x.fract() == 0.0))
    } else {
        Err(BadNumber::NotANumber)
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_juta, step_towards};
    use crate::i18n::BadNumber;
    use canting_model::Lang;

    fn juta(text: &str, lang: Lang) -> Result<u64, BadNumber> {
        parse_juta(text, lang).map(|(juta, _)| juta)
    }

    #[test]
    fn a_tap_on_the_track_moves_one_step_towards_it_and_never_past_it() {
        assert_eq!(step_towards(400, 4675, 25), 425);
        assert_eq!(step_towards(400, 10, 25), 375);
        assert_eq!(step_towards(400, 410, 25), 410);
        assert_eq!(step_towards(10, 0, 25), 0);
        assert_eq!(step_towards(400, 400, 25), 400);
    }

    #[test]
    fn a_budget_typed_with_a_fraction_is_known_to_be_rounded() {
        assert_eq!(parse_juta("1,5", Lang::Id), Ok((2, false)));
        assert_eq!(parse_juta("1.500", Lang::Id), Ok((1500, true)));
        assert_eq!(parse_juta("1,500.0", Lang::En), Ok((1500, true)));
    }

    #[test]
    fn a_budget_is_a_whole_non_negative_number_in_the_pages_language() {
        assert_eq!(juta("1500", Lang::Id), Ok(1500));
        assert_eq!(juta("1.500", Lang::Id), Ok(1500));
        assert_eq!(juta("1,500", Lang::En), Ok(1500));
        assert_eq!(juta("Rp 2.000", Lang::Id), Ok(2000));
        assert_eq!(juta(" 12,6 ", Lang::Id), Ok(13));
        assert_eq!(juta("12.6", Lang::En), Ok(13));
        assert_eq!(juta("1,5", Lang::Id), Ok(2));
        assert_eq!(juta("1.000", Lang::Id), Ok(1000));
        assert_eq!(juta("1.234.567", Lang::Id), Ok(1_234_567));
        assert_eq!(juta("1,234,567", Lang::En), Ok(1_234_567));
        assert_eq!(juta("1,500.4", Lang::En), Ok(1500));
        assert_eq!(juta("0.125", Lang::En), Ok(0));
        for bad in [
            "-5",
            "abc",
            "NaN",
            "1e300",
            "",
            "1e20",
            "5 000 000 000 000 000",
        ] {
            assert_eq!(juta(bad, Lang::Id), Err(BadNumber::NotANumber), "{bad}");
        }
    }

    #[test]
    fn separators_that_do_not_fit_the_language_are_refused_not_misread() {
        for bad in [
            "1,5",
            "1.000",
            "12,34",
            "1.000.000",
            "1,50,000",
            "1,5000",
            ",500",
        ] {
            assert_eq!(juta(bad, Lang::En), Err(BadNumber::Grouping), "{bad}");
        }
        for bad in ["1.5", "1,000", "12.34", "1,000,000", "1.50.000", ".500"] {
            assert_eq!(juta(bad, Lang::Id), Err(BadNumber::Grouping), "{bad}");
        }
    }
}
