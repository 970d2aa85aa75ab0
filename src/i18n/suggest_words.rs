//! The words of the suggested split, in Bahasa Indonesia and English.

use canting_model::Lang;
use canting_model::planning::Origin;

/// The suggested split's words in one language.
pub struct SuggestWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub objective: &'static str,
    pub objective_note: &'static str,
    pub weight: &'static str,
    pub limits: &'static str,
    pub limits_note: &'static str,
    pub floor: &'static str,
    pub ceiling: &'static str,
    pub envelope: &'static str,
    pub search: &'static str,
    pub cancel: &'static str,
    pub searching: &'static str,
    pub runs: &'static str,
    pub held: &'static str,
    pub stopped: &'static str,
    pub no_answer: &'static str,
    pub bad_number: &'static str,
    pub negative: &'static str,
    pub strategy_col: &'static str,
    pub current_col: &'static str,
    pub suggested_col: &'static str,
    pub moved_col: &'static str,
    pub outcome_col: &'static str,
    pub change_col: &'static str,
    pub verdict_col: &'static str,
    pub budgets_caption: &'static str,
    pub outcomes_caption: &'static str,
    pub apply: &'static str,
    pub applied: &'static str,
    pub for_earlier: &'static str,
    pub current_outside: &'static str,
    pub nothing_better: &'static str,
    pub runners_up: &'static str,
}

/// The suggested split's words in `lang`.
pub fn words(lang: Lang) -> &'static SuggestWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: SuggestWords = SuggestWords {
    heading: "Usulan pembagian anggaran",
    intro: "Canting mencari pembagian pagu yang paling baik menurut tujuan yang Anda pilih, di dalam batas bawah dan atas tiap strategi: tiga putaran pembagian yang dirancang (masing-masing sampai 8 ulangan pada benih skenario ini) dengan permukaan kuadratik yang dicocokkan, lalu calon terbaik dan pembagian sekarang dengan semua ulangan. Semua pada benih yang sama, jadi perbandingannya berpasangan.",
    objective: "Tujuan",
    objective_note: "Bobot tiap hasil utama pada akhir jangka waktu (kosong = 0). Bobot pada hambatan menghargai penurunannya. Satu bobot saja = satu hasil.",
    weight: "Bobot",
    limits: "Batas per strategi (Rp juta/tahun)",
    limits_note: "Kosong: tanpa batas bawah (0) atau atas (seluruh pagu).",
    floor: "Paling sedikit",
    ceiling: "Paling banyak",
    envelope: "Pagu yang dibagi",
    search: "Cari usulan pembagian",
    cancel: "Batalkan pencarian",
    searching: "Mencari",
    runs: "ulangan",
    held: "Skenario yang sedang dibuka belum dihitung, jadi pencarian belum bisa dimulai.",
    stopped: "Pencarian dihentikan karena skenario berubah. Cari lagi untuk skenario ini.",
    no_answer: "Tidak ada usulan",
    bad_number: "bukan angka yang bisa dibaca",
    negative: "tidak boleh negatif",
    strategy_col: "Strategi",
    current_col: "Semula",
    suggested_col: "Usulan",
    moved_col: "Selisih",
    outcome_col: "Hasil",
    change_col: "Perubahan (10–90%)",
    verdict_col: "Arti",
    budgets_caption: "Pembagian sekarang dan usulan (Rp juta/tahun)",
    outcomes_caption: "Hasil utama pada akhir jangka waktu, usulan dibanding sekarang, ulangan demi ulangan",
    apply: "Terapkan usulan",
    applied: "Usulan sudah diterapkan. Urungkan (Ctrl+Z) mengembalikan pembagian sebelumnya.",
    for_earlier: "Usulan ini dihitung untuk pembagian sebelum perubahan terakhir Anda.",
    current_outside: "Pembagian sekarang berada di luar batas yang diminta, jadi usulan pasti berbeda darinya.",
    nothing_better: "Tidak ada pembagian yang ditemukan yang lebih baik dari pembagian sekarang: usulannya adalah pembagian sekarang.",
    runners_up: "Calon lain yang diuji dengan semua ulangan (seberapa datar puncaknya):",
};

