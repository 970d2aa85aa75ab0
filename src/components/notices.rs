//! The messages for the user: broken links, other model versions, a corrupt stored scenario,
//! refused input and the share button's answer, each in the current language.

use yew::prelude::*;

use canting_model::Lang;

use crate::components::PlannerHandle;
use crate::i18n::{thousands, words};
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub planner: PlannerHandle,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for planner.notices.iter().enumerate().map(|(idx, notice)| {
                let planner = planner.clone();
                let dismiss = Callback::from(move |_| planner.dispatch(Action::Dismiss(idx)));
                let kind = notice_kind(notice);
                html! {
                    <div class={classes!("notice", kind)} data-notice={kind}>
                        <div class="notice-text">{ say(lang, notice) }</div>
                        <button type="button" class="dismiss" aria-label={w.dismiss} onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            }) }
        </div>
    }
}

/// A short name of the notice's kind, for styling and tests.
fn notice_kind(notice: &Notice) -> &'static str {
    match notice {
        Notice::BrokenLink(_) => "broken-link",
        Notice::InvalidLink(_) => "invalid-link",
        Notice::OtherModelVersion { .. } => "other-version",
        Notice::CorruptStored => "corrupt-stored",
        Notice::LinkCopied => "copied",
        Notice::CopyFailed => "copy-failed",
        Notice::Refused(_) | Notice::RefusedNumber(_) => "refused",
        Notice::Capped(_) => "capped",
    }
}

fn say(lang: Lang, notice: &Notice) -> Html {
    let w = words(lang);
    match notice {
        Notice::BrokenLink(why) => {
            html! { <>{ w.broken_link }{ " " }<em>{ sentence(why.get(lang)) }</em></> }
        }
        Notice::InvalidLink(problems) => html! {
            <>
                { w.invalid_link }
                <ul>{ for problems.iter().map(|p| html! { <li>{ sentence(p.get(lang)) }</li> }) }</ul>
            </>
        },
        Notice::OtherModelVersion { link, ours } => html! {
            <>{ w.other_version }{ format!(" ({}: {link} → {ours})", w.model_version) }</>
        },
        Notice::CorruptStored => html! { w.corrupt_stored },
        Notice::LinkCopied => html! { w.share_copied },
        Notice::CopyFailed => html! { w.share_failed },
        Notice::Refused(text) => html! {
            <>{ w.refused }{ ": " }{ refusal(lang, text) }</>
        },
        Notice::RefusedNumber(text) => html! {
            <>{ w.refused }{ ": " }{ number_refusal(lang, text) }</>
        },
        Notice::Capped(envelope) => html! {
            <>{ w.capped }{ format!(" ({} {} {}).", w.rp, thousands(lang, *envelope), w.juta_word) }</>
        },
    }
}

fn number_refusal(lang: Lang, text: &str) -> String {
    let text = shown(text);
    match lang {
        Lang::Id => {
            format!("{text} bukan bilangan yang sah di sini. Nilai sebelumnya tetap dipakai.")
        }
        Lang::En => format!("{text} is not a valid number here. The previous value is kept."),
    }
}

/// What was typed, quoted; an empty field is named as such.
fn shown(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        format!("“{}”", text.trim())
    }
}

fn refusal(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Id => format!(
            "{} bukan jumlah yang sah; isi bilangan Rp juta, 0 atau lebih (mis. 1.500). Nilai sebelumnya tetap dipakai.",
            shown(text)
        ),
        Lang::En => format!(
            "{} is not a valid amount; enter a number of Rp million, 0 or more (e.g. 1,500). The previous value is kept.",
            shown(text)
        ),
    }
}

/// A model's message as a sentence: a capital first letter and a full stop.
fn sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.extend(chars);
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}
