//! The words of the view of the agents (the artisans one by one), in Bahasa Indonesia and
//! English.

use canting_model::{Lang, Reach};

use crate::agents::{BusinessStory, ColourBy, Event, Story};
use crate::i18n::{decimal, thousands};

/// The view's fixed words in one language.
pub struct AgentsWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub show: &'static str,
    pub hide: &'static str,
    pub held: &'static str,
    pub computing: &'static str,
    pub scenario: &'static str,
    pub baseline: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub month: &'static str,
    pub colour_by: &'static str,
    pub run_shown: &'static str,
    pub legend: &'static str,
    pub empty_seat: &'static str,
    pub left_ring: &'static str,
    pub new_flash: &'static str,
    pub story_heading: &'static str,
    pub story_hint: &'static str,
    pub business_heading: &'static str,
    pub not_at_work: &'static str,
    pub no_events: &'static str,
}

/// The view's words in `lang`.
pub fn words(lang: Lang) -> &'static AgentsWords {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

static ID: AgentsWords = AgentsWords {
    heading: "Para perajin, satu per satu",
    intro: "Setiap kotak kecil adalah satu perajin, di blok usaha tempatnya bekerja (usaha terbesar lebih dulu). Kiri: skenario; kanan: kondisi dasar (alokasi hari ini), pada ulangan yang sama dengan benih yang sama, sehingga keduanya mulai dari kota yang sama persis dan bedanya adalah kebijakannya. Ini satu ulangan model yang diringkas grafik di atas, dihitung hanya saat dibuka.",
    show: "Lihat para perajin",
    hide: "Tutup",
    held: "Skenario yang sedang dibuka belum dihitung, jadi para perajinnya belum bisa ditampilkan.",
    computing: "Menjalankan satu ulangan skenario dan kondisi dasar…",
    scenario: "Skenario",
    baseline: "Kondisi dasar",
    play: "Putar",
    pause: "Jeda",
    month: "Bulan",
    colour_by: "Warna menurut",
    run_shown: "Ulangan yang ditampilkan",
    legend: "Keterangan warna, dengan jumlah perajin bulan ini (skenario / kondisi dasar)",
    empty_seat: "Tempat kosong di usaha yang buka",
    left_ring: "Berhenti bulan ini (cincin di tempatnya dulu)",
    new_flash: "Baru masuk bulan ini (putih, lalu memudar ke warnanya)",
    story_heading: "Kisah seorang perajin",
    story_hint: "Arahkan penunjuk ke sebuah tanda atau ketuk tanda itu (atau fokuskan gambar lalu tekan tombol panah) untuk membaca kisah perajin itu dan usahanya.",
    business_heading: "Usahanya",
    not_at_work: "tidak bekerja bulan ini",
    no_events: "Sepanjang ulangan ini tidak ada tawaran pelatihan, perubahan pelatihan atau perpindahan baginya.",
};

static EN: AgentsWords = AgentsWords {
    heading: "The artisans, one by one",
    intro: "Each small square is one artisan, in the block of the business they work for (largest businesses first). Left: the scenario; right: the baseline (today's allocation), on the same run with the same seed, so both start from exactly the same city and the difference is the policy's. It is one run of the model the charts above summarise, computed only when opened.",
    show: "See the artisans",
    hide: "Close",
    held: "The scenario on screen is not computed yet, so its artisans cannot be shown yet.",
    computing: "Running one run of the scenario and the baseline…",
    scenario: "Scenario",
    baseline: "Baseline",
    play: "Play",
    pause: "Pause",
    month: "Month",
    colour_by: "Colour by",
    run_shown: "Run shown",
    legend: "Colours, with this month's number of artisans (scenario / baseline)",
    empty_seat: "Empty place in an open business",
    left_ring: "Left this month (a ring where they were)",
    new_flash: "Entered this month (white, fading to their colour)",
    story_heading: "One artisan's story",
    story_hint: "Hover over a mark or tap it (or focus a picture and press the arrow keys) to read that artisan's story and their business's.",
    business_heading: "Their business",
    not_at_work: "not at work this month",
    no_events: "No training offer, change in training or move for them in this run.",
};

/// The name of a colouring.
pub fn colour_by(lang: Lang, by: ColourBy) -> &'static str {
    match (lang, by) {
        (Lang::Id, ColourBy::Training) => "Pelatihan",
        (Lang::En, ColourBy::Training) => "Training",
        (Lang::Id, ColourBy::Age) => "Umur",
        (Lang::En, ColourBy::Age) => "Age",
        (Lang::Id, ColourBy::Literacy) => "Literasi teknologi",
        (Lang::En, ColourBy::Literacy) => "Technology literacy",
        (Lang::Id, ColourBy::Turnover) => "Datang dan pergi",
        (Lang::En, ColourBy::Turnover) => "Coming and going",
    }
}

