//! The words of "what the next Rp 100 juta buys", in Bahasa Indonesia and English.

use canting_model::Lang;

/// The marginal section's words in one language.
pub struct MarginalWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub show: &'static str,
    pub hide: &'static str,
    pub held: &'static str,
    pub computing: &'static str,
    pub runs: &'static str,
    pub no_answer: &'static str,
    pub outcome: &'static str,
    pub more: &'static str,
    pub less: &'static str,
    pub worse_better: (&'static str, &'static str),
    pub table_heading: &'static str,
    pub show_table: &'static str,
    pub hide_table: &'static str,
    pub strategy_col: &'static str,
    pub budget_col: &'static str,
    pub none_to_take: &'static str,
    pub paired_note: &'static str,
    pub newcomers_note: &'static str,
    pub so_far: &'static str,
    pub curve_heading: &'static str,
    pub curve_intro: &'static str,
    pub curve_of: &'static str,
    pub curve_line: &'static str,
    pub curve_unit: &'static str,
    pub curve_x: &'static str,
}

/// The marginal section's words in `lang`.
pub fn words(lang: Lang) -> &'static MarginalWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: MarginalWords = MarginalWords {
    heading: "Apa yang dibeli Rp 100 juta berikutnya",
    intro: "Untuk setiap strategi: perubahan tiap hasil utama pada akhir jangka waktu bila strategi itu saja mendapat Rp 100 juta lebih setahun, dan bila Rp 100 juta diambil darinya, anggaran lain tetap. Dihitung ulangan demi ulangan pada benih yang sama dengan skenario yang sedang dibuka (14 kumpulan ulangan tambahan), sehingga rentangnya adalah rentang selisih itu sendiri. Mengubah alokasi memulai perhitungan ini lagi untuk alokasi yang baru.",
    show: "Hitung apa yang dibeli Rp 100 juta berikutnya",
    hide: "Tutup",
    held: "Skenario yang sedang dibuka belum dihitung, jadi belum ada jawaban di sini.",
    computing: "Menghitung",
    runs: "ulangan",
    no_answer: "Tidak ada jawaban untuk skenario ini",
    outcome: "Hasil",
    more: "+Rp 100 juta",
    less: "−Rp 100 juta",
    worse_better: ("← lebih buruk", "lebih baik →"),
    table_heading: "Perubahan semua hasil utama pada akhir jangka waktu",
    show_table: "Tampilkan sebagai tabel",
    hide_table: "Sembunyikan tabel",
    strategy_col: "Strategi",
    budget_col: "Anggaran (Rp juta/tahun)",
    none_to_take: "anggarannya sudah 0",
    paired_note: "Setiap angka: rata-rata selisih per ulangan (10–90%: rentang selisih itu). Batang menunjukkan rata-rata, garis tipis rentang 10–90%; ke kanan berarti lebih baik. “Lebih baik” atau “lebih buruk” hanya bila paling sedikit 80% ulangan sepakat dan rata-ratanya paling sedikit setengah satuan terakhir yang dipakai untuk menulis hasil itu (misalnya 0,05 untuk daya saing); bila ulangan sepakat tetapi rata-ratanya lebih kecil dari itu, putusannya menyebut batasnya (“lebih kecil dari 0,05”); selain itu “tidak ada beda yang jelas”.",
    newcomers_note: "Serapan pelatihan dan daya saing adalah rata-rata atas semua perajin yang bekerja. Anggaran yang mendatangkan banyak pendatang baru (prioritas pemerintah, pembiayaan, produk unggulan dan ekspor) menambah lapangan kerja dan penjualan, tetapi pendatang baru mulai dengan keterampilan lebih rendah dan belum terlatih, sehingga untuk sementara kedua rata-rata itu bisa turun, dan memotong anggaran seperti itu bisa menaikkannya sedikit: seluruh anggaran untuk prioritas pemerintah memberi nilai lebih rendah pada keduanya daripada tanpa anggaran sama sekali, walaupun mempekerjakan lebih dari 400 perajin lagi. Baca keduanya bersama lapangan kerja dan penjualan.",
    so_far: "Sementara, dari ulangan yang sudah selesai:",
    curve_heading: "Kurva anggaran satu strategi",
    curve_intro: "Hasil yang dipilih di atas, pada tujuh tingkat anggaran satu strategi dari 0 sampai dua kali anggarannya sekarang (paling sedikit Rp 1.000 juta), anggaran lain tetap: perubahan dari anggaran sekarang, ulangan demi ulangan pada benih yang sama (7 kumpulan ulangan lagi). Garis putus-putus: anggaran sekarang.",
    curve_of: "Kurva anggaran untuk",
    curve_line: "Perubahan dari anggaran sekarang (10–90%)",
    curve_unit: "perubahan",
    curve_x: "Anggaran strategi ini (Rp juta/tahun)",
};

