//! The page: holds the planner's reducer and the computed results, and routes the browser's
//! events (address bar, storage, keys, clipboard) to actions. It renders; it decides nothing
//! that `state`, `session` or the model do not.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use canting_model::{Lang, Scenario, ScenarioSpec, Strategy};

use crate::class::Board;
use crate::components::agents::AgentsSection;
use crate::components::budget::BudgetPanel;
use crate::components::challenges::{self, ChallengesPanel};
use crate::components::class_board::ClassBoard;
use crate::components::class_mode::ClassSection;
use crate::components::compare::{CompareSection, compared_specs};
use crate::components::heavy::{self, AskBeforeComputing};
use crate::components::marginal::MarginalSection;
use crate::components::model_panel::ModelPanel;
use crate::components::notices::Notices;
use crate::components::outcomes::{Outcomes, Ticker};
use crate::components::settings::Settings;
use crate::components::suggest::SuggestSection;
use crate::components::{Notify, use_stages};
use crate::compute::{Computer, Planning, Results, SearchAsk};
use crate::i18n::{lang_name, other, saved_words, words};
use crate::infra;
use crate::saved::{self, Saved, Shelf};
use crate::session;
use crate::state::{Action, Notice, Planner};

/// The results' heading, where the skip link takes the focus.
pub const OUTCOMES_HEADING: &str = "outcomes-heading";

/// How long the address bar waits for the hand to rest before it is rewritten, in ms.
/// Browsers throttle `history.replaceState`.
const URL_DEBOUNCE_MS: u32 = 300;

impl Reducible for Planner {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let start = use_memo((), |_| {
        session::start(
            &infra::url_fragment(),
            infra::stored_scenario().as_deref(),
            infra::stored_lang().as_deref(),
        )
    });
    // The saved scenarios; an entry that cannot be read is skipped, said, and left in storage.
    let shelf = use_memo((), |_| read_shelf());
    let planner = {
        let start = (*start).clone();
        let shelf = (*shelf).clone();
        use_reducer(move || {
            let mut planner = Planner::new(ScenarioSpec::default(), start.lang);
            // The saved scenarios first: a link's comparison of scenarios already saved here
            // compares those.
            planner.apply(Action::LoadSaved(shelf.saved));
            let challenge = start.opened.challenge;
            planner.apply(Action::Load(Box::new(start.opened)));
            // "Challenge 3" sent alone: its starting allocation, one undo step away.
            if let (Some(id), true) = (challenge, start.set_up_challenge) {
                planner.apply(Action::OpenChallenge(id));
            }
            for notice in start.notices {
                planner.apply(Action::Notify(notice));
            }
            if !shelf.unreadable.is_empty() {
                planner.apply(Action::Notify(Notice::SavedUnreadable(
                    shelf.unreadable.len(),
                )));
            }
            planner
        })
    };
    // What a shared link showed when it was opened: the page says so while it still shows it.
    let shared_view = {
        let (planner, linked) = (planner.clone(), start.linked);
        use_state(move || linked.then(|| session::fragment(&planner)))
    };
    let showing_shared = shared_view
        .as_deref()
        .is_some_and(|f| session::same_view(f, &session::fragment(&planner)));
    let model_button = use_node_ref();
    let results = use_state(|| None::<Results>);
    let computer = use_memo((), |_| Computer::default());
    let show_model = use_state(|| false);
    // The projector's layout: a way of showing, not part of the scenario or its link.
    let present = use_state(|| false);
    // The challenges' panel: shown from the header, and whenever a challenge opens.
    let show_challenges = use_state(|| false);
    let challenges_button = use_node_ref();
    // Opened from the header's button, the panel takes the focus to its heading, as the model
    // panel does (not when a link opens it with the page).
    let challenges_by_button = use_mut_ref(|| false);
    {
        let by_button = challenges_by_button.clone();
        use_effect_with(*show_challenges, move |shown| {
            if *shown && std::mem::take(&mut *by_button.borrow_mut()) {
                infra::focus_by_id(challenges::HEADING);
            }
        });
    }
    {
        let show_challenges = show_challenges.clone();
        use_effect_with(planner.challenge.map(|c| c.id), move |open| {
            if open.is_some() {
                show_challenges.set(true);
            }
        });
    }
    // What the next Rp 100 juta buys costs fourteen more ensembles: computed only while open.
    let show_marginal = use_state(|| false);
    // The strategy whose budget curve is shown (in the same section, so only while it is open).
    let curve_of = use_state(|| None::<Strategy>);
    // A search for a suggested split, run while the scenario is the one it started from.
    let search_ask = use_state(|| None::<SearchAsk>);

