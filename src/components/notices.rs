//! The messages for the user: broken links, other model versions, a corrupt stored scenario,
//! refused input and the share button's answer, each in the current language.

use yew::prelude::*;

use canting_model::Lang;

use crate::components::PlannerHandle;
use crate::i18n::export_words::{self, Refusal};
use crate::i18n::{
    challenge_words, class_words, parse_amount, saved_words, sentence, thousands, words,
};
use crate::state::{Action, Bilingual, Notice};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub planner: PlannerHandle,
}

#[function_component(Notices)]
pub fn notices(props: &NoticesProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    // The message about typed input that is said beside its field.
    let beside_field = planner
        .field_noted()
        .map(|(_, noted)| noted)
        .filter(|noted| about_field(lang, noted).is_some());
    let shown = |input: bool| {
        planner
            .notices
            .iter()
            .enumerate()
            .filter(move |(_, notice)| notice.about_input() == input)
            // Said beside the board's paste box only: floating, it would cover the board.
            .filter(|(_, notice)| !matches!(notice, Notice::BoardJunk(_)))
            .map(|(idx, notice)| {
                let text = say(planner, notice);
                let kind = notice_kind(notice);
                // Said beside its field already: floating too, it would cover the fields near the
                // bottom of the screen, so it is only read out (and goes with the next change).
                if beside_field.is_some_and(|noted| std::ptr::eq(noted, notice)) {
                    return html! {
                        <div class="visually-hidden" data-notice={kind}>{ text }</div>
                    };
                }
                let planner = planner.clone();
                let dismiss = Callback::from(move |_| planner.dispatch(Action::Dismiss(idx)));
                html! {
                    <div class={classes!("notice", kind)} data-notice={kind}>
                        <div class="notice-text">{ text }</div>
                        <button type="button" class="dismiss" aria-label={w.dismiss} onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            })
            .collect::<Html>()
    };
    // What the user just did is answered where they are looking: at the bottom of the screen,
    // not at the top of a page they have scrolled down.
    html! {
        <>
            <div class="notices" role="status" aria-live="polite">{ shown(false) }</div>
            <div class="notices about-input" role="status" aria-live="polite">{ shown(true) }</div>
        </>
    }
}

/// A short name of the notice's kind, for styling and tests.
fn notice_kind(notice: &Notice) -> &'static str {
    match notice {
        Notice::BrokenLink(_) => "broken-link",
        Notice::InvalidLink(_) => "invalid-link",
        Notice::LinkNotComputable(_) => "link-not-computable",
        Notice::OtherModelVersion { .. } => "other-version",
        Notice::BaselineUnreadable(_) => "baseline-unreadable",
        Notice::OpenedFree(_) => "opened-free",
        Notice::CorruptStored => "corrupt-stored",
        Notice::LinkCopied => "copied",
        Notice::CopyFailed => "copy-failed",
        Notice::Refused(_) | Notice::BadGrouping(_) | Notice::RefusedNumber(_) => "refused",
        Notice::Capped(_) => "capped",
        Notice::Rounded { .. } => "rounded",
        Notice::SwitchedToFree(_) => "switched-free",
        Notice::Rescaled { .. } => "rescaled",
        Notice::ResetAll => "reset-all",
        Notice::UnknownLanguage(_) => "unknown-language",
        Notice::SavedAs(_) => "saved",
        Notice::NameRefused(_) => "name-refused",
        Notice::Deleted(_) => "deleted",
        Notice::OpenedSaved(_) => "opened-saved",
        Notice::SavedUnreadable(_) => "saved-unreadable",
        Notice::StorageFailed(_) => "storage-failed",
        Notice::CompareFull => "compare-full",
        Notice::ComparedUnreadable(_) => "compared-unreadable",
        // Copied all the same (the work in progress is shared), with what the receiver will see.
        Notice::LinkCopiedNotComputable(_) => "copied",
        Notice::CannotPrint(_) => "cannot-print",
        Notice::ExportRefused(_, Refusal::Failed) => "export-failed",
        Notice::ExportRefused(_, Refusal::NotReady) => "export-not-ready",
        Notice::ExportRefused(_, Refusal::Invalid) => "export-invalid",
        Notice::Locked(_) => "locked",
        Notice::ClassUnreadable(_) => "class-unreadable",
        Notice::BoardJunk(_) => "board-junk",
        Notice::BoardUnreadable(_) => "board-unreadable",
        Notice::ClassNameEmpty => "class-name-empty",
        Notice::ClassLinkCopied => "class-copied",
        Notice::NameTheGroup => "name-the-group",
        Notice::GroupLinkCopied => "group-copied",
        Notice::UpdateReady => "update-ready",
        Notice::UnknownChallenge(_) => "unknown-challenge",
        Notice::ChallengeLinkCopied => "challenge-copied",
    }
}

