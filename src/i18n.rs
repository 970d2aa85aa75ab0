//! Every word of the page that is not the model's own, in Bahasa Indonesia and English. The
//! strategies', metrics' and parameters' names come from the model crate, which owns them.

use canting_model::Lang;

pub mod agents_words;
pub mod challenge_words;
pub mod class_words;
pub mod export_words;
pub mod marginal_words;
pub mod saved_words;
pub mod suggest_words;

/// The page's words in one language.
pub struct Words {
    pub html_lang: &'static str,
    pub title_tagline: &'static str,
    pub intro: &'static str,
    pub language: &'static str,
    pub share: &'static str,
    pub share_copied: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub share_failed: &'static str,
    pub copied_not_computable: &'static str,
    pub cannot_print: &'static str,
    pub print: &'static str,
    pub model_button: &'static str,
    pub present: &'static str,
    pub present_hint: &'static str,
    pub close: &'static str,
    pub dismiss: &'static str,

    pub budget_heading: &'static str,
    pub envelope: &'static str,
    pub envelope_note: &'static str,
    pub juta: &'static str,
    pub rp: &'static str,
    pub juta_word: &'static str,
    pub capped: &'static str,
    pub total: &'static str,
    pub over_by: &'static str,
    pub under_by: &'static str,
    pub balanced: &'static str,
    pub mode: &'static str,
    pub keep_total: &'static str,
    pub free: &'static str,
    pub balance_now: &'static str,
    pub presets: &'static str,
    pub apply_preset: &'static str,
    pub custom_allocation: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub reset_all: &'static str,
    pub reset: &'static str,
    pub about: &'static str,
    pub mechanisms: &'static str,
    pub budget_of: &'static str,
    pub slider_of: &'static str,

    pub settings: &'static str,
    pub years: &'static str,
    pub seed: &'static str,
    pub runs: &'static str,
    pub parameters: &'static str,
    pub parameters_note: &'static str,
    pub find_parameter: &'static str,
    pub back_to_default: &'static str,

    pub outcomes_heading: &'static str,
    pub at_year: &'static str,
    pub vs_baseline: &'static str,
    pub baseline_today: &'static str,
    pub baseline_pinned: &'static str,
    pub pin_baseline: &'static str,
    pub unpin_baseline: &'static str,
    pub computing: &'static str,
    pub scenario: &'static str,
    pub baseline: &'static str,
    pub band: &'static str,
    pub year: &'static str,
    pub show_table: &'static str,
    pub hide_table: &'static str,
    pub obstacles_together: &'static str,
    pub obstacles_heading: &'static str,
    pub funnel_heading: &'static str,
    pub funnel_note: &'static str,
    pub lost: &'static str,
    pub in_runs: &'static str,
    pub percent_of_runs: &'static str,
    pub percentage_points: &'static str,
    pub compute_anyway: &'static str,
    pub as_baseline: &'static str,
    pub parts_heading: &'static str,
    pub industry_heading: &'static str,
    pub direct_heading: &'static str,
    pub direct_note: &'static str,
    pub invalid_scenario: &'static str,

    pub model_heading: &'static str,
    pub model_version: &'static str,
    pub param_name: &'static str,
    pub value: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub plausible_range: &'static str,
    pub influential_heading: &'static str,
    pub influential_note: &'static str,
    pub influential_assumptions: &'static str,
    pub outcome: &'static str,
    /// The long texts (the model notes, the parameters' sources) while they load, when they
    /// cannot be loaded, and the button that tries again.
    pub texts_loading: &'static str,
    pub texts_failed: &'static str,
    pub texts_retry: &'static str,

    pub broken_link: &'static str,
    pub invalid_link: &'static str,
    pub link_not_computable: &'static str,
    pub older_version: &'static str,
    pub newer_version: &'static str,
    pub baseline_unreadable: &'static str,
    pub corrupt_stored: &'static str,
    pub refused: &'static str,
    pub shortcuts: &'static str,
    pub reset_all_done: &'static str,
    pub skip_to_results: &'static str,
    pub results_updated: &'static str,
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// The other language, for the switch.
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    }
}