static EN: MarginalWords = MarginalWords {
    heading: "What the next Rp 100 million buys",
    intro: "For each strategy: the change in each headline outcome at the horizon if that strategy alone got Rp 100 million more a year, and if Rp 100 million were taken from it, every other budget held. Computed run by run on the same seeds as the scenario on screen (14 more ensembles), so the ranges are those of the change itself. Changing the allocation starts it again for the new one.",
    show: "Work out what the next Rp 100 million buys",
    hide: "Close",
    held: "The scenario on screen is not computed yet, so there is no answer here yet.",
    computing: "Computing",
    runs: "runs",
    no_answer: "No answer for this scenario",
    outcome: "Outcome",
    more: "+Rp 100 million",
    less: "−Rp 100 million",
    worse_better: ("← worse", "better →"),
    table_heading: "The change in every headline outcome at the horizon",
    show_table: "Show as a table",
    hide_table: "Hide the table",
    strategy_col: "Strategy",
    budget_col: "Budget (Rp million a year)",
    none_to_take: "its budget is already 0",
    paired_note: "Each figure: the mean per-run change (10–90%: the range of that change). A bar shows the mean, its thin line the 10–90% range; to the right is better. “Better” or “worse” only where at least 80% of runs agree and the mean is at least half the last unit the outcome is written in (0.05 for competitiveness, say); where the runs agree but the mean is smaller than that, the verdict gives that bound (“smaller than 0.05”); otherwise “no clear difference”.",
    newcomers_note: "Training uptake and competitiveness are averages over all artisans at work. Money that brings many newcomers in (priority status, finance, flagship products and exports) adds jobs and sales, but newcomers start less skilled and untrained, so for a while both averages can fall, and cutting such money can raise them a little: all of the envelope in priority status scores lower on both than no budget at all, though it employs over 400 more artisans. Read these two with employment and sales.",
    so_far: "So far, from the runs done:",
    curve_heading: "One strategy's budget curve",
    curve_intro: "The outcome chosen above at seven levels of one strategy's budget, from 0 to twice its budget now (at least Rp 1,000 million), every other budget held: the change from the budget now, run by run on the same seeds (7 more ensembles). The dashed line: the budget now.",
    curve_of: "Budget curve for",
    curve_line: "Change from the budget now (10–90%)",
    curve_unit: "change",
    curve_x: "This strategy's budget (Rp million a year)",
};

/// Where the next Rp 100 juta does the most for an outcome.
pub fn buys_most(lang: Lang, strategy: &str, outcome: &str, change: &str, share: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Di sini, Rp 100 juta lagi untuk “{strategy}” paling memperbaiki {outcome}: {change}, lebih baik di {share}% ulangan."
        ),
        Lang::En => format!(
            "Here, Rp 100 million more for “{strategy}” does the most for {outcome}: {change}, better in {share}% of runs."
        ),
    }
}

/// No strategy's next Rp 100 juta clearly improves the outcome.
pub fn buys_nothing_clear(lang: Lang, outcome: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Di sini, Rp 100 juta lagi untuk strategi mana pun tidak membuat {outcome} jelas lebih baik."
        ),
        Lang::En => format!(
            "Here, Rp 100 million more for any one strategy makes no clear improvement to {outcome}."
        ),
    }
}

/// The strategies whose next Rp 100 juta makes no clear difference to the outcome.
pub fn no_clear_difference(lang: Lang, strategies: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Tanpa beda yang jelas dari Rp 100 juta lagi (sudah jenuh, atau tenggelam dalam sebaran ulangan): {strategies}."
        ),
        Lang::En => format!(
            "No clear difference from Rp 100 million more (saturated, or lost in the spread of the runs): {strategies}."
        ),
    }
}

/// The strategies whose next Rp 100 juta moves the outcome by less than its headline figure
/// shows, though most runs agree on the direction.
pub fn too_small(lang: Lang, strategies: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Lebih kecil dari ketelitian angka utama, walau sebagian besar ulangan searah: {strategies}."
        ),
        Lang::En => format!(
            "Smaller than the headline figure's precision, though most runs agree on the direction: {strategies}."
        ),
    }
}

/// The strategies whose next Rp 100 juta makes the outcome worse.
pub fn makes_worse(lang: Lang, strategies: &str) -> String {
    match lang {
        Lang::Id => format!("Rp 100 juta lagi membuatnya lebih buruk: {strategies}."),
        Lang::En => format!("Rp 100 million more makes it worse: {strategies}."),
    }
}

/// Where taking Rp 100 juta away costs the outcome most.
pub fn costs_most(lang: Lang, strategy: &str, change: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Mengambil Rp 100 juta paling merugikan bila diambil dari “{strategy}”: {change}."
        ),
        Lang::En => {
            format!(
                "Taking Rp 100 million away costs the most when taken from “{strategy}”: {change}."
            )
        }
    }
}

/// Taking Rp 100 juta from any one strategy makes no clear difference to the outcome.
pub fn costs_nothing_clear(lang: Lang) -> String {
    match lang {
        Lang::Id => {
            "Mengambil Rp 100 juta dari strategi mana pun tidak membuatnya jelas lebih buruk."
                .to_string()
        }
        Lang::En => "Taking Rp 100 million from any one strategy does not make it clearly worse."
            .to_string(),
    }
}

/// A budget curve in one sentence, for screen readers: the change at the lowest and highest
/// budget.
pub fn curve_gist(
    lang: Lang,
    outcome: &str,
    strategy: &str,
    values: &[f64],
    changes: &[canting_model::planning::PairedChange],
) -> String {
    let ends = values
        .first()
        .zip(values.last())
        .zip(changes.first().zip(changes.last()));
    let Some(((lo, hi), (at_lo, at_hi))) = ends else {
        return String::new();
    };
    let n = |x: f64| crate::i18n::decimal(lang, x, 2);
    let juta = |x: f64| crate::i18n::thousands(lang, x.max(0.0).round() as u64);
    match lang {
        Lang::Id => format!(
            "Perubahan {outcome} dari anggaran sekarang bila “{strategy}” mendapat Rp {} juta: {}; bila Rp {} juta: {}.",
            juta(*lo),
            n(at_lo.mean),
            juta(*hi),
            n(at_hi.mean)
        ),
        Lang::En => format!(
            "The change in {outcome} from the budget now if “{strategy}” got Rp {} million: {}; if Rp {} million: {}.",
            juta(*lo),
            n(at_lo.mean),
            juta(*hi),
            n(at_hi.mean)
        ),
    }
}
