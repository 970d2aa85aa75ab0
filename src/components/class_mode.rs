//! Class mode: for a teacher, making a class link (its name, the settings it pins, which of them
//! are locked, the challenge every group starts in) and opening the class board; for a group in a class, why its settings are locked,
//! its name and its link to send back.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use canting_model::{ClassLink, Locks, MAX_CLASS_NAME_CHARS};

use crate::challenge::ChallengeId;
use crate::class::Setting;
use crate::components::PlannerHandle;
use crate::i18n::challenge_words;
use crate::i18n::class_words::{self, setting_name, why_locked};
use crate::infra;
use crate::saved::MAX_NAME_CHARS;
use crate::session;
use crate::state::{Action, Notice, Planner};

/// The note beside a field the class locks, with the id its field is described by; `None`
/// when the field is free.
pub fn lock_note(planner: &Planner, setting: Setting, field: &str) -> Option<(String, Html)> {
    let member = planner.class.as_ref()?;
    member.locks(setting).then(|| {
        let id = format!("{field}-locked");
        let note = html! {
            <p class="note locked-note" id={id.clone()} data-testid="locked-note">
                { class_words::words(planner.lang).locked_field }{ " \u{201c}" }{ &member.class.name }{ "\u{201d}." }
            </p>
        };
        (id, note)
    })
}

#[derive(Properties, PartialEq)]
pub struct ClassProps {
    pub planner: PlannerHandle,
}

#[function_component(ClassSection)]
pub fn class_section(props: &ClassProps) -> Html {
    match &props.planner.class {
        Some(_) => html! { <GroupPanel planner={props.planner.clone()} /> },
        None => html! { <TeacherPanel planner={props.planner.clone()} /> },
    }
}

#[function_component(TeacherPanel)]
fn teacher_panel(props: &ClassProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let cw = class_words::words(lang);
    let locks = use_state(|| Locks::ALL);
    // The class link made, its address, and the challenge it sends.
    let made = use_state(|| None::<(ClassLink, String, Option<ChallengeId>)>);
    let name_input = use_node_ref();
    // The challenge every group starts in, if the teacher picks one.
    let challenge = use_state(|| None::<ChallengeId>);
    let on_challenge = {
        let challenge = challenge.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                challenge.set(ChallengeId::parse(&select.value()).ok());
            }
        })
    };
    let toggle = |setting: Setting| {
        let locks = locks.clone();
        Callback::from(move |_: Event| {
            let mut next = *locks;
            let flag = setting.lock_in(&mut next);
            *flag = !*flag;
            locks.set(next);
        })
    };
    let make = {
        let (planner, locks, made, input, challenge) = (
            planner.clone(),
            locks.clone(),
            made.clone(),
            name_input.clone(),
            challenge.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = input
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let Some(class) = ClassLink::new(&name, &planner.spec, *locks) else {
                planner.dispatch(Action::Notify(Notice::ClassNameEmpty));
                return;
            };
            let sent = *challenge;
            let challenge = sent
                .map(|id| format!("&ch={}", id.number()))
                .unwrap_or_default();
            let url = format!(
                "{}#k={}{challenge}&l={}",
                infra::page_url_without_fragment(),
                class.encode(),
                session::lang_code(planner.lang)
            );
            made.set(Some((class, url.clone(), sent)));
            copy(&planner, url, Notice::ClassLinkCopied);
        })
    };
    html! {
        <details class="panel class-mode" data-testid="class-teacher">
            <summary><h2>{ cw.heading }</h2></summary>
            <p class="note">{ cw.teacher_intro }</p>
            <p class="note">{ session::print_line(&planner.spec, lang) }</p>
            <form class="class-form" onsubmit={make}>
                <label for="class-name">{ cw.class_name_label }</label>
                <input id="class-name" type="text" autocomplete="off"
                    maxlength={MAX_CLASS_NAME_CHARS.to_string()} ref={name_input} />
                <fieldset>
                    <legend>{ cw.locks_legend }</legend>
                    { for Setting::ALL.iter().map(|&s| {
                        let id = format!("lock-{}", s.key());
                        html! {
                            <span class="lock">
                                <input type="checkbox" id={id.clone()} checked={*s.lock_in(&mut (*locks).clone())}
                                    onchange={toggle(s)} />
                                <label for={id}>{ setting_name(lang, s) }</label>
                            </span>
                        }
                    }) }
                </fieldset>
                <label for="class-challenge">{ cw.challenge_label }</label>
                <select id="class-challenge" onchange={on_challenge} aria-describedby="class-challenge-note">
                    <option value="" selected={challenge.is_none()}>{ cw.no_challenge }</option>
                    { for ChallengeId::all().map(|id| html! {
                        <option value={id.number().to_string()} selected={*challenge == Some(id)}>
                            { format!("{}. {}", id.number(), challenge_words::title(lang, id)) }
                        </option>
                    }) }
                </select>
                <p class="note" id="class-challenge-note">
                    { if challenge.is_some() { cw.challenge_note } else { cw.no_challenge_note } }
                </p>
                <button type="submit" class="primary">{ cw.make_link }</button>
            </form>
            if let Some((class, url, sent)) = &*made {
                <label for="class-link">{ cw.class_link_label }{ " \u{201c}" }{ &class.name }{ "\u{201d}" }</label>
                <input id="class-link" type="text" readonly=true value={url.clone()} />
                <button type="button" onclick={{
                    let (planner, class) = (planner.clone(), class.clone());
                    // With a challenge, the board ranks on what the challenge is about.
                    let objective = sent.and_then(|id| id.def().main_metric());
                    Callback::from(move |_| {
                        planner.dispatch(Action::OpenBoard(class.clone()));
                        if let Some(metric) = objective {
                            planner.dispatch(Action::SetObjective(metric));
                        }
                    })
                }}>{ cw.open_board }</button>
            }
        </details>
    }
}