fn say(planner: &PlannerHandle, notice: &Notice) -> Html {
    let lang = planner.lang;
    let w = words(lang);
    match notice {
        Notice::Locked(_)
        | Notice::ClassUnreadable(_)
        | Notice::BoardJunk(_)
        | Notice::BoardUnreadable(_)
        | Notice::ClassNameEmpty
        | Notice::ClassLinkCopied
        | Notice::NameTheGroup
        | Notice::GroupLinkCopied => html! { class_words::notice(lang, notice) },
        Notice::UnknownChallenge(_) | Notice::ChallengeLinkCopied => {
            html! { challenge_words::notice(lang, notice) }
        }
        Notice::BrokenLink(why) => {
            html! { <>{ w.broken_link }{ " " }<em>{ sentence(why.get(lang)) }</em></> }
        }
        Notice::InvalidLink(problems) => with_problems(w.invalid_link, problems, lang),
        Notice::LinkNotComputable(problems) => with_problems(w.link_not_computable, problems, lang),
        Notice::OtherModelVersion { link, ours } => html! {
            <>
                { if link > ours { w.newer_version } else { w.older_version } }
                { format!(" ({}: {link} → {ours})", w.model_version) }
            </>
        },
        Notice::BaselineUnreadable(problems) => {
            with_problems(w.baseline_unreadable, problems, lang)
        }
        Notice::OpenedFree(imbalance) => html! { opened_free(lang, *imbalance) },
        Notice::CorruptStored => html! { w.corrupt_stored },
        Notice::LinkCopied => html! { w.share_copied },
        Notice::CopyFailed => html! { w.share_failed },
        Notice::UpdateReady => html! {
            <>
                { w.update_ready }{ " " }
                <button type="button" class="primary" data-testid="reload-update"
                    onclick={Callback::from(|_| crate::infra::offline::apply_update())}>
                    { w.update_reload }
                </button>
            </>
        },
        Notice::Refused(text) => html! {
            <>{ w.refused }{ ": " }{ refusal(lang, text) }</>
        },
        Notice::BadGrouping(text) => html! {
            <>{ w.refused }{ ": " }{ grouping_refusal(lang, text) }</>
        },
        Notice::RefusedNumber(text) => html! {
            <>{ w.refused }{ ": " }{ number_refusal(lang, text) }</>
        },
        Notice::Capped(envelope) => html! {
            <>{ w.capped }{ format!(" ({} {} {}).", w.rp, thousands(lang, *envelope), w.juta_word) }</>
        },
        Notice::Rounded { typed, juta } => html! { rounded(lang, typed, *juta) },
        Notice::SwitchedToFree(preset) => html! { switched_free(lang, preset.label(lang)) },
        Notice::Rescaled { from, to } => html! { rescaled(lang, *from, *to) },
        Notice::ResetAll => html! { w.reset_all_done },
        Notice::UnknownLanguage(code) => html! { unknown_language(lang, code) },
        Notice::Deleted(gone) => {
            let restore = {
                let (planner, gone) = (planner.clone(), gone.clone());
                Callback::from(move |_| planner.dispatch(Action::Restore(gone.clone())))
            };
            html! {
                <>{ saved_words::deleted(lang, &gone.name) }{ " " }
                    <button type="button" onclick={restore}>{ saved_words::words(lang).undo_delete }</button></>
            }
        }
        Notice::LinkCopiedNotComputable(problems) => {
            with_problems(w.copied_not_computable, problems, lang)
        }
        Notice::CannotPrint(problems) => with_problems(w.cannot_print, problems, lang),
        Notice::SavedAs(_)
        | Notice::NameRefused(_)
        | Notice::OpenedSaved(_)
        | Notice::SavedUnreadable(_)
        | Notice::StorageFailed(_)
        | Notice::CompareFull
        | Notice::ComparedUnreadable(_) => html! { saved_words::notice(lang, notice) },
        Notice::ExportRefused(what, why) => html! { export_words::refused(lang, *what, *why) },
    }
}

