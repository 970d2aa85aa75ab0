//! Every model parameter in one table: its key, default value, unit, bounds, whether a user may
//! change it, and its source (a row of FACTS.md with the publication) or the reason for an
//! assumed value. The same table builds the [`Params`] struct the model reads, so the printed
//! list can never drift from the code.

use serde::Serialize;

use crate::Lang;

/// Where a parameter's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Source {
    /// A published figure: the FACTS.md row, with the publication.
    Facts(&'static str),
    /// An assumption, with the reason for the value.
    Assumption(&'static str),
}

impl Source {
    /// `true` for an assumption.
    pub fn is_assumption(&self) -> bool {
        matches!(self, Source::Assumption(_))
    }

    /// The source's text (the FACTS.md row or the reason for the assumption).
    pub fn text(&self) -> &'static str {
        match self {
            Source::Facts(t) | Source::Assumption(t) => t,
        }
    }
}

/// The part of the model a parameter belongs to (for grouping in lists).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamGroup {
    /// Who is in the model at the start.
    Population,
    /// Wages, prices, exports and materials.
    Economy,
    /// Ageing, leaving, young entrants, business turnover.
    Demography,
    /// The training funnel: offered, reached, applying.
    Training,
    /// How each strategy's budget acts.
    Strategies,
}

impl ParamGroup {
    /// The group's snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            ParamGroup::Population => "population",
            ParamGroup::Economy => "economy",
            ParamGroup::Demography => "demography",
            ParamGroup::Training => "training",
            ParamGroup::Strategies => "strategies",
        }
    }

    /// The group's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ParamGroup::Population => lang.pick("Populasi awal", "Starting population"),
            ParamGroup::Economy => lang.pick("Ekonomi", "Economy"),
            ParamGroup::Demography => lang.pick("Demografi", "Demography"),
            ParamGroup::Training => lang.pick("Pelatihan", "Training"),
            ParamGroup::Strategies => lang.pick("Cara kerja strategi", "How the strategies act"),
        }
    }
}

/// One parameter as the "Model" panel and `canting params` show it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ParamInfo {
    /// The snake_case key, as in a scenario's `params` overrides.
    pub key: &'static str,
    /// The default value.
    pub value: f64,
    /// The unit, in language-neutral notation ("n" a count, "0-1" a share, "1/yr" a yearly
    /// rate, "1/month" a monthly rate, "x" a multiplier, "Rp juta" millions of rupiah).
    pub unit: &'static str,
    /// The smallest value a scenario may set.
    pub min: f64,
    /// The largest value a scenario may set.
    pub max: f64,
    /// Whether a scenario may override it.
    pub user_editable: bool,
    /// Where the value comes from.
    pub source: Source,
    /// The part of the model it belongs to.
    pub group: ParamGroup,
    #[serde(skip)]
    label_id: &'static str,
    #[serde(skip)]
    label_en: &'static str,
    #[serde(skip)]
    description_id: &'static str,
    #[serde(skip)]
    description_en: &'static str,
}

impl ParamInfo {
    /// A short name for the parameter.
    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.label_id, self.label_en)
    }

    /// One plain sentence on what the parameter does.
    pub fn description(&self, lang: Lang) -> &'static str {
        lang.pick(self.description_id, self.description_en)
    }

    /// The unit as a reader of `lang` writes it.
    pub fn unit_label(&self, lang: Lang) -> &'static str {
        match (self.unit, lang) {
            ("0-1", _) => "0–1",
            ("x", _) => "×",
            ("n", Lang::Id) => "jumlah",
            ("n", Lang::En) => "count",
            ("1/yr", Lang::Id) => "1/tahun",
            ("1/month", Lang::Id) => "1/bulan",
            ("Rp juta/yr", Lang::Id) => "Rp juta/tahun",
            ("Rp juta/yr", Lang::En) => "Rp million/yr",
            ("Rp juta/month", Lang::Id) => "Rp juta/bulan",
            ("Rp juta/month", Lang::En) => "Rp million/month",
            ("Rp juta", Lang::En) => "Rp million",
            ("US$/yr", Lang::Id) => "US$/tahun",
            ("links/business", Lang::Id) => "tautan/usaha",
            (unit, _) => unit,
        }
    }

    /// Whether the value must be a whole number (the counts).
    pub fn whole(&self) -> bool {
        self.unit == "n"
    }
}

/// Every parameter, in the table's order.
pub fn parameters() -> Vec<ParamInfo> {
    PARAMS.to_vec()
}

/// The parameter with this key, if any.
pub fn parameter(key: &str) -> Option<ParamInfo> {
    PARAMS.iter().find(|p| p.key == key).copied()
}

