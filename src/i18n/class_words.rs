//! The words of class mode and the class board, in Bahasa Indonesia and English.

use canting_model::Lang;

use crate::class::{Flag, Setting};
use crate::i18n::sentence;
use crate::state::Notice;

/// The class section's and the board's words in one language.
pub struct ClassWords {
    pub heading: &'static str,
    pub teacher_intro: &'static str,
    pub class_name_label: &'static str,
    pub locks_legend: &'static str,
    pub make_link: &'static str,
    pub challenge_label: &'static str,
    pub no_challenge: &'static str,
    pub challenge_note: &'static str,
    pub no_challenge_note: &'static str,
    pub class_link_label: &'static str,
    pub open_board: &'static str,
    pub group_name_label: &'static str,
    pub copy_group_link: &'static str,
    pub group_link_note: &'static str,
    pub leave: &'static str,
    pub locked_field: &'static str,
    pub board_heading: &'static str,
    pub board_intro: &'static str,
    pub paste_label: &'static str,
    pub add: &'static str,
    pub objective_label: &'static str,
    pub higher_better: &'static str,
    pub lower_better: &'static str,
    pub rank_col: &'static str,
    pub group_col: &'static str,
    pub value_col: &'static str,
    pub remove: &'static str,
    pub empty: &'static str,
    pub flagged_heading: &'static str,
    pub flagged_note: &'static str,
    pub pairs_heading: &'static str,
    pub pairs_note: &'static str,
    pub copy_board: &'static str,
    pub print_board: &'static str,
    pub close_board: &'static str,
}

/// The class words in `lang`.
pub fn words(lang: Lang) -> &'static ClassWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: ClassWords = ClassWords {
    heading: "Mode kelas",
    teacher_intro: "Untuk guru dan dosen: buat tautan kelas yang menyematkan pagu, jangka waktu, benih acak dan jumlah ulangan skenario ini untuk setiap kelompok, lalu kumpulkan tautan kelompok di papan kelas. Tidak ada yang diunggah: semuanya ada di dalam tautan.",
    class_name_label: "Nama kelas",
    locks_legend: "Dikunci untuk kelompok",
    make_link: "Salin tautan kelas",
    challenge_label: "Tantangan untuk kelas",
    no_challenge: "Tanpa tantangan",
    challenge_note: "Setiap kelompok membuka tautan dengan tantangan ini sudah dimulai, di dalam kelas.",
    no_challenge_note: "Tanpa tantangan, setiap kelompok membuka tautan dengan alokasi sekarang dan pengaturan kelas.",
    class_link_label: "Tautan kelas",
    open_board: "Buka papan kelas",
    group_name_label: "Nama kelompok Anda",
    copy_group_link: "Salin tautan kelompok",
    group_link_note: "Kirim tautan ini kepada guru Anda: tautan memuat alokasi kelompok Anda dan kelasnya.",
    leave: "Keluar dari mode kelas",
    locked_field: "Dikunci oleh kelas",
    board_heading: "Papan kelas",
    board_intro: "Tempel tautan kelompok, satu per baris (boleh beberapa sekaligus). Setiap kelompok dihitung pada benih acak, jangka waktu dan ulangan kelas, sehingga selisih antarkelompok berpasangan ulangan demi ulangan.",
    paste_label: "Tautan kelompok, satu per baris",
    add: "Tambahkan ke papan",
    objective_label: "Peringkat menurut",
    higher_better: "makin tinggi makin baik",
    lower_better: "makin rendah makin baik",
    rank_col: "Peringkat",
    group_col: "Kelompok",
    value_col: "Di akhir (rentang 10–90%)",
    remove: "Hapus",
    empty: "Belum ada tautan kelompok di papan.",
    flagged_heading: "Tidak ikut diperingkat",
    flagged_note: "Tautan ini bukan dari kelas ini, benih acaknya, atau versi model ini, jadi tidak dicampur dengan yang lain.",
    pairs_heading: "Selisih berpasangan antarkelompok",
    pairs_note: "Baris dikurangi kolom, rata-rata per ulangan pada benih yang sama, di akhir jangka waktu; dalam kurung, bagian ulangan yang lebih baik untuk kelompok baris.",
    copy_board: "Salin tautan papan",
    print_board: "Cetak papan",
    close_board: "Tutup papan",
};