    // Compute whenever the scenario or the baseline changes; what cannot be computed is said,
    // and a scenario that asks for far more work than any so far is computed only when asked.
    let allowed_work = use_state(|| heavy::ASK_ABOVE);
    let gate = {
        let (spec, baseline) = (planner.spec.clone(), planner.baseline());
        // The saved scenarios compared, on the baseline's settings; those refused even so are
        // left out here and said in the comparison.
        let compared: Vec<ScenarioSpec> = compared_specs(&planner)
            .into_iter()
            .filter(|(_, aligned)| aligned.refused.is_empty())
            .map(|(_, aligned)| aligned.spec)
            .collect();
        // The board's groups ranked with one another, on the class's settings.
        let board: Vec<ScenarioSpec> = planner
            .board
            .iter()
            .flat_map(Board::ranked_entries)
            .map(|(_, spec)| spec)
            .collect();
        let lang = planner.lang;
        let results = results.clone();
        let computer = computer.clone();
        let search = (*search_ask).clone().filter(|ask| ask.base == spec);
        use_memo(
            (
                spec,
                baseline,
                compared,
                board,
                lang,
                *allowed_work,
                *show_marginal,
                *curve_of,
                search,
            ),
            move |(spec, baseline, compared, board, lang, allowed, marginal, curve, search)| match (
                spec.validate(),
                baseline.validate(),
            ) {
                (Ok(scenario), Ok(base)) => {
                    let compared: Vec<(ScenarioSpec, Scenario)> = compared
                        .iter()
                        .filter_map(|c| c.validate().ok().map(|s| (c.clone(), s)))
                        .collect();
                    let board: Vec<(ScenarioSpec, Scenario)> = board
                        .iter()
                        .filter_map(|c| c.validate().ok().map(|s| (c.clone(), s)))
                        .collect();
                    let work = compared
                        .iter()
                        .chain(&board)
                        .map(|(_, s)| s.work_relative_to_default())
                        .fold(
                            scenario
                                .work_relative_to_default()
                                .max(base.work_relative_to_default()),
                            f64::max,
                        );
                    if work > *allowed {
                        return Gate::Ask(work);
                    }
                    computer.request(
                        (spec.clone(), scenario),
                        (baseline.clone(), base),
                        compared,
                        Planning {
                            marginal: *marginal,
                            // The curve is shown in the marginal section: only while it is open.
                            curve: curve.filter(|_| *marginal),
                            search: search.clone(),
                            board,
                        },
                        move |arrived| results.set(Some(arrived)),
                    );
                    Gate::Computing
                }
                (Err(errors), _) | (Ok(_), Err(errors)) => Gate::Invalid(errors.messages(*lang)),
            },
        )
    };
    let problems = match &*gate {
        Gate::Invalid(problems) => problems.clone(),
        _ => Vec::new(),
    };
    let ask = match *gate {
        Gate::Ask(work) => {
            let allowed_work = allowed_work.clone();
            let on_compute = Callback::from(move |()| allowed_work.set(work));
            html! { <AskBeforeComputing lang={planner.lang} {work} {on_compute} /> }
        }
        _ => html! {},
    };

