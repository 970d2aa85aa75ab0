//! The words of the guided challenges, in Bahasa Indonesia and English: the panel, each
//! challenge's story and explanation, and each part of a goal said from its definition (so that
//! retuning a target in `challenge.rs` retunes its sentence too).

use canting_model::{Lang, Metric};

use crate::challenge::{ChallengeId, Goal, SettingNote};
use crate::i18n::{decimal, rupiah_in_words};
use crate::state::Notice;

/// The panel's words in one language.
pub struct ChallengeWords {
    pub heading: &'static str,
    pub open_panel: &'static str,
    pub intro: &'static str,
    pub start: &'static str,
    pub restart: &'static str,
    pub other_challenges: &'static str,
    pub goal_heading: &'static str,
    pub progress_label: &'static str,
    pub waiting: &'static str,
    pub provisional: &'static str,
    pub met: &'static str,
    pub not_yet: &'static str,
    pub part_met: &'static str,
    pub part_not_met: &'static str,
    pub part_waiting: &'static str,
    pub give_up: &'static str,
    pub explanation_heading: &'static str,
    pub gave_up_note: &'static str,
    pub mechanism: &'static str,
    pub agents: &'static str,
    pub figures_heading: &'static str,
    pub vs_today: &'static str,
    pub pinned_note: &'static str,
    pub unpin: &'static str,
    pub share_note: &'static str,
    pub link_label: &'static str,
    pub copy_link: &'static str,
    pub now: &'static str,
    pub texts_loading: &'static str,
    pub texts_failed: &'static str,
}

/// The words in `lang`.
pub fn words(lang: Lang) -> &'static ChallengeWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: ChallengeWords = ChallengeWords {
    heading: "Tantangan",
    open_panel: "Tantangan",
    intro: "Tantangan singkat berdasarkan temuan penelitian dan mekanisme model. Setiap tantangan menyiapkan alokasi awal (dapat dibatalkan), menyatakan tujuannya, dan memeriksa hasil skenario Anda terhadap alokasi saat ini pada benih acak yang sama sambil Anda bekerja.",
    start: "Mulai",
    restart: "Mulai lagi dari awal",
    other_challenges: "Tantangan lain",
    goal_heading: "Tujuan",
    progress_label: "Kemajuan menuju tujuan",
    waiting: "Menunggu hasil ulangan…",
    provisional: "Tujuan tercapai pada ulangan sejauh ini; menunggu sisa ulangan.",
    met: "Tujuan tercapai!",
    not_yet: "Belum tercapai.",
    part_met: "tercapai",
    part_not_met: "belum",
    part_waiting: "menunggu",
    give_up: "Menyerah: tunjukkan penjelasannya",
    explanation_heading: "Apa yang dilakukan model, dan mengapa",
    gave_up_note: "Anda menyerah sebelum tujuan tercapai; penjelasannya tetap berlaku, dan Anda boleh terus mencoba.",
    mechanism: "Mekanisme",
    agents: "Agen yang terlibat",
    figures_heading: "Angka skenario Anda di akhir jangka waktu",
    vs_today: "dibanding alokasi saat ini",
    pinned_note: "Tujuan dibandingkan dengan alokasi saat ini, tetapi kondisi dasar yang disematkan sedang dipakai. Lepaskan sematan agar tantangan dapat dinilai.",
    unpin: "Bandingkan dengan alokasi saat ini",
    share_note: "Tautan ini membuka tantangan dari awal (di dalam kelas yang sama, bila ada); tautan berbagi halaman ini membuka tantangan beserta alokasi Anda sekarang.",
    link_label: "Tautan ke tantangan ini",
    copy_link: "Salin tautan tantangan",
    now: "sekarang",
    texts_loading: "Memuat cerita dan penjelasan tantangan…",
    texts_failed: "Cerita dan penjelasan tantangan tidak dapat dimuat. Periksa sambungan, lalu coba lagi; tujuan, kemajuan, dan alokasi Anda tidak berubah.",
};

static EN: ChallengeWords = ChallengeWords {
    heading: "Challenges",
    open_panel: "Challenges",
    intro: "Short challenges built on the study's findings and the model's mechanisms. Each sets up a starting allocation (undoable), states its goal, and checks your scenario's results against today's split on the same seeds as you work.",
    start: "Start",
    restart: "Start again from the beginning",
    other_challenges: "Other challenges",
    goal_heading: "Goal",
    progress_label: "Progress towards the goal",
    waiting: "Waiting for the runs…",
    provisional: "Goal met on the runs so far; waiting for the rest.",
    met: "Goal met!",
    not_yet: "Not met yet.",
    part_met: "met",
    part_not_met: "not yet",
    part_waiting: "waiting",
    give_up: "Give up: show the explanation",
    explanation_heading: "What the model did, and why",
    gave_up_note: "You gave up before meeting the goal; the explanation holds all the same, and you may keep trying.",
    mechanism: "Mechanism",
    agents: "Agents involved",
    figures_heading: "Your scenario's figures at the end of the horizon",
    vs_today: "against today's split",
    pinned_note: "The goals compare with today's split, but a pinned baseline is in use. Unpin it for the challenge to be judged.",
    unpin: "Compare with today's split",
    share_note: "This link opens the challenge from its start (inside the same class, if any); the page's share link opens it with your allocation as it is now.",
    link_label: "Link to this challenge",
    copy_link: "Copy the challenge's link",
    now: "now",
    texts_loading: "Loading the challenges' stories and explanations…",
    texts_failed: "The challenges' stories and explanations could not be loaded. Check the connection, then try again; the goal, the progress and your split are unchanged.",
};

