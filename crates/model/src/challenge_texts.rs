//! The guided challenges' long texts, in Bahasa Indonesia and English: each challenge's story
//! (shown when the challenges are listed or one is open) and what the model did and why (shown
//! once it is met or given up). They are long and read only in the challenges' panel, so the
//! page leaves them out of its module like the other long texts (the `texts` feature) and
//! fetches them with those. The page keeps the challenges themselves (their goals and titles:
//! src/challenge.rs), and its tests check that every challenge it defines has texts here.

use serde::Serialize;

use crate::Bilingual;

/// One challenge's long texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChallengeTexts {
    /// What the challenge asks, and the study's finding behind it.
    pub story: Bilingual,
    /// What the model did and why.
    pub explanation: Bilingual,
    /// Which of the model's parts the mechanism runs through, in plain words (the model panel
    /// describes the model as a whole).
    pub mechanism: Bilingual,
    /// Which agents the mechanism runs through.
    pub agents: Bilingual,
}

/// Every challenge's texts, by the challenge's key.
#[cfg(feature = "texts")]
pub(crate) fn challenge_texts() -> impl Iterator<Item = (&'static str, ChallengeTexts)> {
    let both = |b: Both| Bilingual {
        id: b.id.to_string(),
        en: b.en.to_string(),
    };
    TEXTS.into_iter().map(move |(key, t)| {
        let texts = ChallengeTexts {
            story: both(t.story),
            explanation: both(t.explanation),
            mechanism: both(t.mechanism),
            agents: both(t.agents),
        };
        (key, texts)
    })
}

#[cfg(feature = "texts")]
#[derive(Clone, Copy)]
struct Both {
    id: &'static str,
    en: &'static str,
}

#[cfg(feature = "texts")]
#[derive(Clone, Copy)]
struct Told {
    story: Both,
    explanation: Both,
    mechanism: Both,
    agents: Both,
}