    // A link with a problem stays in the address bar as received, for the user to see what
    // they were sent, until they change something: this holds the state it opened, which is
    // not written over it.
    let kept = {
        let (start, planner) = (start.clone(), planner.clone());
        use_mut_ref(move || {
            start
                .notices
                .iter()
                .any(Notice::about_link)
                .then(|| session::fragment(&planner))
        })
    };

    // The address bar and storage follow the state, debounced. The first state is not stored,
    // so that opening a link does not overwrite the last work.
    {
        let debounce = use_mut_ref(|| None::<Timeout>);
        let first = use_mut_ref(|| true);
        let kept = kept.clone();
        use_effect_with(session::fragment(&planner), move |fragment| {
            let fragment = fragment.clone();
            let store = !std::mem::replace(&mut *first.borrow_mut(), false);
            if kept.borrow().as_ref() == Some(&fragment) {
                return;
            }
            *kept.borrow_mut() = None;
            let token = fragment_token(&fragment);
            *debounce.borrow_mut() = Some(Timeout::new(URL_DEBOUNCE_MS, move || {
                infra::set_url_fragment(&fragment);
                if store {
                    infra::store_scenario(&token);
                }
            }));
        });
    }

    // Storage follows the saved scenarios, entry by entry; another tab's changes are read in.
    {
        let written = {
            let shelf = shelf.clone();
            use_mut_ref(move || shelf.saved.clone())
        };
        let handle = planner.clone();
        let written_now = written.clone();
        use_effect_with(planner.saved.clone(), move |now| {
            write_saved(&handle, &mut written_now.borrow_mut(), now);
        });
        let planner = planner.clone();
        use_effect_with((), move |_| {
            infra::on_storage_change(move |key| {
                if key.is_none_or(|k| k.starts_with(saved::KEY_PREFIX)) {
                    let shelf = read_shelf();
                    *written.borrow_mut() = shelf.saved.clone();
                    planner.dispatch(Action::LoadSaved(shelf.saved));
                }
            });
        });
    }

    // The page's language and title follow the planner's. Only the user's own choice (the
    // switch) is kept for the next visit: a link's language is for this visit.
    use_effect_with(planner.lang, |lang| {
        let w = words(*lang);
        infra::set_document_language(w.html_lang, &format!("Canting — {}", w.title_tagline));
    });

    // Keyboard shortcuts and a link pasted into this tab, registered once.
    {
        let planner = planner.clone();
        let show_model = show_model.clone();
        let model_button = model_button.clone();
        let kept = kept.clone();
        use_effect_with((), move |_| {
            let keys = planner.clone();
            infra::track_field_edits();
            infra::on_key_down(move |key| {
                // Escape closes the model panel from within it, its button or nothing focused,
                // not from a field elsewhere: there it clears a search or closes a list.
                let in_panel = infra::focus_is_within("model");
                if key.key() == "Escape"
                    && (in_panel || infra::focus_is_on_or_nowhere(&model_button))
                {
                    // Focus goes back to the button that opened the panel, not to the page's
                    // start, when it was in the panel that disappears.
                    if in_panel {
                        infra::focus(&model_button);
                    }
                    show_model.set(false);
                    return;
                }
                // In a text field being typed in, Ctrl+Z undoes the typing, as everywhere else.
                if infra::typing_in_a_field(key) {
                    return;
                }
                let ctrl = key.ctrl_key() || key.meta_key();
                let k = key.key().to_lowercase();
                let action = match (ctrl, k.as_str(), key.shift_key()) {
                    (true, "z", false) => Some(Action::Undo),
                    (true, "z", true) | (true, "y", _) => Some(Action::Redo),
                    _ => None,
                };
                if let Some(action) = action {
                    key.prevent_default();
                    keys.dispatch(action);
                }
            });
            infra::on_fragment_change(move || load_from_address_bar(&planner, &kept));
        });
    }

    // Offline after the first visit; a newer release, once fetched, is offered, not forced.
    {
        let planner = planner.clone();
        use_effect_with((), move |_| {
            infra::offline::start(move || planner.dispatch(Action::Notify(Notice::UpdateReady)));
        });
    }