/// The categories of a colouring, in the order of `by.colours()`; literacy's bands start at
/// the threshold `thr`.
pub fn categories(lang: Lang, by: ColourBy, thr: f32) -> Vec<String> {
    let id = lang == Lang::Id;
    let pick = |i: &str, e: &str| if id { i.to_string() } else { e.to_string() };
    match by {
        ColourBy::Training => vec![
            pick("Belum terjangkau pelatihan", "Not reached by training"),
            pick(
                "Ditawari bulan ini, belum terjangkau",
                "Offered this month, not reached",
            ),
            pick("Terlatih, belum menerapkan", "Trained, not applying it"),
            pick("Menerapkan pelatihan", "Applying the training"),
        ],
        ColourBy::Age => vec![
            pick("di bawah 30 tahun", "under 30"),
            pick("30–39 tahun", "30–39"),
            pick("40–49 tahun", "40–49"),
            pick("50–59 tahun", "50–59"),
            pick("60 tahun ke atas", "60 and over"),
        ],
        ColourBy::Literacy => {
            let thr = f64::from(thr);
            let step = (1.0 - thr).max(0.01) / 3.0;
            let n = |x: f64| decimal(lang, x, 2);
            let band = |k: f64| format!("{}–{}", n(thr + k * step), n(thr + (k + 1.0) * step));
            vec![
                if id {
                    format!("Gagap teknologi (di bawah {})", n(thr))
                } else {
                    format!("Not at ease with technology (below {})", n(thr))
                },
                band(0.0),
                band(1.0),
                band(2.0),
            ]
        }
        ColourBy::Turnover => vec![
            pick(
                "Masuk dalam 12 bulan terakhir",
                "Entered in the last 12 months",
            ),
            pick(
                "Pindah usaha dalam 12 bulan terakhir",
                "Changed business in the last 12 months",
            ),
            pick(
                "Sudah memutuskan berhenti dalam setahun",
                "Decided to leave within the year",
            ),
            pick("Lainnya", "Everyone else"),
        ],
    }
}

/// "Run 1 of 32, run seed 0x…".
pub fn run_named(lang: Lang, run: u32, runs: u32, run_seed: u64) -> String {
    match lang {
        Lang::Id => format!(
            "Ulangan {} dari {}, benih ulangan {run_seed:#018x}",
            run + 1,
            runs
        ),
        Lang::En => format!("Run {} of {}, run seed {run_seed:#018x}", run + 1, runs),
    }
}

/// "Month 14 of 60 (year 2, month 2)"; month 0 is the start.
pub fn month_label(lang: Lang, t: u32, months: u32) -> String {
    if t == 0 {
        return match lang {
            Lang::Id => format!("Awal (bulan 0 dari {months})"),
            Lang::En => format!("The start (month 0 of {months})"),
        };
    }
    let (year, within) = ((t - 1) / 12 + 1, (t - 1) % 12 + 1);
    match lang {
        Lang::Id => format!("Bulan {t} dari {months} (tahun ke-{year}, bulan ke-{within})"),
        Lang::En => format!("Month {t} of {months} (year {year}, month {within})"),
    }
}

/// One side's line under its picture: who is at work and what happened this month.
pub fn side_line(
    lang: Lang,
    artisans: usize,
    businesses: usize,
    entered: usize,
    left: usize,
) -> String {
    let [a, b, e, l] = [artisans, businesses, entered, left].map(|x| thousands(lang, x as u64));
    match lang {
        Lang::Id => format!("{a} perajin di {b} usaha; bulan ini {e} masuk, {l} berhenti"),
        Lang::En => format!("{a} artisans in {b} businesses; this month {e} entered, {l} left"),
    }
}

/// A business's name.
pub fn business_name(lang: Lang, b: usize) -> String {
    match lang {
        Lang::Id => format!("Usaha #{}", b + 1),
        Lang::En => format!("Business #{}", b + 1),
    }
}

/// The canvas's accessible name.
pub fn picture_name(lang: Lang, side_name: &str, artisans: usize, t: u32) -> String {
    let n = thousands(lang, artisans as u64);
    match lang {
        Lang::Id => format!("{side_name}: {n} perajin pada bulan {t}"),
        Lang::En => format!("{side_name}: {n} artisans in month {t}"),
    }
}

/// Who the artisan is at month `t`, in one sentence.
pub fn who(lang: Lang, s: &Story, t: u32, employer: Option<usize>) -> String {
    let age = (t as i32 - s.birth_month).div_euclid(12);
    let years = (t as i32 - s.started_month).div_euclid(12).max(0);
    let at = employer.map(|b| business_name(lang, b));
    match lang {
        Lang::Id => format!(
            "Perajin #{}, umur {age} tahun, {} tahun di batik{}.",
            s.id,
            years,
            at.map_or_else(
                || format!(", {}", words(lang).not_at_work),
                |b| format!(", bekerja di {b}")
            )
        ),
        Lang::En => format!(
            "Artisan #{}, aged {age}, {} years in batik{}.",
            s.id,
            years,
            at.map_or_else(
                || format!(", {}", words(lang).not_at_work),
                |b| format!(", working at {b}")
            )
        ),
    }
}