#[cfg(feature = "texts")]
const TEXTS: [(&str, Told); 6] = [
    (
        "uptake",
        Told {
            story: Both {
                id: "Penelitian menemukan bahwa hasil pelatihan kurang tersampaikan dan tidak diterima banyak perajin. Naikkan serapan pelatihan jauh di atas alokasi saat ini tanpa melampaui pagu. Coba dulu menambah anggaran mutu produk (yang membeli tempat pelatihan keterampilan), lalu lihat siapa yang tertinggal.",
                en: "The study found that training results do not reach, or are not taken up by, many artisans. Raise training uptake well above today's split without going over the envelope. Try adding to product quality first (it buys the skills places), then look at who is left out.",
            },
            explanation: Both {
                id: "Setiap tempat pelatihan keterampilan ditawarkan, lalu harus sampai ke perajin, lalu diterapkan. Dalam model, tawaran makin jarang sampai makin tua perajinnya (dari 40 sampai 70 tahun) dan makin ia gagap teknologi, dan makin jarang diterapkan tanpa pendampingan di usahanya. Anggaran mutu produk membeli lebih banyak tempat, tetapi hasilnya makin berkurang dan kehilangan di tiap langkah tetap sama, sehingga celah pelatihan (tempat yang tidak berakhir menjadi praktik) tidak turun: pelatihan saja paling sedikit menjangkau perajin tua yang gagap teknologi. Jejaring (pendampingan dan hubungan antarusaha) memberi tindak lanjut yang mengimbangi hambatan usia dan menyebarkan praktik dari rekan ke rekan; dukungan teknologi menurunkan hambatan teknologi. Bandingkan serapan perajin di atas 50 tahun dengan serapan semua perajin di bawah.",
                en: "Every skills place is offered, then must reach the artisan, then be applied. In the model an offered place reaches an artisan less the older they are (from 40 to 70) and the less at ease with technology, and is applied less without follow-up in their business. Money for product quality buys more places, but with diminishing returns and the same losses at every step, so the training gap (places that never end in practice) does not fall: training alone reaches older, less technology-literate artisans least. Networking (mentoring and links between businesses) brings the follow-up that offsets the age penalty and spreads practice from colleague to colleague; technology support lowers the technology barrier. Compare uptake among artisans over 50 with everyone's below.",
            },
            mechanism: Both {
                id: "Dalam model: kegiatan bulanan perajin (tempat pelatihan ditawarkan, sampai ke perajin, lalu diterapkan) dan tinjauan triwulanan tiap usaha (tindak lanjut); upaya yang hasilnya makin berkurang. “Tentang model” menjelaskan model dengan kata-kata sederhana.",
                en: "In the model: the artisans' month (a place is offered, reaches the artisan, then is applied) and each business's quarterly review (follow-up); effort with diminishing returns. “About the model” describes the model in plain words.",
            },
            agents: Both {
                id: "Perajin (umur, literasi teknologi, tempat kerja) dan usaha batik yang mendampingi atau terhubung dengan usaha lain.",
                en: "Artisans (their age, technology literacy and employer) and the batik businesses that mentor them or are linked to others.",
            },
        },
    ),
    (
        "youth",
        Told {
            story: Both {
                id: "Kebanyakan pekerja batik berumur di atas 50 tahun dan kaum muda memilih kerja pabrik. Turunkan bagian kaum muda yang menolak batik, tambah perajin di bawah 30 tahun, dan jangan biarkan serapan pelatihan turun.",
                en: "Most batik workers are over 50 and young people prefer factory work. Lower the share of young people who turn batik down, bring more artisans under 30 into the workforce, and do not let training uptake fall.",
            },
            explanation: Both {
                id: "Setiap bulan seperdua belas dari 3.000 anak muda (16–25 tahun) setahun memutuskan sekali apakah masuk kerja batik. Peluangnya naik dengan upah batik rata-rata dibanding upah minimum dan dengan citra batik di mata kaum muda, yang bergerak menuju apa yang didukung prioritas pemerintah (strategi 2), teknologi dan kearifan lokal (strategi 7), dan daya saing. Pendatang baru bergabung dengan usaha yang punya lowongan, jadi tenaga kerja menjadi lebih muda. Tetapi uang untuk prioritas dan teknologi diambil dari strategi lain: bila diambil dari mutu produk dan jejaring, lebih sedikit perajin menerapkan pelatihan, dan pendatang baru yang belum terlatih menurunkan rata-ratanya.",
                en: "Each month a twelfth of the year's 3,000 young people (16–25) decide, once, whether to enter batik work. Their chance rises with the average batik wage against the minimum wage and with batik's standing among the young, which drifts towards what government priority (strategy 2), technology and local wisdom (strategy 7) and competitiveness support. Entrants join businesses with vacancies, so the workforce gets younger. But the money for priority and technology comes from somewhere: taken from product quality and networking, fewer artisans apply training, and newcomers, not yet trained, pull the average down.",
            },
            mechanism: Both {
                id: "Dalam model: pilihan kaum muda dan pendatang lain untuk masuk ke kerja batik, dan citra batik di mata kaum muda (lingkungan yang diperbarui tiap bulan). “Tentang model” menjelaskan model dengan kata-kata sederhana.",
                en: "In the model: young people's and other entrants' choice to enter batik work, and batik's standing with the young (the environment, updated each month). “About the model” describes the model in plain words.",
            },
            agents: Both {
                id: "Anak muda yang mempertimbangkan kerja batik, dan usaha batik yang mempekerjakan mereka.",
                en: "Young people considering batik work, and the batik businesses that hire them.",
            },
        },
    ),
    (
        "exports",
        Told {
            story: Both {
                id: "Naikkan ekspor jelas di atas alokasi saat ini, sementara mutu produk dan serapan pelatihan tidak jelas lebih buruk. Target persisnya ada di bagian Tujuan.",
                en: "Raise exports clearly above today's split, while product quality and training uptake are not clearly worse. The exact target is under Goal.",
            },
            explanation: Both {
                id: "Dukungan produk unggulan dan ekspor (strategi 1) menaikkan peluang tiap usaha naik satu jenjang pasar, dari lokal ke nasional dan dari nasional ke ekspor, serta produktivitas usaha yang menjual ke luar kota; peluang naik jenjang juga tumbuh dengan mutu usaha itu. Eksportir berpenghasilan lebih besar per perajin, sehingga ekspor tumbuh. Namun sasaran mutu bertumpu pada keterampilan perajinnya dan bagian yang menerapkan pelatihan: bila uangnya diambil dari mutu produk (strategi 4, yang membeli tempat pelatihan keterampilan), lebih sedikit perajin menerapkan pelatihan, mutu turun dan peluang naik jenjang ikut turun. Mutu produk yang tetap didanai membuat promosi ekspor bertahan.",
                en: "Flagship and export support (strategy 1) raises each business's chance of climbing a market rung, from local to national and from national to export, and the productivity of businesses that sell beyond the city; the chance to climb also grows with the business's quality. Exporters earn more per artisan, so exports grow. But quality's target rests on the skill of a business's artisans and the share applying training: take the money from product quality (strategy 4, which buys the skills places) and fewer artisans apply training, quality slips, and with it the chance to climb. Keeping product quality funded is what makes export promotion last.",
            },
            mechanism: Both {
                id: "Dalam model: tinjauan triwulanan tiap usaha (naik dan turun jenjang pasar: lokal, nasional, ekspor) dan ekonomi usaha (sasaran mutu). “Tentang model” menjelaskan model dengan kata-kata sederhana.",
                en: "In the model: each business's quarterly review (moving up and down the market rungs: local, national, export) and its economics (the quality target). “About the model” describes the model in plain words.",
            },
            agents: Both {
                id: "Usaha batik di jenjang pasar lokal, nasional dan ekspor, dan perajin yang menerapkan pelatihan.",
                en: "Batik businesses on the local, national and export rungs, and the artisans applying training.",
            },
        },
    ),
    (
        "nothing",
        Told {
            story: Both {
                id: "Tantangan ini dimulai tanpa anggaran sama sekali: lihat dulu hambatannya dibanding alokasi saat ini. Lalu pulihkan dengan anggaran yang jauh lebih kecil: tingkat hambatan hampir setara alokasi saat ini (lihat Tujuan).",
                en: "This challenge starts with no budget at all: first look at the obstacles against today's split. Then win them back on a much smaller budget: obstacle severity close to today's split (see Goal).",
            },
            explanation: Both {
                id: "Tanpa anggaran tidak ada tempat pelatihan yang ditawarkan (celah pelatihan 100: tidak ada yang ditawarkan, tidak ada yang diterapkan), jadi serapan turun karena pelatihan menjadi usang dan perajin terlatih pergi; citra batik di mata kaum muda merosot tanpa upaya prioritas dan teknologi, sehingga lebih banyak anak muda menolak batik; dan kegagapan teknologi hanya turun karena angkatan tua pergi dan perajin belajar sendiri. Setiap hambatan lebih buruk daripada dengan alokasi saat ini, setiap tahun (fakta bergaya yang diuji model). Anggaran yang jauh lebih kecil sudah banyak membantu karena hasilnya makin berkurang: rupiah pertama di tiap strategi membeli paling banyak, jadi sebaran tipis ke pelatihan, jejaring, prioritas dan teknologi memulihkan sebagian besar kerugian.",
                en: "With no budget no training place is offered (the training gap is 100: nothing offered, nothing applied), so uptake falls as training dates and trained artisans leave; batik's standing with the young drifts down without priority and technology effort, so more young people turn batik down; and unease with technology falls only as older cohorts leave and artisans teach themselves. Every obstacle is worse than under today's split, every year (a stylized fact the model is tested for). A much smaller budget goes a long way because returns diminish: the first rupiah in each strategy buys the most, so a thin spread over training, networking, priority and technology wins back most of the loss.",
            },
            mechanism: Both {
                id: "Dalam model: upaya tiap strategi adalah 1 − exp(−B/S) dari anggarannya B (tanpa anggaran, tanpa upaya); kegiatan bulanan perajin, pilihan kaum muda dan pendatang lain, dan pertambahan usia perajin tiap tahun (usia, keluar, literasi teknologi). Model diuji untuk memastikan bahwa anggaran nol memperburuk setiap hambatan. “Tentang model” menjelaskan model dengan kata-kata sederhana.",
                en: "In the model: each strategy's effort is 1 − exp(−B/S) of its budget B (no budget, no effort); the artisans' month, young people's and other entrants' choice, and the artisans' birthdays (age, leaving, technology literacy). The model is tested to leave every obstacle worse with a zero budget. “About the model” describes the model in plain words.",
            },
            agents: Both {
                id: "Perajin, anak muda yang mempertimbangkan kerja batik, dan usaha batik.",
                en: "Artisans, young people considering batik work, and batik businesses.",
            },
        },
    ),
    (
        "networking",
        Told {
            story: Both {
                id: "Tanpa memberi mutu produk (tempat pelatihan keterampilan) atau teknologi lebih dari alokasi saat ini, naikkan serapan pelatihan dengan jelas (lihat Tujuan).",
                en: "Without giving product quality (the skills places) or technology more than today's split does, raise training uptake clearly (see Goal).",
            },
            explanation: Both {
                id: "Anggaran mutu produk membeli jumlah tempat pelatihan yang sama, tetapi jejaring (strategi 3) membuat lebih banyak usaha didampingi dan saling terhubung. Usaha yang didampingi menindaklanjuti perajinnya: tawaran lebih sering sampai ke perajin tua, perajin yang dijangkau lebih sering menerapkannya, dan lebih sedikit yang berhenti. Hubungan antarusaha membawa praktik, sehingga perajin yang belum terlatih menirunya dari rekan di usahanya dan di usaha yang terhubung. Hambatan mengalikan jumlah tempat, jadi tindak lanjut membuat setiap tempat lebih berdaya: interaksi, bukan penjumlahan. Besarnya bertumpu pada empat parameter jejaring (“Bobot usaha bertaut dalam tiru”, “Kenaikan produktivitas dari jejaring”, “Kekuatan pembentukan tautan” dan “Kekuatan pendampingan baru” di “Pengaturan simulasi”): pada ujung atas rentangnya pengaruh ini jauh lebih besar, pada ujung bawah hampir hilang.",
                en: "The product quality budget buys the same number of skills places, but networking (strategy 3) makes more businesses mentored and linked. A mentored business follows its artisans up: an offered place reaches older artisans more often, a reached artisan applies it more often, and fewer stop. Links carry practice between businesses, so untrained artisans pick training up from colleagues in their own and in linked businesses. The barriers multiply the volume of places, so follow-up makes every place go further: an interaction, not a sum. How large it is rests on four networking parameters (“Links' weight in imitation”, “Productivity gain from links”, “Strength of link formation” and “Strength of new mentoring” in “Simulation settings”): at the top of their ranges the effect is much larger, at the bottom it nearly vanishes.",
            },
            mechanism: Both {
                id: "Dalam model: kegiatan bulanan perajin (tempat pelatihan sampai dan diterapkan), tinjauan triwulanan tiap usaha (tindak lanjut dari pendampingan dan rekan) dan hubungan antarusaha. “Tentang model” menjelaskan model dengan kata-kata sederhana.",
                en: "In the model: the artisans' month (places reach artisans and are applied), each business's quarterly review (follow-up from mentoring and colleagues) and the links between businesses. “About the model” describes the model in plain words.",
            },
            agents: Both {
                id: "Usaha yang didampingi dan saling terhubung, perajin dan rekan kerjanya.",
                en: "Mentored and linked businesses, artisans and their colleagues.",
            },
        },
    ),
    (
        "finance",
        Told {
            story: Both {
                id: "Bagian keuangan menetapkan batas atas bagian pagu untuk setiap strategi (alokasi saat ini memberi mutu produk 28%), dan ingin melihat pembagian yang lebih baik daripada alokasi saat ini pada sebagian besar hasil utama, tidak lebih buruk pada satu pun, dan tidak melampaui pagu. Batas dan jumlahnya ada di bagian Tujuan.",
                en: "The finance office puts a ceiling on every strategy's share of the envelope (today's split gives product quality 28%), and wants a split that beats today's on most headline outcomes, is worse on none, and stays within the envelope. The ceiling and the count are under Goal.",
            },
            explanation: Both {
                id: "Setiap strategi membeli upaya dengan hasil yang makin berkurang (e = 1 − exp(−B d / S)): rupiah terakhir dalam anggaran besar membeli lebih sedikit daripada rupiah pertama dalam anggaran kecil. Batas atas memaksa uang keluar dari strategi yang paling banyak didanai ke strategi yang tipis, tempat uang itu membeli lebih banyak. Alokasi saat ini tidak berada di batas efisien: jejaring dan teknologi masih tipis, dan uang yang dipindahkan ke sana menurunkan hambatan generasi muda, hambatan teknologi dan tingkat hambatan keseluruhan (pembagian dengan batas 20% menang di sana, sedangkan serapan dan celah pelatihan tidak berbeda jelas). Tetapi tidak ada satu pemindahan yang memenangkan semuanya: status prioritas membawa pendatang baru yang menurunkan daya saing rata-rata, dan uang yang diambil dari produk unggulan mengurangi ekspor. Hasil-hasilnya saling tukar, jadi batas atas adalah syarat yang dipenuhi, bukan resep.",
                en: "Each strategy buys effort with diminishing returns (e = 1 − exp(−B d / S)): the last rupiah of a large budget buys less than the first of a small one. A ceiling forces money out of the most-funded strategies into thin ones, where it buys more. Today's split is not on the frontier: networking and technology are thin, and money moved to them lowers the youth and technology obstacles and the overall severity (a split capped at 20% gains there, while uptake and the training gap show no clear difference). But no single move wins everything: priority status brings in newcomers who pull average competitiveness down, and money taken from flagship support costs exports. The outcomes trade off, so the ceiling is a condition to meet, not a recipe.",
            },
            mechanism: Both {
                id: "Dalam model: upaya tiap strategi hasilnya makin berkurang, sehingga tidak ada alokasi ke satu strategi saja yang mengalahkan alokasi saat ini, walaupun alokasi saat ini pun bukan yang paling efisien. “Tentang model” menjelaskan model dengan kata-kata sederhana.",
                en: "In the model: each strategy's effort has diminishing returns, so no allocation to a single strategy beats today's split, though today's split is not the most efficient either. “About the model” describes the model in plain words.",
            },
            agents: Both {
                id: "Semua usaha batik dan perajin, lewat ketujuh strategi.",
                en: "Every batik business and artisan, through all seven strategies.",
            },
        },
    ),
];