    let lang = planner.lang;
    let w = words(lang);
    let switch_lang = {
        let planner = planner.clone();
        Callback::from(move |_| {
            let lang = other(planner.lang);
            infra::store_lang(session::lang_code(lang));
            planner.dispatch(Action::SetLang(lang));
        })
    };
    let share = {
        let planner = planner.clone();
        Callback::from(move |_| share_link(&planner))
    };
    // A scenario that cannot be computed has no results to print: the page says why instead.
    let print = {
        let planner = planner.clone();
        Callback::from(move |_| match planner.spec.validate() {
            Ok(_) => infra::print(),
            Err(errors) => {
                let problems = session::bilingual(&errors);
                planner.dispatch(Action::Notify(Notice::CannotPrint(problems)));
            }
        })
    };
    let toggle_present = {
        let present = present.clone();
        Callback::from(move |_| present.set(!*present))
    };
    let toggle_challenges = {
        let (show_challenges, by_button) = (show_challenges.clone(), challenges_by_button.clone());
        Callback::from(move |_| {
            *by_button.borrow_mut() = !*show_challenges;
            show_challenges.set(!*show_challenges)
        })
    };
    // The panel's own "close" leaves no focus behind: it goes back to the header's button.
    let hide_challenges = {
        let (show_challenges, button) = (show_challenges.clone(), challenges_button.clone());
        Callback::from(move |()| {
            infra::focus(&button);
            show_challenges.set(false)
        })
    };
    let toggle_model = {
        let show_model = show_model.clone();
        Callback::from(move |_| show_model.set(!*show_model))
    };
    let close_model = {
        let show_model = show_model.clone();
        let model_button = model_button.clone();
        Callback::from(move |()| {
            infra::focus(&model_button);
            show_model.set(false);
        })
    };
    // Past the budget and the settings, some forty controls, to the results.
    let skip_to_results = Callback::from(|e: MouseEvent| {
        // Not by the fragment: the address bar holds the scenario.
        e.prevent_default();
        infra::focus_by_id(OUTCOMES_HEADING);
    });

    // What a chart's download says, from deep in the page; one callback for the page's life.
    let notify = {
        let planner = planner.clone();
        use_memo((), move |_| {
            Notify(Callback::from(move |notice| {
                planner.dispatch(Action::Notify(notice))
            }))
        })
    };

    // The page is built over several tasks, so that none is long enough to hold up the page:
    // this one asks for the results and starts the workers, the controls and the results come
    // in the next. What the first screen does not show (the sections below the results, the
    // parameters' groups) comes after the first figures, which it would slow on a machine with
    // few cores, one part per task.
    let controls = use_stages(1, true) > 0;
    let first_figures =
        results.as_ref().is_some_and(|r| r.scenario.is_some()) || !matches!(*gate, Gate::Computing);
    let below = use_stages(BELOW_PARTS, first_figures);