static EN: ClassWords = ClassWords {
    heading: "Class mode",
    teacher_intro: "For teachers: make a class link that pins this scenario's envelope, horizon, seed and runs for every group, then collect the groups' links on the class board. Nothing is uploaded: everything is in the links.",
    class_name_label: "Class name",
    locks_legend: "Locked for the groups",
    make_link: "Copy the class link",
    challenge_label: "Challenge for the class",
    no_challenge: "No challenge",
    challenge_note: "Every group opens the link with this challenge already started, inside the class.",
    no_challenge_note: "With no challenge, every group opens the link on today's allocation and the class's settings.",
    class_link_label: "Class link",
    open_board: "Open the class board",
    group_name_label: "Your group's name",
    copy_group_link: "Copy your group's link",
    group_link_note: "Send this link to your teacher: it holds your group's allocation and its class.",
    leave: "Leave class mode",
    locked_field: "Locked by the class",
    board_heading: "Class board",
    board_intro: "Paste the groups' links, one a line (several at once). Every group runs on the class's seed, horizon and runs, so the differences between groups are paired run by run.",
    paste_label: "Groups' links, one a line",
    add: "Add to the board",
    objective_label: "Rank by",
    higher_better: "higher is better",
    lower_better: "lower is better",
    rank_col: "Rank",
    group_col: "Group",
    value_col: "At the end (10–90% range)",
    remove: "Remove",
    empty: "No group's link is on the board yet.",
    flagged_heading: "Not ranked",
    flagged_note: "These links are not of this class, its seed or this model version, so they are not mixed in with the others.",
    pairs_heading: "Paired differences between groups",
    pairs_note: "Row minus column, the mean per run on the same seeds, at the horizon; in brackets, the share of runs better for the row's group.",
    copy_board: "Copy the board's link",
    print_board: "Print the board",
    close_board: "Close the board",
};

/// The words in `lang` of two.
fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A setting's name in a sentence.
pub fn setting_name(lang: Lang, setting: Setting) -> &'static str {
    match setting {
        Setting::Seed => pick(lang, "benih acak", "the seed"),
        Setting::Years => pick(lang, "jangka waktu", "the horizon"),
        Setting::Runs => pick(lang, "jumlah ulangan", "the runs"),
        Setting::Envelope => pick(lang, "pagu", "the envelope"),
    }
}

/// Why the class locks what it locks.
pub fn why_locked(lang: Lang, class: &str, locked: &[Setting]) -> String {
    let names: Vec<&str> = locked.iter().map(|s| setting_name(lang, *s)).collect();
    let names = listed(lang, &names);
    match (lang, locked.is_empty()) {
        (Lang::Id, true) => format!(
            "Anda bekerja di kelas \u{201c}{class}\u{201d}. Kelas ini tidak mengunci pengaturan apa pun, tetapi papan kelas hanya memeringkat kelompok yang memakai benih acak kelas."
        ),
        (Lang::En, true) => format!(
            "You are working in the class \u{201c}{class}\u{201d}. It locks no setting, but the class board ranks only the groups on the class's seed."
        ),
        (Lang::Id, false) => format!(
            "Anda bekerja di kelas \u{201c}{class}\u{201d}. Kelas ini mengunci {names} agar setiap kelompok menghadapi dunia acak yang sama dan papan kelas dapat membandingkan kelompok ulangan demi ulangan. Alokasinya milik kelompok Anda."
        ),
        (Lang::En, false) => format!(
            "You are working in the class \u{201c}{class}\u{201d}. It locks {names} so that every group faces the same random world and the class board can compare the groups run by run. The allocation is your group's."
        ),
    }
}