/// A language's own name, as the switch shows it.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Bahasa Indonesia",
        Lang::En => "English",
    }
}

/// How far the runs are: the scenario's out of those asked for, and the baseline's when it is
/// still arriving ("Computing: 20 of 32 runs of the scenario; baseline 12 of 32").
pub fn runs_progress(lang: Lang, results: &crate::compute::Results) -> String {
    let (done, asked) = results.scenario_runs;
    let baseline = results.baseline_runs.filter(|(d, t)| d < t);
    match (lang, baseline) {
        (Lang::Id, None) => format!("Menghitung: {done} dari {asked} ulangan skenario"),
        (Lang::Id, Some((d, t))) => {
            format!("Menghitung: {done} dari {asked} ulangan skenario; kondisi dasar {d} dari {t}")
        }
        (Lang::En, None) => format!("Computing: {done} of {asked} runs of the scenario"),
        (Lang::En, Some((d, t))) => {
            format!("Computing: {done} of {asked} runs of the scenario; baseline {d} of {t}")
        }
    }
}

/// A figure from part of the runs: "provisional: 20 of 32 runs".
pub fn provisional(lang: Lang, runs: u32, asked: u32) -> String {
    match lang {
        Lang::Id => format!("sementara: {runs} dari {asked} ulangan"),
        Lang::En => format!("provisional: {runs} of {asked} runs"),
    }
}

/// A whole number with the language's thousands separator: 12.500 or 12,500.
pub fn thousands(lang: Lang, n: u64) -> String {
    canting_model::group_thousands(lang, n)
}

/// What a figure that has no value shows.
pub const NO_VALUE: &str = "—";

/// A decimal number with the language's decimal mark and thousands separator: 12.265,5 or
/// 12,265.5.
pub fn decimal(lang: Lang, x: f64, places: usize) -> String {
    // A month with no value (no artisans, so no unit cost) reads as a dash, never as 0.
    if !x.is_finite() {
        return NO_VALUE.to_string();
    }
    localized(lang, &format!("{x:.places$}"))
}

/// A number that Rust wrote ("-1234.5") with the language's separators.
fn localized(lang: Lang, rust: &str) -> String {
    let (sign, unsigned) = match rust.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", rust),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut out = format!("{sign}{}", canting_model::group_digits(lang, whole));
    if !fraction.is_empty() {
        out.push(lang.decimal_mark());
        out.push_str(fraction);
    }
    out
}

/// A number to `figures` significant figures, without trailing zeros, so that "1,26" is not
/// written "1,260", which reads like a thousand and more in the other language.
pub fn significant(lang: Lang, x: f64, figures: i32) -> String {
    if x == 0.0 || !x.is_finite() {
        return decimal(lang, x, 0);
    }
    let magnitude = x.abs().log10().floor() as i32;
    let places = (figures - 1 - magnitude).max(0);
    let scale = 10f64.powi(figures - 1 - magnitude);
    let rounded = (x * scale).round() / scale;
    let text = decimal(lang, rounded, places as usize);
    let mark = lang.decimal_mark();
    if text.contains(mark) {
        text.trim_end_matches('0')
            .trim_end_matches(mark)
            .to_string()
    } else {
        text
    }
}

/// Rp juta as a summary sentence says them: "Rp 500 juta", but "Rp 5 miliar" and
/// "Rp 12,5 miliar" from a thousand juta up (in English "Rp 5 billion", a thousand million).
/// Inputs and the figures next to them keep Rp juta, the unit that is typed.
pub fn rupiah_in_words(lang: Lang, juta: u64) -> String {
    if juta < 1000 {
        return match lang {
            Lang::Id => format!("Rp {} juta", thousands(lang, juta)),
            Lang::En => format!("Rp {} million", thousands(lang, juta)),
        };
    }
    let miliar = plain_number(lang, juta as f64 / 1000.0);
    match lang {
        Lang::Id => format!("Rp {miliar} miliar"),
        Lang::En => format!("Rp {miliar} billion"),
    }
}

/// A number as it would be typed in the language: every digit it has and no more (0,58;
/// 1.250; 0,005), for a field that shows a value to be edited.
pub fn plain_number(lang: Lang, x: f64) -> String {
    localized(lang, &x.to_string())
}