    // On a projector the open challenge sits above the results, in a line or two, so that the
    // column of budgets keeps all seven sliders on the screen.
    let challenges = (*show_challenges).then(|| {
        html! {
            <ChallengesPanel planner={planner.clone()} results={(*results).clone()}
                on_hide={hide_challenges} />
        }
    });
    html! {
        <ContextProvider<Notify> context={(*notify).clone()}>
        <a class="skip-link" href={format!("#{OUTCOMES_HEADING}")} onclick={skip_to_results}>{ w.skip_to_results }</a>
        <main class={classes!((*present).then_some("present"))}>
            <header class="top">
                <div class="brand">
                    <h1>{ "Canting" }</h1>
                    <p class="tagline">{ w.title_tagline }</p>
                </div>
                <nav class="actions" aria-label={w.language}>
                    <div class="lang-switch" role="group" aria-label={w.language}>
                        { for [Lang::Id, Lang::En].into_iter().map(|l| {
                            let onclick = if l == lang { Callback::noop() } else { switch_lang.clone() };
                            html! {
                                <button type="button" lang={session::lang_code(l)}
                                    aria-pressed={(l == lang).to_string()} {onclick}>{ lang_name(l) }</button>
                            }
                        }) }
                    </div>
                    <button type="button" class="primary" onclick={share}>{ w.share }</button>
                    <button type="button" onclick={print}>{ w.print }</button>
                    <button type="button" class="present-toggle" aria-pressed={(*present).to_string()}
                        title={w.present_hint} onclick={toggle_present}>{ w.present }</button>
                    <button type="button" aria-expanded={show_challenges.to_string()} aria-controls="challenges"
                        data-testid="challenges-button" ref={challenges_button} onclick={toggle_challenges}>{ challenges::button_label(lang) }</button>
                    <button type="button" aria-expanded={show_model.to_string()} aria-controls="model"
                        ref={model_button} onclick={toggle_model}>{ w.model_button }</button>
                </nav>
            </header>
            <p class="intro">{ w.intro }</p>
            <p class="print-only">
                { session::print_line(&planner.spec, lang) }{ " " }{ w.model_version }{ " " }
                { canting_model::MODEL_VERSION }{ ". " }<br />
                { format!("{}#{}", infra::page_url_without_fragment(), session::fragment(&planner)) }
            </p>
            if showing_shared {
                <p class="shared-view" data-testid="shared-view">{ shared_view_line(&planner) }</p>
            }
            <Notices planner={planner.clone()} />
            <Ticker lang={lang} results={(*results).clone()} />
            if *show_model {
                <ModelPanel lang={lang} on_close={close_model} />
            }
            if controls {
                <div class="layout">
                    <div class="column controls">
                        if !*present {
                            { challenges.clone() }
                        }
                        if planner.class.is_some() {
                            <ClassSection planner={planner.clone()} />
                        }
                        <BudgetPanel planner={planner.clone()} />
                        <Settings planner={planner.clone()} build_groups={first_figures} />
                    </div>
                    <div class="column results">
                        if *present {
                            { challenges }
                        }
                        { ask }
                        <Outcomes planner={planner.clone()} results={(*results).clone()}
                            {problems} held={matches!(*gate, Gate::Ask(_))} />
                    </div>
                </div>
            }
            if below >= 1 {
                <MarginalSection lang={lang} results={(*results).clone()} open={*show_marginal}
                    curve={*curve_of}
                    on_curve={{
                        let curve_of = curve_of.clone();
                        Callback::from(move |s| curve_of.set(s))
                    }}
                    held={!matches!(*gate, Gate::Computing)}
                    on_toggle={{
                        let show_marginal = show_marginal.clone();
                        Callback::from(move |()| show_marginal.set(!*show_marginal))
                    }} />
                <AgentsSection lang={lang} spec={planner.spec.clone()} baseline={planner.baseline()}
                    held={!matches!(*gate, Gate::Computing)} />
            }
            if below >= 2 {
                <SuggestSection planner={planner.clone()} results={(*results).clone()}
                    ask={(*search_ask).clone()} held={!matches!(*gate, Gate::Computing)}
                    on_ask={{
                        let search_ask = search_ask.clone();
                        Callback::from(move |ask| search_ask.set(ask))
                    }} />
            }
            if below >= 3 {
                <CompareSection planner={planner.clone()} results={(*results).clone()}
                    held={!matches!(*gate, Gate::Computing)} reserved_id={reserved_id(&shelf)} />
                if planner.class.is_none() {
                    <ClassSection planner={planner.clone()} />
                }
                if planner.board.is_some() {
                    <ClassBoard planner={planner.clone()} results={(*results).clone()}
                        held={!matches!(*gate, Gate::Computing)} />
                }
            }
        </main>
        </ContextProvider<Notify>>
    }
}

/// The groups of sections below the results, built in turn after the first figures.
const BELOW_PARTS: usize = 3;

/// What the page does with the scenario on screen.
#[derive(PartialEq)]
enum Gate {
    Computing,
    /// It cannot be computed, for these reasons.
    Invalid(Vec<String>),
    /// It asks for this much work relative to the default scenario's: computed when asked.
    Ask(f64),
}