/// A challenge's title in `lang`. Its story and explanation are long texts, fetched with the
/// others when the challenges are opened (src/texts.rs; `canting_model::ChallengeTexts`).
pub fn title(lang: Lang, id: ChallengeId) -> &'static str {
    let (id_title, en_title) = TITLES[usize::from(id.number()) - 1];
    match lang {
        Lang::Id => id_title,
        Lang::En => en_title,
    }
}

/// Each challenge's title in Bahasa Indonesia and English, in the challenges' order.
const TITLES: [(&str, &str); 6] = [
    (
        "Pelatihan yang sampai ke perajin",
        "Training that reaches artisans",
    ),
    (
        "Membawa kaum muda kembali ke batik",
        "Bring young people back into batik",
    ),
    (
        "Ekspor naik tanpa mengorbankan mutu",
        "Grow exports without neglecting quality",
    ),
    (
        "Bila dinas tidak berbuat apa-apa",
        "What happens when the office does nothing",
    ),
    (
        "Jejaring membuat pelatihan lebih jauh",
        "Networking makes the same training go further",
    ),
    (
        "Pembagian yang diterima bagian keuangan yang skeptis",
        "A split a sceptical finance office would accept",
    ),
];

/// A part of a goal in words, with this envelope's amounts.
pub fn goal(lang: Lang, goal: &Goal, envelope_juta: u64) -> String {
    let rp = |share: f64| rupiah_in_words(lang, (envelope_juta as f64 * share).round() as u64);
    let pct = |share: f64| decimal(lang, share * 100.0, 0);
    let pts = |points: f64| decimal(lang, points, if points.fract() == 0.0 { 0 } else { 1 });
    let m = |metric: Metric| metric.label(lang);
    match (lang, goal) {
        (Lang::Id, Goal::SpendAtMost(share)) if *share >= 1.0 => {
            format!("Total anggaran tidak melebihi pagu ({})", rp(*share))
        }
        (Lang::En, Goal::SpendAtMost(share)) if *share >= 1.0 => {
            format!(
                "The budgets add up to no more than the envelope ({})",
                rp(*share)
            )
        }
        (Lang::Id, Goal::SpendAtMost(share)) => format!(
            "Total anggaran paling banyak {}% pagu ({})",
            pct(*share),
            rp(*share)
        ),
        (Lang::En, Goal::SpendAtMost(share)) => format!(
            "The budgets add up to at most {}% of the envelope ({})",
            pct(*share),
            rp(*share)
        ),
        (Lang::Id, Goal::EachAtMost(share)) => format!(
            "Tidak ada strategi di atas {}% pagu ({})",
            pct(*share),
            rp(*share)
        ),
        (Lang::En, Goal::EachAtMost(share)) => format!(
            "No strategy above {}% of the envelope ({})",
            pct(*share),
            rp(*share)
        ),
        (Lang::Id, Goal::AtMostToday(s)) => format!(
            "{} tidak lebih dari yang diberikan alokasi saat ini",
            s.label(lang)
        ),
        (Lang::En, Goal::AtMostToday(s)) => {
            format!("{} no more than today's split gives it", s.label(lang))
        }
        (Lang::Id, Goal::Gain { metric, points }) => format!(
            "{} setidaknya {} poin lebih baik daripada alokasi saat ini, dan ulangan berpasangan sepakat lebih baik",
            m(*metric),
            pts(*points)
        ),
        (Lang::En, Goal::Gain { metric, points }) => format!(
            "{} at least {} points better than today's split, and the paired runs agree it is better",
            m(*metric),
            pts(*points)
        ),
        (Lang::Id, Goal::GainShare { metric, share }) => format!(
            "{} setidaknya {}% lebih baik daripada alokasi saat ini, dan ulangan berpasangan sepakat lebih baik",
            m(*metric),
            pct(*share)
        ),
        (Lang::En, Goal::GainShare { metric, share }) => format!(
            "{} at least {}% better than today's split, and the paired runs agree it is better",
            m(*metric),
            pct(*share)
        ),
        (Lang::Id, Goal::NotWorse(metric)) => format!(
            "{} tidak jelas lebih buruk daripada alokasi saat ini",
            m(*metric)
        ),
        (Lang::En, Goal::NotWorse(metric)) => {
            format!("{} not clearly worse than today's split", m(*metric))
        }
        (Lang::Id, Goal::WithinOf { metric, points }) => format!(
            "{} paling banyak {} poin lebih buruk daripada alokasi saat ini",
            m(*metric),
            pts(*points)
        ),
        (Lang::En, Goal::WithinOf { metric, points }) => format!(
            "{} at most {} points worse than today's split",
            m(*metric),
            pts(*points)
        ),
        (Lang::Id, Goal::BetterOnHeadline(n)) => format!(
            "Lebih baik daripada alokasi saat ini pada sedikitnya {n} dari enam hasil utama, dan tidak lebih buruk pada satu pun"
        ),
        (Lang::En, Goal::BetterOnHeadline(n)) => format!(
            "Better than today's split on at least {n} of the six headline outcomes, and worse on none"
        ),
    }
}

