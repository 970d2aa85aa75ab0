//! The messages for the user: broken links, other model versions, a corrupt stored scenario,
//! refused input and the share button's answer, each in the current language.

use yew::prelude::*;

use canting_model::Lang;

use crate::components::PlannerHandle;
use crate::i18n::words;
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
        Notice::Refused(_) => "refused",
    }
}

fn say(lang: Lang, notice: &Notice) -> Html {
    let w = words(lang);
    match notice {
        Notice::BrokenLink(why) => {
            html! { <>{ w.broken_link }{ " " }<em>{ why.get(lang) }</em></> }
        }
        Notice::InvalidLink(problems) => html! {
            <>
                { w.invalid_link }
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
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
    }
}

fn refusal(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Id => format!(
            "“{text}” bukan jumlah yang sah; isi bilangan Rp juta, 0 atau lebih. Nilai sebelumnya tetap dipakai."
        ),
        Lang::En => format!(
            "“{text}” is not a valid amount; enter a number of Rp million, 0 or more. The previous value is kept."
        ),
    }
}