/// One event of an artisan's story, with its month.
pub fn event(lang: Lang, month: u32, e: Event) -> String {
    let id = lang == Lang::Id;
    let biz = |b: Option<usize>| b.map(|b| business_name(lang, b)).unwrap_or_default();
    let what = match e {
        Event::Entered(b) if id => format!("mulai bekerja di batik, di {}", biz(b)),
        Event::Entered(b) => format!("started batik work, at {}", biz(b)),
        Event::TrainedAtStart if id => "sudah terlatih pada awal".into(),
        Event::TrainedAtStart => "already trained at the start".into(),
        Event::ApplyingAtStart if id => "sudah menerapkan pelatihan pada awal".into(),
        Event::ApplyingAtStart => "already applying training at the start".into(),
        Event::OfferedSkills if id => "ditawari tempat pelatihan keterampilan".into(),
        Event::OfferedSkills => "offered a place in skills training".into(),
        Event::OfferedTech { reached: true } if id => {
            "ditawari pelatihan teknologi, dan terjangkau: literasinya naik".into()
        }
        Event::OfferedTech { reached: true } => {
            "offered technology training, and reached: their literacy rose".into()
        }
        Event::OfferedTech { reached: false } if id => {
            "ditawari pelatihan teknologi, tetapi tidak terjangkau".into()
        }
        Event::OfferedTech { reached: false } => {
            "offered technology training, but not reached".into()
        }
        Event::Trained { by_offer: true } if id => "terjangkau pelatihan keterampilan".into(),
        Event::Trained { by_offer: true } => "reached by the skills training".into(),
        Event::Trained { by_offer: false } if id => {
            "belajar dari rekan yang menerapkan pelatihan".into()
        }
        Event::Trained { by_offer: false } => "picked it up from colleagues who apply it".into(),
        Event::StartedApplying if id => "mulai menerapkan pelatihan".into(),
        Event::StartedApplying => "started applying the training".into(),
        Event::StoppedApplying if id => "berhenti menerapkannya".into(),
        Event::StoppedApplying => "stopped applying it".into(),
        Event::TrainingDated if id => "pelatihannya sudah usang".into(),
        Event::TrainingDated => "their training dated".into(),
        Event::Moved { to, founded: true } if id => {
            format!("membuka usaha sendiri, {}", biz(to))
        }
        Event::Moved { to, founded: true } => {
            format!("opened a business of their own, {}", biz(to))
        }
        Event::Moved { to, founded: false } if id => {
            format!("pindah ke {} setelah usahanya tutup", biz(to))
        }
        Event::Moved { to, founded: false } => {
            format!("moved to {} after theirs closed", biz(to))
        }
        Event::DecidedToLeave if id => "memutuskan berhenti dalam setahun ke depan".into(),
        Event::DecidedToLeave => "decided to leave within the year".into(),
        Event::Left if id => "berhenti dari pekerjaan batik".into(),
        Event::Left => "left batik work".into(),
    };
    match lang {
        Lang::Id => format!("Bulan {month}: {what}"),
        Lang::En => format!("Month {month}: {what}"),
    }
}

/// A business at one month, in one paragraph.
pub fn business(lang: Lang, b: &BusinessStory) -> String {
    let id = lang == Lang::Id;
    let mut parts = vec![business_name(lang, b.business)];
    parts.push(match (b.opened, id) {
        (0, true) => "buka sejak awal".into(),
        (0, false) => "open from the start".into(),
        (m, true) => format!("dibuka pada bulan {m}"),
        (m, false) => format!("opened in month {m}"),
    });
    if let Some(c) = b.closed {
        parts.push(if id {
            format!("tutup pada bulan {c}")
        } else {
            format!("closed in month {c}")
        });
    }
    let n = |x: usize| thousands(lang, x as u64);
    parts.push(match (b.open_now, id) {
        (true, true) => format!(
            "{} perajin, {} menerapkan pelatihan",
            n(b.artisans),
            n(b.applying)
        ),
        (true, false) => format!(
            "{} artisans, {} applying training",
            n(b.artisans),
            n(b.applying)
        ),
        (false, true) => format!(
            "pada bulan {} (terakhir buka): {} perajin, {} menerapkan pelatihan",
            b.month,
            n(b.artisans),
            n(b.applying)
        ),
        (false, false) => format!(
            "in month {} (its last open): {} artisans, {} applying training",
            b.month,
            n(b.artisans),
            n(b.applying)
        ),
    });
    parts.push(
        match (b.reach, id) {
            (Reach::Local, true) => "menjual di dalam kota",
            (Reach::Local, false) => "sells within the city",
            (Reach::National, true) => "menjual ke seluruh Indonesia",
            (Reach::National, false) => "sells across Indonesia",
            (Reach::Export, true) => "mengekspor",
            (Reach::Export, false) => "exports",
        }
        .into(),
    );
    for (on, i, e) in [
        (b.online, "menjual daring", "sells online"),
        (
            b.certified,
            "produknya bersertifikat",
            "its products are certified",
        ),
        (b.mentored, "didampingi", "mentored"),
    ] {
        if on {
            parts.push(if id { i } else { e }.into());
        }
    }
    format!("{}.", parts.join("; "))
}