macro_rules! define_params {
    ($( $key:ident {
        $group:ident, $value:expr, $unit:expr, [$min:expr, $max:expr], $editable:expr,
        $source:expr,
        ($label_id:expr, $label_en:expr),
        ($desc_id:expr, $desc_en:expr) $(,)?
    } )*) => {
        /// The values of every parameter that one run uses (defaults plus a scenario's overrides).
        #[derive(Clone, Debug, PartialEq)]
        pub struct Params {
            $( #[doc = $desc_en] pub $key: f64, )*
        }

        impl Default for Params {
            fn default() -> Self {
                Params { $( $key: $value, )* }
            }
        }

        impl Params {
            /// The value of the parameter with this key, if there is one.
            pub fn get(&self, key: &str) -> Option<f64> {
                match key {
                    $( stringify!($key) => Some(self.$key), )*
                    _ => None,
                }
            }

            /// Sets the parameter with this key; `false` if there is no such key.
            pub fn set(&mut self, key: &str, value: f64) -> bool {
                match key {
                    $( stringify!($key) => { self.$key = value; true } )*
                    _ => false,
                }
            }
        }

        const PARAMS: &[ParamInfo] = &[
            $( ParamInfo {
                key: stringify!($key),
                value: $value,
                unit: $unit,
                min: $min,
                max: $max,
                user_editable: $editable,
                source: $source,
                group: ParamGroup::$group,
                label_id: $label_id,
                label_en: $label_en,
                description_id: $desc_id,
                description_en: $desc_en,
            }, )*
        ];
    };
}

use Source::{Assumption, Facts};

define_params! {
    // ---------------------------------------------------------------- population
    n_businesses {
        Population, 1250.0, "n", [50.0, 20000.0], true,
        Facts("Batik IKM: 1,081 units, 12,937 workers (2016, Dinperinaker; Tribun Jateng 2019-11-20); batik UMKM: about 1,300 (2021, Antara Jateng 501774)"),
        ("Jumlah usaha batik", "Batik businesses"),
        ("Banyaknya usaha batik di kota pada awal simulasi.", "The number of batik businesses in the city at the start."),
    }
    n_artisans {
        Population, 12000.0, "n", [100.0, 200000.0], true,
        Facts("9,841 workers in 632 units (2012, beritalokalpkl); 12,937 workers in 1,081 IKM (2016, Dinperinaker; Tribun Jateng 2019-11-20)"),
        ("Jumlah perajin", "Artisans"),
        ("Banyaknya perajin (satu agen per orang) pada awal simulasi.", "The number of artisans (one agent each) at the start."),
    }
    share_over_50 {
        Population, 0.58, "0-1", [0.05, 0.95], true,
        Facts("'Most batik workers are over 50' (artisan quoted, Tribun Jateng 2024-10-18); the exact share above one half is the model's reading"),
        ("Bagian perajin berusia di atas 50", "Share of artisans over 50"),
        ("Bagian perajin yang berusia lebih dari 50 tahun pada awal simulasi.", "The share of artisans older than 50 at the start."),
    }
    business_size_tail {
        Population, 1.6, "alpha", [1.1, 4.0], false,
        Assumption("About 90% of batik businesses are family businesses (weak source, 2015): most are small, a few are large; the Pareto tail exponent is assumed"),
        ("Ekor sebaran ukuran usaha", "Business size tail"),
        ("Eksponen Pareto ukuran usaha: makin kecil, makin banyak usaha besar.", "Pareto exponent of business sizes: the smaller, the more large businesses."),
    }
    share_trained_init {
        Population, 0.35, "0-1", [0.0, 1.0], true,
        Assumption("Producers who took government training rose from about 40% to 80% (weak blog source, 2015); artisans working for them were reached less, so a lower share is assumed"),
        ("Bagian perajin pernah dilatih", "Share of artisans trained before"),
        ("Bagian perajin yang pada awal simulasi sudah pernah mengikuti pelatihan.", "The share of artisans who have had training at the start."),
    }
    share_applying_init {
        Population, 0.40, "0-1", [0.0, 1.0], true,
        Assumption("The study says training results do not reach and are not taken up by many artisans; under half of those trained are assumed to apply it"),
        ("Bagian yang menerapkan pelatihan", "Share of trained who apply it"),
        ("Dari perajin yang pernah dilatih, bagian yang menerapkannya pada awal simulasi.", "Of the artisans trained before, the share who apply it at the start."),
    }
    tech_threshold {
        Population, 0.40, "0-1", [0.05, 0.95], true,
        Assumption("Some Kauman artisans are elderly and 'gagap teknologi' (Radar Jateng 2021-03-19); the literacy level below which an artisan counts as not at ease with technology is assumed"),
        ("Ambang literasi teknologi", "Technology-literacy threshold"),
        ("Perajin dengan literasi teknologi di bawah ambang ini dihitung gagap teknologi.", "Artisans whose technology literacy is below this count as not at ease with technology."),
    }
    n_cooperatives {
        Population, 281.0, "n", [0.0, 5000.0], true,
        Facts("Cooperatives: 282 registered, 148 active (2022, pekalongannews.com); 125 active of 281 (2024, rkb.pekalongankota.go.id)"),
        ("Jumlah koperasi terdaftar", "Registered cooperatives"),
        ("Banyaknya koperasi terdaftar, aktif maupun tidak.", "The number of registered cooperatives, active or not."),
    }
    share_coops_active_init {
        Population, 0.49, "0-1", [0.0, 1.0], true,
        Facts("148 of 282 active (2022, pekalongannews.com), 125 of 281 (2024, rkb.pekalongankota.go.id): about 49% in between"),
        ("Bagian koperasi aktif", "Share of cooperatives active"),
        ("Bagian koperasi terdaftar yang aktif pada awal simulasi.", "The share of registered cooperatives that are active at the start."),
    }
    share_coop_members {
        Population, 0.30, "0-1", [0.0, 1.0], true,
        Assumption("About 150 of about 1,300 batik UMKM are in Dekranasda (2021, Antara Jateng 501774); cooperative membership is assumed to be wider"),
        ("Bagian usaha anggota koperasi", "Share of businesses in a cooperative"),
        ("Bagian usaha yang menjadi anggota salah satu koperasi.", "The share of businesses that belong to a cooperative."),
    }
    share_national_init {
        Population, 0.40, "0-1", [0.0, 1.0], true,
        Assumption("Pekalongan supplies much of Indonesia's batik (about 70% by the mayor's statement, 2023, posjateng.id), so a large share of businesses is assumed to sell beyond the city"),
        ("Bagian usaha berpasar nasional", "Share of businesses selling nationally"),
        ("Bagian usaha yang pada awal simulasi menjual ke pasar nasional.", "The share of businesses selling to the national market at the start."),
    }
    share_export_init {
        Population, 0.03, "0-1", [0.0, 1.0], true,
        Assumption("3 exporting firms in 2011 (beritalokalpkl) sold directly; the model also counts firms that reach foreign buyers through traders, assumed to be about 3% of businesses, larger ones more often"),
        ("Bagian usaha berpasar ekspor", "Share of businesses exporting"),
        ("Bagian usaha yang pada awal simulasi menjual ke pembeli luar negeri.", "The share of businesses selling to foreign buyers at the start."),
    }
    import_share_init {
        Population, 0.60, "0-1", [0.0, 1.0], true,
        Assumption("Cotton and dobby cloth come from China and follow the US dollar (Republika; Bisnis 2014-11-16); the imported share of material cost is assumed"),
        ("Bagian bahan impor", "Imported share of materials"),
        ("Bagian bahan baku impor dalam biaya bahan usaha rata-rata pada awal simulasi.", "The imported share of an average business's material cost at the start."),
    }
    share_mentored_init {
        Population, 0.12, "0-1", [0.0, 1.0], true,
        Assumption("The study names a collaboration of academics, business and government; the share of businesses with a mentoring link at the start is assumed"),
        ("Bagian usaha didampingi", "Share of businesses mentored"),
        ("Bagian usaha yang pada awal simulasi punya tautan pendampingan ke kampus atau dinas.", "The share of businesses with a mentoring link to a university or the agency at the start."),
    }
    links_per_business_init {
        Population, 1.5, "links/business", [0.0, 6.0], true,
        Assumption("Producers and suppliers trade and form networks (Solo batik cluster ABM, Utomo Sarjono Putro, ITB); the number of links is assumed"),
        ("Tautan antarusaha per usaha", "Links per business"),
        ("Rata-rata banyaknya tautan ke usaha lain pada awal simulasi (paling banyak enam).", "The average number of links to other businesses at the start (at most six)."),
    }
    // ---------------------------------------------------------------- economy
    avg_wage_rp_juta {
        Economy, 1.25, "Rp juta/month", [0.3, 10.0], true,
        Facts("Batik workers earn Rp 1.0-1.5 m a month (2019, Tribun Jateng 2019-11-20)"),
        ("Upah rata-rata awal", "Average wage at the start"),
        ("Upah bulanan rata-rata perajin pada awal simulasi; upah kemudian mengikuti produktivitas dan harga.", "Artisans' average monthly wage at the start; wages then follow productivity and prices."),
    }
    min_wage_rp_juta {
        Economy, 1.9, "Rp juta/month", [0.5, 10.0], true,
        Facts("City minimum wage about Rp 1.9 m (2019, Tribun Jateng 2019-11-20); Rp 2.156 m in 2023 (Radar Pekalongan 2023-05-02)"),
        ("Upah minimum kota", "City minimum wage"),
        ("Upah minimum kota, tahun yang sama dengan upah rata-rata, dalam rupiah tetap.", "The city minimum wage, for the same year as the average wage, in constant rupiah."),
    }
    export_usd_per_artisan_year {
        Economy, 1800.0, "US$/yr", [100.0, 20000.0], true,
        Assumption("Set so that first-year exports land within the US$ 0.4-3.3 m a year reported for 2016-19 (BPS via Tribun Jateng 2019-11-20; asiaclimatelab.com)"),
        ("Nilai ekspor per perajin", "Export value per artisan"),
        ("Nilai jual ekspor setahun dari hasil kerja satu perajin di usaha pengekspor, pada produktivitas dan harga awal.", "The yearly export value of one artisan's work in an exporting business, at the starting productivity and price."),
    }
    export_output_share {
        Economy, 0.5, "0-1", [0.05, 1.0], true,
        Assumption("Exporting batik firms also sell at home; half of their output is assumed to go abroad"),
        ("Bagian produksi yang diekspor", "Exported share of output"),
        ("Bagian produksi usaha pengekspor yang dijual ke luar negeri.", "The share of an exporting business's output sold abroad."),
    }
    material_cost_share {
        Economy, 0.55, "0-1", [0.1, 0.9], true,
        Assumption("When cotton rose from Rp 5,000 to Rp 8,400 a metre and resin from Rp 20 k to 29 k a kg, about 50 artisans stopped work (2011, Antara 248539): materials weigh heavily; the share is assumed"),
        ("Bagian bahan dalam biaya", "Materials' share of cost"),
        ("Bagian biaya bahan dalam biaya satuan; sisanya biaya tenaga kerja.", "Materials' share of unit cost; the rest is labour."),
    }
    price_volatility {
        Economy, 0.03, "1/month", [0.0, 0.2], true,
        Assumption("Imported cloth prices follow the US dollar (Bisnis 2014-11-16); the monthly volatility of the imported-material price index is assumed"),
        ("Gejolak harga bahan impor", "Imported-material price volatility"),
        ("Simpangan baku bulanan logaritma indeks harga bahan impor.", "The monthly standard deviation of the log imported-material price index."),
    }
    price_shock_prob {
        Economy, 0.015, "1/month", [0.0, 0.2], true,
        Assumption("Sharp rises such as 2011's (cotton +68%, Antara 248539) are assumed to come about once in five to six years"),
        ("Peluang lonjakan harga bahan", "Chance of a material price spike"),
        ("Peluang tiap bulan terjadi lonjakan harga bahan impor.", "The monthly chance of a spike in imported-material prices."),
    }
    price_shock_size {
        Economy, 0.25, "0-1", [0.0, 1.0], true,
        Assumption("A spike raises the log price by this much (about +28%), smaller than 2011's +68% because the index also covers dyes and wax"),
        ("Besar lonjakan harga", "Size of a price spike"),
        ("Kenaikan logaritma indeks harga bahan impor saat terjadi lonjakan.", "The rise of the log imported-material price index in a spike."),
    }
    // ---------------------------------------------------------------- demography
    exit_rate_under_55 {
        Demography, 0.015, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance that an artisan under 55 leaves batik work for reasons other than pay (illness, family, moving); assumed"),
        ("Laju keluar di bawah 55", "Exit rate under 55"),
        ("Peluang setahun perajin di bawah 55 tahun berhenti bekerja batik, di luar alasan upah.", "The yearly chance that an artisan under 55 stops batik work, pay aside."),
    }
    exit_rate_55_65 {
        Demography, 0.04, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance of stopping work between 55 and 65; assumed, low because most workers are over 50 (Tribun Jateng 2024-10-18) and keep working"),
        ("Laju keluar 55-65", "Exit rate 55-65"),
        ("Peluang setahun perajin berusia 55 sampai 65 tahun berhenti bekerja.", "The yearly chance that an artisan aged 55 to 65 stops work."),
    }
    exit_rate_65_75 {
        Demography, 0.10, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance of stopping work between 65 and 75; assumed"),
        ("Laju keluar 65-75", "Exit rate 65-75"),
        ("Peluang setahun perajin berusia 65 sampai 75 tahun berhenti bekerja.", "The yearly chance that an artisan aged 65 to 75 stops work."),
    }
    exit_rate_over_75 {
        Demography, 0.30, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance of stopping work after 75; assumed"),
        ("Laju keluar di atas 75", "Exit rate over 75"),
        ("Peluang setahun perajin di atas 75 tahun berhenti bekerja.", "The yearly chance that an artisan over 75 stops work."),
    }
    quit_rate_young {
        Demography, 0.06, "1/yr", [0.0, 1.0], true,
        Assumption("Wages below the minimum wage (Tribun Jateng 2019-11-20) push younger workers to other jobs; the yearly rate for artisans under 35 at today's wages is assumed"),
        ("Laju pindah kerja kaum muda", "Young artisans' quit rate"),
        ("Peluang setahun perajin di bawah 35 tahun pindah ke pekerjaan lain, pada upah awal.", "The yearly chance that an artisan under 35 moves to other work, at the starting wage."),
    }
    quit_wage_sensitivity {
        Demography, 2.0, "x", [0.0, 10.0], true,
        Assumption("How strongly quitting rises as a business's pay falls below the minimum wage; assumed"),
        ("Kepekaan pindah kerja terhadap upah", "Quitting's sensitivity to pay"),
        ("Laju pindah kerja dikali (1 + kepekaan x kekurangan upah terhadap upah minimum).", "The quit rate is multiplied by (1 + sensitivity x the wage's shortfall from the minimum wage)."),
    }
    youth_pool_per_year {
        Demography, 3000.0, "n", [0.0, 50000.0], true,
        Assumption("About 300,000 residents (UNESCO, 2014) give about 4,500 people per year of age; those who grow up near batik and consider it each year are assumed"),
        ("Kaum muda yang menimbang kerja batik", "Young people considering batik"),
        ("Banyaknya kaum muda per tahun yang menimbang untuk masuk kerja batik.", "How many young people a year consider entering batik work."),
    }
    youth_entry_prob {
        Demography, 0.15, "0-1", [0.0, 1.0], true,
        Assumption("The study reports the young generation's low interest in batik; the chance that one who considers it enters, at today's wages and standing, is assumed"),
        ("Peluang masuk kaum muda", "Young people's entry chance"),
        ("Peluang seorang muda yang menimbang benar-benar masuk, pada upah dan citra batik awal.", "The chance that a young person who considers batik enters, at the starting wage and standing."),
    }
    youth_wage_sensitivity {
        Demography, 4.0, "logit", [0.0, 20.0], true,
        Assumption("Batik wages below the minimum wage (Tribun Jateng 2019-11-20) deter the young; the strength on the log-odds scale is assumed"),
        ("Kepekaan kaum muda terhadap upah", "Young people's sensitivity to pay"),
        ("Perubahan log-odds masuk per satu satuan rasio upah terhadap upah minimum.", "The change in the log-odds of entering per unit of the wage-to-minimum-wage ratio."),
    }
    youth_standing_sensitivity {
        Demography, 3.0, "logit", [0.0, 20.0], true,
        Assumption("Batik's standing with the young (school lessons, festivals, a modern image) moves their interest; the strength is assumed"),
        ("Kepekaan kaum muda terhadap citra batik", "Young people's sensitivity to standing"),
        ("Perubahan log-odds masuk per satu satuan citra batik (0-1).", "The change in the log-odds of entering per unit of batik's standing (0-1)."),
    }
    business_turnover_rate {
        Demography, 0.06, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly rate at which batik businesses close, and new ones open, at today's competitiveness; assumed"),
        ("Laju pergantian usaha", "Business turnover rate"),
        ("Peluang setahun usaha rata-rata tutup, dan laju usaha baru dibuka, pada daya saing awal.", "The yearly chance that an average business closes, and the rate at which new ones open, at the starting competitiveness."),
    }
    closure_score_sensitivity {
        Demography, 3.0, "x", [0.0, 10.0], true,
        Assumption("Less competitive businesses close more often; the strength is assumed"),
        ("Kepekaan penutupan terhadap daya saing", "Closure's sensitivity to competitiveness"),
        ("Laju tutup dikali (1 + kepekaan x selisih relatif daya saing usaha dari rata-rata awal).", "The closure rate is multiplied by (1 + sensitivity x the business's relative shortfall from the starting average competitiveness)."),
    }
    // ---------------------------------------------------------------- training
    training_cost_rp_juta {
        Training, 1.0, "Rp juta", [0.1, 50.0], true,
        Assumption("Cost of one training place (trainer, venue, materials, a few days in a kampung batik); a Rp 1.4 bn quality programme (2009, fibre2fashion 71586) would then pay for over a thousand places"),
        ("Biaya satu tempat pelatihan", "Cost of a training place"),
        ("Biaya satu tempat pelatihan, dalam juta rupiah.", "The cost of one training place, in millions of rupiah."),
    }
    quality_training_capacity {
        Training, 3000.0, "n", [10.0, 100000.0], true,
        Assumption("The most skills-training places a year the agency, trainers and venues can run, however much money there is; assumed"),
        ("Kapasitas pelatihan mutu", "Skills-training capacity"),
        ("Batas atas tempat pelatihan keterampilan per tahun.", "The upper limit of skills-training places a year."),
    }
    tech_training_capacity {
        Training, 2000.0, "n", [10.0, 100000.0], true,
        Assumption("The most technology-literacy training places a year; assumed"),
        ("Kapasitas pelatihan teknologi", "Technology-training capacity"),
        ("Batas atas tempat pelatihan literasi teknologi per tahun.", "The upper limit of technology-literacy training places a year."),
    }
    tech_training_budget_share {
        Training, 0.6, "0-1", [0.0, 1.0], true,
        Assumption("Share of strategy 7's budget spent on training places; the rest on technology support, online selling and batik's image; assumed"),
        ("Bagian anggaran teknologi untuk pelatihan", "Technology budget's training share"),
        ("Bagian anggaran strategi 7 untuk tempat pelatihan literasi teknologi.", "The share of strategy 7's budget spent on technology-literacy training places."),
    }
    offer_targeting_connected {
        Training, 1.0, "x", [0.0, 10.0], true,
        Assumption("Invitations to training go through cooperatives and mentoring links, so connected businesses get more; the extra weight is assumed"),
        ("Keunggulan usaha terhubung dalam undangan", "Extra invitations to connected businesses"),
        ("Bobot tambahan undangan pelatihan bagi usaha anggota koperasi aktif atau yang didampingi.", "The extra weight of training invitations for businesses in an active cooperative or with mentoring."),
    }
    reach_base {
        Training, 0.85, "0-1", [0.0, 1.0], true,
        Assumption("Chance that an offered place reaches a young, technology-literate artisan with full delivery; assumed"),
        ("Peluang terjangkau (dasar)", "Base chance of being reached"),
        ("Peluang tempat pelatihan yang ditawarkan benar-benar menjangkau perajin muda yang melek teknologi.", "The chance that an offered place really reaches a young, technology-literate artisan."),
    }
    reach_age_penalty {
        Training, 0.45, "0-1", [0.0, 1.0], true,
        Assumption("The study's first obstacle: training does not reach many artisans; the loss for the oldest, partly offset by mentoring, is assumed"),
        ("Hambatan usia untuk terjangkau", "Age barrier to being reached"),
        ("Berkurangnya peluang terjangkau bagi perajin tertua (naik lurus dari usia 40 sampai 70).", "How much the chance of being reached falls for the oldest artisans (rising linearly from age 40 to 70)."),
    }
    reach_tech_penalty {
        Training, 0.5, "0-1", [0.0, 1.0], true,
        Assumption("Artisans not at ease with technology (Radar Jateng 2021-03-19) follow training less; the size, reduced by technology support, is assumed"),
        ("Hambatan teknologi untuk terjangkau", "Technology barrier to being reached"),
        ("Berkurangnya peluang terjangkau bagi perajin tanpa literasi teknologi.", "How much the chance of being reached falls for an artisan with no technology literacy."),
    }
    apply_base {
        Training, 0.6, "0-1", [0.0, 1.0], true,
        Assumption("Chance that a reached, young, literate artisan starts applying the training; assumed"),
        ("Peluang menerapkan (dasar)", "Base chance of applying"),
        ("Peluang perajin muda yang melek teknologi mulai menerapkan pelatihan yang diikutinya.", "The chance that a young, technology-literate artisan starts applying the training received."),
    }
    apply_age_penalty {
        Training, 0.5, "0-1", [0.0, 1.0], true,
        Assumption("Older artisans change their ways less; the loss for the oldest, offset by mentoring, is assumed"),
        ("Hambatan usia untuk menerapkan", "Age barrier to applying"),
        ("Berkurangnya peluang menerapkan bagi perajin tertua.", "How much the chance of applying falls for the oldest artisans."),
    }
    apply_tech_penalty {
        Training, 0.5, "0-1", [0.0, 1.0], true,
        Assumption("Applying modern methods needs some technology literacy; the loss, reduced by technology support, is assumed"),
        ("Hambatan teknologi untuk menerapkan", "Technology barrier to applying"),
        ("Berkurangnya peluang menerapkan bagi perajin tanpa literasi teknologi.", "How much the chance of applying falls for an artisan with no technology literacy."),
    }
    followup_apply_gain {
        Training, 0.3, "0-1", [0.0, 1.0], true,
        Assumption("Follow-up (mentoring, peers who apply) raises the chance of applying; assumed"),
        ("Tambahan dari pendampingan", "Gain from follow-up"),
        ("Tambahan peluang menerapkan pada tindak lanjut penuh.", "The added chance of applying with full follow-up."),
    }
    stop_rate {
        Training, 0.015, "1/month", [0.0, 1.0], true,
        Assumption("Without follow-up, artisans drift back to old ways; the monthly rate is assumed"),
        ("Laju berhenti menerapkan", "Rate of stopping applying"),
        ("Peluang sebulan perajin berhenti menerapkan pelatihan tanpa tindak lanjut.", "The monthly chance that an artisan stops applying training without follow-up."),
    }
    late_adoption_rate {
        Training, 0.05, "1/month", [0.0, 1.0], true,
        Assumption("Trained artisans who did not apply it may start later with follow-up; the monthly rate at full follow-up is assumed"),
        ("Laju menerapkan belakangan", "Late adoption rate"),
        ("Peluang sebulan perajin terlatih yang belum menerapkan mulai menerapkan, pada tindak lanjut penuh.", "The monthly chance that a trained artisan who does not apply it starts, at full follow-up."),
    }
    peer_spread_q {
        Training, 0.38, "1/yr", [0.0, 5.0], true,
        Facts("Bass diffusion as an agent model: imitation from contacts q of about 0.38 (textbook value, listed among the models whose structure informs this one)"),
        ("Penyebaran dari rekan (q Bass)", "Spread from peers (Bass q)"),
        ("Laju setahun pelatihan menyebar ke perajin belum terlatih dari rekan yang menerapkan, di usaha sendiri dan usaha bertaut.", "The yearly rate at which training spreads to untrained artisans from peers who apply it, in their own and in linked businesses."),
    }
    outside_adoption_p {
        Training, 0.03, "1/yr", [0.0, 1.0], true,
        Facts("Bass diffusion: adoption from outside influence p of about 0.03 (textbook value, listed among the models whose structure informs this one); used for businesses taking up online selling"),
        ("Adopsi dari luar (p Bass)", "Outside adoption (Bass p)"),
        ("Laju setahun usaha mulai menjual daring karena pengaruh luar, pada program teknologi saat ini.", "The yearly rate at which businesses start selling online from outside influence, at today's technology programme."),
    }
    skill_training_gain {
        Training, 0.3, "0-1", [0.0, 1.0], true,
        Assumption("Skills training closes this part of the gap to full skill; assumed"),
        ("Kenaikan keterampilan dari pelatihan", "Skill gain from training"),
        ("Bagian kesenjangan keterampilan yang tertutup oleh satu pelatihan mutu.", "The part of the skill gap one skills training closes."),
    }
    tech_training_gain {
        Training, 0.45, "0-1", [0.0, 1.0], true,
        Assumption("Technology-literacy training closes this part of the gap to full literacy; assumed"),
        ("Kenaikan literasi dari pelatihan", "Literacy gain from training"),
        ("Bagian kesenjangan literasi teknologi yang tertutup oleh satu pelatihan teknologi.", "The part of the literacy gap one technology training closes."),
    }
    tech_support_strength {
        Training, 0.6, "0-1", [0.0, 1.0], true,
        Assumption("Technology support (strategy 7) lowers the technology barrier of every training; the most it removes is assumed"),
        ("Kekuatan dukungan teknologi", "Strength of technology support"),
        ("Bagian hambatan teknologi yang hilang pada dukungan teknologi penuh.", "The part of the technology barrier removed at full technology support."),
    }
    mentoring_strength {
        Training, 0.7, "0-1", [0.0, 1.0], true,
        Assumption("A mentoring link (strategy 3) gives follow-up that offsets the age barrier; its weight is assumed"),
        ("Kekuatan pendampingan", "Strength of mentoring"),
        ("Tindak lanjut yang diberikan tautan pendampingan (0-1).", "The follow-up a mentoring link gives (0-1)."),
    }
    // ---------------------------------------------------------------- strategies
    delivery_min {
        Strategies, 0.55, "0-1", [0.0, 1.0], true,
        Assumption("Without priority status, batik work is split between three offices (pekalongankota.go.id, 2016-23) and programmes are delivered at about half strength; assumed"),
        ("Mutu pelaksanaan tanpa prioritas", "Delivery without priority"),
        ("Mutu pelaksanaan program bila strategi 2 tidak dibiayai; naik ke 1 dengan anggaran prioritas.", "How well programmes are delivered when strategy 2 is unfunded; rises towards 1 with its budget."),
    }
    half_budget_flagship_exports {
        Strategies, 2000.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 1 reaches 63% of what it can do (effort = 1 - exp(-budget x delivery / this)); assumed"),
        ("Skala anggaran strategi 1", "Budget scale, strategy 1"),
        ("Anggaran setahun yang membuat strategi 1 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 1 reaches 63% of what it can do."),
    }
    half_budget_government_priority {
        Strategies, 800.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 2 reaches 63% of what it can do; assumed"),
        ("Skala anggaran strategi 2", "Budget scale, strategy 2"),
        ("Anggaran setahun yang membuat strategi 2 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 2 reaches 63% of what it can do."),
    }
    half_budget_networking {
        Strategies, 800.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 3 reaches 63% of what it can do; assumed"),
        ("Skala anggaran strategi 3", "Budget scale, strategy 3"),
        ("Anggaran setahun yang membuat strategi 3 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 3 reaches 63% of what it can do."),
    }
    half_budget_product_quality {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 4's certification work reaches 63% of what it can do (its training places follow the cost and capacity of training); assumed"),
        ("Skala anggaran strategi 4", "Budget scale, strategy 4"),
        ("Anggaran setahun yang membuat sertifikasi strategi 4 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 4's certification reaches 63% of what it can do."),
    }
    half_budget_finance_credibility {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 5 reaches 63% of what it can do; assumed"),
        ("Skala anggaran strategi 5", "Budget scale, strategy 5"),
        ("Anggaran setahun yang membuat strategi 5 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 5 reaches 63% of what it can do."),
    }
    half_budget_local_materials {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 6 reaches 63% of what it can do; assumed"),
        ("Skala anggaran strategi 6", "Budget scale, strategy 6"),
        ("Anggaran setahun yang membuat strategi 6 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 6 reaches 63% of what it can do."),
    }
    half_budget_technology_wisdom {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], true,
        Assumption("Budget at which strategy 7's support (beyond its training places) reaches 63% of what it can do; assumed"),
        ("Skala anggaran strategi 7", "Budget scale, strategy 7"),
        ("Anggaran setahun yang membuat dukungan strategi 7 mencapai 63% dari kemampuannya.", "The yearly budget at which strategy 7's support reaches 63% of what it can do."),
    }
    export_upgrade_gain {
        Strategies, 6.0, "x", [0.0, 20.0], true,
        Assumption("At full effort, strategy 1 multiplies the chance of moving up to export markets by (1 + this); assumed"),
        ("Kekuatan promosi ekspor", "Strength of export promotion"),
        ("Pengali tambahan peluang naik ke pasar ekspor pada upaya strategi 1 penuh.", "The extra multiplier on the chance of moving up to export at full strategy-1 effort."),
    }
    flagship_productivity_gain {
        Strategies, 0.3, "0-1", [0.0, 1.0], true,
        Assumption("At full effort, flagship-line support raises productivity of businesses selling beyond the city by this share; assumed"),
        ("Kenaikan produktivitas lini unggulan", "Flagship productivity gain"),
        ("Kenaikan produktivitas usaha berpasar nasional atau ekspor pada upaya strategi 1 penuh.", "The productivity rise of businesses selling nationally or abroad at full strategy-1 effort."),
    }
    standing_priority_gain {
        Strategies, 0.2, "0-1", [0.0, 1.0], true,
        Assumption("School lessons, festivals and priority status raise batik's standing with the young by up to this; assumed"),
        ("Citra batik dari prioritas", "Standing from priority"),
        ("Kenaikan citra batik di mata kaum muda pada upaya strategi 2 penuh.", "The rise in batik's standing with the young at full strategy-2 effort."),
    }
    standing_technology_gain {
        Strategies, 0.25, "0-1", [0.0, 1.0], true,
        Assumption("A modern image (technology with local wisdom) raises batik's standing with the young by up to this; assumed"),
        ("Citra batik dari teknologi", "Standing from technology"),
        ("Kenaikan citra batik di mata kaum muda pada upaya strategi 7 penuh.", "The rise in batik's standing with the young at full strategy-7 effort."),
    }
    link_formation_gain {
        Strategies, 4.0, "x", [0.0, 20.0], true,
        Assumption("New links form at the rate that keeps today's network steady at today's allocation; at full effort strategy 3 multiplies it by (1 + this) relative to no effort; assumed"),
        ("Kekuatan pembentukan tautan", "Strength of link formation"),
        ("Pengali tambahan laju tautan antarusaha baru pada upaya strategi 3 penuh.", "The extra multiplier on the rate of new links between businesses at full strategy-3 effort."),
    }
    link_decay_rate {
        Strategies, 0.10, "1/yr", [0.0, 1.0], true,
        Assumption("Links between businesses lapse when not kept up; the yearly rate is assumed"),
        ("Laju tautan putus", "Link decay rate"),
        ("Peluang setahun sebuah tautan antarusaha putus.", "The yearly chance that a link between businesses lapses."),
    }
    mentoring_gain {
        Strategies, 6.0, "x", [0.0, 30.0], true,
        Assumption("Businesses gain mentoring links at the rate that keeps today's share steady at today's allocation; at full effort strategy 3 multiplies it by (1 + this) relative to no effort; assumed"),
        ("Kekuatan pendampingan baru", "Strength of new mentoring"),
        ("Pengali tambahan peluang usaha memperoleh tautan pendampingan pada upaya strategi 3 penuh.", "The extra multiplier on the chance of gaining a mentoring link at full strategy-3 effort."),
    }
    mentoring_loss_rate {
        Strategies, 0.15, "1/yr", [0.0, 1.0], true,
        Assumption("Mentoring links end when projects end; the yearly rate is assumed"),
        ("Laju pendampingan berakhir", "Mentoring end rate"),
        ("Peluang setahun tautan pendampingan berakhir.", "The yearly chance that a mentoring link ends."),
    }
    certification_rate {
        Strategies, 0.25, "1/yr", [0.0, 5.0], true,
        Assumption("Yearly chance that a business of adequate quality is certified at full certification effort; assumed"),
        ("Laju sertifikasi", "Certification rate"),
        ("Peluang setahun usaha bermutu cukup memperoleh sertifikasi pada upaya strategi 4 penuh.", "The yearly chance that a business of adequate quality is certified at full strategy-4 effort."),
    }
    certification_quality_gain {
        Strategies, 0.15, "0-1", [0.0, 1.0], true,
        Assumption("Certification raises a business's quality target by this; assumed"),
        ("Kenaikan mutu dari sertifikasi", "Quality gain from certification"),
        ("Kenaikan sasaran mutu usaha yang bersertifikat.", "The rise in a certified business's quality target."),
    }
    loan_rate {
        Strategies, 0.15, "1/yr", [0.0, 1.0], true,
        Facts("KUR from BRI Pekalongan: Rp 54.55 bn to 9,458 borrowers 2007-Sep 2012, half of them batik businesses (ukmpedia 2014-12): about 800 batik loans a year; the model's yearly chance per business at today's effort"),
        ("Laju kredit usaha", "Loan rate"),
        ("Peluang setahun usaha memperoleh kredit, pada upaya strategi 5 saat ini.", "The yearly chance that a business obtains a loan, at today's strategy-5 effort."),
    }
    finance_gain {
        Strategies, 2.0, "x", [0.0, 20.0], true,
        Assumption("At full effort, strategy 5 multiplies the loan chance by (1 + this) relative to no effort; assumed"),
        ("Kekuatan akses pembiayaan", "Strength of finance access"),
        ("Pengali tambahan peluang kredit pada upaya strategi 5 penuh.", "The extra multiplier on the loan chance at full strategy-5 effort."),
    }
    coop_loan_bonus {
        Strategies, 0.5, "x", [0.0, 10.0], true,
        Assumption("Members of an active cooperative obtain loans more easily; the extra is assumed"),
        ("Keunggulan anggota koperasi aktif", "Active-cooperative loan bonus"),
        ("Tambahan relatif peluang kredit bagi anggota koperasi aktif.", "The relative extra loan chance for members of an active cooperative."),
    }
    loan_capital_gain {
        Strategies, 0.25, "0-1", [0.0, 1.0], true,
        Assumption("A loan closes this part of the gap between a business's equipment capital and the most it can use; assumed"),
        ("Tambahan modal dari kredit", "Capital gain from a loan"),
        ("Bagian kesenjangan modal peralatan yang tertutup oleh satu kredit.", "The part of the equipment-capital gap one loan closes."),
    }
    coop_lapse_rate {
        Strategies, 0.10, "1/yr", [0.0, 1.0], true,
        Facts("Active cooperatives fell from 237 (2016) to 148 (2022) and 125 (2024) (jateng.antaranews.com; pekalongannews.com; rkb.pekalongankota.go.id): roughly a tenth of active ones lapse each year, partly offset by revivals"),
        ("Laju koperasi tidak aktif", "Cooperative lapse rate"),
        ("Peluang setahun koperasi aktif menjadi tidak aktif tanpa dukungan strategi 5.", "The yearly chance that an active cooperative lapses without strategy-5 support."),
    }
    coop_revival_rate {
        Strategies, 0.08, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance that an inactive cooperative becomes active again, at today's effort; set so that active cooperatives drift slowly down as in 2016-24"),
        ("Laju koperasi aktif kembali", "Cooperative revival rate"),
        ("Peluang setahun koperasi tidak aktif aktif kembali, pada upaya strategi 5 saat ini.", "The yearly chance that an inactive cooperative becomes active again, at today's strategy-5 effort."),
    }
    import_substitution_rate {
        Strategies, 0.5, "1/yr", [0.0, 5.0], true,
        Assumption("At full effort, businesses close this share of the gap to their lowest imported share each year; assumed"),
        ("Laju substitusi impor", "Import substitution rate"),
        ("Bagian kesenjangan ke bagian impor terendah yang tertutup setahun pada upaya strategi 6 penuh.", "The yearly share of the gap to the lowest imported share closed at full strategy-6 effort."),
    }
    local_price_cut {
        Strategies, 0.25, "0-1", [0.0, 1.0], true,
        Assumption("At full effort, local-material programmes (shared buying, local mori and dyes) cut local material prices by this share; assumed"),
        ("Penurunan harga bahan lokal", "Local material price cut"),
        ("Penurunan harga bahan lokal pada upaya strategi 6 penuh.", "The fall in local material prices at full strategy-6 effort."),
    }
    digital_selling_gain {
        Strategies, 4.0, "x", [0.0, 20.0], true,
        Assumption("19.5 m UMKM (34%) sold online in 2022 (pekalongankota.go.id); at full effort strategy 7 multiplies the chance of starting online selling by (1 + this); assumed"),
        ("Kekuatan dorongan jual daring", "Strength of online-selling support"),
        ("Pengali tambahan peluang mulai menjual daring pada upaya strategi 7 penuh.", "The extra multiplier on the chance of starting online selling at full strategy-7 effort."),
    }
    share_digital_init {
        Population, 0.20, "0-1", [0.0, 1.0], true,
        Assumption("19.5 m UMKM (34%) sell online nationally (2022, pekalongankota.go.id), but in Kauman online selling is done by young intermediaries (Radar Jateng 2021-03-19); fewer batik businesses are assumed to sell online themselves"),
        ("Bagian usaha berjualan daring", "Share of businesses selling online"),
        ("Bagian usaha yang pada awal simulasi menjual sendiri secara daring.", "The share of businesses that sell online themselves at the start."),
    }
    comp_weight_quality {
        Economy, 0.30, "0-1", [0.0, 1.0], true,
        Assumption("Weight of product quality in the competitiveness index (the index is built from quality, productivity, cost and market reach); the weights are assumed and are normalised to sum to 1"),
        ("Bobot mutu dalam daya saing", "Weight of quality in competitiveness"),
        ("Bobot mutu produk dalam indeks daya saing.", "The weight of product quality in the competitiveness index."),
    }
    comp_weight_productivity {
        Economy, 0.25, "0-1", [0.0, 1.0], true,
        Assumption("Weight of productivity in the competitiveness index; assumed"),
        ("Bobot produktivitas dalam daya saing", "Weight of productivity in competitiveness"),
        ("Bobot produktivitas dalam indeks daya saing.", "The weight of productivity in the competitiveness index."),
    }
    comp_weight_cost {
        Economy, 0.20, "0-1", [0.0, 1.0], true,
        Assumption("Weight of (low) unit cost in the competitiveness index; assumed"),
        ("Bobot biaya dalam daya saing", "Weight of cost in competitiveness"),
        ("Bobot biaya satuan (makin rendah makin baik) dalam indeks daya saing.", "The weight of (low) unit cost in the competitiveness index."),
    }
    comp_weight_reach {
        Economy, 0.25, "0-1", [0.0, 1.0], true,
        Assumption("Weight of market reach (local, national, export, online) in the competitiveness index; assumed"),
        ("Bobot jangkauan pasar dalam daya saing", "Weight of market reach in competitiveness"),
        ("Bobot jangkauan pasar (lokal, nasional, ekspor, daring) dalam indeks daya saing.", "The weight of market reach (local, national, export, online) in the competitiveness index."),
    }
    market_down_rate {
        Economy, 0.05, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance that a business selling nationally falls back to the local market, at the starting competitiveness; moves up are set to balance it at today's allocation"),
        ("Laju turun ke pasar lokal", "Rate of falling back to local"),
        ("Peluang setahun usaha berpasar nasional kembali ke pasar lokal, pada daya saing awal.", "The yearly chance that a business selling nationally falls back to the local market, at the starting competitiveness."),
    }
    export_exit_rate {
        Economy, 0.15, "1/yr", [0.0, 1.0], true,
        Assumption("Yearly chance that an exporting business loses its foreign buyers, at the starting competitiveness; moves up are set to balance it at today's allocation"),
        ("Laju kehilangan pembeli ekspor", "Rate of losing export buyers"),
        ("Peluang setahun usaha pengekspor kehilangan pembeli luar negeri, pada daya saing awal.", "The yearly chance that an exporting business loses its foreign buyers, at the starting competitiveness."),
    }
    capital_depreciation_rate {
        Economy, 0.10, "1/yr", [0.0, 1.0], true,
        Assumption("Equipment wears out; the yearly rate at which capital falls towards its floor is assumed"),
        ("Laju penyusutan modal", "Capital depreciation rate"),
        ("Laju setahun modal peralatan menyusut menuju batas bawahnya.", "The yearly rate at which equipment capital wears down towards its floor."),
    }
    import_reversion_rate {
        Economy, 0.20, "1/yr", [0.0, 1.0], true,
        Assumption("Without support, businesses drift back to imported cloth, which is easier to buy; the yearly rate is assumed"),
        ("Laju kembali ke bahan impor", "Drift back to imports"),
        ("Laju setahun bagian bahan impor kembali ke tingkat tanpa dukungan.", "The yearly rate at which the imported share drifts back to its unsupported level."),
    }
    tech_learning_rate {
        Training, 0.01, "1/yr", [0.0, 1.0], true,
        Assumption("Artisans pick up some technology on their own (phones, younger colleagues), twice as fast in a business that sells online; the yearly rate is assumed"),
        ("Laju belajar teknologi sendiri", "Self-taught technology rate"),
        ("Bagian kesenjangan literasi teknologi yang tertutup setahun tanpa pelatihan.", "The yearly share of the literacy gap closed without training."),
    }
    tech_obsolescence_rate {
        Training, 0.06, "1/yr", [0.0, 1.0], true,
        Assumption("Technology moves on (online marketplaces, payment apps, design software), so literacy that is not renewed falls behind; the yearly rate is assumed"),
        ("Laju usangnya literasi teknologi", "Technology obsolescence rate"),
        ("Bagian literasi teknologi yang usang setahun bila tidak diperbarui.", "The yearly share of technology literacy that falls behind when not renewed."),
    }
    training_obsolescence_rate {
        Training, 0.12, "1/yr", [0.0, 1.0], true,
        Assumption("Training content dates (designs, dyes, tools, markets): each year this share of artisans' training no longer counts as current, and who applied it stops; assumed"),
        ("Laju usangnya pelatihan", "Training obsolescence rate"),
        ("Peluang setahun pelatihan seorang perajin tidak lagi terhitung mutakhir.", "The yearly chance that an artisan's training no longer counts as current."),
    }
    local_material_price {
        Economy, 0.85, "x", [0.3, 2.0], true,
        Assumption("Local cloth, dyes and wax cost less than imported ones at today's exchange rate (imported cotton follows the US dollar: Republika; Bisnis 2014-11-16) but are harder to get in the quality wanted; their price relative to imports is assumed"),
        ("Harga bahan lokal", "Price of local materials"),
        ("Harga bahan lokal dibanding bahan impor pada indeks harga impor awal.", "The price of local materials relative to imported ones at the starting import price index."),
    }
}