/// Why the targets may not be reachable with this scenario's settings.
pub fn setting_note(lang: Lang, note: &SettingNote) -> String {
    let by = |locked: bool| match (lang, locked) {
        (Lang::Id, true) => " (dikunci oleh kelas)",
        (Lang::En, true) => " (locked by the class)",
        _ => "",
    };
    match (lang, note) {
        (Lang::Id, SettingNote::TooFewRuns { runs, locked }) => format!(
            "Penilaian butuh sedikitnya 8 ulangan berpasangan; skenario ini memakai {runs}{}. Tujuan pada hasil tidak dapat tercapai.",
            by(*locked)
        ),
        (Lang::En, SettingNote::TooFewRuns { runs, locked }) => format!(
            "A verdict needs at least 8 paired runs; this scenario has {runs}{}. The goals on outcomes cannot be met.",
            by(*locked)
        ),
        (Lang::Id, SettingNote::OtherYears { years, locked }) => format!(
            "Target diukur untuk 5 tahun; skenario ini {years} tahun{}, jadi target bisa lebih mudah atau lebih sulit.",
            by(*locked)
        ),
        (Lang::En, SettingNote::OtherYears { years, locked }) => format!(
            "The targets were measured over 5 years; this scenario runs {years}{}, so they may be easier or harder.",
            by(*locked)
        ),
        (Lang::Id, SettingNote::OtherEnvelope { juta, locked }) => format!(
            "Pagu skenario ini {}{}; tujuan tetap dibandingkan dengan alokasi saat ini sebesar Rp 5 miliar, seperti halaman ini.",
            rupiah_in_words(lang, *juta),
            by(*locked)
        ),
        (Lang::En, SettingNote::OtherEnvelope { juta, locked }) => format!(
            "This scenario's envelope is {}{}; the goals still compare with today's split of Rp 5 billion, as the page does.",
            rupiah_in_words(lang, *juta),
            by(*locked)
        ),
    }
}

/// The challenge notice in `lang`.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    let count = crate::challenge::CHALLENGES.len();
    match (lang, notice) {
        (Lang::Id, Notice::UnknownChallenge(value)) => format!(
            "Tautan ini menyebut tantangan “{value}”, yang tidak ada (tantangan bernomor 1 sampai {count}). Bagian lain tautan tetap dibuka."
        ),
        (Lang::En, Notice::UnknownChallenge(value)) => format!(
            "This link names challenge “{value}”, which does not exist (challenges are numbered 1 to {count}). The rest of the link opened."
        ),
        (Lang::Id, Notice::ChallengeLinkCopied) => {
            "Tautan tantangan disalin. Siapa pun yang membukanya memulai tantangan ini dari awal."
                .into()
        }
        (Lang::En, Notice::ChallengeLinkCopied) => {
            "The challenge's link was copied. Whoever opens it starts this challenge from the beginning."
                .into()
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::challenge::ChallengeId;

    #[test]
    fn every_challenge_and_goal_is_told_in_both_languages_and_differently() {
        // The stories and explanations are the site's long texts (the model crate's).
        let texts = canting_model::LongTexts::of_this_build().challenges;
        let keys: Vec<&str> = ChallengeId::all().map(|id| id.def().key).collect();
        assert_eq!(texts.keys().map(String::as_str).collect::<Vec<_>>(), {
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sorted
        });
        for id in ChallengeId::all() {
            let t = &texts[id.def().key];
            for (a, b) in [
                (title(Lang::Id, id), title(Lang::En, id)),
                (t.story.id.as_str(), t.story.en.as_str()),
                (&t.explanation.id, &t.explanation.en),
                (&t.mechanism.id, &t.mechanism.en),
                (&t.agents.id, &t.agents.en),
            ] {
                assert!(!a.is_empty() && !b.is_empty() && a != b, "{a} / {b}");
            }
            for g in id.def().goals {
                let (a, b) = (goal(Lang::Id, g, 5000), goal(Lang::En, g, 5000));
                assert!(!a.is_empty() && a != b, "{a} / {b}");
            }
        }
        assert_eq!(
            goal(Lang::En, &Goal::EachAtMost(0.2), 5000),
            "No strategy above 20% of the envelope (Rp 1 billion)"
        );
    }
}