/// What the page shows from a shared link, and what it is compared against.
fn shared_view_line(planner: &Planner) -> String {
    let names: Vec<String> = planner
        .compared_saved()
        .iter()
        .map(|s| s.name.clone())
        .collect();
    saved_words::shared_view(
        planner.lang,
        planner.pinned_baseline.is_some(),
        &names,
        &session::print_line(&planner.baseline(), planner.lang),
    )
}

/// The saved scenarios in storage.
fn read_shelf() -> Shelf {
    saved::read_all(infra::stored_with_prefix(saved::KEY_PREFIX))
}

/// Writes what changed in the saved scenarios since `written` (what storage holds), and says
/// which could not be written.
fn write_saved(planner: &UseReducerHandle<Planner>, written: &mut Vec<Saved>, now: &[Saved]) {
    for old in written.iter() {
        if !now.iter().any(|s| s.id == old.id) {
            infra::remove_item(&old.key());
        }
    }
    for entry in now {
        if !written.contains(entry) && !infra::store_item(&entry.key(), &entry.value()) {
            planner.dispatch(Action::Notify(Notice::StorageFailed(entry.name.clone())));
        }
    }
    *written = now.to_vec();
}

/// The least id a new saved scenario may take: above every entry in storage, readable or not,
/// so that saving never overwrites an entry it could not read.
fn reserved_id(shelf: &Shelf) -> u64 {
    shelf
        .unreadable
        .iter()
        .filter_map(|key| key.strip_prefix(saved::KEY_PREFIX)?.parse::<u64>().ok())
        .max()
        .map_or(0, |id| id.saturating_add(1))
}

/// The token part of a fragment written by `session::fragment`.
fn fragment_token(fragment: &str) -> String {
    fragment
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))
        .unwrap_or_default()
        .to_string()
}

/// A link pasted into this tab's address bar: open it as a new visit would, unless it is the
/// state already shown.
/// A link with a problem stays in the address bar, as on opening.
fn load_from_address_bar(planner: &UseReducerHandle<Planner>, kept: &Rc<RefCell<Option<String>>>) {
    let fragment = infra::url_fragment();
    if session::fragment(planner) == fragment {
        return;
    }
    let start = session::start(&fragment, None, None);
    if start.notices.iter().any(Notice::about_link) {
        // The fragment of the state the link opens, which depends on nothing else.
        let mut opened = Planner::new(ScenarioSpec::default(), start.lang);
        opened.apply(Action::Load(Box::new(start.opened.clone())));
        *kept.borrow_mut() = Some(session::fragment(&opened));
    }
    let challenge = start.opened.challenge;
    planner.dispatch(Action::Load(Box::new(start.opened)));
    if let (Some(id), true) = (challenge, start.set_up_challenge) {
        planner.dispatch(Action::OpenChallenge(id));
    }
    planner.dispatch(Action::SetLang(start.lang));
    for notice in start.notices {
        planner.dispatch(Action::Notify(notice));
    }
}

/// Copies the share link (the page's URL with the current state) and says so.
pub fn share_link(planner: &UseReducerHandle<Planner>) {
    let fragment = session::fragment(planner);
    infra::set_url_fragment(&fragment);
    let url = infra::page_url();
    let planner = planner.clone();
    yew::platform::spawn_local(async move {
        // A scenario that cannot be computed is shared as it is (work in progress is not
        // lost), and the sender is told what its receiver will see.
        let notice = match (
            infra::copy_to_clipboard(&url).await,
            planner.spec.validate(),
        ) {
            (Ok(()), Ok(_)) => Notice::LinkCopied,
            (Ok(()), Err(errors)) => Notice::LinkCopiedNotComputable(session::bilingual(&errors)),
            (Err(()), _) => Notice::CopyFailed,
        };
        planner.dispatch(Action::Notify(notice));
    });
}
