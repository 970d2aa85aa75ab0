//! The words of the downloads (the series as CSV, a chart as PNG, the scenario as JSON), in
//! Bahasa Indonesia and English.

use canting_model::Lang;

use crate::export::Export;

/// The downloads' words in one language.
pub struct ExportWords {
    /// The group of download buttons, for a screen reader.
    pub group: &'static str,
    pub csv: &'static str,
    pub scenario: &'static str,
    /// A chart's button; its accessible name adds the chart's title.
    pub png: &'static str,
    pub note: &'static str,
}

/// The downloads' words in `lang`.
pub fn words(lang: Lang) -> &'static ExportWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: ExportWords = ExportWords {
    group: "Unduh",
    csv: "Unduh deret (CSV)",
    scenario: "Unduh skenario (JSON)",
    png: "Unduh PNG",
    note: "CSV: rata-rata dan rentang 10–90% setiap hasil per bulan, untuk skenario, kondisi dasar dan skenario yang dibandingkan, beserta selisih berpasangan dari kondisi dasar (rata-rata, rentang 10–90%, bagian ulangan yang lebih baik, putusan) serta benih, ulangan dan anggaran yang menghasilkannya (angka memakai titik desimal). JSON: skenario ini, untuk canting run --scenario.",
};

static EN: ExportWords = ExportWords {
    group: "Download",
    csv: "Download series (CSV)",
    scenario: "Download scenario (JSON)",
    png: "Download PNG",
    note: "CSV: the mean and 10–90% band of every outcome by month, for the scenario, the baseline and the compared scenarios, with the paired difference from the baseline (mean, 10–90% band, share of runs better, verdict) and the seed, runs and budgets that made each (numbers with a decimal point). JSON: this scenario, for canting run --scenario.",
};

/// What a download is, as a notice names it.
fn what(lang: Lang, export: Export) -> &'static str {
    match (lang, export) {
        (Lang::Id, Export::Csv) => "CSV deret",
        (Lang::Id, Export::Png) => "Gambar PNG grafik",
        (Lang::Id, Export::Scenario) => "Berkas JSON skenario",
        (Lang::En, Export::Csv) => "The series CSV",
        (Lang::En, Export::Png) => "The chart's PNG",
        (Lang::En, Export::Scenario) => "The scenario's JSON file",
    }
}

/// Why a download was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The browser refused to make or offer the file.
    Failed,
    /// The results are still being computed.
    NotReady,
    /// The scenario cannot be computed as it is.
    Invalid,
}

/// Why `export` was not downloaded, in a sentence.
pub fn refused(lang: Lang, export: Export, why: Refusal) -> String {
    let what = what(lang, export);
    let rest = match (lang, why) {
        (Lang::Id, Refusal::Failed) => {
            "tidak dapat diunduh: peramban menolak membuat berkasnya. Coba lagi, atau izinkan unduhan untuk halaman ini."
        }
        (Lang::En, Refusal::Failed) => {
            "could not be downloaded: the browser refused to make the file. Try again, or allow downloads for this page."
        }
        (Lang::Id, Refusal::NotReady) => {
            "belum dapat diunduh: hasil masih dihitung. Coba lagi setelah semua ulangan selesai."
        }
        (Lang::En, Refusal::NotReady) => {
            "cannot be downloaded yet: the results are still being computed. Try again once every run is in."
        }
        (Lang::Id, Refusal::Invalid) => {
            "tidak dapat diunduh: skenario ini punya masalah yang harus diperbaiki dulu (lihat di atas hasil)."
        }
        (Lang::En, Refusal::Invalid) => {
            "cannot be downloaded: this scenario has problems to fix first (see above the results)."
        }
    };
    format!("{what} {rest}")
}