/// Why a typed number was refused.
#[derive(Debug, PartialEq)]
pub enum BadNumber {
    /// Not a number at all.
    NotANumber,
    /// Separators that the page's language does not write that way: "1,5" in English, where a
    /// comma separates thousands, or "1.000" in English, which might mean a thousand.
    Grouping,
}

/// A number as typed, written the way the page's language writes numbers: "1.500,5" in
/// Bahasa Indonesia, "1,500.5" in English; a thousands separator must be followed by groups
/// of three digits. A leading minus is read (validation then says what range is allowed).
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, BadNumber> {
    let typed = Typed::read(text, lang)?;
    let magnitude: f64 = format!("0{}.{}0", typed.whole, typed.fraction)
        .parse()
        .map_err(|_| BadNumber::NotANumber)?;
    Ok(if typed.negative {
        -magnitude
    } else {
        magnitude
    })
}

/// An amount as typed: a number that is not negative, and where "1.000" in English (a decimal
/// mark followed by exactly three digits, with no thousands separator) is refused as unclear,
/// as it reads as a thousand in the other language.
pub fn parse_amount(text: &str, lang: Lang) -> Result<f64, BadNumber> {
    let typed = Typed::read(text, lang)?;
    if typed.negative {
        return Err(BadNumber::NotANumber);
    }
    let unclear = !typed.grouped
        && (1..=3).contains(&typed.whole.len())
        && !typed.whole.starts_with('0')
        && typed.fraction.len() == 3;
    if unclear {
        return Err(BadNumber::Grouping);
    }
    parse_number(text, lang)
}

/// A typed number taken apart: its sign, its whole digits without separators and its
/// fraction's digits.
struct Typed {
    negative: bool,
    whole: String,
    fraction: String,
    grouped: bool,
}

impl Typed {
    fn read(text: &str, lang: Lang) -> Result<Typed, BadNumber> {
        let separator = lang.thousands_separator();
        let mark = lang.decimal_mark();
        let plain: String = text
            .trim()
            .trim_start_matches("Rp")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let (negative, plain) = match plain.strip_prefix(['-', '−']) {
            Some(rest) => (true, rest),
            None => (false, plain.as_str()),
        };
        if plain.is_empty()
            || !plain
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(BadNumber::NotANumber);
        }
        let (whole, fraction) = plain.split_once(mark).unwrap_or((plain, ""));
        if !fraction.chars().all(|c| c.is_ascii_digit()) {
            return Err(BadNumber::Grouping);
        }
        let mut groups = whole.split(separator);
        let first = groups.next().unwrap_or_default();
        let grouped = whole.contains(separator);
        let well_grouped =
            !grouped || ((1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3));
        if !well_grouped {
            return Err(BadNumber::Grouping);
        }
        let whole: String = whole.chars().filter(|c| *c != separator).collect();
        if whole.is_empty() && fraction.is_empty() {
            return Err(BadNumber::NotANumber);
        }
        Ok(Typed {
            negative,
            whole,
            fraction: fraction.to_string(),
            grouped,
        })
    }
}