/// "a, b and c" / "a, b dan c".
fn listed(lang: Lang, items: &[&str]) -> String {
    let and = match lang {
        Lang::Id => " dan ",
        Lang::En => " and ",
    };
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// Why a group's link is not ranked.
pub fn flag(lang: Lang, flag: &Flag) -> String {
    match (lang, flag) {
        (Lang::Id, Flag::OtherClass(Some(name))) => {
            format!("dari kelas lain (\u{201c}{name}\u{201d})")
        }
        (Lang::En, Flag::OtherClass(Some(name))) => {
            format!("from another class (\u{201c}{name}\u{201d})")
        }
        (Lang::Id, Flag::OtherClass(None)) => "bukan tautan kelas mana pun".into(),
        (Lang::En, Flag::OtherClass(None)) => "not a class's link".into(),
        (Lang::Id, Flag::OtherSeed { group, class }) => {
            format!("benih acak lain ({group}, kelas memakai {class})")
        }
        (Lang::En, Flag::OtherSeed { group, class }) => {
            format!("another seed ({group}; the class's is {class})")
        }
        (Lang::Id, Flag::OtherModelVersion { group, ours }) => {
            format!("dibuat versi model lain ({group}; halaman ini {ours})")
        }
        (Lang::En, Flag::OtherModelVersion { group, ours }) => {
            format!("made by another model version ({group}; this page runs {ours})")
        }
        (_, Flag::NotComputable(problems)) => {
            let problems: Vec<&str> = problems.iter().map(|p| p.get(lang)).collect();
            format!(
                "{}: {}",
                pick(lang, "tidak dapat dihitung", "cannot be computed"),
                problems.join("; ")
            )
        }
    }
}

/// The class notices in words.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    match (lang, notice) {
        (_, Notice::Locked(setting)) => sentence(&format!(
            "{} {}",
            setting_name(lang, *setting),
            pick(
                lang,
                "dikunci oleh kelas: setiap kelompok memakai nilai yang sama",
                "is locked by the class: every group keeps the same value"
            )
        )),
        (Lang::Id, Notice::ClassUnreadable(why)) => format!(
            "Tautan kelas tidak terbaca: {}. Skenario dibuka tanpa mode kelas.",
            why.get(lang)
        ),
        (Lang::En, Notice::ClassUnreadable(why)) => format!(
            "The class link could not be read: {}. The scenario opened without class mode.",
            why.get(lang)
        ),
        (_, Notice::BoardJunk(junk)) => {
            let lines: Vec<String> = junk
                .iter()
                .map(|j| {
                    format!(
                        "{} {} (\u{201c}{}\u{201d}): {}",
                        pick(lang, "baris", "line"),
                        j.line,
                        shortened(&j.text),
                        j.why.get(lang)
                    )
                })
                .collect();
            format!(
                "{} {}.",
                pick(
                    lang,
                    "Baris berikut bukan tautan kelompok dan dilewati:",
                    "These lines are not groups' links and were skipped:"
                ),
                lines.join("; ")
            )
        }
        (Lang::Id, Notice::BoardUnreadable(n)) => format!(
            "Papan dalam tautan ini rusak: {n} tautan kelompok tidak terbaca dan tidak ditampilkan."
        ),
        (Lang::En, Notice::BoardUnreadable(n)) => format!(
            "The board in this link is damaged: {n} group links could not be read and are left out."
        ),
        (Lang::Id, Notice::ClassNameEmpty) => {
            "Beri nama kelas dulu untuk membuat tautannya.".into()
        }
        (Lang::En, Notice::ClassNameEmpty) => {
            "Give the class a name first to make its link.".into()
        }
        (Lang::Id, Notice::ClassLinkCopied) => {
            "Tautan kelas disalin. Bagikan kepada setiap kelompok.".into()
        }
        (Lang::En, Notice::ClassLinkCopied) => {
            "The class link was copied. Send it to every group.".into()
        }
        (Lang::Id, Notice::NameTheGroup) => {
            "Beri nama kelompok Anda dulu, agar guru tahu tautan ini milik siapa.".into()
        }
        (Lang::En, Notice::NameTheGroup) => {
            "Name your group first, so that your teacher knows whose link it is.".into()
        }
        (Lang::Id, Notice::GroupLinkCopied) => {
            "Tautan kelompok disalin. Kirimkan kepada guru Anda.".into()
        }
        (Lang::En, Notice::GroupLinkCopied) => {
            "Your group's link was copied. Send it to your teacher.".into()
        }
        _ => String::new(),
    }
}

/// A pasted line as a message quotes it: at most 40 characters, and none that could move or
/// hide the text around it.
fn shortened(line: &str) -> String {
    let bidi = |c: &char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let clean: String = line
        .chars()
        .filter(|c| !c.is_control() && !bidi(c))
        .collect();
    let mut out: String = clean.chars().take(40).collect();
    if clean.chars().count() > 40 {
        out.push('\u{2026}');
    }
    out
}
