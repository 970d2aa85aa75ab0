//! The words of saving and comparing scenarios, in Bahasa Indonesia and English.

use canting_model::Lang;

use crate::i18n::thousands;
use crate::saved::{Brought, MAX_COMPARED, NameProblem};
use crate::state::Notice;

/// The words of the compare section in one language.
pub struct CompareWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub name_label: &'static str,
    pub save: &'static str,
    pub saved_heading: &'static str,
    pub none_saved: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub save_name: &'static str,
    pub cancel: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub undo_delete: &'static str,
    pub compare_box: &'static str,
    pub choose_to_compare: &'static str,
    pub comparison_heading: &'static str,
    pub settings_line: &'static str,
    pub end_heading: &'static str,
    pub year_heading: &'static str,
    pub scenario_col: &'static str,
    pub value_col: &'static str,
    pub diff_col: &'static str,
    pub range_col: &'static str,
    pub share_col: &'static str,
    pub verdict_col: &'static str,
    pub paired_note: &'static str,
    pub refused: &'static str,
    pub show_years: &'static str,
    pub hide_years: &'static str,
    pub invalid_saved: &'static str,
    pub shared_by_link: &'static str,
    pub keep_shared: &'static str,
}

/// The compare section's words in `lang`.
pub fn words(lang: Lang) -> &'static CompareWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: CompareWords = CompareWords {
    heading: "Simpan dan bandingkan skenario",
    intro: "Simpan skenario yang sedang dibuka dengan sebuah nama (tersimpan di peramban ini, tetap ada setelah halaman dimuat ulang), lalu bandingkan hingga empat skenario tersimpan dengan kondisi dasar.",
    name_label: "Nama skenario",
    save: "Simpan skenario ini",
    saved_heading: "Skenario tersimpan",
    none_saved: "Belum ada skenario tersimpan.",
    open: "Buka",
    rename: "Ganti nama",
    save_name: "Simpan nama",
    cancel: "Batal",
    duplicate: "Gandakan",
    delete: "Hapus",
    undo_delete: "Batalkan hapus",
    compare_box: "Bandingkan",
    choose_to_compare: "Centang \u{201c}Bandingkan\u{201d} pada satu sampai empat skenario tersimpan untuk membandingkannya dengan kondisi dasar.",
    comparison_heading: "Perbandingan dengan kondisi dasar",
    settings_line: "Semua skenario dijalankan dengan benih acak, jumlah ulangan dan jangka waktu kondisi dasar",
    end_heading: "Pada akhir jangka waktu",
    year_heading: "Tahun demi tahun",
    scenario_col: "Skenario",
    value_col: "Rata-rata (rentang 10–90%)",
    diff_col: "Selisih rata-rata",
    range_col: "Selisih 10–90%",
    share_col: "Ulangan yang lebih baik",
    verdict_col: "Penilaian",
    paired_note: "Selisih dihitung per ulangan: ulangan ke-i skenario dibandingkan dengan ulangan ke-i kondisi dasar pada benih acak yang sama. \u{201c}Lebih baik\u{201d} atau \u{201c}lebih buruk\u{201d} hanya bila sedikitnya 80% ulangan sepakat dan rata-ratanya paling sedikit setengah satuan terakhir yang dipakai untuk menulis hasil itu; bila ulangan sepakat tetapi rata-ratanya lebih kecil dari itu, putusannya menyebut batasnya (misalnya \u{201c}lebih kecil dari 0,05\u{201d}); selain itu \u{201c}tidak ada beda yang jelas\u{201d}.",
    refused: "Tidak dibandingkan",
    show_years: "Tampilkan tahun demi tahun",
    hide_years: "Sembunyikan tahun demi tahun",
    invalid_saved: "tidak dapat dihitung",
    shared_by_link: "Dibagikan lewat tautan, belum disimpan.",
    keep_shared: "Simpan ke daftar saya",
};

