//! The outcomes the model reports every month, with their keys, labels, units, ranges and how
//! to read each one's scale.

use crate::Lang;

/// One monthly outcome of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// Competitiveness: 50 = the city at the start; the weighted parts (quality, productivity,
    /// unit cost, market reach) relative to the start, times 50.
    Competitiveness,
    /// Training uptake, %: artisans applying training they were reached by.
    TrainingUptake,
    /// Obstacle 1, %: of the training places offered in the last 12 months, those that did not
    /// end with the artisan applying the training.
    ObstacleTrainingGap,
    /// Obstacle 2, %: of the young people who considered batik work in the last 12 months,
    /// those who turned it down.
    ObstacleYouthDisinterest,
    /// Obstacle 3, %: artisans below the technology-literacy threshold.
    ObstacleTechIlliteracy,
    /// The three obstacles' weighted mean, %.
    ObstacleSeverity,
    /// Product quality, 0-100 (artisan-weighted mean over businesses).
    Quality,
    /// Productivity: output per artisan, 100 = the start.
    Productivity,
    /// Unit cost, 100 = the start (lower is better).
    UnitCost,
    /// Market reach: businesses' mean rung on the ladder local (15), national (50), export
    /// (100), plus 10 for selling online (so up to 110).
    MarketReach,
    /// Businesses selling beyond the city (nationally, abroad or online), %.
    ShareBeyondCity,
    /// Sales per artisan, Rp juta a year.
    RevenuePerArtisan,
    /// The city's batik sales, Rp miliar a year.
    Sales,
    /// Batik exports, US$ millions a year.
    ExportsUsdM,
    /// Artisans at work.
    Employment,
    /// The artisans' average wage divided by the minimum wage.
    WageRatio,
    /// Training places offered in the last 12 months (the funnel's first step).
    TrainingOffered,
    /// Of those offers, artisans reached in the last 12 months.
    TrainingReached,
    /// Of those reached, artisans applying the training afterwards, last 12 months.
    TrainingApplying,
    /// Batik businesses open.
    Businesses,
    /// Share of artisans aged 50 and over, %.
    ShareOver50,
    /// Share of artisans under 30, %.
    ShareUnder30,
    /// Young people (16-25) who entered batik work in the last 12 months.
    YouthEntrants,
    /// Adults (26 and over) who entered batik work in the last 12 months.
    AdultEntrants,
    /// Active cooperatives.
    ActiveCooperatives,
    /// Training uptake among artisans aged 50 and over, %.
    UptakeOver50,
    /// Artisans whose training (formal or from peers) is still current, %.
    TrainingCoverage,
    /// Businesses selling online, %.
    ShareOnline,
    /// Businesses with a quality certificate, %.
    ShareCertified,
    /// The imported-material price index (1 = the start): the run's price shocks, the same
    /// for every scenario on a seed.
    MaterialPriceIndex,
    /// Links per business: the other businesses an open business works with (each link counts
    /// at both ends), at most `max_links`.
    LinksPerBusiness,
    /// Businesses with a mentoring link (a university, the agency or an established
    /// business), %.
    ShareMentored,
}