#[function_component(GroupPanel)]
fn group_panel(props: &ClassProps) -> Html {
    let planner = &props.planner;
    let Some(member) = &planner.class else {
        return html! {};
    };
    let lang = planner.lang;
    let cw = class_words::words(lang);
    let locked: Vec<Setting> = Setting::ALL
        .into_iter()
        .filter(|s| member.locks(*s))
        .collect();
    let on_name = {
        let planner = planner.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                planner.dispatch(Action::SetGroupName(input.value()));
            }
        })
    };
    let url = format!(
        "{}#{}",
        infra::page_url_without_fragment(),
        session::fragment(planner)
    );
    let send = {
        let (planner, url) = (planner.clone(), url.clone());
        Callback::from(move |_| {
            if planner.class.as_ref().is_some_and(|m| m.group.is_empty()) {
                planner.dispatch(Action::Notify(Notice::NameTheGroup));
                return;
            }
            infra::set_url_fragment(&session::fragment(&planner));
            copy(&planner, url.clone(), Notice::GroupLinkCopied);
        })
    };
    let leave = {
        let planner = planner.clone();
        Callback::from(move |_| planner.dispatch(Action::LeaveClass))
    };
    html! {
        <section class="panel class-mode in-class" aria-labelledby="class-heading" data-testid="class-group">
            <h2 id="class-heading">{ cw.heading }{ ": " }{ &member.class.name }</h2>
            <p data-testid="why-locked">{ why_locked(lang, &member.class.name, &locked) }</p>
            <label for="group-name">{ cw.group_name_label }</label>
            <input id="group-name" type="text" autocomplete="off" value={member.group.clone()}
                maxlength={MAX_NAME_CHARS.to_string()} onchange={on_name} />
            <button type="button" class="primary" onclick={send}>{ cw.copy_group_link }</button>
            if !member.group.is_empty() {
                <input id="group-link" type="text" readonly=true aria-label={cw.copy_group_link}
                    value={url} />
            }
            <p class="note">{ cw.group_link_note }</p>
            <button type="button" class="link-button" onclick={leave}>{ cw.leave }</button>
        </section>
    }
}

/// Copies `url` to the clipboard and says so (or that the clipboard refused).
fn copy(planner: &PlannerHandle, url: String, copied: Notice) {
    let planner = planner.clone();
    yew::platform::spawn_local(async move {
        let notice = match infra::copy_to_clipboard(&url).await {
            Ok(()) => copied,
            Err(()) => Notice::CopyFailed,
        };
        planner.dispatch(Action::Notify(notice));
    });
}