static EN: CompareWords = CompareWords {
    heading: "Save and compare scenarios",
    intro: "Save the scenario on screen under a name (kept in this browser, through reloads), then compare up to four saved scenarios with the baseline.",
    name_label: "Scenario name",
    save: "Save this scenario",
    saved_heading: "Saved scenarios",
    none_saved: "No saved scenarios yet.",
    open: "Open",
    rename: "Rename",
    save_name: "Save name",
    cancel: "Cancel",
    duplicate: "Duplicate",
    delete: "Delete",
    undo_delete: "Undo delete",
    compare_box: "Compare",
    choose_to_compare: "Tick \u{201c}Compare\u{201d} on one to four saved scenarios to compare them with the baseline.",
    comparison_heading: "Compared with the baseline",
    settings_line: "Every scenario runs on the baseline's seed, number of runs and horizon",
    end_heading: "At the end of the horizon",
    year_heading: "Year by year",
    scenario_col: "Scenario",
    value_col: "Mean (10–90% band)",
    diff_col: "Mean difference",
    range_col: "Difference 10–90%",
    share_col: "Runs better",
    verdict_col: "Verdict",
    paired_note: "Differences are per run: run i of a scenario against run i of the baseline, on the same seed. \u{201c}Better\u{201d} or \u{201c}worse\u{201d} only where at least 80% of the runs agree and the mean is at least half the last unit the outcome is written in; where the runs agree but the mean is smaller than that, the verdict gives that bound (\u{201c}smaller than 0.05\u{201d}, say); otherwise \u{201c}no clear difference\u{201d}.",
    refused: "Not compared",
    show_years: "Show year by year",
    hide_years: "Hide year by year",
    invalid_saved: "cannot be computed",
    shared_by_link: "Shared by the link, not saved yet.",
    keep_shared: "Save to my list",
};

/// "“name” was deleted."
/// A saved scenario whose budgets do not add up to its envelope: what it spends, and by how
/// much it is over or under (a comparison does not rescale it).
pub fn off_envelope(lang: Lang, total_juta: u64, envelope_juta: u64) -> Option<String> {
    let (total, gap) = (
        thousands(lang, total_juta),
        thousands(lang, total_juta.abs_diff(envelope_juta)),
    );
    let over = total_juta > envelope_juta;
    Some(match (lang, total_juta == envelope_juta, over) {
        (_, true, _) => return None,
        (Lang::Id, _, true) => format!("membelanjakan Rp {total} juta, Rp {gap} juta di atas pagu"),
        (Lang::Id, _, false) => {
            format!("membelanjakan Rp {total} juta, Rp {gap} juta di bawah pagu")
        }
        (Lang::En, _, true) => {
            format!("spends Rp {total} million, Rp {gap} million over the envelope")
        }
        (Lang::En, _, false) => {
            format!("spends Rp {total} million, Rp {gap} million under the envelope")
        }
    })
}

pub fn deleted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Id => format!("\u{201c}{name}\u{201d} dihapus."),
        Lang::En => format!("\u{201c}{name}\u{201d} was deleted."),
    }
}

/// The notices about saved scenarios, but for a deletion (which has a button).
pub fn notice(lang: Lang, notice: &Notice) -> String {
    match (lang, notice) {
        (Lang::Id, Notice::SavedAs(name)) => {
            format!("Skenario disimpan sebagai \u{201c}{name}\u{201d} di peramban ini.")
        }
        (Lang::En, Notice::SavedAs(name)) => {
            format!("Scenario saved as \u{201c}{name}\u{201d} in this browser.")
        }
        (Lang::Id, Notice::NameRefused(NameProblem::Empty)) => {
            "Nama kosong; beri skenario ini nama untuk menyimpannya.".into()
        }
        (Lang::En, Notice::NameRefused(NameProblem::Empty)) => {
            "The name is empty; give this scenario a name to save it.".into()
        }
        (Lang::Id, Notice::NameRefused(NameProblem::Taken(name))) => format!(
            "Sudah ada skenario tersimpan bernama \u{201c}{name}\u{201d}; pilih nama lain, atau hapus yang lama dulu."
        ),
        (Lang::En, Notice::NameRefused(NameProblem::Taken(name))) => format!(
            "A saved scenario is already called \u{201c}{name}\u{201d}; choose another name, or delete the old one first."
        ),
        (Lang::Id, Notice::OpenedSaved(name)) => format!(
            "\u{201c}{name}\u{201d} dibuka untuk diubah. Urungkan (Ctrl+Z) untuk kembali ke skenario sebelumnya."
        ),
        (Lang::En, Notice::OpenedSaved(name)) => format!(
            "\u{201c}{name}\u{201d} is open for editing. Undo (Ctrl+Z) goes back to the scenario you had."
        ),
        (Lang::Id, Notice::SavedUnreadable(n)) => format!(
            "{} skenario tersimpan tidak terbaca (rusak, atau dibuat versi Canting yang lain) dan dilewati. Skenario tersimpan lainnya tetap ada, dan entri yang tidak terbaca dibiarkan apa adanya, tidak dihapus.",
            thousands(lang, *n as u64)
        ),
        (Lang::En, Notice::SavedUnreadable(n)) => format!(
            "{} saved {} could not be read (damaged, or made by another version of Canting) and {} skipped. Every other saved scenario is here, and what could not be read was left as it is, not deleted.",
            thousands(lang, *n as u64),
            if *n == 1 { "scenario" } else { "scenarios" },
            if *n == 1 { "was" } else { "were" }
        ),
        (Lang::Id, Notice::StorageFailed(name)) => format!(
            "\u{201c}{name}\u{201d} tidak dapat ditulis ke penyimpanan peramban (penuh, atau dimatikan), jadi hanya ada sampai halaman ini ditutup. Salin tautan berbagi untuk menyimpannya."
        ),
        (Lang::En, Notice::StorageFailed(name)) => format!(
            "\u{201c}{name}\u{201d} could not be written to the browser's storage (full, or turned off), so it is kept only until this page is closed. Copy the share link to keep it."
        ),
        (Lang::Id, Notice::CompareFull) => format!(
            "Paling banyak {MAX_COMPARED} skenario tersimpan dibandingkan sekaligus; keluarkan satu dulu."
        ),
        (Lang::En, Notice::CompareFull) => format!(
            "At most {MAX_COMPARED} saved scenarios are compared at once; take one out first."
        ),
        (Lang::Id, Notice::ComparedUnreadable(n)) => format!(
            "{n} skenario yang dibandingkan dalam tautan tidak terbaca (rusak atau terpotong), jadi tidak ditampilkan; yang lain dibandingkan seperti yang dikirim."
        ),
        (Lang::En, Notice::ComparedUnreadable(n)) => format!(
            "{n} of the scenarios the link compares could not be read (damaged or cut short), so {} left out; the others are compared as sent.",
            if *n == 1 { "it is" } else { "they are" }
        ),
        _ => String::new(),
    }
}

