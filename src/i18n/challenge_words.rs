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
};

/// A challenge's story, explanation, mechanism and agents.
#[derive(Clone, Copy)]
pub struct Told {
    pub title: &'static str,
    pub story: &'static str,
    pub explanation: &'static str,
    pub mechanism: &'static str,
    pub agents: &'static str,
}

/// What `id` says in `lang`.
pub fn told(lang: Lang, id: ChallengeId) -> Told {
    let (id_text, en_text) = TOLD[usize::from(id.number()) - 1];
    match lang {
        Lang::Id => id_text,
        Lang::En => en_text,
    }
}

const TOLD: [(Told, Told); 6] = [
    (
        Told {
            title: "Pelatihan yang sampai ke perajin",
            story: "Penelitian menemukan bahwa hasil pelatihan kurang tersampaikan dan tidak diterima banyak perajin. Naikkan serapan pelatihan jauh di atas alokasi saat ini tanpa melampaui pagu. Coba dulu menambah anggaran mutu produk (yang membeli tempat pelatihan keterampilan), lalu lihat siapa yang tertinggal.",
            explanation: "Setiap tempat pelatihan keterampilan ditawarkan, lalu harus sampai ke perajin, lalu diterapkan. Dalam model, tawaran makin jarang sampai makin tua perajinnya (dari 40 sampai 70 tahun) dan makin ia gagap teknologi, dan makin jarang diterapkan tanpa pendampingan di usahanya. Anggaran mutu produk membeli lebih banyak tempat, tetapi hasilnya makin berkurang dan kehilangan di tiap langkah tetap sama, sehingga celah pelatihan (tempat yang tidak berakhir menjadi praktik) tidak turun: pelatihan saja paling sedikit menjangkau perajin tua yang gagap teknologi. Jejaring (pendampingan dan hubungan antarusaha) memberi tindak lanjut yang mengimbangi hambatan usia dan menyebarkan praktik dari rekan ke rekan; dukungan teknologi menurunkan hambatan teknologi. Bandingkan serapan perajin di atas 50 tahun dengan serapan semua perajin di bawah.",
            mechanism: "docs/MODEL.md bagian 7, “The artisans' month” (sampai dan diterapkan) dan “Business review” (tindak lanjut); bagian 4 (hasil yang makin berkurang).",
            agents: "Perajin (umur, literasi teknologi, tempat kerja) dan usaha batik yang mendampingi atau terhubung dengan usaha lain.",
        },
        Told {
            title: "Training that reaches artisans",
            story: "The study found that training results do not reach, or are not taken up by, many artisans. Raise training uptake well above today's split without going over the envelope. Try adding to product quality first (it buys the skills places), then look at who is left out.",
            explanation: "Every skills place is offered, then must reach the artisan, then be applied. In the model an offered place reaches an artisan less the older they are (from 40 to 70) and the less at ease with technology, and is applied less without follow-up in their business. Money for product quality buys more places, but with diminishing returns and the same losses at every step, so the training gap (places that never end in practice) does not fall: training alone reaches older, less technology-literate artisans least. Networking (mentoring and links between businesses) brings the follow-up that offsets the age penalty and spreads practice from colleague to colleague; technology support lowers the technology barrier. Compare uptake among artisans over 50 with everyone's below.",
            mechanism: "docs/MODEL.md section 7, “The artisans' month” (reached and applied) and “Business review” (follow-up); section 4 (diminishing returns).",
            agents: "Artisans (their age, technology literacy and employer) and the batik businesses that mentor them or are linked to others.",
        },
    ),
    (
        Told {
            title: "Membawa kaum muda kembali ke batik",
            story: "Kebanyakan pekerja batik berumur di atas 50 tahun dan kaum muda memilih kerja pabrik. Turunkan bagian kaum muda yang menolak batik, tambah perajin di bawah 30 tahun, dan jangan biarkan serapan pelatihan turun.",
            explanation: "Setiap bulan seperdua belas dari 3.000 anak muda (16–25 tahun) setahun memutuskan sekali apakah masuk kerja batik. Peluangnya naik dengan upah batik rata-rata dibanding upah minimum dan dengan citra batik di mata kaum muda, yang bergerak menuju apa yang didukung prioritas pemerintah (strategi 2), teknologi dan kearifan lokal (strategi 7), dan daya saing. Pendatang baru bergabung dengan usaha yang punya lowongan, jadi tenaga kerja menjadi lebih muda. Tetapi uang untuk prioritas dan teknologi diambil dari strategi lain: bila diambil dari mutu produk dan jejaring, lebih sedikit perajin menerapkan pelatihan, dan pendatang baru yang belum terlatih menurunkan rata-ratanya.",
            mechanism: "docs/MODEL.md bagian 7, “Young people and other entrants” dan “Environment” (citra batik di mata kaum muda).",
            agents: "Anak muda yang mempertimbangkan kerja batik, dan usaha batik yang mempekerjakan mereka.",
        },
        Told {
            title: "Bring young people back into batik",
            story: "Most batik workers are over 50 and young people prefer factory work. Lower the share of young people who turn batik down, bring more artisans under 30 into the workforce, and do not let training uptake fall.",
            explanation: "Each month a twelfth of the year's 3,000 young people (16–25) decide, once, whether to enter batik work. Their chance rises with the average batik wage against the minimum wage and with batik's standing among the young, which drifts towards what government priority (strategy 2), technology and local wisdom (strategy 7) and competitiveness support. Entrants join businesses with vacancies, so the workforce gets younger. But the money for priority and technology comes from somewhere: taken from product quality and networking, fewer artisans apply training, and newcomers, not yet trained, pull the average down.",
            mechanism: "docs/MODEL.md section 7, “Young people and other entrants” and “Environment” (batik's standing with the young).",
            agents: "Young people considering batik work, and the batik businesses that hire them.",
        },
    ),
    (
        Told {
            title: "Ekspor naik tanpa mengorbankan mutu",
            story: "Naikkan ekspor jelas di atas alokasi saat ini, sementara mutu produk dan serapan pelatihan tidak jelas lebih buruk. Target persisnya ada di bagian Tujuan.",
            explanation: "Dukungan produk unggulan dan ekspor (strategi 1) menaikkan peluang tiap usaha naik satu jenjang pasar, dari lokal ke nasional dan dari nasional ke ekspor, serta produktivitas usaha yang menjual ke luar kota; peluang naik jenjang juga tumbuh dengan mutu usaha itu. Eksportir berpenghasilan lebih besar per perajin, sehingga ekspor tumbuh. Namun sasaran mutu bertumpu pada keterampilan perajinnya dan bagian yang menerapkan pelatihan: bila uangnya diambil dari mutu produk (strategi 4, yang membeli tempat pelatihan keterampilan), lebih sedikit perajin menerapkan pelatihan, mutu turun dan peluang naik jenjang ikut turun. Mutu produk yang tetap didanai membuat promosi ekspor bertahan.",
            mechanism: "docs/MODEL.md bagian 7, “Business review” (jenjang pasar) dan “Business economics” (sasaran mutu).",
            agents: "Usaha batik di jenjang pasar lokal, nasional dan ekspor, dan perajin yang menerapkan pelatihan.",
        },
        Told {
            title: "Grow exports without neglecting quality",
            story: "Raise exports clearly above today's split, while product quality and training uptake are not clearly worse. The exact target is under Goal.",
            explanation: "Flagship and export support (strategy 1) raises each business's chance of climbing a market rung, from local to national and from national to export, and the productivity of businesses that sell beyond the city; the chance to climb also grows with the business's quality. Exporters earn more per artisan, so exports grow. But quality's target rests on the skill of a business's artisans and the share applying training: take the money from product quality (strategy 4, which buys the skills places) and fewer artisans apply training, quality slips, and with it the chance to climb. Keeping product quality funded is what makes export promotion last.",
            mechanism: "docs/MODEL.md section 7, “Business review” (market rungs) and “Business economics” (the quality target).",
            agents: "Batik businesses on the local, national and export rungs, and the artisans applying training.",
        },
    ),
    (
        Told {
            title: "Bila dinas tidak berbuat apa-apa",
            story: "Tantangan ini dimulai tanpa anggaran sama sekali: lihat dulu hambatannya dibanding alokasi saat ini. Lalu pulihkan dengan anggaran yang jauh lebih kecil: tingkat hambatan hampir setara alokasi saat ini (lihat Tujuan).",
            explanation: "Tanpa anggaran tidak ada tempat pelatihan yang ditawarkan (celah pelatihan 100: tidak ada yang ditawarkan, tidak ada yang diterapkan), jadi serapan turun karena pelatihan menjadi usang dan perajin terlatih pergi; citra batik di mata kaum muda merosot tanpa upaya prioritas dan teknologi, sehingga lebih banyak anak muda menolak batik; dan kegagapan teknologi hanya turun karena angkatan tua pergi dan perajin belajar sendiri. Setiap hambatan lebih buruk daripada dengan alokasi saat ini, setiap tahun (fakta bergaya yang diuji model, bagian 14). Anggaran yang jauh lebih kecil sudah banyak membantu karena hasilnya makin berkurang: rupiah pertama di tiap strategi membeli paling banyak, jadi sebaran tipis ke pelatihan, jejaring, prioritas dan teknologi memulihkan sebagian besar kerugian.",
            mechanism: "docs/MODEL.md bagian 14 (“A zero budget leaves every obstacle worse”), bagian 4 (upaya 1 − exp(−B/S)), bagian 7 “The artisans' month”, “Young people and other entrants” dan “Birthdays”.",
            agents: "Perajin, anak muda yang mempertimbangkan kerja batik, dan usaha batik.",
        },
        Told {
            title: "What happens when the office does nothing",
            story: "This challenge starts with no budget at all: first look at the obstacles against today's split. Then win them back on a much smaller budget: obstacle severity close to today's split (see Goal).",
            explanation: "With no budget no training place is offered (the training gap is 100: nothing offered, nothing applied), so uptake falls as training dates and trained artisans leave; batik's standing with the young drifts down without priority and technology effort, so more young people turn batik down; and unease with technology falls only as older cohorts leave and artisans teach themselves. Every obstacle is worse than under today's split, every year (a stylized fact the model is tested for, section 14). A much smaller budget goes a long way because returns diminish: the first rupiah in each strategy buys the most, so a thin spread over training, networking, priority and technology wins back most of the loss.",
            mechanism: "docs/MODEL.md section 14 (“A zero budget leaves every obstacle worse”), section 4 (effort 1 − exp(−B/S)), section 7 “The artisans' month”, “Young people and other entrants” and “Birthdays”.",
            agents: "Artisans, young people considering batik work, and batik businesses.",
        },
    ),
    (
        Told {
            title: "Jejaring membuat pelatihan lebih jauh",
            story: "Tanpa memberi mutu produk (tempat pelatihan keterampilan) atau teknologi lebih dari alokasi saat ini, naikkan serapan pelatihan dengan jelas (lihat Tujuan).",
            explanation: "Anggaran mutu produk membeli jumlah tempat pelatihan yang sama, tetapi jejaring (strategi 3) membuat lebih banyak usaha didampingi dan saling terhubung. Usaha yang didampingi menindaklanjuti perajinnya: tawaran lebih sering sampai ke perajin tua, perajin yang dijangkau lebih sering menerapkannya, dan lebih sedikit yang berhenti. Hubungan antarusaha membawa praktik, sehingga perajin yang belum terlatih menirunya dari rekan di usahanya dan di usaha yang terhubung. Hambatan mengalikan jumlah tempat, jadi tindak lanjut membuat setiap tempat lebih berdaya: interaksi, bukan penjumlahan. Besarnya bertumpu pada empat parameter jejaring (peer_link_weight, link_productivity_gain, link_formation_gain dan mentoring_gain, bagian 12): pada ujung atas rentangnya pengaruh ini jauh lebih besar, pada ujung bawah hampir hilang.",
            mechanism: "docs/MODEL.md bagian 7, “The artisans' month”, “Business review” (tindak lanjut) dan “Links”; bagian 12.",
            agents: "Usaha yang didampingi dan saling terhubung, perajin dan rekan kerjanya.",
        },
        Told {
            title: "Networking makes the same training go further",
            story: "Without giving product quality (the skills places) or technology more than today's split does, raise training uptake clearly (see Goal).",
            explanation: "The product quality budget buys the same number of skills places, but networking (strategy 3) makes more businesses mentored and linked. A mentored business follows its artisans up: an offered place reaches older artisans more often, a reached artisan applies it more often, and fewer stop. Links carry practice between businesses, so untrained artisans pick training up from colleagues in their own and in linked businesses. The barriers multiply the volume of places, so follow-up makes every place go further: an interaction, not a sum. How large it is rests on four networking parameters (peer_link_weight, link_productivity_gain, link_formation_gain and mentoring_gain, section 12): at the top of their ranges the effect is much larger, at the bottom it nearly vanishes.",
            mechanism: "docs/MODEL.md section 7, “The artisans' month”, “Business review” (follow-up) and “Links”; section 12.",
            agents: "Mentored and linked businesses, artisans and their colleagues.",
        },
    ),
    (
        Told {
            title: "Pembagian yang diterima bagian keuangan yang skeptis",
            story: "Bagian keuangan menetapkan batas atas bagian pagu untuk setiap strategi (alokasi saat ini memberi mutu produk 28%), dan ingin melihat pembagian yang lebih baik daripada alokasi saat ini pada sebagian besar hasil utama, tidak lebih buruk pada satu pun, dan tidak melampaui pagu. Batas dan jumlahnya ada di bagian Tujuan.",
            explanation: "Setiap strategi membeli upaya dengan hasil yang makin berkurang (e = 1 − exp(−B d / S)): rupiah terakhir dalam anggaran besar membeli lebih sedikit daripada rupiah pertama dalam anggaran kecil. Batas atas memaksa uang keluar dari strategi yang paling banyak didanai ke strategi yang tipis, tempat uang itu membeli lebih banyak. Alokasi saat ini tidak berada di batas efisien: jejaring dan teknologi masih tipis, dan uang yang dipindahkan ke sana menurunkan hambatan generasi muda, hambatan teknologi dan tingkat hambatan keseluruhan (pembagian dengan batas 20% menang di sana, sedangkan serapan dan celah pelatihan tidak berbeda jelas). Tetapi tidak ada satu pemindahan yang memenangkan semuanya: status prioritas membawa pendatang baru yang menurunkan daya saing rata-rata, dan uang yang diambil dari produk unggulan mengurangi ekspor. Hasil-hasilnya saling tukar, jadi batas atas adalah syarat yang dipenuhi, bukan resep.",
            mechanism: "docs/MODEL.md bagian 4 (upaya dan hasil yang makin berkurang), bagian 12 (alokasi saat ini tidak di batas efisien) dan bagian 14 (“No single-strategy allocation beats today's”).",
            agents: "Semua usaha batik dan perajin, lewat ketujuh strategi.",
        },
        Told {
            title: "A split a sceptical finance office would accept",
            story: "The finance office puts a ceiling on every strategy's share of the envelope (today's split gives product quality 28%), and wants a split that beats today's on most headline outcomes, is worse on none, and stays within the envelope. The ceiling and the count are under Goal.",
            explanation: "Each strategy buys effort with diminishing returns (e = 1 − exp(−B d / S)): the last rupiah of a large budget buys less than the first of a small one. A ceiling forces money out of the most-funded strategies into thin ones, where it buys more. Today's split is not on the frontier: networking and technology are thin, and money moved to them lowers the youth and technology obstacles and the overall severity (a split capped at 20% gains there, while uptake and the training gap show no clear difference). But no single move wins everything: priority status brings in newcomers who pull average competitiveness down, and money taken from flagship support costs exports. The outcomes trade off, so the ceiling is a condition to meet, not a recipe.",
            mechanism: "docs/MODEL.md section 4 (effort and diminishing returns), section 12 (today's split is not on the frontier) and section 14 (“No single-strategy allocation beats today's”).",
            agents: "Every batik business and artisan, through all seven strategies.",
        },
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
        for id in ChallengeId::all() {
            let (ind, en) = (told(Lang::Id, id), told(Lang::En, id));
            for (a, b) in [
                (ind.title, en.title),
                (ind.story, en.story),
                (ind.explanation, en.explanation),
                (ind.mechanism, en.mechanism),
                (ind.agents, en.agents),
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