/// A message and the problems it is about, one per line.
fn with_problems(message: &str, problems: &[Bilingual], lang: Lang) -> Html {
    html! {
        <>
            { message }
            <ul>{ for problems.iter().map(|p| html! { <li>{ sentence(p.get(lang)) }</li> }) }</ul>
        </>
    }
}

fn switched_free(lang: Lang, preset: &str) -> String {
    match lang {
        Lang::Id => format!(
            "“{preset}” tidak membelanjakan seluruh pagu, jadi cara menyeimbangkan beralih ke Bebas. Pilih “Jaga total” untuk membagi pagu lagi."
        ),
        Lang::En => format!(
            "“{preset}” does not spend the whole envelope, so balancing switched to Free. Choose “Keep the total” to share out the envelope again."
        ),
    }
}

fn rescaled(lang: Lang, from: u64, to: u64) -> String {
    let (from, to) = (thousands(lang, from), thousands(lang, to));
    match lang {
        Lang::Id => format!(
            "Anggaran berjumlah Rp {from} juta, jadi “Jaga total” menyesuaikan setiap anggaran secara sebanding ke pagu Rp {to} juta. Urungkan untuk kembali."
        ),
        Lang::En => format!(
            "The budgets added up to Rp {from} million, so “Keep the total” scaled each of them in proportion to the Rp {to} million envelope. Undo to go back."
        ),
    }
}

/// What a message about typed input says beside its field, and whether it refuses the value
/// (rather than saying how it was read); `None` for messages that are not about one field.
pub fn about_field(lang: Lang, notice: &Notice) -> Option<(String, bool)> {
    let refused = |text: String| Some((sentence(&text), true));
    match notice {
        Notice::Refused(text) => refused(refusal(lang, text)),
        Notice::BadGrouping(text) => refused(grouping_refusal(lang, text)),
        Notice::RefusedNumber(text) => refused(number_refusal(lang, text)),
        Notice::Rounded { typed, juta } => Some((rounded(lang, typed, *juta), false)),
        // About the last paste, not the box, which is emptied: a note, not an error.
        Notice::BoardJunk(_) => Some((class_words::notice(lang, notice), false)),
        _ => None,
    }
}

fn rounded(lang: Lang, typed: &str, juta: u64) -> String {
    let typed = typed.trim();
    let said = match lang {
        Lang::Id => format!(
            "“{typed}” dibulatkan menjadi Rp {} juta: anggaran dihitung dalam Rp juta utuh.",
            thousands(lang, juta)
        ),
        Lang::En => format!(
            "“{typed}” was rounded to Rp {} million: budgets are whole Rp million.",
            thousands(lang, juta)
        ),
    };
    // A few juta with a fraction ("1,5") is most often an amount in miliar typed as juta.
    let Some(miliar) = parse_amount(typed, lang)
        .ok()
        .filter(|x| *x < 100.0)
        .map(|x| (x * 1000.0).round() as u64)
        .filter(|&m| m > 0)
    else {
        return said;
    };
    let m = thousands(lang, miliar);
    match lang {
        Lang::Id => format!("{said} Jika maksudnya Rp {typed} miliar, ketik {m}."),
        Lang::En => format!("{said} If you meant Rp {typed} billion, type {m}."),
    }
}