/// The line that tells the receiver of a link what the page shows: the shared scenario (and
/// the scenarios it is compared with, if any) and the baseline everything is compared against.
pub fn shared_view(lang: Lang, pinned: bool, compared: &[String], settings: &str) -> String {
    let names: Vec<String> = compared
        .iter()
        .map(|n| format!("\u{201c}{n}\u{201d}"))
        .collect();
    let names = names.join(", ");
    match (lang, pinned, compared.is_empty()) {
        (Lang::Id, pinned, only) => format!(
            "Halaman ini menampilkan skenario yang dibagikan lewat tautan{}, dibandingkan dengan {}. {settings}",
            if only {
                String::new()
            } else {
                format!(" beserta perbandingannya dengan {names}")
            },
            if pinned {
                "kondisi dasar yang disematkan pengirim"
            } else {
                "alokasi saat ini (kondisi dasar bawaan) pada benih acak, ulangan dan jangka waktu yang sama"
            }
        ),
        (Lang::En, pinned, only) => format!(
            "This page shows a scenario shared by a link{}, compared with {}. {settings}",
            if only {
                String::new()
            } else {
                format!(" and its comparison with {names}")
            },
            if pinned {
                "the baseline the sender pinned"
            } else {
                "today's allocation (the default baseline) on the same seed, runs and horizon"
            }
        ),
    }
}

/// What comparing a saved scenario changed of its settings, in a sentence.
pub fn brought(lang: Lang, brought: &[Brought]) -> String {
    let parts: Vec<String> = brought
        .iter()
        .map(|b| match (lang, *b) {
            (Lang::Id, Brought::Years { saved, baseline }) => {
                format!("{saved} tahun menjadi {baseline} tahun")
            }
            (Lang::En, Brought::Years { saved, baseline }) => {
                format!("{saved} years to {baseline} years")
            }
            (Lang::Id, Brought::Seed { saved, baseline }) => {
                format!("benih acak {saved} menjadi {baseline}")
            }
            (Lang::En, Brought::Seed { saved, baseline }) => {
                format!("seed {saved} to {baseline}")
            }
            (Lang::Id, Brought::Runs { saved, baseline }) => {
                format!("{saved} ulangan menjadi {baseline} ulangan")
            }
            (Lang::En, Brought::Runs { saved, baseline }) => {
                format!("{saved} runs to {baseline} runs")
            }
        })
        .collect();
    match lang {
        Lang::Id => format!(
            "Disamakan dengan kondisi dasar agar setiap ulangan punya pasangan: {}.",
            parts.join("; ")
        ),
        Lang::En => format!(
            "Brought onto the baseline's settings, so that every run has a partner: {}.",
            parts.join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::off_envelope;
    use canting_model::Lang;

    #[test]
    fn a_saved_split_off_its_envelope_says_by_how_much() {
        assert_eq!(off_envelope(Lang::En, 5000, 5000), None);
        assert_eq!(
            off_envelope(Lang::En, 5600, 5000).as_deref(),
            Some("spends Rp 5,600 million, Rp 600 million over the envelope")
        );
        assert_eq!(
            off_envelope(Lang::Id, 4000, 5000).as_deref(),
            Some("membelanjakan Rp 4.000 juta, Rp 1.000 juta di bawah pagu")
        );
    }
}