static EN: SuggestWords = SuggestWords {
    heading: "A suggested split",
    intro: "Canting searches for the split of the envelope that does best on the objective you choose, within each strategy's floor and ceiling: three rounds of designed splits (up to 8 runs each on this scenario's seeds) with a fitted quadratic surface, then the best candidates and the current split with the full ensemble. All on the same seeds, so every comparison is paired.",
    objective: "Objective",
    objective_note: "A weight for each headline outcome at the horizon (empty = 0). A weight on an obstacle rewards lowering it. One weight alone = one outcome.",
    weight: "Weight",
    limits: "Limits per strategy (Rp million a year)",
    limits_note: "Empty: no floor (0) or no ceiling (the whole envelope).",
    floor: "At least",
    ceiling: "At most",
    envelope: "Envelope to split",
    search: "Find a suggested split",
    cancel: "Cancel the search",
    searching: "Searching",
    runs: "runs",
    held: "The scenario on screen is not computed yet, so the search cannot start.",
    stopped: "The search stopped because the scenario changed. Search again for this one.",
    no_answer: "No suggestion",
    bad_number: "not a number that can be read",
    negative: "must not be negative",
    strategy_col: "Strategy",
    current_col: "Before",
    suggested_col: "Suggested",
    moved_col: "Change",
    outcome_col: "Outcome",
    change_col: "Change (10–90%)",
    verdict_col: "Meaning",
    budgets_caption: "The current split and the suggestion (Rp million a year)",
    outcomes_caption: "Headline outcomes at the horizon, the suggestion against the current split, run by run",
    apply: "Apply the suggestion",
    applied: "The suggestion is applied. Undo (Ctrl+Z) brings the previous split back.",
    for_earlier: "This suggestion was worked out for the split before your latest change.",
    current_outside: "The current split is outside the limits asked for, so the suggestion must differ from it.",
    nothing_better: "No split found does better than the current one: the suggestion is the current split.",
    runners_up: "The other candidates run with the full ensemble (how flat the optimum is):",
};

/// How often, and by how much, the suggestion beats the current split on the objective.
pub fn beats(lang: Lang, share: &str, mean: &str, p10: &str, p90: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Usulan mengalahkan pembagian semula menurut tujuan di {share}% ulangan: selisih tujuan rata-rata {mean} (10–90%: {p10} … {p90})."
        ),
        Lang::En => format!(
            "The suggestion beats the split it started from on the objective in {share}% of runs: by {mean} on average (10–90%: {p10} … {p90})."
        ),
    }
}

/// Where a candidate came from.
pub fn origin(lang: Lang, origin: Origin) -> &'static str {
    match (lang, origin) {
        (Lang::Id, Origin::Surface) => "Puncak permukaan yang dicocokkan",
        (Lang::Id, Origin::Explored) => "Pembagian yang dijelajahi",
        (Lang::Id, Origin::Current) => "Pembagian sekarang",
        (Lang::En, Origin::Surface) => "The fitted surface's peak",
        (Lang::En, Origin::Explored) => "An explored split",
        (Lang::En, Origin::Current) => "The current split",
    }
}

/// One runner-up: how far behind the suggestion it is, and how different.
pub fn runner_up(lang: Lang, mean: &str, p10: &str, p90: &str, share: &str, moved: &str) -> String {
    match lang {
        Lang::Id => format!(
            "nilai tujuan usulan dikurangi nilai tujuan calon ini: {mean} (10–90%: {p10} … {p90}), usulan lebih baik di {share}% ulangan; Rp {moved} juta dipindahkan antarstrategi dari usulan"
        ),
        Lang::En => format!(
            "the suggestion's objective minus this one's: {mean} (10–90%: {p10} … {p90}), the suggestion better in {share}% of runs; Rp {moved} million moved between strategies from the suggestion"
        ),
    }
}

/// The headline outcomes the suggestion makes clearly worse than the current split.
pub fn worse_on(lang: Lang, outcomes: &[&str]) -> String {
    let list = outcomes.join(", ");
    match lang {
        Lang::Id => format!(
            "Perhatikan: usulan ini jelas lebih buruk daripada pembagian semula pada {list}. Tujuan yang dipilih menukarnya dengan hasil lain; beri bobot pada hasil itu bila perlu dijaga."
        ),
        Lang::En => format!(
            "Note: this suggestion is clearly worse than the current split on {list}. The objective chosen trades them away; give them a weight if they must be kept."
        ),
    }
}

/// What the search cost and how well its surface fitted.
pub fn cost(lang: Lang, ensembles: &str, runs: &str, fit: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Pencarian menjalankan {ensembles} kumpulan ulangan ({runs} ulangan); permukaan terakhirnya menjelaskan {fit}% sebaran tujuan di antara pembagian yang dijelajahi."
        ),
        Lang::En => format!(
            "The search ran {ensembles} ensembles ({runs} runs); its last surface explains {fit}% of the objective's spread among the splits it explored."
        ),
    }
}