/// A message as a sentence: a capital first letter and a full stop.
pub fn sentence(text: &str) -> String {
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

static ID: Words = Words {
    html_lang: "id",
    title_tagline: "Simulasi anggaran pengembangan industri batik Kota Pekalongan",
    intro: "Bagi anggaran tahunan ke tujuh strategi Disperindagkop dan UMKM. Model agen kota \
            (usaha batik, perajin, generasi muda) menunjukkan akibatnya dari tahun ke tahun: \
            daya saing, serapan pelatihan, dan tingkat tiap hambatan, dengan rentang \
            ketidakpastian dari banyak ulangan simulasi.",
    language: "Bahasa",
    share: "Bagikan tautan",
    share_copied: "Tautan skenario disalin. Siapa pun yang membukanya melihat angka yang sama.",
    update_ready: "Versi baru Canting sudah diunduh. Muat ulang untuk memakainya; skenario Anda tetap.",
    update_reload: "Muat ulang",
    share_failed: "Tautan tidak dapat disalin otomatis; salin dari bilah alamat.",
    copied_not_computable: "Tautan disalin, tetapi skenario ini tidak dapat dihitung apa adanya: penerimanya akan melihatnya seperti yang dikirim, dengan masalah ini ditandai dan tanpa hasil:",
    cannot_print: "Ringkasan belum dicetak: skenario ini tidak dapat dihitung apa adanya, jadi tidak ada hasil untuk dicetak. Perbaiki dulu:",
    print: "Cetak ringkasan",
    model_button: "Tentang model",
    present: "Presentasi",
    present_hint: "Tata letak untuk proyektor: anggaran, angka utama dan tiga grafik utama dalam satu layar, huruf besar; grafik lain di bawahnya.",
    close: "Tutup",
    dismiss: "Tutup pesan",

    budget_heading: "Anggaran per tahun",
    envelope: "Pagu anggaran tahunan",
    envelope_note: "Asumsi: tidak ada sumber yang menyebut total anggaran dinas untuk tujuh strategi.",
    juta: "Rp juta",
    rp: "Rp",
    juta_word: "juta",
    capped: "Satu strategi tidak bisa melebihi pagu dalam mode jaga total; nilainya dibatasi pada pagu",
    total: "Jumlah",
    over_by: "Melebihi pagu sebesar",
    under_by: "Di bawah pagu sebesar",
    balanced: "Seimbang dengan pagu",
    mode: "Cara menyeimbangkan",
    keep_total: "Jaga total",
    free: "Bebas",
    balance_now: "Sesuaikan ke pagu",
    presets: "Pilihan alokasi",
    apply_preset: "Terapkan",
    custom_allocation: "Alokasi sendiri",
    undo: "Urungkan",
    redo: "Ulangi",
    reset_all: "Kembalikan semua",
    reset: "Kembalikan",
    about: "Penjelasan",
    mechanisms: "Mekanisme dalam model",
    budget_of: "Anggaran",
    slider_of: "Penggeser anggaran",

    settings: "Pengaturan simulasi",
    years: "Jangka waktu (tahun)",
    seed: "Benih acak",
    runs: "Jumlah ulangan simulasi",
    parameters: "Parameter model",
    parameters_note: "Ubah bila Anda punya data yang lebih baik. Setiap nilai punya sumber terbitan atau ditandai sebagai asumsi.",
    find_parameter: "Cari parameter",
    back_to_default: "Kembalikan ke bawaan",

    outcomes_heading: "Hasil",
    at_year: "pada akhir tahun ke-",
    vs_baseline: "dibanding kondisi dasar",
    baseline_today: "Kondisi dasar: alokasi saat ini",
    baseline_pinned: "Kondisi dasar: skenario yang disematkan",
    pin_baseline: "Jadikan kondisi dasar",
    unpin_baseline: "Kembali ke alokasi saat ini",
    computing: "Menghitung",
    scenario: "Skenario",
    baseline: "Kondisi dasar",
    band: "rentang 10–90%",
    year: "Tahun",
    show_table: "Tampilkan sebagai tabel",
    hide_table: "Sembunyikan tabel",
    obstacles_together: "Tiga hambatan bersama",
    obstacles_heading: "Hambatan",
    funnel_heading: "Alur pelatihan: ditawarkan, sampai, diterapkan",
    funnel_note: "Perajin yang ditawari pelatihan, yang benar-benar terjangkau, dan yang menerapkannya. Di setiap tahap ada yang hilang: karena usia, gagap teknologi, atau tanpa pendampingan.",
    lost: "hilang",
    in_runs: " di ",
    percent_of_runs: "% ulangan",
    percentage_points: "poin persen",
    compute_anyway: "Hitung sekarang",
    as_baseline: "dengan kondisi dasar",
    parts_heading: "Bagian-bagian daya saing",
    industry_heading: "Industri batik kota secara keseluruhan",
    direct_heading: "Yang dibeli anggaran secara langsung",
    direct_note: "Jejaring usaha (strategi 3) menambah jalinan kerja sama dan pendampingan; peningkatan mutu produk (strategi 4) membawa sertifikasi; teknologi dan kearifan lokal (strategi 7) membawa berjualan daring. Dampaknya pada hasil utama di atas datang lewat angka-angka ini.",
    invalid_scenario: "Skenario ini belum dapat dihitung:",

    model_heading: "Tentang model",
    model_version: "Versi model",
    param_name: "Parameter",
    value: "Nilai",
    unit: "Satuan",
    source: "Sumber",
    plausible_range: "Rentang wajar",
    influential_heading: "Asumsi yang paling menentukan hasil",
    influential_note: "Dari penapisan Morris (Morris screening) atas semua parameter di rentang wajarnya, dengan 10 lintasan: angka dalam kurung adalah rata-rata perubahan hasil, dalam satuannya sendiri, bila satu parameter bergerak melintasi rentangnya. Pita di grafik hanya menunjukkan peluang, bukan ketidakpastian ini; ubah parameter di Pengaturan simulasi untuk mencobanya (yang bertanda † tidak dapat diubah di halaman ini).",
    influential_assumptions: "Lima asumsi teratas (perubahan rata-rata)",
    outcome: "Hasil",
    texts_loading: "Memuat catatan model dan sumber parameter…",
    texts_failed: "Catatan model dan sumber parameter tidak dapat dimuat. Periksa sambungan, lalu coba lagi; angka dan pengaturan Anda tidak berubah.",
    texts_retry: "Coba lagi",

    broken_link: "Tautan skenario rusak atau terpotong, jadi skenario bawaan yang dibuka.",
    invalid_link: "Tautan berisi skenario yang tidak sah, jadi skenario bawaan yang dibuka.",
    link_not_computable: "Tautan memuat pengaturan yang tidak dapat dihitung apa adanya. Skenario dibuka seperti yang dikirim, dan masalahnya ditandai pada kolomnya; perbaiki untuk melihat hasilnya.",
    older_version: "Tautan ini dibuat dengan versi model yang lebih lama; angkanya bisa berbeda dari yang dilihat pengirim.",
    newer_version: "Tautan ini dibuat dengan versi model yang lebih baru daripada halaman ini; angkanya bisa berbeda dari yang dilihat pengirim. Buka versi Canting yang terbaru untuk melihat angka pengirim.",
    baseline_unreadable: "Kondisi dasar yang disematkan dalam tautan tidak terbaca, jadi skenario dibandingkan dengan alokasi saat ini.",
    corrupt_stored: "Skenario tersimpan dari kunjungan terakhir tidak terbaca dan diabaikan.",
    refused: "Nilai ditolak",
    shortcuts: "Pintasan: Ctrl+Z urungkan, Ctrl+Shift+Z atau Ctrl+Y ulangi.",
    skip_to_results: "Langsung ke hasil",
    results_updated: "Hasil diperbarui",
    reset_all_done: "Semua pengaturan kembali ke bawaan: anggaran ke alokasi saat ini, pagu, cara menyeimbangkan, jangka waktu, benih acak, jumlah ulangan dan parameter model. Urungkan (Ctrl+Z) untuk membatalkannya.",
};

static EN: Words = Words {
    html_lang: "en",
    title_tagline: "Budget simulator for Pekalongan's batik industry",
    intro: "Spread a yearly budget across the seven strategies of the city's trade, \
            cooperatives and SME office. An agent model of the city (batik businesses, \
            artisans, the young) shows what follows year by year: competitiveness, training \
            uptake and the severity of each obstacle, with uncertainty bands from many runs.",
    language: "Language",
    share: "Share link",
    share_copied: "Scenario link copied. Anyone who opens it sees the same numbers.",
    update_ready: "A new version of Canting has been downloaded. Reload to use it; your scenario stays.",
    update_reload: "Reload",
    share_failed: "The link could not be copied automatically; copy it from the address bar.",
    copied_not_computable: "The link was copied, but this scenario cannot be computed as it is: whoever opens it will see it as sent, with these problems marked and no results:",
    cannot_print: "The summary was not printed: this scenario cannot be computed as it is, so there are no results to print. Fix first:",
    print: "Print summary",
    model_button: "About the model",
    present: "Present",
    present_hint: "A layout for a projector: the budgets, the headline figures and the three headline charts on one screen, in large type; the other charts below them.",
    close: "Close",
    dismiss: "Dismiss message",

    budget_heading: "Yearly budget",
    envelope: "Total yearly envelope",
    envelope_note: "Assumption: no source gives the office's total budget for the seven strategies.",
    juta: "Rp million",
    rp: "Rp",
    juta_word: "million",
    capped: "In keep-the-total mode one strategy cannot exceed the envelope; it was capped at the envelope",
    total: "Total",
    over_by: "Over the envelope by",
    under_by: "Under the envelope by",
    balanced: "Balanced with the envelope",
    mode: "Balancing",
    keep_total: "Keep the total",
    free: "Free",
    balance_now: "Fit to envelope",
    presets: "Preset allocations",
    apply_preset: "Apply",
    custom_allocation: "Your own allocation",
    undo: "Undo",
    redo: "Redo",
    reset_all: "Reset all",
    reset: "Reset",
    about: "About",
    mechanisms: "Mechanisms in the model",
    budget_of: "Budget",
    slider_of: "Budget slider",

    settings: "Simulation settings",
    years: "Horizon (years)",
    seed: "Random seed",
    runs: "Number of runs",
    parameters: "Model parameters",
    parameters_note: "Change them if you have better data. Every value has a published source or is marked an assumption.",
    find_parameter: "Find a parameter",
    back_to_default: "Back to default",

    outcomes_heading: "Outcomes",
    at_year: "at the end of year ",
    vs_baseline: "against the baseline",
    baseline_today: "Baseline: today's allocation",
    baseline_pinned: "Baseline: the pinned scenario",
    pin_baseline: "Pin as baseline",
    unpin_baseline: "Back to today's allocation",
    computing: "Computing",
    scenario: "Scenario",
    baseline: "Baseline",
    band: "10–90% band",
    year: "Year",
    show_table: "Show as table",
    hide_table: "Hide table",
    obstacles_together: "The three obstacles together",
    obstacles_heading: "Obstacles",
    funnel_heading: "The training funnel: offered, reached, applying",
    funnel_note: "Artisans offered training, those it really reached, and those who apply it. Some are lost at each step: through age, discomfort with technology, or no follow-up.",
    lost: "lost",
    in_runs: " in ",
    percent_of_runs: "% of runs",
    percentage_points: "percentage points",
    compute_anyway: "Compute it now",
    as_baseline: "as the baseline",
    parts_heading: "What competitiveness is made of",
    industry_heading: "The city's batik industry as a whole",
    direct_heading: "What the budgets buy directly",
    direct_note: "Business networking (strategy 3) adds links between businesses and mentoring; product quality (strategy 4) brings certification; technology and local wisdom (strategy 7) bring online selling. Their effects on the headline outcomes above come through these figures.",
    invalid_scenario: "This scenario cannot be computed yet:",

    model_heading: "About the model",
    model_version: "Model version",
    param_name: "Parameter",
    value: "Value",
    unit: "Unit",
    source: "Source",
    plausible_range: "Plausible range",
    influential_heading: "The assumptions that decide the answer most",
    influential_note: "From a Morris screening of every parameter across its plausible range, with 10 trajectories: the figure in brackets is the outcome's mean change, in its own units, when one parameter moves across its range. The bands in the charts show chance only, not this uncertainty; change a parameter in Simulation settings to try it (those marked † cannot be changed in the page).",
    influential_assumptions: "Top five assumptions (mean change)",
    outcome: "Outcome",
    texts_loading: "Loading the model notes and the parameters' sources…",
    texts_failed: "The model notes and the parameters' sources could not be loaded. Check the connection, then try again; your figures and settings are unchanged.",
    texts_retry: "Try again",

    broken_link: "The scenario link is broken or cut short, so the default scenario was opened.",
    invalid_link: "The link holds an invalid scenario, so the default scenario was opened.",
    link_not_computable: "The link holds settings that cannot be computed as they are. The scenario opened as it was sent, with its problems marked at their fields; correct them to see the results.",
    older_version: "This link was made with an older model version; its numbers may differ from what the sender saw.",
    newer_version: "This link was made with a newer model version than this page's; its numbers may differ from what the sender saw. Open the latest version of Canting to see the sender's numbers.",
    baseline_unreadable: "The baseline pinned in the link could not be read, so the scenario is compared with today's allocation.",
    corrupt_stored: "The scenario kept from your last visit could not be read and was ignored.",
    refused: "Value refused",
    shortcuts: "Shortcuts: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo.",
    skip_to_results: "Skip to the results",
    results_updated: "Results updated",
    reset_all_done: "Every setting is back to its default: the budgets to today's allocation, the envelope, balancing, horizon, seed, number of runs and model parameters. Undo (Ctrl+Z) brings yours back.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_each_languages_separators() {
        assert_eq!(thousands(Lang::Id, 12_500), "12.500");
        assert_eq!(thousands(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(thousands(Lang::En, 999), "999");
        assert_eq!(decimal(Lang::Id, 12.345, 1), "12,3");
        assert_eq!(decimal(Lang::En, 12.345, 1), "12.3");
        assert_eq!(decimal(Lang::Id, 12_265.0, 0), "12.265");
        assert_eq!(decimal(Lang::En, -1_234.56, 1), "-1,234.6");
        assert_eq!(decimal(Lang::En, 0.5, 2), "0.50");
        assert_eq!(
            decimal(Lang::Id, f64::NAN, 1),
            NO_VALUE,
            "no value is not 0"
        );
    }

    #[test]
    fn a_value_to_edit_has_every_digit_in_the_languages_style() {
        assert_eq!(plain_number(Lang::Id, 0.58), "0,58");
        assert_eq!(plain_number(Lang::En, 0.58), "0.58");
        assert_eq!(plain_number(Lang::Id, 12_000.0), "12.000");
        assert_eq!(plain_number(Lang::En, 0.005), "0.005");
        assert_eq!(plain_number(Lang::Id, -5.0), "-5");
        for x in [0.58, 12_000.0, 0.005, 1.125, -5.0, 1_234.5] {
            for lang in [Lang::Id, Lang::En] {
                assert_eq!(parse_number(&plain_number(lang, x), lang), Ok(x), "{x}");
            }
        }
    }

    #[test]
    fn a_number_is_read_in_the_pages_language() {
        assert_eq!(parse_number("0,6", Lang::Id), Ok(0.6));
        assert_eq!(parse_number("0.6", Lang::En), Ok(0.6));
        assert_eq!(
            parse_number("1.125", Lang::En),
            Ok(1.125),
            "no amount: not unclear"
        );
        assert_eq!(parse_number("-5", Lang::Id), Ok(-5.0));
        assert_eq!(parse_number("0.6", Lang::Id), Err(BadNumber::Grouping));
        assert_eq!(parse_number("abc", Lang::En), Err(BadNumber::NotANumber));
        assert_eq!(parse_amount("-5", Lang::En), Err(BadNumber::NotANumber));
        assert_eq!(parse_amount("1.125", Lang::En), Err(BadNumber::Grouping));
    }

    #[test]
    fn summaries_say_large_sums_in_miliar() {
        assert_eq!(rupiah_in_words(Lang::Id, 500), "Rp 500 juta");
        assert_eq!(rupiah_in_words(Lang::Id, 5_000), "Rp 5 miliar");
        assert_eq!(rupiah_in_words(Lang::Id, 12_500), "Rp 12,5 miliar");
        assert_eq!(rupiah_in_words(Lang::En, 5_000), "Rp 5 billion");
        assert_eq!(rupiah_in_words(Lang::En, 1_234_567), "Rp 1,234.567 billion");
    }

    #[test]
    fn significant_figures_have_no_trailing_zeros() {
        assert_eq!(significant(Lang::En, 1.2604, 3), "1.26");
        assert_eq!(significant(Lang::Id, 1.2604, 3), "1,26");
        assert_eq!(significant(Lang::En, 1.2004, 3), "1.2");
        assert_eq!(significant(Lang::Id, 2_573.0, 3), "2.570");
        assert_eq!(significant(Lang::En, 10.14, 3), "10.1");
        assert_eq!(significant(Lang::Id, 0.012_34, 3), "0,0123");
        assert_eq!(significant(Lang::En, 3.0, 3), "3");
        assert_eq!(significant(Lang::En, 0.0, 3), "0");
    }
}