impl Metric {
    /// Every metric, in a fixed order (the order of series in results).
    pub const ALL: &'static [Metric] = &[
        Metric::Competitiveness,
        Metric::TrainingUptake,
        Metric::ObstacleTrainingGap,
        Metric::ObstacleYouthDisinterest,
        Metric::ObstacleTechIlliteracy,
        Metric::ObstacleSeverity,
        Metric::Quality,
        Metric::Productivity,
        Metric::UnitCost,
        Metric::MarketReach,
        Metric::ShareBeyondCity,
        Metric::RevenuePerArtisan,
        Metric::Sales,
        Metric::ExportsUsdM,
        Metric::Employment,
        Metric::WageRatio,
        Metric::TrainingOffered,
        Metric::TrainingReached,
        Metric::TrainingApplying,
        Metric::Businesses,
        Metric::ShareOver50,
        Metric::ShareUnder30,
        Metric::YouthEntrants,
        Metric::AdultEntrants,
        Metric::ActiveCooperatives,
        Metric::UptakeOver50,
        Metric::TrainingCoverage,
        Metric::ShareOnline,
        Metric::ShareCertified,
        Metric::MaterialPriceIndex,
        Metric::LinksPerBusiness,
        Metric::ShareMentored,
    ];

    /// The number of metrics.
    pub const COUNT: usize = Metric::ALL.len();

    /// The headline outcomes: competitiveness, training uptake, the three obstacles and
    /// their severity.
    pub const HEADLINE: [Metric; 6] = [
        Metric::Competitiveness,
        Metric::TrainingUptake,
        Metric::ObstacleTrainingGap,
        Metric::ObstacleYouthDisinterest,
        Metric::ObstacleTechIlliteracy,
        Metric::ObstacleSeverity,
    ];

    /// The parts competitiveness is built from.
    pub const COMPETITIVENESS_PARTS: [Metric; 4] = [
        Metric::Quality,
        Metric::Productivity,
        Metric::UnitCost,
        Metric::MarketReach,
    ];

    /// The position in [`Metric::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The snake_case key used in JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            Metric::Competitiveness => "competitiveness",
            Metric::TrainingUptake => "training_uptake",
            Metric::ObstacleTrainingGap => "obstacle_training_gap",
            Metric::ObstacleYouthDisinterest => "obstacle_youth_disinterest",
            Metric::ObstacleTechIlliteracy => "obstacle_tech_illiteracy",
            Metric::ObstacleSeverity => "obstacle_severity",
            Metric::Quality => "quality",
            Metric::Productivity => "productivity",
            Metric::UnitCost => "unit_cost",
            Metric::MarketReach => "market_reach",
            Metric::ShareBeyondCity => "share_beyond_city",
            Metric::RevenuePerArtisan => "revenue_per_artisan",
            Metric::Sales => "sales",
            Metric::ExportsUsdM => "exports_usd_m",
            Metric::Employment => "employment",
            Metric::WageRatio => "wage_ratio",
            Metric::TrainingOffered => "training_offered",
            Metric::TrainingReached => "training_reached",
            Metric::TrainingApplying => "training_applying",
            Metric::Businesses => "businesses",
            Metric::ShareOver50 => "share_over_50",
            Metric::ShareUnder30 => "share_under_30",
            Metric::YouthEntrants => "youth_entrants",
            Metric::AdultEntrants => "adult_entrants",
            Metric::ActiveCooperatives => "active_cooperatives",
            Metric::UptakeOver50 => "uptake_over_50",
            Metric::TrainingCoverage => "training_coverage",
            Metric::ShareOnline => "share_online",
            Metric::ShareCertified => "share_certified",
            Metric::MaterialPriceIndex => "material_price_index",
            Metric::LinksPerBusiness => "links_per_business",
            Metric::ShareMentored => "share_mentored",
        }
    }

    /// The metric with this key, or `None`.
    pub fn from_key(key: &str) -> Option<Metric> {
        Metric::ALL.iter().copied().find(|m| m.key() == key)
    }

    /// The label shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Metric::Competitiveness => lang.pick("Daya saing", "Competitiveness"),
            Metric::TrainingUptake => lang.pick("Serapan pelatihan", "Training uptake"),
            Metric::ObstacleTrainingGap => lang.pick(
                "Hasil pelatihan kurang tersampaikan",
                "Training does not reach or is not taken up",
            ),
            Metric::ObstacleYouthDisinterest => lang.pick(
                "Kurangnya minat generasi muda",
                "Young people's low interest",
            ),
            Metric::ObstacleTechIlliteracy => lang.pick(
                "Perajin gagap teknologi",
                "Artisans not at ease with technology",
            ),
            Metric::ObstacleSeverity => lang.pick("Tingkat hambatan", "Obstacle severity"),
            Metric::Quality => lang.pick("Mutu produk", "Product quality"),
            Metric::Productivity => lang.pick("Produktivitas", "Productivity"),
            Metric::UnitCost => lang.pick("Biaya satuan", "Unit cost"),
            Metric::MarketReach => lang.pick("Jangkauan pasar", "Market reach"),
            Metric::ShareBeyondCity => lang.pick(
                "Usaha menjual ke luar kota",
                "Businesses selling beyond the city",
            ),
            Metric::Sales => lang.pick("Penjualan batik kota", "The city's batik sales"),
            Metric::RevenuePerArtisan => lang.pick("Penjualan per perajin", "Sales per artisan"),
            Metric::ExportsUsdM => lang.pick("Ekspor batik", "Batik exports"),
            Metric::Employment => lang.pick("Perajin bekerja", "Artisans at work"),
            Metric::WageRatio => {
                lang.pick("Upah terhadap upah minimum", "Wage against minimum wage")
            }
            Metric::TrainingOffered => lang.pick("Pelatihan ditawarkan", "Training offered"),
            Metric::TrainingReached => lang.pick("Pelatihan menjangkau", "Training reached"),
            Metric::TrainingApplying => lang.pick("Pelatihan diterapkan", "Training applied"),
            Metric::Businesses => lang.pick("Usaha batik", "Batik businesses"),
            Metric::ShareOver50 => lang.pick(
                "Perajin berusia 50 tahun ke atas",
                "Artisans aged 50 and over",
            ),
            Metric::ShareUnder30 => lang.pick("Perajin di bawah 30 tahun", "Artisans under 30"),
            Metric::YouthEntrants => lang.pick("Kaum muda masuk", "Young entrants"),
            Metric::AdultEntrants => lang.pick("Orang dewasa masuk", "Adult entrants"),
            Metric::ActiveCooperatives => lang.pick("Koperasi aktif", "Active cooperatives"),
            Metric::UptakeOver50 => lang.pick(
                "Serapan pelatihan, 50 tahun ke atas",
                "Training uptake, 50 and over",
            ),
            Metric::TrainingCoverage => lang.pick("Cakupan pelatihan", "Training coverage"),
            Metric::ShareOnline => lang.pick("Usaha berjualan daring", "Businesses selling online"),
            Metric::ShareCertified => lang.pick("Usaha bersertifikat", "Certified businesses"),
            Metric::MaterialPriceIndex => {
                lang.pick("Indeks harga bahan impor", "Imported-material price index")
            }
            Metric::LinksPerBusiness => {
                lang.pick("Jalinan kerja sama per usaha", "Links per business")
            }
            Metric::ShareMentored => lang.pick("Usaha yang didampingi", "Businesses mentored"),
        }
    }

    /// The unit shown next to values.
    pub fn unit(self, lang: Lang) -> &'static str {
        match self {
            Metric::Competitiveness => lang.pick("indeks, 50 = awal", "index, 50 = start"),
            Metric::Quality => lang.pick("indeks 0-100", "index 0-100"),
            Metric::MarketReach => {
                lang.pick("indeks, 100 = semua mengekspor", "index, 100 = all export")
            }
            Metric::Sales => lang.pick("Rp miliar per tahun", "Rp billion a year"),
            Metric::Productivity | Metric::UnitCost => {
                lang.pick("indeks, 100 = awal", "index, 100 = start")
            }
            Metric::TrainingUptake
            | Metric::ShareOver50
            | Metric::ShareUnder30
            | Metric::UptakeOver50
            | Metric::TrainingCoverage
            | Metric::ObstacleTechIlliteracy => lang.pick("% perajin", "% of artisans"),
            Metric::ObstacleTrainingGap => lang.pick("% tempat pelatihan", "% of training places"),
            Metric::ObstacleYouthDisinterest => lang.pick("% kaum muda", "% of young people"),
            Metric::ObstacleSeverity => lang.pick("%, rata-rata berbobot", "%, weighted mean"),
            Metric::ShareBeyondCity
            | Metric::ShareOnline
            | Metric::ShareCertified
            | Metric::ShareMentored => lang.pick("% usaha", "% of businesses"),
            Metric::LinksPerBusiness => lang.pick("usaha mitra", "partner businesses"),
            Metric::RevenuePerArtisan => lang.pick("Rp juta per tahun", "Rp million a year"),
            Metric::ExportsUsdM => lang.pick("juta US$ per tahun", "US$ million a year"),
            Metric::Employment => lang.pick("perajin", "artisans"),
            Metric::WageRatio => lang.pick("x upah minimum", "x minimum wage"),
            Metric::TrainingOffered | Metric::TrainingReached | Metric::TrainingApplying => {
                lang.pick("perajin per tahun", "artisans a year")
            }
            Metric::Businesses => lang.pick("usaha", "businesses"),
            Metric::YouthEntrants | Metric::AdultEntrants => {
                lang.pick("orang per tahun", "people a year")
            }
            Metric::ActiveCooperatives => lang.pick("koperasi", "cooperatives"),
            Metric::MaterialPriceIndex => lang.pick("1 = awal", "1 = start"),
        }
    }

    /// How to read the scale, in a sentence or two: what a point is and where today stands.
    pub fn reading(self, lang: Lang) -> &'static str {
        match self {
            Metric::Competitiveness => lang.pick(
                "50 = kota pada awal simulasi. Mutu, produktivitas, biaya satuan dan jangkauan pasar masing-masing dibandingkan dengan awalnya dan dirata-rata dengan bobot; satu poin = 2% lebih baik. Ini indeks bahan-bahan daya saing, bukan hasil pasar: tidak memuat penjualan, pesanan atau harga dibanding pesaing, jadi bacalah bersama penjualan dan ekspor. Ini rata-rata per perajin: pendatang baru mulai kurang terampil, jadi banyak pendatang menurunkannya untuk sementara walau penjualan kota naik. Tanpa anggaran, kota turun sekitar 2,5 poin dari awal dalam lima tahun.",
                "50 = the city at the start. Quality, productivity, unit cost and market reach are each compared with their start and averaged with weights; one point = 2% better. It is an index of what competitiveness is made of, not a market result: it holds no sales, orders or prices against competitors, so read it with sales and exports. It is an average over artisans: newcomers start less skilled, so many newcomers pull it down for a while even as the city's sales grow. With no budget the city falls about 2.5 points below its start in five years.",
            ),
            Metric::TrainingUptake => lang.pick(
                "Dari setiap 100 perajin, berapa yang menerapkan pelatihan yang pernah diikutinya (atau dipelajarinya dari rekan). Perajin baru datang belum terlatih, jadi bila tenaga kerja tumbuh, bagian ini bisa turun walau lebih banyak orang menerapkan pelatihan.",
                "Of every 100 artisans, how many apply training they took (or learned from colleagues). New artisans arrive untrained, so when the workforce grows this share can fall even as more people apply training.",
            ),
            Metric::ObstacleTrainingGap => lang.pick(
                "Dari setiap 100 tempat pelatihan keterampilan yang ditawarkan setahun terakhir kepada perajin yang belum menerapkan pelatihan, berapa yang tidak berakhir dengan perajin menerapkannya: tidak terjangkau, atau terjangkau tetapi tidak diterapkan. Ini mengukur seberapa baik pelatihan tersampaikan, bukan seberapa banyak: sedikit tempat memberi bagian yang hampir sama dengan ribuan tempat. 100 bila tidak ada yang ditawarkan. Makin rendah makin baik.",
                "Of every 100 skills-training places offered in the last year to artisans not yet applying training, how many did not end with the artisan applying it: not reached, or reached but not applied. It measures how well training is delivered, not how much: a handful of places gives about the same share as thousands. 100 when nothing is offered. Lower is better.",
            ),
            Metric::ObstacleYouthDisinterest => lang.pick(
                "Dari setiap 100 anak muda (16-25) yang menimbang kerja batik setahun terakhir, berapa yang menolaknya; satu poin kira-kira 30 anak muda masuk setahun (bawaan). Tingkatnya bertumpu pada peluang masuk yang diasumsikan: beda antarskenario lebih bermakna daripada tingkatnya. Makin rendah makin baik.",
                "Of every 100 young people (16-25) who considered batik work in the last year, how many turned it down; one point is about 30 young entrants a year (by default). Its level rests on the assumed entry chance: differences between scenarios mean more than the level. Lower is better.",
            ),
            Metric::ObstacleTechIlliteracy => lang.pick(
                "Dari setiap 100 perajin, berapa yang literasi teknologinya di bawah ambang (gagap teknologi). Tingkatnya bertumpu pada ambang dan literasi tiap umur yang diasumsikan: beda antarskenario lebih bermakna daripada tingkatnya. Makin rendah makin baik.",
                "Of every 100 artisans, how many are below the technology-literacy threshold. Its level rests on the assumed threshold and the literacy of each age: differences between scenarios mean more than the level. Lower is better.",
            ),
            Metric::ObstacleSeverity => lang.pick(
                "Rata-rata berbobot ketiga hambatan, masing-masing persen dari dasarnya sendiri (tempat pelatihan, anak muda, perajin); bobot sama kecuali diubah. Makin rendah makin baik.",
                "The weighted mean of the three obstacles, each a percentage of its own base (training places, young people, artisans); equal weights unless changed. Lower is better.",
            ),
            Metric::Quality => lang.pick(
                "Mutu produk rata-rata pada skala 0-100; usaha dengan mutu di atas ambang sertifikasi (50, bawaan) dapat disertifikasi.",
                "Average product quality on a 0-100 scale; businesses at or above the certification floor (50 by default) can be certified.",
            ),
            Metric::Productivity => lang.pick(
                "Hasil per perajin; 100 = awal simulasi, 105 = 5% lebih banyak.",
                "Output per artisan; 100 = the start, 105 = 5% more.",
            ),
            Metric::UnitCost => lang.pick(
                "Biaya membuat satu satuan batik; 100 = awal simulasi, makin rendah makin baik. Penghematan dihitung dalam daya saing; dalam model ini tidak menaikkan upah atau penjualan.",
                "The cost of making one unit of batik; 100 = the start, lower is better. Savings count in competitiveness; in this model they do not raise wages or sales.",
            ),
            Metric::MarketReach => lang.pick(
                "Rata-rata anak tangga pasar usaha: bawaannya 15 bila semua hanya menjual di kota, 50 bila semua ke pasar nasional, 100 bila semua mengekspor; menjual daring menambah 10, jadi pengekspor yang juga daring bernilai 110.",
                "Businesses' average rung on the market ladder: by default 15 if all sell only in the city, 50 if all sell nationally, 100 if all export; selling online adds 10, so an exporter that also sells online scores 110.",
            ),
            Metric::ShareBeyondCity => lang.pick(
                "Dari setiap 100 usaha, berapa yang menjual ke luar kota: ke pasar nasional, ke luar negeri, atau daring.",
                "Of every 100 businesses, how many sell beyond the city: nationally, abroad or online.",
            ),
            Metric::Sales => lang.pick(
                "Nilai penjualan batik seluruh kota setahun: penjualan per perajin kali banyaknya perajin. Naik bila lebih banyak orang bekerja, walau rata-rata per perajin turun.",
                "The yearly sales of all the city's batik: sales per artisan times artisans. It rises when more people work, even when the average per artisan falls.",
            ),
            Metric::RevenuePerArtisan => lang.pick(
                "Penjualan setahun per perajin yang bekerja, dalam rupiah. Penjualan Pekalongan tidak dilaporkan; angka ini ditaksir dari upah, yang dianggap 30% dari penjualan (bawaan).",
                "Yearly sales per artisan at work, in rupiah. Pekalongan's sales are not reported; they are estimated from wages, taken to be 30% of sales by default.",
            ),
            Metric::Employment => lang.pick(
                "Banyaknya perajin yang bekerja di usaha batik kota pada akhir bulan.",
                "The number of artisans working in the city's batik businesses at the month's end.",
            ),
            Metric::ExportsUsdM => lang.pick(
                "Nilai ekspor batik setahun dalam juta dolar AS, ditera pada yang tercatat (0,4-3,3 pada 2016-19).",
                "Yearly batik exports in millions of US dollars, calibrated to the recorded figures (0.4-3.3 in 2016-19).",
            ),
            Metric::WageRatio => lang.pick(
                "Upah rata-rata perajin dibanding upah minimum kota; 1 = upah minimum. Upah batik tercatat di bawahnya (Rp 1,0-1,5 juta terhadap Rp 1,9 juta pada 2019).",
                "The average artisan's wage against the city's minimum wage; 1 = the minimum wage. Batik wages are reported below it (Rp 1.0-1.5 m against Rp 1.9 m in 2019).",
            ),
            Metric::TrainingOffered => lang.pick(
                "Tempat pelatihan keterampilan yang ditawarkan 12 bulan terakhir kepada perajin yang belum menerapkan pelatihan.",
                "Skills-training places offered in the last 12 months to artisans not yet applying training.",
            ),
            Metric::TrainingReached => lang.pick(
                "Dari tempat itu, yang sampai kepada perajin (diikuti), 12 bulan terakhir.",
                "Of those places, the ones that reached the artisan (attended), in the last 12 months.",
            ),
            Metric::TrainingApplying => lang.pick(
                "Dari yang terjangkau, perajin yang mulai menerapkan pelatihan, 12 bulan terakhir.",
                "Of those reached, the artisans who started applying the training, in the last 12 months.",
            ),
            Metric::Businesses => lang.pick(
                "Usaha batik yang buka pada akhir bulan: usaha baru dibuka, yang kurang berdaya saing lebih sering tutup.",
                "Batik businesses open at the month's end: new ones open, and the less competitive close more often.",
            ),
            Metric::ShareOver50 => lang.pick(
                "Dari setiap 100 perajin, berapa yang berumur 50 tahun atau lebih.",
                "Of every 100 artisans, how many are aged 50 or over.",
            ),
            Metric::ShareUnder30 => lang.pick(
                "Dari setiap 100 perajin, berapa yang berumur di bawah 30 tahun.",
                "Of every 100 artisans, how many are under 30.",
            ),
            Metric::YouthEntrants => lang.pick(
                "Anak muda (16-25) yang mulai bekerja batik 12 bulan terakhir.",
                "Young people (16-25) who started batik work in the last 12 months.",
            ),
            Metric::AdultEntrants => lang.pick(
                "Orang dewasa (26 ke atas) yang mulai bekerja batik 12 bulan terakhir.",
                "Adults (26 and over) who started batik work in the last 12 months.",
            ),
            Metric::ActiveCooperatives => lang.pick(
                "Koperasi yang aktif (dari 281 yang terdaftar, bawaan); koperasi berhenti dan hidup lagi, lebih sering hidup dengan dukungan pembiayaan.",
                "Cooperatives that are active (of 281 registered, by default); they lapse and revive, and revive more often with finance support.",
            ),
            Metric::UptakeOver50 => lang.pick(
                "Dari setiap 100 perajin berusia 50 tahun ke atas, berapa yang menerapkan pelatihan: bandingkan dengan serapan pelatihan untuk melihat apakah pelatihan sampai ke perajin tua.",
                "Of every 100 artisans aged 50 and over, how many apply training: compare it with training uptake to see whether training reaches older artisans.",
            ),
            Metric::TrainingCoverage => lang.pick(
                "Dari setiap 100 perajin, berapa yang pelatihannya masih berlaku (resmi atau dari rekan), diterapkan atau tidak.",
                "Of every 100 artisans, how many have current training (formal or from colleagues), whether or not they apply it.",
            ),
            Metric::ShareOnline => lang.pick(
                "Dari setiap 100 usaha, berapa yang berjualan daring.",
                "Of every 100 businesses, how many sell online.",
            ),
            Metric::ShareCertified => lang.pick(
                "Dari setiap 100 usaha, berapa yang memegang sertifikat mutu (Batikmark atau SNI).",
                "Of every 100 businesses, how many hold a quality certificate (Batikmark or SNI).",
            ),
            Metric::MaterialPriceIndex => lang.pick(
                "Harga kain dan pewarna impor dibanding awal (1 = awal); bergerak karena peluang, sama di setiap skenario dengan benih acak yang sama.",
                "The price of imported cloth and dye against the start (1 = the start); it moves by chance, the same way in every scenario on one seed.",
            ),
            Metric::LinksPerBusiness => lang.pick(
                "Dengan berapa usaha lain, rata-rata, satu usaha bekerja sama (paling banyak enam, menurut bawaan): lewat jalinan ini pelatihan menyebar, tindak lanjutnya datang, dan berjualan daring menular. Anggaran jejaring (strategi 3) menambah jalinan baru.",
                "How many other businesses one business works with, on average (at most six, by default): through these links training spreads, its follow-up comes and online selling catches on. The networking budget (strategy 3) adds new links.",
            ),
            Metric::ShareMentored => lang.pick(
                "Dari setiap 100 usaha, berapa yang sedang didampingi (oleh perguruan tinggi, dinas, atau usaha mapan): pendampingan membuat pelatihan lebih sampai dan lebih lama diterapkan. Anggaran jejaring (strategi 3) menambahnya; pendampingan berakhir bila proyeknya usai.",
                "Of every 100 businesses, how many have a mentor now (a university, the agency or an established business): mentoring makes training reach further and stick longer. The networking budget (strategy 3) adds to it; mentoring ends when its project does.",
            ),
        }
    }

    /// The decimals a figure of this metric is shown with: two for US$ millions and ratios,
    /// none for counts, one for indices and percentages.
    pub fn decimals(self) -> usize {
        match self {
            Metric::ExportsUsdM
            | Metric::WageRatio
            | Metric::MaterialPriceIndex
            | Metric::LinksPerBusiness => 2,
            Metric::Employment
            | Metric::TrainingOffered
            | Metric::TrainingReached
            | Metric::TrainingApplying
            | Metric::Businesses
            | Metric::YouthEntrants
            | Metric::AdultEntrants
            | Metric::ActiveCooperatives => 0,
            _ => 1,
        }
    }

    /// The smallest difference worth calling better or worse: half the last digit shown.
    pub fn resolution(self) -> f64 {
        0.5 / libm::pow(10.0, self.decimals() as f64)
    }

    /// The range every value lies in, when the metric has a fixed one.
    pub fn range(self) -> Option<(f64, f64)> {
        match self {
            Metric::TrainingUptake
            | Metric::ObstacleTrainingGap
            | Metric::ObstacleYouthDisinterest
            | Metric::ObstacleTechIlliteracy
            | Metric::ObstacleSeverity
            | Metric::Quality
            | Metric::ShareBeyondCity
            | Metric::ShareOver50
            | Metric::ShareUnder30
            | Metric::UptakeOver50
            | Metric::TrainingCoverage
            | Metric::ShareOnline
            | Metric::ShareCertified
            | Metric::ShareMentored => Some((0.0, 100.0)),
            Metric::LinksPerBusiness => Some((0.0, 6.0)),
            _ => None,
        }
    }

    /// Whether a month can have no value (NaN in a run's series): the averages and shares over
    /// artisans and the composites built from them, when the city has no artisans (training
    /// uptake over 50 also when no artisan is over 50), and the shares of businesses and market
    /// reach when no business is open. Summaries and comparisons leave such runs out of that
    /// month; a month where no run has a value has none either.
    pub fn may_have_no_value(self) -> bool {
        matches!(
            self,
            Metric::Competitiveness
                | Metric::TrainingUptake
                | Metric::ObstacleTechIlliteracy
                | Metric::ObstacleSeverity
                | Metric::Quality
                | Metric::Productivity
                | Metric::UnitCost
                | Metric::MarketReach
                | Metric::ShareBeyondCity
                | Metric::RevenuePerArtisan
                | Metric::WageRatio
                | Metric::ShareOver50
                | Metric::ShareUnder30
                | Metric::UptakeOver50
                | Metric::TrainingCoverage
                | Metric::ShareOnline
                | Metric::ShareCertified
                | Metric::LinksPerBusiness
                | Metric::ShareMentored
        )
    }

    /// Whether a higher value is better (for colouring differences); `None` if neither.
    pub fn higher_is_better(self) -> Option<bool> {
        match self {
            Metric::ObstacleTrainingGap
            | Metric::ObstacleYouthDisinterest
            | Metric::ObstacleTechIlliteracy
            | Metric::ObstacleSeverity
            | Metric::UnitCost
            | Metric::ShareOver50 => Some(false),
            Metric::TrainingOffered | Metric::TrainingReached | Metric::MaterialPriceIndex => None,
            _ => Some(true),
        }
    }
}