/// A link's language that the page does not speak, as received (cut short: it is the
/// sender's text), and the one the page is shown in instead.
fn unknown_language(lang: Lang, code: &str) -> String {
    let code: String = code.chars().take(24).collect();
    match lang {
        Lang::Id => format!(
            "Bahasa “{code}” dalam tautan tidak dikenal, jadi halaman ditampilkan dalam Bahasa Indonesia. Canting tersedia dalam Bahasa Indonesia dan English."
        ),
        Lang::En => format!(
            "The link's language “{code}” is not known, so the page is shown in English. Canting is in Bahasa Indonesia and English."
        ),
    }
}

fn number_refusal(lang: Lang, text: &str) -> String {
    match (lang, text.trim()) {
        (Lang::Id, "") => {
            "kolom kosong; isi sebuah bilangan. Nilai sebelumnya tetap dipakai.".into()
        }
        (Lang::En, "") => "the field is empty; enter a number. The previous value is kept.".into(),
        (Lang::Id, text) => {
            format!("“{text}” bukan bilangan yang sah di sini. Nilai sebelumnya tetap dipakai.")
        }
        (Lang::En, text) => {
            format!("“{text}” is not a valid number here. The previous value is kept.")
        }
    }
}

fn refusal(lang: Lang, text: &str) -> String {
    match (lang, text.trim()) {
        (Lang::Id, "") => "kolom kosong; isi bilangan Rp juta, 0 atau lebih (mis. 1.500). Nilai sebelumnya tetap dipakai.".into(),
        (Lang::En, "") => "the field is empty; enter a number of Rp million, 0 or more (e.g. 1,500). The previous value is kept.".into(),
        (Lang::Id, text) => format!(
            "“{text}” bukan jumlah yang sah; isi bilangan Rp juta, 0 atau lebih (mis. 1.500). Nilai sebelumnya tetap dipakai."
        ),
        (Lang::En, text) => format!(
            "“{text}” is not a valid amount; enter a number of Rp million, 0 or more (e.g. 1,500). The previous value is kept."
        ),
    }
}

fn grouping_refusal(lang: Lang, text: &str) -> String {
    let text = text.trim();
    match lang {
        Lang::Id => format!(
            "“{text}” tidak jelas: dalam Bahasa Indonesia titik memisahkan ribuan dan koma menandai desimal, jadi tulis 1.500 untuk seribu lima ratus atau 1,5 untuk satu setengah. Nilai sebelumnya tetap dipakai."
        ),
        Lang::En => format!(
            "“{text}” is unclear: in English a comma separates thousands and a point marks decimals, so write 1,500 for fifteen hundred or 1.5 for one and a half. The previous value is kept."
        ),
    }
}

/// Why a scenario opened in free mode, with the budgets' distance from the envelope.
fn opened_free(lang: Lang, imbalance: i64) -> String {
    let amount = thousands(lang, imbalance.unsigned_abs());
    match (lang, imbalance > 0) {
        (Lang::Id, over) => format!(
            "Anggaran skenario ini {} pagu sebesar Rp {amount} juta, tanpa keterangan cara menyeimbangkannya, jadi skenario dibuka dalam mode Bebas: tidak ada anggaran yang diubah. Pilih “Jaga total” untuk menyesuaikannya ke pagu.",
            if over { "melebihi" } else { "di bawah" }
        ),
        (Lang::En, over) => format!(
            "This scenario's budgets are {} the envelope by Rp {amount} million and it does not say how they balance, so it opened in Free mode: no budget was changed. Choose “Keep the total” to fit them to the envelope.",
            if over { "over" } else { "under" }
        ),
    }
}
