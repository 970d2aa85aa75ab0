//! Every model parameter in one table: its key, default value, unit, bounds, whether a user may
//! change it, and its source (a row of FACTS.md with the publication) or the reason for an
//! assumed value, in English and in Bahasa Indonesia. The same table builds the [`Params`] struct the model reads, so the printed
//! list can never drift from the code.

use serde::Serialize;

use crate::Lang;

/// Where a parameter's value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Source {
    /// A published figure about Pekalongan or Indonesia: the FACTS.md row, with the publication.
    Facts(&'static str),
    /// A published evaluation or survey from elsewhere (`docs/MODEL.md` section 9 gives its
    /// figures).
    Evidence(&'static str),
    /// Fitted so that today's allocation reproduces a published figure or trend: the target.
    Calibrated(&'static str),
    /// An assumption, with the reason for the value.
    Assumption(&'static str),
}

impl Source {
    /// `true` for an assumption.
    pub fn is_assumption(&self) -> bool {
        matches!(self, Source::Assumption(_))
    }

    /// The kind's key: `facts`, `evidence`, `calibrated` or `assumption`.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Facts(_) => "facts",
            Source::Evidence(_) => "evidence",
            Source::Calibrated(_) => "calibrated",
            Source::Assumption(_) => "assumption",
        }
    }

    /// The kind as a reader of `lang` names it.
    pub fn kind_label(&self, lang: Lang) -> &'static str {
        match self {
            Source::Facts(_) => lang.pick("data terbitan", "published figure"),
            Source::Evidence(_) => lang.pick("bukti dari tempat lain", "evidence from elsewhere"),
            Source::Calibrated(_) => lang.pick("dikalibrasi pada", "calibrated to"),
            Source::Assumption(_) => lang.pick("asumsi", "assumption"),
        }
    }

    /// The source's text in English (the FACTS.md row, the study, the target, or the
    /// reason); [`ParamInfo::source_text`] gives it in either language.
    pub fn text(&self) -> &'static str {
        match self {
            Source::Facts(t)
            | Source::Evidence(t)
            | Source::Calibrated(t)
            | Source::Assumption(t) => t,
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
    /// How the composite outcomes weigh their parts.
    Outcomes,
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
            ParamGroup::Outcomes => "outcomes",
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
            ParamGroup::Outcomes => {
                lang.pick("Bobot hasil gabungan", "Weights of the composite outcomes")
            }
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
    /// The low end of the plausible range (what the sensitivity screening explores).
    pub low: f64,
    /// The high end of the plausible range.
    pub high: f64,
    /// Whether a scenario may override it.
    pub user_editable: bool,
    /// Where the value comes from.
    pub source: Source,
    /// The part of the model it belongs to.
    pub group: ParamGroup,
    /// The source's text in Bahasa Indonesia (`source` holds the English).
    #[serde(skip)]
    source_id: &'static str,
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

    /// The source's text (the published figure, the study, the target, or the reason) in the
    /// given language; the citations in it (authors, titles, journals, outlets, dates) are the
    /// same in both. [`Source::text`] gives the English. Both are empty in a build without the
    /// `texts` feature (the page's: it fetches them, [`crate::LongTexts`]).
    pub fn source_text(&self, lang: Lang) -> &'static str {
        lang.pick(self.source_id, self.source.text())
    }

    /// The source as a reader of `lang` reads it: its kind, then its text
    /// ("asumsi: ..." or "assumption: ...").
    pub fn source_line(&self, lang: Lang) -> String {
        format!(
            "{}: {}",
            self.source.kind_label(lang),
            self.source_text(lang)
        )
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
            ("yr", Lang::Id) => "tahun",
            ("yr", Lang::En) => "years",
            ("months", Lang::Id) => "bulan",
            ("1/yr of age", Lang::Id) => "per tahun umur",
            ("1/yr of age", Lang::En) => "per year of age",
            ("links/business", Lang::Id) => "tautan/usaha",
            ("places/yr", Lang::Id) => "tempat/tahun",
            // A Pareto tail's exponent.
            ("alpha", Lang::Id) => "eksponen",
            ("alpha", Lang::En) => "exponent",
            (unit, _) => unit,
        }
    }

    /// Whether the value must be a whole number (the counts).
    pub fn whole(&self) -> bool {
        self.unit == "n"
    }

    /// Whether the sensitivity screening varies it (its plausible range is not one value).
    pub fn screened(&self) -> bool {
        self.high > self.low
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

// Each entry: group, default, unit, [allowed range], [plausible range], whether users may change
// it; its source in English, then the same source in Bahasa Indonesia (the citations as they
// are, the prose translated); its label and its description, each (Indonesian, English).
macro_rules! define_params {
    ($( $key:ident {
        $group:ident, $value:expr, $unit:expr, [$min:expr, $max:expr], [$low:expr, $high:expr],
        $editable:expr,
        $kind:ident($source:literal),
        $source_id:literal,
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
                let index = PARAMS.iter().position(|p| p.key == key)?;
                [$( self.$key, )*].get(index).copied()
            }

            /// Sets the parameter with this key; `false` if there is no such key.
            pub fn set(&mut self, key: &str, value: f64) -> bool {
                match self.slot(key) {
                    Some(v) => {
                        *v = value;
                        true
                    }
                    None => false,
                }
            }

            /// The field of the parameter with this key. The key is found in the table, then
            /// the field by its position: one small jump table instead of a comparison of
            /// every key at every call site (which made the page's code much larger).
            #[inline(never)]
            fn slot(&mut self, key: &str) -> Option<&mut f64> {
                let index = PARAMS.iter().position(|p| p.key == key)?;
                [$( &mut self.$key, )*].into_iter().nth(index)
            }
        }

        const PARAMS: &[ParamInfo] = &[
            $( ParamInfo {
                key: stringify!($key),
                value: $value,
                unit: $unit,
                min: $min,
                max: $max,
                low: $low,
                high: $high,
                user_editable: $editable,
                source: $kind(long_text($source)),
                source_id: long_text($source_id),
                group: ParamGroup::$group,
                label_id: $label_id,
                label_en: $label_en,
                description_id: $desc_id,
                description_en: $desc_en,
            }, )*
        ];
    };
}

use Source::{Assumption, Calibrated, Evidence, Facts};

/// A long text as the build keeps it: the text itself, or nothing without the `texts` feature
/// (evaluated at compile time, so the text is not in such a build at all).
const fn long_text(text: &'static str) -> &'static str {
    if cfg!(feature = "texts") { text } else { "" }
}

define_params! {
    // ---------------------------------------------------------------- population
    n_businesses {
        Population, 1250.0, "n", [50.0, 20000.0], [1250.0, 1250.0], true,
        Facts("Batik IKM: 1,081 units, 12,937 workers (2016, Dinperinaker; Tribun Jateng 2019-11-20); batik UMKM: about 1,300 (2021, Antara Jateng 501774)"),
        "IKM batik: 1.081 unit, 12.937 pekerja (2016, Dinperinaker; Tribun Jateng 2019-11-20); UMKM batik: sekitar 1.300 (2021, Antara Jateng 501774)",
        ("Jumlah usaha batik", "Batik businesses"),
        ("Banyaknya usaha batik di kota pada awal simulasi.", "The number of batik businesses in the city at the start."),
    }
    n_artisans {
        Population, 12000.0, "n", [100.0, 200000.0], [12000.0, 12000.0], true,
        Facts("9,841 workers in 632 units (2012, beritalokalpkl); 12,937 workers in 1,081 IKM (2016, Dinperinaker; Tribun Jateng 2019-11-20)"),
        "9.841 pekerja di 632 unit (2012, beritalokalpkl); 12.937 pekerja di 1.081 IKM (2016, Dinperinaker; Tribun Jateng 2019-11-20)",
        ("Jumlah perajin", "Artisans"),
        ("Banyaknya perajin (satu agen per orang) pada awal simulasi.", "The number of artisans (one agent each) at the start."),
    }
    share_over_50 {
        Population, 0.58, "0-1", [0.05, 0.95], [0.5, 0.7], true,
        Assumption("'Most batik workers are over 50' (artisan quoted, Tribun Jateng 2024-10-18); in Yogyakarta most of 4,200 batik makers are over 50 (olenas.id 2023): the share is assumed a little above one half"),
        "'Sebagian besar pekerja batik berusia di atas 50' (kata seorang perajin, Tribun Jateng 2024-10-18); di Yogyakarta sebagian besar dari 4.200 pembatik berusia di atas 50 (olenas.id 2023): bagiannya diasumsikan sedikit di atas separuh",
        ("Bagian perajin berusia di atas 50", "Share of artisans over 50"),
        ("Bagian perajin yang berusia lebih dari 50 tahun pada awal simulasi.", "The share of artisans older than 50 at the start."),
    }
    business_size_tail {
        Population, 1.6, "alpha", [1.1, 4.0], [1.3, 2.5], false,
        Assumption("About 90% of batik businesses are family businesses (weak source, 2015): most are small, a few are large; the Pareto tail exponent is assumed"),
        "Sekitar 90% usaha batik adalah usaha keluarga (sumber lemah, 2015): sebagian besar kecil, sedikit yang besar; eksponen ekor Pareto diasumsikan",
        ("Ekor sebaran ukuran usaha", "Business size tail"),
        ("Eksponen Pareto ukuran usaha: makin kecil, makin banyak usaha besar.", "Pareto exponent of business sizes: the smaller, the more large businesses."),
    }
    share_trained_init {
        Population, 0.3, "0-1", [0.0, 1.0], [0.2, 0.4], true,
        Calibrated("today's allocation keeps the share of artisans trained steady (within one point in five years); the only published figure, producers who took government training rising from about 40% to 80% (weak blog source, 2015), is about owners, and the artisans working for them are reached less"),
        "alokasi sekarang menjaga bagian perajin yang pernah dilatih tetap (bergeser kurang dari satu poin dalam lima tahun); satu-satunya angka terbitan, produsen yang pernah ikut pelatihan pemerintah naik dari sekitar 40% menjadi 80% (sumber blog yang lemah, 2015), tentang pemilik usaha, dan perajin yang bekerja pada mereka lebih jarang terjangkau",
        ("Bagian perajin pernah dilatih", "Share of artisans trained before"),
        ("Bagian perajin yang pada awal simulasi sudah pernah mengikuti pelatihan yang masih berlaku.", "The share of artisans whose training is still current at the start."),
    }
    share_applying_init {
        Population, 0.42, "0-1", [0.0, 1.0], [0.32, 0.52], true,
        Calibrated("today's allocation keeps training uptake steady (within one point in five years); the study says training results do not reach and are not taken up by many artisans, so under half of those trained apply it"),
        "alokasi sekarang menjaga serapan pelatihan tetap (bergeser kurang dari satu poin dalam lima tahun); kajian ini menyebut hasil pelatihan tidak sampai dan tidak diterapkan oleh banyak perajin, jadi kurang dari separuh yang dilatih menerapkannya",
        ("Bagian yang menerapkan pelatihan", "Share of the trained who apply it"),
        ("Di antara perajin yang pernah dilatih, bagian yang menerapkannya pada awal simulasi.", "Of the artisans trained before, the share applying it at the start."),
    }
    tech_threshold {
        Population, 0.4, "0-1", [0.05, 0.95], [0.3, 0.5], true,
        Assumption("Some Kauman artisans are elderly and 'gagap teknologi' (Radar Jateng 2021-03-19); the literacy level below which an artisan counts as not at ease with technology is assumed"),
        "Sebagian perajin Kauman sudah lanjut usia dan 'gagap teknologi' (Radar Jateng 2021-03-19); tingkat literasi yang di bawahnya seorang perajin terhitung gagap teknologi diasumsikan",
        ("Ambang literasi teknologi", "Technology literacy threshold"),
        ("Perajin dengan literasi teknologi di bawah ambang ini terhitung gagap teknologi.", "Artisans whose technology literacy is below this count as not at ease with technology."),
    }
    tech_literacy_at_18 {
        Population, 0.85, "0-1", [0.0, 1.0], [0.75, 0.95], true,
        Assumption("Shaped on Indonesia's generational gradient: internet use 93% of those born 1981-96 and 61% of those born 1946-64 (APJII 2024); a 'high' digital literacy index for 60% of Gen Z and 28% of baby boomers (Kominfo-Katadata 2021); the level for an 18-year-old is assumed"),
        "Dibentuk menurut perbedaan antargenerasi di Indonesia: penggunaan internet 93% di antara yang lahir 1981-96 dan 61% di antara yang lahir 1946-64 (APJII 2024); indeks literasi digital 'tinggi' untuk 60% Gen Z dan 28% baby boomer (Kominfo-Katadata 2021); tingkat untuk orang berumur 18 tahun diasumsikan",
        ("Literasi teknologi pada umur 18", "Technology literacy at 18"),
        ("Rata-rata literasi teknologi seseorang berumur 18 tahun pada awal simulasi.", "The average technology literacy of an 18-year-old at the start."),
    }
    tech_literacy_age_slope {
        Population, 0.01, "1/yr of age", [0.0, 0.05], [0.007, 0.014], true,
        Evidence("Shaped between two national gradients: internet non-use rises from 7% (ages 28-43) to 16% (44-59), 39% (60-78) and 68% (79 and over) (APJII 2024), and the share without a 'high' digital literacy from 40% (13-22) to 72% (55-70) (Kominfo-Katadata 2021); with the threshold, about 5% of artisans of 25, 25% of 45 and 60% of 70 count as not at ease"),
        "Dibentuk di antara dua gradien nasional: yang tidak memakai internet naik dari 7% (umur 28-43) menjadi 16% (44-59), 39% (60-78) dan 68% (79 ke atas) (APJII 2024), dan yang literasi digitalnya tidak 'tinggi' dari 40% (13-22) menjadi 72% (55-70) (Kominfo-Katadata 2021); dengan ambangnya, sekitar 5% perajin berumur 25, 25% berumur 45 dan 60% berumur 70 terhitung gagap teknologi",
        ("Turunnya literasi menurut umur", "Fall of literacy with age"),
        ("Berapa jauh rata-rata literasi teknologi lebih rendah untuk tiap tahun umur di atas 18.", "How much lower the average technology literacy is for each year of age above 18."),
    }
    tech_literacy_spread {
        Population, 0.55, "0-1", [0.0, 1.0], [0.4, 0.7], true,
        Assumption("People of one age differ in how at ease they are with technology (by schooling, work and family); the spread around the age's average is assumed"),
        "Orang seumur berbeda dalam kemudahannya memakai teknologi (karena sekolah, pekerjaan dan keluarga); sebaran di sekitar rata-rata umurnya diasumsikan",
        ("Sebaran literasi teknologi", "Spread of technology literacy"),
        ("Lebar sebaran literasi teknologi di antara orang seumur.", "The width of the spread of technology literacy among people of one age."),
    }
    tech_cohort_gain {
        Population, 0.005, "1/yr", [0.0, 0.05], [0.0, 0.01], true,
        Evidence("Indonesia's digital literacy index rose from 3.46 (2020) to 3.49 (2021) and 3.54 (2022), about 1% a year (Kominfo-Katadata); internet use from 77.0% (2022) to 79.5% (2024, APJII): each new cohort of entrants is a little more at ease than the last at the same age"),
        "Indeks literasi digital Indonesia naik dari 3,46 (2020) menjadi 3,49 (2021) dan 3,54 (2022), sekitar 1% setahun (Kominfo-Katadata); penggunaan internet dari 77,0% (2022) menjadi 79,5% (2024, APJII): tiap angkatan pendatang baru sedikit lebih melek teknologi daripada angkatan sebelumnya pada umur yang sama",
        ("Kenaikan literasi per angkatan", "Literacy gain per cohort"),
        ("Kenaikan literasi teknologi pendatang baru seumur untuk tiap tahun simulasi.", "The rise in entrants' technology literacy at a given age for each year of the run."),
    }
    n_cooperatives {
        Population, 281.0, "n", [0.0, 5000.0], [281.0, 281.0], true,
        Facts("Cooperatives: 282 registered, 148 active (2022, pekalongannews.com); 125 active of 281 (2024, rkb.pekalongankota.go.id)"),
        "Koperasi: 282 terdaftar, 148 aktif (2022, pekalongannews.com); 125 aktif dari 281 (2024, rkb.pekalongankota.go.id)",
        ("Jumlah koperasi terdaftar", "Registered cooperatives"),
        ("Banyaknya koperasi terdaftar di kota.", "The number of registered cooperatives in the city."),
    }
    share_coops_active_init {
        Population, 0.49, "0-1", [0.0, 1.0], [0.44, 0.53], true,
        Facts("148 of 282 active (2022, pekalongannews.com), 125 of 281 (2024, rkb.pekalongankota.go.id): about 49% in between"),
        "148 dari 282 aktif (2022, pekalongannews.com), 125 dari 281 (2024, rkb.pekalongankota.go.id): sekitar 49% di antaranya",
        ("Bagian koperasi aktif", "Share of cooperatives active"),
        ("Bagian koperasi terdaftar yang aktif pada awal simulasi.", "The share of registered cooperatives that are active at the start."),
    }
    share_coop_members {
        Population, 0.3, "0-1", [0.0, 1.0], [0.15, 0.45], true,
        Assumption("About 150 of about 1,300 batik UMKM are in Dekranasda (2021, Antara Jateng 501774); cooperative membership is assumed to be wider"),
        "Sekitar 150 dari sekitar 1.300 UMKM batik tergabung dalam Dekranasda (2021, Antara Jateng 501774); keanggotaan koperasi diasumsikan lebih luas",
        ("Bagian usaha anggota koperasi", "Share of businesses in a cooperative"),
        ("Bagian usaha yang menjadi anggota salah satu koperasi.", "The share of businesses that belong to one of the cooperatives."),
    }
    share_national_init {
        Population, 0.4, "0-1", [0.0, 1.0], [0.25, 0.55], true,
        Assumption("Pekalongan supplies much of Indonesia's batik (about 70% by the mayor's statement, 2023, posjateng.id), so a large share of businesses is assumed to sell beyond the city"),
        "Pekalongan memasok sebagian besar batik Indonesia (sekitar 70% menurut pernyataan wali kota, 2023, posjateng.id), jadi diasumsikan sebagian besar usaha menjual ke luar kota",
        ("Bagian usaha berpasar nasional", "Share selling nationally"),
        ("Bagian usaha yang pada awal simulasi menjual ke pasar nasional.", "The share of businesses selling to the national market at the start."),
    }
    share_export_init {
        Population, 0.03, "0-1", [0.0, 1.0], [0.01, 0.08], true,
        Assumption("3 exporting firms in 2011 (beritalokalpkl) sold directly; the model also counts firms that reach foreign buyers through traders, assumed to be about 3% of businesses, larger ones more often"),
        "3 perusahaan pengekspor pada 2011 (beritalokalpkl) menjual langsung; model juga menghitung usaha yang menjangkau pembeli luar negeri lewat pedagang, diasumsikan sekitar 3% usaha, lebih sering usaha yang besar",
        ("Bagian usaha pengekspor", "Share exporting"),
        ("Bagian usaha yang pada awal simulasi menjual ke luar negeri (langsung atau lewat pedagang).", "The share of businesses selling abroad (directly or through traders) at the start."),
    }
    import_share_init {
        Population, 0.5, "0-1", [0.0, 1.0], [0.3, 0.7], true,
        Evidence("About 50% of Indonesia's batik raw materials are imported (Kemenperin 2018, kumparan); cotton and dobby cloth come from China and follow the US dollar (Republika; Bisnis 2014-11-16)"),
        "Sekitar 50% bahan baku batik Indonesia diimpor (Kemenperin 2018, kumparan); kain katun dan dobby datang dari Tiongkok dan mengikuti kurs dolar AS (Republika; Bisnis 2014-11-16)",
        ("Bagian bahan impor", "Imported share of materials"),
        ("Bagian bahan impor dalam biaya bahan usaha pada awal simulasi.", "The imported share of businesses' material cost at the start."),
    }
    import_share_spread {
        Population, 0.8, "x", [0.0, 2.0], [0.4, 1.2], true,
        Assumption("Businesses differ in how much imported cloth and dye they use (printing more, tulis less); the spread around the average share is assumed"),
        "Usaha berbeda dalam banyaknya kain dan pewarna impor yang dipakai (batik printing lebih banyak, batik tulis lebih sedikit); sebaran di sekitar bagian rata-ratanya diasumsikan",
        ("Sebaran bagian impor", "Spread of the imported share"),
        ("Lebar sebaran bagian bahan impor antarusaha, relatif terhadap rata-ratanya.", "The width of the spread of the imported share between businesses, relative to its average."),
    }
    share_mentored_init {
        Population, 0.12, "0-1", [0.0, 1.0], [0.05, 0.2], true,
        Assumption("The study names a collaboration of academics, business and government; the share of businesses with a mentoring link at the start is assumed"),
        "Kajian ini menyebut kerja sama akademisi, dunia usaha dan pemerintah; bagian usaha yang punya hubungan pendampingan pada awal simulasi diasumsikan",
        ("Bagian usaha didampingi", "Share of businesses mentored"),
        ("Bagian usaha yang pada awal simulasi punya tautan pendampingan (kampus atau dinas).", "The share of businesses with a mentoring link (a university or the agency) at the start."),
    }
    links_per_business_init {
        Population, 1.5, "links/business", [0.0, 6.0], [0.5, 3.0], true,
        Assumption("Producers and suppliers trade and form networks (Solo batik cluster ABM, Utomo Sarjono Putro, ITB); the number of links is assumed"),
        "Produsen dan pemasok saling berdagang dan membentuk jaringan (ABM klaster batik Solo, Utomo Sarjono Putro, ITB); banyaknya hubungan diasumsikan",
        ("Tautan antarusaha", "Links between businesses"),
        ("Rata-rata banyaknya tautan antarusaha per usaha pada awal simulasi.", "The average number of links to other businesses per business at the start."),
    }
    share_online_init {
        Population, 0.25, "0-1", [0.0, 1.0], [0.1, 0.4], true,
        Assumption("34.1% of Indonesian businesses sold online in 2022 (BPS Statistik eCommerce); 19.5 m UMKM, 34%, were on e-commerce (pekalongankota.go.id 2022-10-05); 40% of the 600 kiosks of Pasar Grosir Batik Setono moved online (Antara 2021), but hand-drawn batik sellers are 'almost 90% offline' (detik 2023): batik businesses are assumed below the national share"),
        "34,1% usaha di Indonesia berjualan daring pada 2022 (BPS Statistik eCommerce); 19,5 juta UMKM, 34%, sudah masuk e-commerce (pekalongankota.go.id 2022-10-05); 40% dari 600 kios Pasar Grosir Batik Setono pindah ke daring (Antara 2021), tetapi penjual batik tulis 'hampir 90% luring' (detik 2023): usaha batik diasumsikan di bawah angka nasional",
        ("Bagian usaha berjualan daring", "Share of businesses selling online"),
        ("Bagian usaha yang pada awal simulasi menjual sendiri secara daring.", "The share of businesses that sell online themselves at the start."),
    }
    share_certified_init {
        Population, 0.08, "0-1", [0.0, 1.0], [0.01, 0.17], true,
        Evidence("530 Batikmark certificates had been issued in Indonesia by November 2024 (Kemenperin), against 3,159 registered batik producers (2024, databoks) or about 55,000 batik IKM (detik, about 2013): between 1% and 17% of producers"),
        "530 sertifikat Batikmark telah terbit di Indonesia sampai November 2024 (Kemenperin), dibanding 3.159 produsen batik terdaftar (2024, databoks) atau sekitar 55.000 IKM batik (detik, sekitar 2013): antara 1% dan 17% produsen",
        ("Bagian usaha bersertifikat", "Share of businesses certified"),
        ("Bagian usaha dengan sertifikat mutu (Batikmark atau SNI) pada awal simulasi.", "The share of businesses with a quality certificate (Batikmark or SNI) at the start."),
    }
    quality_init_mean {
        Population, 0.45, "0-1", [0.05, 0.95], [0.35, 0.55], true,
        Assumption("Product quality is on a 0-1 scale on which businesses at or above the certification floor (0.5 by default) can be certified; the starting average is assumed"),
        "Mutu produk diukur pada skala 0-1; usaha yang mutunya mencapai batas sertifikasi (bawaannya 0,5) dapat disertifikasi; rata-rata awalnya diasumsikan",
        ("Rata-rata mutu awal", "Average starting quality"),
        ("Rata-rata mutu produk usaha pada awal simulasi (0-1).", "The average product quality of businesses at the start (0-1)."),
    }
    quality_init_spread {
        Population, 0.35, "0-1", [0.0, 1.0], [0.2, 0.5], true,
        Assumption("Batik ranges from cheap printing to fine hand-drawn tulis; the spread of quality between businesses is assumed"),
        "Batik berkisar dari printing yang murah sampai batik tulis yang halus; sebaran mutu antarusaha diasumsikan",
        ("Sebaran mutu awal", "Spread of starting quality"),
        ("Lebar sebaran mutu produk antarusaha pada awal simulasi.", "The width of the spread of product quality between businesses at the start."),
    }
    capital_init_spread {
        Population, 0.4, "0-1", [0.0, 1.0], [0.2, 0.6], true,
        Assumption("Businesses differ in their equipment around the level their loans keep; the spread is assumed"),
        "Usaha berbeda dalam peralatannya di sekitar tingkat yang dijaga oleh pinjamannya; sebarannya diasumsikan",
        ("Sebaran modal awal", "Spread of starting capital"),
        ("Lebar sebaran modal peralatan antarusaha pada awal simulasi.", "The width of the spread of equipment capital between businesses at the start."),
    }
    skill_start {
        Population, 0.25, "0-1", [0.0, 1.0], [0.15, 0.35], true,
        Assumption("Skill is on a 0-1 scale; a newcomer's skill is assumed"),
        "Keterampilan diukur pada skala 0-1; keterampilan pendatang baru diasumsikan",
        ("Keterampilan pendatang baru", "A newcomer's skill"),
        ("Keterampilan seorang perajin yang baru mulai.", "The skill of an artisan who has just started."),
    }
    skill_experienced {
        Population, 0.8, "0-1", [0.0, 1.0], [0.7, 0.9], true,
        Assumption("The skill an artisan of average talent approaches with long experience is assumed"),
        "Keterampilan yang didekati perajin berbakat rata-rata setelah lama berpengalaman diasumsikan",
        ("Keterampilan perajin berpengalaman", "An experienced artisan's skill"),
        ("Keterampilan yang didekati perajin berbakat rata-rata setelah lama bekerja.", "The skill an artisan of average talent approaches with long experience."),
    }
    skill_experience_years {
        Population, 10.0, "yr", [0.5, 40.0], [5.0, 15.0], true,
        Assumption("Batik skills (drawing wax with a canting, colouring, stamping) take years to learn; the years to close about 63% of the gap are assumed"),
        "Keterampilan membatik (mencanting malam, mewarnai, mengecap) butuh bertahun-tahun untuk dipelajari; lamanya tahun untuk menutup sekitar 63% kesenjangannya diasumsikan",
        ("Lama belajar keterampilan", "Years to learn the craft"),
        ("Tahun pengalaman untuk menutup sekitar 63% kesenjangan menuju keterampilan perajin berpengalaman.", "The years of experience that close about 63% of the gap to an experienced artisan's skill."),
    }
    skill_talent_spread {
        Population, 0.4, "0-1", [0.0, 1.0], [0.2, 0.6], true,
        Assumption("Artisans differ in how skilled experience makes them; the spread of talent is assumed"),
        "Perajin berbeda dalam seberapa terampil pengalaman membuat mereka; sebaran bakat diasumsikan",
        ("Sebaran bakat", "Spread of talent"),
        ("Lebar sebaran bakat antarperajin (pengali keterampilan dari pengalaman).", "The width of the spread of talent between artisans (a multiplier on skill from experience)."),
    }

    // ---------------------------------------------------------------- economy
    avg_wage_rp_juta {
        Economy, 1.25, "Rp juta/month", [0.3, 10.0], [1.0, 1.5], true,
        Facts("Batik workers earn Rp 1.0-1.5 m a month (2019, Tribun Jateng 2019-11-20)"),
        "Pekerja batik berpenghasilan Rp 1,0-1,5 juta sebulan (2019, Tribun Jateng 2019-11-20)",
        ("Upah rata-rata", "Average wage"),
        ("Upah rata-rata perajin per bulan pada awal simulasi.", "Artisans' average monthly wage at the start."),
    }
    min_wage_rp_juta {
        Economy, 1.9, "Rp juta/month", [0.5, 10.0], [1.9, 2.156], true,
        Facts("City minimum wage about Rp 1.9 m (2019, Tribun Jateng 2019-11-20); Rp 2.156 m in 2023 (Radar Pekalongan 2023-05-02)"),
        "Upah minimum kota sekitar Rp 1,9 juta (2019, Tribun Jateng 2019-11-20); Rp 2,156 juta pada 2023 (Radar Pekalongan 2023-05-02)",
        ("Upah minimum kota", "City minimum wage"),
        ("Upah minimum kota per bulan.", "The city's monthly minimum wage."),
    }
    labour_share_of_revenue {
        Economy, 0.3, "0-1", [0.05, 0.9], [0.2, 0.45], true,
        Assumption("Used only to express revenue per artisan in rupiah: wages are assumed to be this share of a batik business's sales (materials take about half)"),
        "Dipakai hanya untuk menyatakan penjualan per perajin dalam rupiah: upah diasumsikan sebesar bagian ini dari penjualan usaha batik (bahan menyerap sekitar separuhnya)",
        ("Bagian upah dalam penjualan", "Wages' share of sales"),
        ("Bagian upah dalam nilai penjualan usaha; hanya untuk menyatakan penjualan per perajin dalam rupiah.", "Wages as a share of a business's sales; used only to express revenue per artisan in rupiah."),
    }
    export_usd_per_artisan_year {
        Economy, 2800.0, "US$/yr", [100.0, 20000.0], [2000.0, 4000.0], true,
        Calibrated("First-year batik exports within the US$ 0.42-3.27 m a year published for 2016-19 (BPS via Tribun Jateng 2019-11-20; asiaclimatelab.com), near their mean of about US$ 1.5 m; not an independent check"),
        "Ekspor batik tahun pertama berada dalam kisaran US$ 0,42-3,27 juta setahun yang diterbitkan untuk 2016-19 (BPS melalui Tribun Jateng 2019-11-20; asiaclimatelab.com), dekat rata-ratanya sekitar US$ 1,5 juta; bukan pemeriksaan yang mandiri",
        ("Ekspor per perajin", "Exports per artisan"),
        ("Nilai ekspor setahun per perajin usaha pengekspor pada pendapatan rata-rata awal.", "The yearly export value per artisan of an exporting business at the starting average revenue."),
    }
    export_output_share {
        Economy, 0.5, "0-1", [0.05, 1.0], [0.3, 0.8], true,
        Assumption("Exporting batik firms also sell at home; half of their output is assumed to go abroad"),
        "Usaha batik pengekspor juga menjual di dalam negeri; separuh hasilnya diasumsikan dijual ke luar negeri",
        ("Bagian produksi diekspor", "Share of output exported"),
        ("Bagian produksi usaha pengekspor yang dijual ke luar negeri.", "The share of an exporting business's output sold abroad."),
    }
    material_cost_share {
        Economy, 0.55, "0-1", [0.1, 0.9], [0.4, 0.7], true,
        Assumption("When cotton rose from Rp 5,000 to Rp 8,400 a metre and resin from Rp 20 k to 29 k a kg, about 50 artisans stopped work (2011, Antara 248539): materials weigh heavily; the share is assumed"),
        "Ketika harga katun naik dari Rp 5.000 menjadi Rp 8.400 per meter dan gondorukem dari Rp 20 ribu menjadi 29 ribu per kg, sekitar 50 perajin berhenti bekerja (2011, Antara 248539): bahan sangat menentukan biaya; bagiannya diasumsikan",
        ("Bagian bahan dalam biaya", "Materials' share of cost"),
        ("Bagian biaya bahan dalam biaya satuan.", "The share of materials in unit cost."),
    }
    price_volatility {
        Economy, 0.03, "1/month", [0.0, 0.2], [0.015, 0.05], true,
        Assumption("Imported cloth prices follow the US dollar (Bisnis 2014-11-16); the monthly volatility of the imported-material price index is assumed"),
        "Harga kain impor mengikuti kurs dolar AS (Bisnis 2014-11-16); gejolak bulanan indeks harga bahan impor diasumsikan",
        ("Gejolak harga bahan impor", "Imported-price volatility"),
        ("Simpangan baku bulanan log indeks harga bahan impor.", "The monthly standard deviation of the log imported-material price index."),
    }
    price_mean_reversion {
        Economy, 0.03, "1/month", [0.0, 1.0], [0.01, 0.06], true,
        Assumption("Price shocks fade as the exchange rate and cloth supply recover; the monthly share of the deviation that fades is assumed"),
        "Guncangan harga mereda ketika kurs dan pasokan kain pulih; bagian simpangan yang mereda tiap bulan diasumsikan",
        ("Kembalinya harga bahan", "Price mean reversion"),
        ("Bagian simpangan log harga bahan impor yang hilang setiap bulan.", "The share of the log imported-price deviation that fades each month."),
    }
    price_shock_prob {
        Economy, 0.015, "1/month", [0.0, 0.2], [0.005, 0.03], true,
        Assumption("Sharp rises such as 2011's (cotton +68%, Antara 248539) are assumed to come about once in five to six years"),
        "Kenaikan tajam seperti pada 2011 (katun +68%, Antara 248539) diasumsikan terjadi sekitar sekali dalam lima sampai enam tahun",
        ("Peluang lonjakan harga", "Price spike chance"),
        ("Peluang sebulan harga bahan impor melonjak.", "The monthly chance of a spike in imported-material prices."),
    }
    price_shock_size {
        Economy, 0.25, "0-1", [0.0, 1.0], [0.1, 0.5], true,
        Assumption("A spike raises the log price by this much (about +28%), smaller than 2011's +68% because the index also covers dyes and wax"),
        "Lonjakan harga menaikkan log harga sebesar ini (sekitar +28%), lebih kecil daripada +68% pada 2011 karena indeksnya juga mencakup pewarna dan malam",
        ("Besar lonjakan harga", "Price spike size"),
        ("Kenaikan log indeks harga bahan impor pada satu lonjakan.", "The rise in the log imported-material price index in one spike."),
    }
    local_material_price {
        Economy, 0.85, "x", [0.3, 2.0], [0.7, 1.0], true,
        Assumption("Local cloth, dyes and wax cost less than imported ones at today's exchange rate (imported cotton follows the US dollar: Republika; Bisnis 2014-11-16) but are harder to get in the quality wanted; their price relative to imports is assumed"),
        "Kain, pewarna dan malam lokal lebih murah daripada yang impor pada kurs sekarang (katun impor mengikuti dolar AS: Republika; Bisnis 2014-11-16) tetapi lebih sulit didapat dengan mutu yang diinginkan; harganya terhadap bahan impor diasumsikan",
        ("Harga bahan lokal", "Price of local materials"),
        ("Harga bahan lokal dibanding bahan impor pada indeks harga impor awal.", "The price of local materials relative to imported ones at the starting import price index."),
    }
    capital_elasticity {
        Economy, 0.2, "x", [0.0, 1.0], [0.1, 0.3], true,
        Assumption("Capital's share in small manufacturing; six microcredit RCTs found modest average effects on business outcomes (Banerjee, Karlan and Zinman 2015), so extra equipment raises output less than in proportion; the elasticity is assumed"),
        "Bagian modal dalam industri pengolahan kecil; enam uji acak kredit mikro menemukan dampak rata-rata yang sedang pada hasil usaha (Banerjee, Karlan dan Zinman 2015), jadi tambahan peralatan menaikkan hasil kurang dari sebanding; elastisitasnya diasumsikan",
        ("Elastisitas modal", "Capital elasticity"),
        ("Pangkat modal peralatan dalam produktivitas (10% modal lebih, produktivitas naik sekitar 2%).", "The power of equipment capital in productivity (10% more capital raises productivity about 2%)."),
    }
    productivity_skill_weight {
        Economy, 0.8, "x", [0.0, 3.0], [0.4, 1.2], true,
        Assumption("More skilled artisans produce more; the productivity gain per unit of average skill is assumed"),
        "Perajin yang lebih terampil menghasilkan lebih banyak; kenaikan produktivitas per satuan keterampilan rata-rata diasumsikan",
        ("Pengaruh keterampilan pada produktivitas", "Skill's effect on productivity"),
        ("Kenaikan produktivitas relatif per satuan keterampilan rata-rata.", "The relative rise in productivity per unit of average skill."),
    }
    apply_productivity_gain {
        Economy, 0.03, "0-1", [0.0, 1.0], [0.0, 0.08], true,
        Evidence("Business training raises sales by 4.7% and profits by 10.1% on average among those offered it (McKenzie 2021 meta-analysis, Oxford Review of Economic Policy 37(2)), more among those who take it up; sales +18% three years on in Kenya (McKenzie and Puerto 2021); with the quality gain from applying training, a business whose artisans all apply training sells about 8% more (3% more output at about 5% higher prices)"),
        "Pelatihan usaha menaikkan penjualan 4,7% dan laba 10,1% rata-rata di antara yang ditawari (meta-analisis McKenzie 2021, Oxford Review of Economic Policy 37(2)), lebih besar di antara yang mengikutinya; penjualan +18% tiga tahun kemudian di Kenya (McKenzie dan Puerto 2021); dengan kenaikan mutu dari menerapkan pelatihan, usaha yang semua perajinnya menerapkan pelatihan menjual sekitar 8% lebih banyak (hasil 3% lebih banyak dengan harga sekitar 5% lebih tinggi)",
        ("Kenaikan produktivitas dari pelatihan", "Productivity gain from training applied"),
        ("Kenaikan produktivitas usaha bila semua perajinnya menerapkan pelatihan.", "The rise in a business's productivity when all its artisans apply training."),
    }
    mentoring_productivity_gain {
        Economy, 0.05, "0-1", [0.0, 1.0], [0.02, 0.1], true,
        Evidence("Mentoring by experienced local business owners raised profits by 20% in Kenya, fading once it ended (Brooks, Donovan and Johnson 2018, AEJ Applied 10(4)); the gain in output while mentored is taken as a quarter of that"),
        "Pendampingan oleh pemilik usaha lokal yang berpengalaman menaikkan laba 20% di Kenya, lalu memudar setelah berakhir (Brooks, Donovan dan Johnson 2018, AEJ Applied 10(4)); kenaikan hasil selama didampingi diambil seperempatnya",
        ("Kenaikan produktivitas dari pendampingan", "Productivity gain from mentoring"),
        ("Kenaikan produktivitas usaha selama didampingi.", "The rise in a business's productivity while it is mentored."),
    }
    link_productivity_gain {
        Economy, 0.03, "0-1", [0.0, 1.0], [0.01, 0.06], true,
        Evidence("Monthly meetings in groups of ten managers (nine contacts each) raised firm revenue by 8.1%, persisting a year after they ended, with inputs and factors up too (Cai and Szeidl 2018, QJE 133(3), 2,820 firms): under 1% of revenue a contact; newly linked managers in Ethiopia, Tanzania and Zambia spread formalisation practices but no productivity practices (Fafchamps and Quinn 2018, WBER); so 3% at three or more links"),
        "Pertemuan bulanan dalam kelompok sepuluh pengelola usaha (sembilan kenalan masing-masing) menaikkan pendapatan perusahaan 8,1%, bertahan setahun setelah pertemuan berakhir, dengan input dan faktor produksi ikut naik (Cai dan Szeidl 2018, QJE 133(3), 2.820 perusahaan): kurang dari 1% pendapatan per kenalan; pengelola yang baru dipertautkan di Etiopia, Tanzania dan Zambia menyebarkan praktik formalisasi tetapi tidak praktik produktivitas (Fafchamps dan Quinn 2018, WBER); jadi 3% pada tiga tautan atau lebih",
        ("Kenaikan produktivitas dari jejaring", "Productivity gain from links"),
        ("Kenaikan produktivitas usaha dengan tiga tautan atau lebih ke usaha lain.", "The rise in a business's productivity with three or more links to other businesses."),
    }
    quality_skill_weight {
        Economy, 0.8, "x", [0.0, 3.0], [0.4, 1.2], true,
        Assumption("More skilled artisans make better batik; the quality gain per unit of average skill is assumed"),
        "Perajin yang lebih terampil membuat batik yang lebih baik; kenaikan mutu per satuan keterampilan rata-rata diasumsikan",
        ("Pengaruh keterampilan pada mutu", "Skill's effect on quality"),
        ("Kenaikan sasaran mutu per satuan keterampilan rata-rata.", "The rise in the quality target per unit of average skill."),
    }
    quality_apply_gain {
        Economy, 0.06, "0-1", [0.0, 1.0], [0.02, 0.12], true,
        Evidence("Owners implement some of the practices taught, by modest margins (McKenzie and Woodruff 2014, World Bank Research Observer 29(1)); quality training with on-site coaching improved practices for years (Higuchi, Mhede and Sonobe 2019)"),
        "Pemilik usaha menerapkan sebagian praktik yang diajarkan, dengan selisih yang tidak besar (McKenzie dan Woodruff 2014, World Bank Research Observer 29(1)); pelatihan mutu dengan pendampingan di tempat kerja memperbaiki praktik selama bertahun-tahun (Higuchi, Mhede dan Sonobe 2019)",
        ("Kenaikan mutu dari pelatihan", "Quality gain from training applied"),
        ("Kenaikan sasaran mutu usaha bila semua perajinnya menerapkan pelatihan.", "The rise in a business's quality target when all its artisans apply training."),
    }
    quality_lag_months {
        Economy, 12.0, "months", [1.0, 60.0], [6.0, 24.0], true,
        Assumption("Quality follows skills and practice with a delay; the months to close about 63% of the gap are assumed"),
        "Mutu mengikuti keterampilan dan praktik dengan jeda; lamanya bulan untuk menutup sekitar 63% kesenjangannya diasumsikan",
        ("Lambatnya perubahan mutu", "Quality lag"),
        ("Bulan untuk menutup sekitar 63% kesenjangan mutu menuju sasarannya.", "The months to close about 63% of the gap between quality and its target."),
    }
    price_quality_slope {
        Economy, 0.8, "x", [0.0, 3.0], [0.4, 1.2], true,
        Assumption("Better batik sells for more; the relative price gain per unit of quality is assumed"),
        "Batik yang lebih baik laku lebih mahal; kenaikan harga relatif per satuan mutu diasumsikan",
        ("Pengaruh mutu pada harga", "Quality's effect on price"),
        ("Kenaikan harga relatif per satuan mutu.", "The relative rise in price per unit of quality."),
    }
    reach_price_national {
        Economy, 1.15, "x", [1.0, 3.0], [1.05, 1.3], true,
        Assumption("Buyers beyond the city pay more than local ones; the premium is assumed"),
        "Pembeli di luar kota membayar lebih mahal daripada pembeli lokal; selisih harganya diasumsikan",
        ("Harga pasar nasional", "National price premium"),
        ("Harga relatif batik yang dijual ke pasar nasional.", "The relative price of batik sold to the national market."),
    }
    reach_price_export {
        Economy, 1.4, "x", [1.0, 5.0], [1.2, 1.8], true,
        Assumption("Foreign buyers pay more still; the premium is assumed"),
        "Pembeli luar negeri membayar lebih mahal lagi; selisih harganya diasumsikan",
        ("Harga pasar ekspor", "Export price premium"),
        ("Harga relatif batik yang dijual ke luar negeri.", "The relative price of batik sold abroad."),
    }
    online_price_premium {
        Economy, 0.05, "0-1", [0.0, 1.0], [0.0, 0.1], true,
        Assumption("Selling online cuts out some intermediaries; the price gain is assumed"),
        "Berjualan daring memangkas sebagian perantara; kenaikan harganya diasumsikan",
        ("Tambahan harga jual daring", "Online price premium"),
        ("Kenaikan harga relatif bagi usaha yang menjual daring.", "The relative price gain of a business that sells online."),
    }
    reach_score_local {
        Economy, 0.15, "0-1", [0.0, 1.0], [0.05, 0.3], true,
        Assumption("A business's reach score (in its own competitiveness score) on the ladder local, national, export (1); the local step is assumed"),
        "Skor jangkauan usaha (bagian dari skor daya saingnya) pada tangga pasar lokal, nasional, ekspor (1); anak tangga lokal diasumsikan",
        ("Skor jangkauan lokal", "Local reach score"),
        ("Skor jangkauan usaha yang hanya menjual di dalam kota.", "The reach score of a business that sells only in the city."),
    }
    reach_score_national {
        Economy, 0.5, "0-1", [0.0, 1.0], [0.35, 0.7], true,
        Assumption("The national step on the reach ladder (export = 1) is assumed"),
        "Anak tangga nasional pada tangga jangkauan (ekspor = 1) diasumsikan",
        ("Skor jangkauan nasional", "National reach score"),
        ("Skor jangkauan usaha yang menjual ke pasar nasional.", "The reach score of a business selling nationally."),
    }
    reach_score_online {
        Economy, 0.1, "0-1", [0.0, 1.0], [0.05, 0.2], true,
        Assumption("Selling online adds to a business's reach; the addition is assumed"),
        "Berjualan daring menambah jangkauan usaha; tambahannya diasumsikan",
        ("Tambahan skor jangkauan daring", "Online reach score"),
        ("Tambahan skor jangkauan bagi usaha yang menjual daring.", "The addition to the reach score of a business selling online."),
    }
    upgrade_quality_elasticity {
        Economy, 2.0, "x", [0.0, 5.0], [1.0, 3.0], true,
        Assumption("Better businesses find buyers beyond the city more easily; the power of relative quality in the chance of moving up a market is assumed"),
        "Usaha yang lebih baik lebih mudah mendapat pembeli di luar kota; pangkat mutu relatif dalam peluang naik ke pasar yang lebih luas diasumsikan",
        ("Pengaruh mutu pada naik pasar", "Quality's effect on moving up"),
        ("Pangkat mutu relatif dalam peluang naik ke pasar yang lebih jauh.", "The power of relative quality in the chance of moving up to a wider market."),
    }
    upgrade_size_elasticity {
        Economy, 1.0, "x", [0.0, 3.0], [0.5, 1.5], true,
        Assumption("Bigger businesses can fill bigger orders; the power of relative size in the chance of moving up is assumed"),
        "Usaha yang lebih besar sanggup memenuhi pesanan yang lebih besar; pangkat ukuran relatif dalam peluang naik diasumsikan",
        ("Pengaruh ukuran pada naik pasar", "Size's effect on moving up"),
        ("Pangkat ukuran relatif dalam peluang naik ke pasar yang lebih jauh.", "The power of relative size in the chance of moving up to a wider market."),
    }
    upgrade_size_cap {
        Economy, 5.0, "x", [1.0, 100.0], [3.0, 10.0], true,
        Assumption("A business's size counts in its chance of moving up a market only up to this many times the mean size (and down to its inverse): capacity helps to fill big orders, but beyond a point buyers come for other reasons; it binds for the largest few per cent of businesses; assumed"),
        "Ukuran usaha diperhitungkan dalam peluangnya naik pasar hanya sampai sekian kali ukuran rata-rata (dan turun sampai kebalikannya): kapasitas membantu memenuhi pesanan besar, tetapi lewat batas tertentu pembeli datang karena alasan lain; batas ini berlaku bagi beberapa persen usaha terbesar; diasumsikan",
        ("Batas ukuran dalam naik pasar", "Size cap in moving up"),
        ("Kelipatan ukuran rata-rata yang paling jauh diperhitungkan dalam peluang naik pasar.", "The most times the mean size that counts in the chance of moving up a market."),
    }
    downgrade_score_elasticity {
        Economy, 1.0, "x", [0.0, 5.0], [0.5, 2.0], true,
        Assumption("Less competitive businesses lose distant buyers more often; the power of the inverse score in the chance of falling back is assumed"),
        "Usaha yang kurang berdaya saing lebih sering kehilangan pembeli jauh; pangkat kebalikan skornya dalam peluang turun kembali diasumsikan",
        ("Pengaruh daya saing pada turun pasar", "Score's effect on falling back"),
        ("Pangkat kebalikan skor daya saing dalam peluang turun ke pasar yang lebih dekat.", "The power of the inverse competitiveness score in the chance of falling back to a nearer market."),
    }
    market_down_rate {
        Economy, 0.05, "1/yr", [0.0, 1.0], [0.03, 0.1], true,
        Assumption("Yearly chance that a business selling nationally falls back to the local market, at the starting competitiveness; moves up are set to balance it at today's allocation"),
        "Peluang tahunan usaha yang menjual ke pasar nasional turun kembali ke pasar lokal, pada daya saing awal; peluang naik diatur agar mengimbanginya pada alokasi sekarang",
        ("Laju turun ke pasar lokal", "Rate of falling back to local"),
        ("Peluang setahun usaha berpasar nasional kembali ke pasar lokal, pada daya saing awal.", "The yearly chance that a business selling nationally falls back to the local market, at the starting competitiveness."),
    }
    export_exit_rate {
        Economy, 0.15, "1/yr", [0.0, 1.0], [0.1, 0.3], true,
        Assumption("Yearly chance that an exporting business loses its foreign buyers, at the starting competitiveness; moves up are set to balance it at today's allocation"),
        "Peluang tahunan usaha pengekspor kehilangan pembeli luar negerinya, pada daya saing awal; peluang naik diatur agar mengimbanginya pada alokasi sekarang",
        ("Laju kehilangan pembeli ekspor", "Rate of losing export buyers"),
        ("Peluang setahun usaha pengekspor kehilangan pembeli luar negeri, pada daya saing awal.", "The yearly chance that an exporting business loses its foreign buyers, at the starting competitiveness."),
    }
    wage_skill_slope {
        Economy, 0.25, "x", [0.0, 1.0], [0.1, 0.4], true,
        Assumption("More skilled artisans (and piece-rate work such as nyolet and nglorod, Radar Pekalongan 2023) earn more; the wage gradient is assumed"),
        "Perajin yang lebih terampil (dan pekerjaan borongan seperti nyolet dan nglorod, Radar Pekalongan 2023) berpenghasilan lebih besar; kemiringan upah diasumsikan",
        ("Pengaruh keterampilan pada upah", "Skill's effect on wages"),
        ("Kenaikan upah relatif per satuan keterampilan, dibagi dua.", "Half the relative rise in wage per unit of skill."),
    }
    apply_wage_bonus {
        Economy, 0.0, "0-1", [0.0, 1.0], [0.0, 0.1], true,
        Assumption("No study found measures a wage premium for batik artisans who apply training (business-training evaluations find few effects on jobs or pay, McKenzie 2021), so none by default; a user may set one"),
        "Tidak ada kajian yang ditemukan yang mengukur tambahan upah bagi perajin batik yang menerapkan pelatihan (evaluasi pelatihan usaha hanya menemukan sedikit dampak pada lapangan kerja atau upah, McKenzie 2021), jadi bawaannya nol; pengguna boleh mengisinya",
        ("Tambahan upah penerap pelatihan", "Wage premium for applying training"),
        ("Kenaikan upah perajin yang menerapkan pelatihan.", "The wage rise of an artisan who applies training."),
    }
    capital_floor {
        Economy, 0.5, "x", [0.0, 0.95], [0.3, 0.7], true,
        Assumption("Without credit a business keeps its basic tools (canting, stamps, dye vats); the equipment it keeps, relative to the start's average, is assumed; depreciation is then set so that today's loans keep the average steady"),
        "Tanpa kredit, usaha tetap menyimpan alat dasarnya (canting, cap, bak pewarna); peralatan yang tersisa, dibanding rata-rata pada awal simulasi, diasumsikan; penyusutan lalu diatur agar pinjaman sekarang menjaga rata-ratanya tetap",
        ("Modal tanpa kredit", "Capital without credit"),
        ("Modal peralatan yang tetap dimiliki usaha tanpa kredit, relatif terhadap rata-rata awal.", "The equipment a business keeps without credit, relative to the start's average."),
    }

    // ---------------------------------------------------------------- demography
    exit_rate_under_55 {
        Demography, 0.015, "1/yr", [0.0, 1.0], [0.005, 0.03], true,
        Assumption("Yearly chance that an artisan under 55 leaves batik work for reasons other than pay (illness, family, moving); assumed"),
        "Peluang tahunan perajin di bawah 55 tahun berhenti bekerja batik karena alasan selain upah (sakit, keluarga, pindah); diasumsikan",
        ("Laju keluar di bawah 55", "Exit rate under 55"),
        ("Peluang setahun perajin di bawah 55 tahun berhenti karena alasan selain upah.", "The yearly chance that an artisan under 55 stops for reasons other than pay."),
    }
    exit_rate_55_65 {
        Demography, 0.04, "1/yr", [0.0, 1.0], [0.02, 0.08], true,
        Assumption("Yearly chance of stopping work between 55 and 65; assumed, low because most workers are over 50 (Tribun Jateng 2024-10-18) and keep working"),
        "Peluang tahunan berhenti bekerja pada umur 55 sampai 65; diasumsikan, rendah karena sebagian besar pekerja berusia di atas 50 (Tribun Jateng 2024-10-18) dan tetap bekerja",
        ("Laju keluar umur 55-65", "Exit rate 55-65"),
        ("Peluang setahun perajin berumur 55-65 tahun berhenti bekerja.", "The yearly chance that an artisan aged 55-65 stops working."),
    }
    exit_rate_65_75 {
        Demography, 0.1, "1/yr", [0.0, 1.0], [0.05, 0.2], true,
        Assumption("Yearly chance of stopping work between 65 and 75; assumed"),
        "Peluang tahunan berhenti bekerja pada umur 65 sampai 75; diasumsikan",
        ("Laju keluar umur 65-75", "Exit rate 65-75"),
        ("Peluang setahun perajin berumur 65-75 tahun berhenti bekerja.", "The yearly chance that an artisan aged 65-75 stops working."),
    }
    exit_rate_over_75 {
        Demography, 0.3, "1/yr", [0.0, 1.0], [0.15, 0.5], true,
        Assumption("Yearly chance of stopping work after 75; assumed"),
        "Peluang tahunan berhenti bekerja setelah umur 75; diasumsikan",
        ("Laju keluar di atas 75", "Exit rate over 75"),
        ("Peluang setahun perajin di atas 75 tahun berhenti bekerja.", "The yearly chance that an artisan over 75 stops working."),
    }
    quit_rate_young {
        Demography, 0.1, "1/yr", [0.0, 1.0], [0.05, 0.5], true,
        Assumption("Young people in batik towns prefer factory work (berita.murianews.com 2023-05-31) and wages are below the minimum (Tribun Jateng 2019-11-20); in Ethiopia only a third of young industrial hires were still in industrial work a year on (Blattman and Dercon 2018), a far higher quit rate in factory jobs found by lottery; artisans under 35 in family businesses are assumed to quit much less, 10% a year at today's wages, with the range reaching towards the Ethiopian figure"),
        "Anak muda di kota batik lebih memilih kerja pabrik (berita.murianews.com 2023-05-31) dan upahnya di bawah upah minimum (Tribun Jateng 2019-11-20); di Etiopia hanya sepertiga pekerja industri muda yang masih bekerja di industri setahun kemudian (Blattman dan Dercon 2018), tingkat keluar yang jauh lebih tinggi pada pekerjaan pabrik yang didapat lewat undian; perajin di bawah 35 tahun di usaha keluarga diasumsikan jauh lebih jarang keluar, 10% setahun pada upah sekarang, dengan kisaran yang menjangkau ke arah angka Etiopia",
        ("Laju berhenti kaum muda", "Quit rate of the young"),
        ("Peluang setahun perajin di bawah 35 tahun pindah ke pekerjaan lain, pada upah saat ini.", "The yearly chance that an artisan under 35 moves to other work, at today's wages."),
    }
    quit_wage_sensitivity {
        Demography, 2.0, "x", [0.0, 10.0], [0.5, 4.0], true,
        Assumption("How strongly quitting rises as a business's pay falls below the minimum wage; assumed"),
        "Seberapa kuat peluang keluar naik ketika upah di suatu usaha turun di bawah upah minimum; diasumsikan",
        ("Kepekaan berhenti pada upah", "Quit sensitivity to pay"),
        ("Seberapa kuat peluang berhenti naik bila upah usaha jauh di bawah upah minimum.", "How strongly the chance of quitting rises as a business's pay falls below the minimum wage."),
    }
    youth_pool_per_year {
        Demography, 3000.0, "n", [0.0, 50000.0], [2000.0, 4500.0], true,
        Assumption("About 300,000 residents (UNESCO, 2014) give about 4,500 people per year of age; those who grow up near batik and consider it each year are assumed"),
        "Sekitar 300.000 penduduk (UNESCO, 2014) memberi sekitar 4.500 orang per tahun umur; banyaknya yang tumbuh dekat dengan batik dan menimbangnya tiap tahun diasumsikan",
        ("Kaum muda yang menimbang batik", "Young people considering batik"),
        ("Banyaknya kaum muda (16-25) per tahun yang menimbang untuk bekerja di batik.", "The number of young people (16-25) a year who consider batik work."),
    }
    youth_entry_prob {
        Demography, 0.15, "0-1", [0.0, 1.0], [0.08, 0.25], true,
        Assumption("The study reports the young generation's low interest in batik; of more than 1,200 people trained by a Pekalongan CSR batik house about 300 became active artisans (Rumah Batik TBIG), an upper bound for those merely considering it; the chance at today's wages and standing is assumed"),
        "Kajian ini melaporkan rendahnya minat generasi muda pada batik; dari lebih dari 1.200 orang yang dilatih sebuah rumah batik CSR di Pekalongan, sekitar 300 menjadi perajin aktif (Rumah Batik TBIG), batas atas bagi mereka yang sekadar menimbangnya; peluang pada upah dan citra sekarang diasumsikan",
        ("Peluang kaum muda masuk", "Young people's entry chance"),
        ("Peluang seorang muda yang menimbang batik benar-benar masuk, pada upah dan citra saat ini.", "The chance that a young person considering batik enters, at today's wages and standing."),
    }
    entry_wage_sensitivity {
        Demography, 4.0, "logit", [0.0, 20.0], [1.0, 8.0], true,
        Assumption("Batik wages below the minimum wage (Tribun Jateng 2019-11-20) deter entrants; the change in log-odds of entering per unit of the wage-to-minimum ratio is assumed"),
        "Upah batik di bawah upah minimum (Tribun Jateng 2019-11-20) membuat calon pendatang enggan; perubahan log-odds untuk masuk per satuan rasio upah terhadap upah minimum diasumsikan",
        ("Kepekaan masuk pada upah", "Entry sensitivity to pay"),
        ("Perubahan log-odds masuk batik per satuan rasio upah terhadap upah minimum.", "The change in the log-odds of entering batik per unit of the wage-to-minimum ratio."),
    }
    youth_standing_sensitivity {
        Demography, 3.0, "logit", [0.0, 20.0], [1.0, 6.0], true,
        Assumption("Batik's standing with the young (school lessons, festivals, a modern image) moves their interest; the change in log-odds per unit of standing is assumed"),
        "Citra batik di mata anak muda (pelajaran di sekolah, festival, kesan modern) menggerakkan minat mereka; perubahan log-odds per satuan citra diasumsikan",
        ("Kepekaan kaum muda pada citra", "Youth sensitivity to standing"),
        ("Perubahan log-odds kaum muda masuk per satuan citra batik.", "The change in the log-odds of a young person entering per unit of batik's standing."),
    }
    adult_pool_per_year {
        Demography, 3000.0, "n", [0.0, 50000.0], [1500.0, 4500.0], true,
        Assumption("Batik labour has a daily spot market and is put out to home workers (antaranews video 951925; Wijaya et al., Undip): adults of working age also take it up; the number who consider it each year is assumed"),
        "Tenaga kerja batik punya pasar harian dan pekerjaan yang dibawa pulang ke rumah (video antaranews 951925; Wijaya et al., Undip): orang dewasa usia kerja juga mengambilnya; banyaknya yang menimbangnya tiap tahun diasumsikan",
        ("Orang dewasa yang menimbang batik", "Adults considering batik"),
        ("Banyaknya orang dewasa (26 tahun ke atas) per tahun yang menimbang untuk bekerja di batik.", "The number of adults (26 and over) a year who consider batik work."),
    }
    adult_entry_prob {
        Demography, 0.23, "0-1", [0.0, 1.0], [0.17, 0.29], true,
        Calibrated("The published counts of batik workers rose from 9,841 (2012) to 12,937 (2016), partly because the count widened from 632 units to 1,081 IKM: today's allocation is fitted to a workforce growing by 0 to 3% a year"),
        "Jumlah pekerja batik yang diterbitkan naik dari 9.841 (2012) menjadi 12.937 (2016), sebagian karena cakupan hitungannya meluas dari 632 unit menjadi 1.081 IKM: alokasi sekarang dicocokkan dengan tenaga kerja yang tumbuh 0 sampai 3% setahun",
        ("Peluang orang dewasa masuk", "Adults' entry chance"),
        ("Peluang seorang dewasa yang menimbang batik benar-benar masuk, pada upah saat ini.", "The chance that an adult considering batik enters, at today's wages."),
    }
    adult_entry_max_age {
        Demography, 60.0, "yr", [26.0, 80.0], [50.0, 65.0], true,
        Assumption("Adults who take up batik work are assumed to be 26 up to this age"),
        "Orang dewasa yang mulai bekerja batik diasumsikan berumur 26 sampai umur ini",
        ("Umur tertinggi pendatang dewasa", "Oldest adult entrant"),
        ("Umur tertinggi orang dewasa yang mulai bekerja di batik.", "The oldest age at which an adult starts batik work."),
    }
    standing_base {
        Demography, 0.3, "0-1", [0.0, 1.0], [0.2, 0.4], true,
        Assumption("Batik's standing with the young on a 0-1 scale without school lessons, festivals or a modern image is assumed"),
        "Citra batik di mata anak muda pada skala 0-1 tanpa pelajaran sekolah, festival atau kesan modern diasumsikan",
        ("Citra dasar batik", "Batik's base standing"),
        ("Citra batik di mata kaum muda tanpa dukungan strategi 2 dan 7.", "Batik's standing with the young without strategies 2 and 7."),
    }
    standing_lag_months {
        Demography, 24.0, "months", [1.0, 120.0], [12.0, 48.0], true,
        Assumption("A craft's image with the young changes slowly; the months to close about 63% of the gap to its target are assumed"),
        "Citra sebuah kerajinan di mata anak muda berubah pelan; lamanya bulan untuk menutup sekitar 63% kesenjangan menuju sasarannya diasumsikan",
        ("Lambatnya perubahan citra", "Standing lag"),
        ("Bulan untuk menutup sekitar 63% kesenjangan citra menuju sasarannya.", "The months to close about 63% of the gap between standing and its target."),
    }
    standing_competitiveness_feedback {
        Demography, 0.2, "0-1", [0.0, 1.0], [0.0, 0.4], true,
        Assumption("A thriving industry looks like a future to the young; the rise in standing per unit of competitiveness relative to the start is assumed"),
        "Industri yang berkembang tampak seperti masa depan bagi anak muda; kenaikan citra per satuan daya saing dibanding awal diasumsikan",
        ("Pengaruh daya saing pada citra", "Competitiveness's effect on standing"),
        ("Kenaikan citra batik per satuan daya saing relatif terhadap awal.", "The rise in standing per unit of competitiveness relative to the start."),
    }
    business_turnover_rate {
        Demography, 0.06, "1/yr", [0.0, 1.0], [0.03, 0.1], true,
        Assumption("In Kenya's markets 85% of small firms survived three years (McKenzie and Puerto 2021), about 5% closing a year; the yearly rate at which batik businesses close, and new ones open, at today's competitiveness is assumed near that"),
        "Di pasar-pasar Kenya 85% usaha kecil bertahan tiga tahun (McKenzie dan Puerto 2021), sekitar 5% tutup setahun; laju tahunan usaha batik tutup, dan usaha baru dibuka, pada daya saing sekarang diasumsikan mendekati angka itu",
        ("Laju usaha tutup dan buka", "Business turnover rate"),
        ("Peluang setahun usaha tutup (dan laju usaha baru dibuka) pada daya saing saat ini.", "The yearly chance that a business closes (and the rate new ones open) at today's competitiveness."),
    }
    closure_score_sensitivity {
        Demography, 2.0, "x", [0.0, 10.0], [1.0, 4.0], true,
        Assumption("Less competitive businesses close more often, and a thriving industry draws new ones; the strength is assumed"),
        "Usaha yang kurang berdaya saing lebih sering tutup, dan industri yang berkembang menarik usaha baru; kekuatannya diasumsikan",
        ("Kepekaan tutup pada daya saing", "Closure sensitivity to competitiveness"),
        ("Seberapa kuat peluang tutup naik bila skor daya saing usaha rendah.", "How strongly the chance of closing rises as a business's competitiveness score falls."),
    }
    closure_stay_share {
        Demography, 0.85, "0-1", [0.0, 1.0], [0.7, 0.95], true,
        Assumption("Batik labour has a daily spot market (published accounts of the industry's labour): most artisans of a closed business find work in another; the share is assumed"),
        "Tenaga kerja batik punya pasar harian (uraian terbitan tentang tenaga kerja industri ini): sebagian besar perajin dari usaha yang tutup mendapat kerja di usaha lain; bagiannya diasumsikan",
        ("Bagian yang tetap di batik", "Share staying in batik"),
        ("Bagian perajin dari usaha yang tutup yang bekerja di usaha batik lain.", "The share of a closed business's artisans who find work in another batik business."),
    }
    business_birth_factor {
        Demography, 1.1, "x", [0.0, 10.0], [0.95, 1.25], true,
        Calibrated("Batik businesses numbered 1,081 IKM (2016) and about 1,300 UMKM (2021): new businesses open at this multiple of today's closure rate, so that with the closures of businesses whose last artisans leave the count stays within that range under today's allocation"),
        "Usaha batik berjumlah 1.081 IKM (2016) dan sekitar 1.300 UMKM (2021): usaha baru dibuka sebanyak kelipatan ini dari laju penutupan sekarang, sehingga bersama penutupan usaha yang ditinggal perajin terakhirnya jumlahnya tetap dalam kisaran itu pada alokasi sekarang",
        ("Pengali usaha baru", "New-business factor"),
        ("Laju usaha baru dibuka, sebagai kelipatan laju usaha tutup pada alokasi saat ini.", "The rate at which new businesses open, as a multiple of today's closure rate."),
    }
    hire_base_share {
        Demography, 0.1, "0-1", [0.0, 1.0], [0.03, 0.3], true,
        Assumption("Job seekers go where there are vacancies: a business's hiring weight is its vacancies (desired artisans less those it has) plus this share of its desired artisans, so that when every business is at its desired size hiring follows size; assumed"),
        "Pencari kerja pergi ke tempat yang ada lowongan: bobot perekrutan sebuah usaha adalah lowongannya (perajin yang diinginkan dikurangi yang sudah ada) ditambah bagian ini dari perajin yang diinginkannya, sehingga bila semua usaha sudah berukuran yang diinginkan, perekrutan mengikuti ukuran; diasumsikan",
        ("Perekrutan dasar", "Base hiring"),
        ("Bagian ukuran yang diinginkan usaha yang tetap menarik pencari kerja walau tanpa lowongan.", "The share of a business's desired size that draws job seekers even without vacancies."),
    }
    hire_score_power {
        Demography, 1.0, "x", [0.0, 6.0], [0.5, 2.0], true,
        Assumption("A business wants more artisans as it becomes more competitive: its desired size is its size at the start (or founding) times (score / score then) to this power; assumed"),
        "Usaha menginginkan lebih banyak perajin ketika daya saingnya naik: ukuran yang diinginkan adalah ukurannya pada awal (atau saat didirikan) dikali (skor / skor saat itu) pangkat ini; diasumsikan",
        ("Pengaruh daya saing pada perekrutan", "Score's effect on hiring"),
        ("Pangkat kenaikan skor daya saing dalam ukuran yang diinginkan usaha.", "The power of the rise in a business's competitiveness score in its desired size."),
    }

    // ---------------------------------------------------------------- training
    training_cost_rp_juta {
        Training, 1.5, "Rp juta", [0.1, 50.0], [0.5, 5.0], true,
        Assumption("Cost of one training place (trainer, venue, materials, a few days in a kampung batik): a Rp 1.4 bn quality programme (2009, fibre2fashion 71586) would pay for about a thousand places; multi-week business courses elsewhere cost a few hundred US dollars (Rp 3-6 m) a participant (McKenzie 2021), short local ones less; assumed between"),
        "Biaya satu tempat pelatihan (pelatih, tempat, bahan, beberapa hari di kampung batik): program mutu senilai Rp 1,4 miliar (2009, fibre2fashion 71586) cukup untuk sekitar seribu tempat; kursus usaha beberapa minggu di tempat lain berbiaya beberapa ratus dolar AS (Rp 3-6 juta) per peserta (McKenzie 2021), kursus lokal yang singkat lebih murah; diasumsikan di antaranya",
        ("Biaya satu tempat pelatihan", "Cost of one training place"),
        ("Biaya satu tempat pelatihan untuk satu perajin.", "The cost of one training place for one artisan."),
    }
    quality_training_capacity {
        Training, 3000.0, "n", [10.0, 100000.0], [1500.0, 5000.0], true,
        Assumption("The most skills-training places a year the agency, trainers and venues can run, however much money there is; assumed"),
        "Tempat pelatihan keterampilan paling banyak setahun yang sanggup diselenggarakan dinas, pelatih dan tempatnya, berapa pun dananya; diasumsikan",
        ("Kapasitas pelatihan keterampilan", "Skills-training capacity"),
        ("Tempat pelatihan keterampilan terbanyak yang dapat diselenggarakan setahun.", "The most skills-training places that can be run in a year."),
    }
    tech_training_capacity {
        Training, 2000.0, "n", [10.0, 100000.0], [1000.0, 4000.0], true,
        Assumption("The most technology-literacy training places a year; assumed"),
        "Tempat pelatihan literasi teknologi paling banyak setahun; diasumsikan",
        ("Kapasitas pelatihan teknologi", "Technology-training capacity"),
        ("Tempat pelatihan literasi teknologi terbanyak yang dapat diselenggarakan setahun.", "The most technology-literacy training places that can be run in a year."),
    }
    quality_training_budget_share {
        Training, 0.7, "0-1", [0.0, 1.0], [0.5, 0.9], true,
        Assumption("Strategy 4's budget is spent once: this share on skills-training places, the rest on quality certification (Batikmark tests cost about Rp 1.7 m, SNI about Rp 10 m a business); the split is assumed"),
        "Anggaran strategi 4 dibelanjakan sekali: bagian ini untuk tempat pelatihan keterampilan, sisanya untuk sertifikasi mutu (uji Batikmark sekitar Rp 1,7 juta, SNI sekitar Rp 10 juta per usaha); pembagiannya diasumsikan",
        ("Bagian anggaran mutu untuk pelatihan", "Quality budget's share for training"),
        ("Bagian anggaran strategi 4 untuk tempat pelatihan keterampilan; sisanya untuk sertifikasi.", "The share of strategy 4's budget spent on skills-training places; the rest goes to certification."),
    }
    tech_training_budget_share {
        Training, 0.6, "0-1", [0.0, 1.0], [0.4, 0.8], true,
        Assumption("Strategy 7's budget is spent once: this share on technology-literacy training places, the rest on technology support, online selling and batik's image; the split is assumed"),
        "Anggaran strategi 7 dibelanjakan sekali: bagian ini untuk tempat pelatihan literasi teknologi, sisanya untuk dukungan teknologi, penjualan daring dan citra batik; pembagiannya diasumsikan",
        ("Bagian anggaran teknologi untuk pelatihan", "Technology budget's share for training"),
        ("Bagian anggaran strategi 7 untuk tempat pelatihan literasi teknologi.", "The share of strategy 7's budget spent on technology-literacy training places."),
    }
    offer_targeting_connected {
        Training, 1.0, "x", [0.0, 10.0], [0.0, 3.0], true,
        Assumption("Invitations to training go through cooperatives and mentoring links, so connected businesses get more; the extra weight is assumed"),
        "Undangan pelatihan disalurkan lewat koperasi dan hubungan pendampingan, jadi usaha yang terhubung mendapat lebih banyak; tambahan bobotnya diasumsikan",
        ("Tambahan undangan bagi usaha terhubung", "Extra invitations for connected businesses"),
        ("Tambahan bobot undangan pelatihan bagi usaha anggota koperasi aktif atau yang didampingi.", "The extra weight in training invitations for businesses in an active cooperative or mentored."),
    }
    max_offer_share_month {
        Training, 0.25, "0-1", [0.01, 0.5], [0.1, 0.4], true,
        Assumption("A business cannot send more than a quarter of its artisans to training in one month and keep working; assumed"),
        "Sebuah usaha tidak dapat mengirim lebih dari seperempat perajinnya ke pelatihan dalam sebulan sambil tetap berproduksi; diasumsikan",
        ("Batas undangan sebulan", "Most invited a month"),
        ("Bagian terbesar perajin satu usaha yang dapat ditawari pelatihan dalam sebulan.", "The largest share of one business's artisans that can be offered training in a month."),
    }
    reach_base {
        Training, 0.85, "0-1", [0.0, 1.0], [0.7, 0.95], true,
        Calibrated("about 60% of the skills places offered reach the artisan under today's allocation (331 of 545 a year), the chance being for a young, technology-literate artisan before the age and technology barriers; business training elsewhere is attended by about 65% of those invited, 40-90% across studies (McKenzie and Woodruff 2014)"),
        "sekitar 60% tempat pelatihan keterampilan yang ditawarkan menjangkau perajin pada alokasi sekarang (331 dari 545 setahun), peluang ini untuk perajin muda yang melek teknologi sebelum hambatan umur dan teknologi; pelatihan usaha di tempat lain dihadiri sekitar 65% dari yang diundang, 40-90% di berbagai kajian (McKenzie dan Woodruff 2014)",
        ("Peluang dasar terjangkau", "Base chance of being reached"),
        ("Peluang tempat pelatihan yang ditawarkan benar-benar menjangkau perajin muda yang melek teknologi.", "The chance that an offered place reaches a young, technology-literate artisan."),
    }
    reach_age_penalty {
        Training, 0.4, "0-1", [0.0, 1.0], [0.2, 0.6], true,
        Assumption("The study's first obstacle: training does not reach many artisans; the loss for the oldest, partly offset by follow-up, is assumed"),
        "Hambatan pertama dalam kajian ini: pelatihan tidak sampai kepada banyak perajin; kehilangan bagi yang paling tua, sebagian diimbangi pendampingan lanjutan, diasumsikan",
        ("Hambatan umur untuk terjangkau", "Age barrier to being reached"),
        ("Berkurangnya peluang terjangkau bagi perajin tertua (70 tahun ke atas).", "The loss in the chance of being reached for the oldest artisans (70 and over)."),
    }
    reach_tech_penalty {
        Training, 0.4, "0-1", [0.0, 1.0], [0.2, 0.6], true,
        Assumption("Artisans not at ease with technology (Radar Jateng 2021-03-19) follow training less; the size, reduced by technology support, is assumed"),
        "Perajin yang gagap teknologi (Radar Jateng 2021-03-19) lebih jarang mengikuti pelatihan; besarnya, yang dikurangi oleh dukungan teknologi, diasumsikan",
        ("Hambatan teknologi untuk terjangkau", "Technology barrier to being reached"),
        ("Berkurangnya peluang terjangkau bagi perajin yang sama sekali tidak melek teknologi.", "The loss in the chance of being reached for an artisan with no technology literacy."),
    }
    tech_training_barrier_share {
        Training, 0.5, "0-1", [0.0, 1.0], [0.25, 0.75], true,
        Assumption("Technology training is made for those not at ease with technology, so its technology barrier is this share of other training's; assumed"),
        "Pelatihan teknologi dibuat untuk mereka yang gagap teknologi, jadi hambatan teknologinya sebesar bagian ini dari hambatan pelatihan lain; diasumsikan",
        ("Hambatan pada pelatihan teknologi", "Barrier in technology training"),
        ("Bagian hambatan teknologi yang tersisa pada pelatihan literasi teknologi.", "The share of the technology barrier left in technology-literacy training."),
    }
    followup_reach_offset {
        Training, 0.5, "0-1", [0.0, 1.0], [0.25, 0.75], true,
        Assumption("Mentors and colleagues bring older artisans along to training; the share of the age barrier full follow-up removes is assumed"),
        "Pendamping dan rekan kerja mengajak perajin yang lebih tua ikut pelatihan; bagian hambatan umur yang dihapus oleh pendampingan lanjutan penuh diasumsikan",
        ("Pendampingan mengurangi hambatan umur", "Follow-up against the age barrier"),
        ("Bagian hambatan umur yang dihapus pendampingan penuh.", "The share of the age barrier that full follow-up removes."),
    }
    apply_base {
        Training, 0.6, "0-1", [0.0, 1.0], [0.4, 0.8], true,
        Assumption("Chance that a reached, young, literate artisan starts applying the training; assumed"),
        "Peluang perajin muda yang melek teknologi dan sudah terjangkau mulai menerapkan pelatihan; diasumsikan",
        ("Peluang dasar menerapkan", "Base chance of applying"),
        ("Peluang perajin muda yang melek teknologi mulai menerapkan pelatihan yang diikutinya.", "The chance that a young, technology-literate artisan who was reached starts applying it."),
    }
    apply_age_penalty {
        Training, 0.5, "0-1", [0.0, 1.0], [0.2, 0.7], true,
        Assumption("Older artisans change their ways less; the loss for the oldest, offset by follow-up, is assumed"),
        "Perajin yang lebih tua lebih jarang mengubah cara kerjanya; kehilangan bagi yang paling tua, diimbangi pendampingan lanjutan, diasumsikan",
        ("Hambatan umur untuk menerapkan", "Age barrier to applying"),
        ("Berkurangnya peluang menerapkan bagi perajin tertua tanpa pendampingan.", "The loss in the chance of applying for the oldest artisans without follow-up."),
    }
    apply_tech_penalty {
        Training, 0.5, "0-1", [0.0, 1.0], [0.2, 0.7], true,
        Assumption("Applying modern methods needs some technology literacy; the loss, reduced by technology support, is assumed"),
        "Menerapkan cara kerja modern memerlukan sedikit literasi teknologi; kehilangannya, yang dikurangi oleh dukungan teknologi, diasumsikan",
        ("Hambatan teknologi untuk menerapkan", "Technology barrier to applying"),
        ("Berkurangnya peluang menerapkan bagi perajin yang sama sekali tidak melek teknologi.", "The loss in the chance of applying for an artisan with no technology literacy."),
    }
    followup_apply_gain {
        Training, 0.3, "0-1", [0.0, 1.0], [0.1, 0.5], true,
        Assumption("Training with on-site coaching raised value added where classroom training alone did not (Higuchi, Mhede and Sonobe 2019, Tanzania); mentoring and localisation are among the approaches that do better than traditional training (McKenzie 2021); the gain in the chance of applying at full follow-up is assumed"),
        "Pelatihan dengan pendampingan di tempat kerja menaikkan nilai tambah, sedangkan pelatihan di kelas saja tidak (Higuchi, Mhede dan Sonobe 2019, Tanzania); pendampingan dan penyesuaian dengan keadaan setempat termasuk cara yang hasilnya lebih baik daripada pelatihan biasa (McKenzie 2021); kenaikan peluang menerapkan pada pendampingan lanjutan penuh diasumsikan",
        ("Pendampingan menaikkan penerapan", "Follow-up raises applying"),
        ("Tambahan peluang menerapkan pelatihan pada pendampingan penuh.", "The extra chance of applying training at full follow-up."),
    }
    followup_peer_weight {
        Training, 0.3, "0-1", [0.0, 1.0], [0.1, 0.5], true,
        Assumption("Colleagues who apply training are follow-up too; the weight of the business's own share applying is assumed"),
        "Rekan kerja yang menerapkan pelatihan juga menjadi pendamping; bobot bagian perajin di usaha itu sendiri yang menerapkan diasumsikan",
        ("Bobot rekan kerja dalam pendampingan", "Colleagues' weight in follow-up"),
        ("Bobot bagian rekan kerja yang menerapkan pelatihan dalam pendampingan.", "The weight of the share of colleagues applying training in follow-up."),
    }
    followup_link_weight {
        Training, 0.1, "0-1", [0.0, 1.0], [0.0, 0.2], true,
        Assumption("Linked businesses that apply training add a little follow-up; the weight is assumed"),
        "Usaha terhubung yang menerapkan pelatihan menambah sedikit pendampingan; bobotnya diasumsikan",
        ("Bobot usaha bertaut dalam pendampingan", "Links' weight in follow-up"),
        ("Bobot bagian perajin penerap di usaha bertaut dalam pendampingan.", "The weight of linked businesses' shares applying in follow-up."),
    }
    stop_rate {
        Training, 0.012, "1/month", [0.0, 1.0], [0.004, 0.03], true,
        Evidence("Practices taught fade without follow-up: from little fade over three years (Higuchi et al.) to full reversion (Karlan, Knight and Udry 2015); 1.2% a month, about 13% a year without follow-up, by default"),
        "Praktik yang diajarkan memudar tanpa pendampingan lanjutan: dari sedikit memudar selama tiga tahun (Higuchi et al.) sampai kembali sepenuhnya ke cara lama (Karlan, Knight dan Udry 2015); bawaannya 1,2% sebulan, sekitar 13% setahun tanpa pendampingan",
        ("Laju berhenti menerapkan", "Rate of stopping"),
        ("Peluang sebulan perajin penerap berhenti menerapkan, tanpa pendampingan.", "The monthly chance that an artisan stops applying training, without follow-up."),
    }
    stop_age_mult {
        Training, 0.5, "x", [0.0, 3.0], [0.0, 1.0], true,
        Assumption("Older artisans drift back to old ways more; the extra for the oldest is assumed"),
        "Perajin yang lebih tua lebih mudah kembali ke cara lama; tambahan bagi yang paling tua diasumsikan",
        ("Tambahan berhenti bagi perajin tua", "Extra stopping for the old"),
        ("Tambahan relatif peluang berhenti bagi perajin tertua.", "The relative extra chance of stopping for the oldest artisans."),
    }
    late_adoption_rate {
        Training, 0.05, "1/month", [0.0, 1.0], [0.02, 0.1], true,
        Assumption("Follow-up mainly brings training's effects forward (Valdivia 2015, Peru: those with technical assistance gained first, the others caught up a year later); the monthly chance that a trained artisan starts late at full follow-up is assumed"),
        "Pendampingan lanjutan terutama mempercepat dampak pelatihan (Valdivia 2015, Peru: yang mendapat bantuan teknis lebih dulu naik, yang lain menyusul setahun kemudian); peluang bulanan perajin terlatih mulai menerapkan belakangan pada pendampingan penuh diasumsikan",
        ("Laju mulai menerapkan kemudian", "Late start rate"),
        ("Peluang sebulan perajin terlatih mulai menerapkan kemudian, pada pendampingan penuh.", "The monthly chance that a trained artisan starts applying later, at full follow-up."),
    }
    peer_spread_q {
        Training, 0.38, "1/yr", [0.0, 5.0], [0.2, 0.55], true,
        Assumption("Imitation in Bass diffusion: the mean q of 0.38 in Sultan, Farley and Lehmann's meta-analysis (1990) of consumer durables, 0.38-0.53 across reviews (Chandrasekaran and Tellis 2007); used for practice and online selling spreading between peers, an analogy, not a measurement"),
        "Peniruan dalam difusi Bass: rata-rata q 0,38 dalam meta-analisis Sultan, Farley dan Lehmann (1990) tentang barang konsumsi tahan lama, 0,38-0,53 di berbagai tinjauan (Chandrasekaran dan Tellis 2007); dipakai untuk penyebaran praktik dan penjualan daring antarrekan, sebuah analogi, bukan hasil pengukuran",
        ("Laju tiru antarrekan", "Peer imitation rate"),
        ("Laju setahun menyebarnya praktik dari perajin (atau usaha) penerap ke rekannya.", "The yearly rate at which practice spreads from artisans (or businesses) who apply it to their peers."),
    }
    peer_link_weight {
        Training, 0.25, "0-1", [0.0, 2.0], [0.1, 0.5], true,
        Evidence("Garment makers in Ghana shared a new technique with firms that needed it for a contract but much less with competitors (Hardy and McCasland 2021); managers linked in a field experiment in Ethiopia, Tanzania and Zambia passed on formalisation (VAT registration, a bank account) but not other practices (Fafchamps and Quinn 2018, WBER); each linked business counts for a quarter of a business's own colleagues"),
        "Pembuat pakaian di Ghana berbagi teknik baru dengan perusahaan yang membutuhkannya untuk suatu pesanan tetapi jauh lebih jarang dengan pesaing (Hardy dan McCasland 2021); pengelola yang dipertautkan dalam eksperimen lapangan di Etiopia, Tanzania dan Zambia meneruskan formalisasi (pendaftaran PPN, rekening bank) tetapi tidak praktik lain (Fafchamps dan Quinn 2018, WBER); tiap usaha yang terhubung dihitung seperempat dari rekan kerja di usaha sendiri",
        ("Bobot usaha bertaut dalam tiru", "Links' weight in imitation"),
        ("Bobot perajin penerap di usaha bertaut, dibanding rekan sendiri, dalam penyebaran praktik.", "The weight of appliers in linked businesses, against one's own colleagues, in the spread of practice."),
    }
    training_obsolescence_rate {
        Training, 0.1, "1/yr", [0.0, 1.0], [0.05, 0.3], true,
        Evidence("Training content dates and practices fade (Karlan, Knight and Udry 2015; McKenzie 2021); each year this share of artisans' training no longer counts as current, and who applied it stops; about 10% a year by default"),
        "Isi pelatihan menjadi usang dan praktiknya memudar (Karlan, Knight dan Udry 2015; McKenzie 2021); tiap tahun sebesar bagian ini pelatihan perajin tidak lagi terhitung berlaku, dan yang menerapkannya berhenti; bawaannya sekitar 10% setahun",
        ("Laju usangnya pelatihan", "Training obsolescence rate"),
        ("Peluang setahun pelatihan seorang perajin tidak lagi terhitung mutakhir.", "The yearly chance that an artisan's training no longer counts as current."),
    }
    tech_training_gain {
        Training, 0.3, "0-1", [0.0, 1.0], [0.15, 0.5], true,
        Assumption("No estimate of a training's effect on literacy was found; three weeks of digital-marketing training and a month of assistance left 3 of 15 Indonesian micro-enterprises (20%) able to advertise online (Nasvian et al. 2021), an outcome, not a literacy gap: training moves some, not all; the part of the literacy gap one technology place closes is assumed near a third"),
        "Tidak ditemukan taksiran dampak pelatihan pada literasi; tiga minggu pelatihan pemasaran digital dan sebulan pendampingan membuat 3 dari 15 usaha mikro di Indonesia (20%) mampu beriklan daring (Nasvian et al. 2021), sebuah hasil, bukan kesenjangan literasi: pelatihan menggerakkan sebagian, tidak semua; bagian kesenjangan literasi yang ditutup satu tempat pelatihan teknologi diasumsikan sekitar sepertiga",
        ("Kenaikan literasi dari pelatihan", "Literacy gain from training"),
        ("Bagian kesenjangan literasi teknologi yang tertutup oleh satu pelatihan teknologi.", "The part of the technology-literacy gap one technology training closes."),
    }
    tech_learning_rate {
        Training, 0.008, "1/yr", [0.0, 1.0], [0.002, 0.02], true,
        Assumption("Artisans pick some technology up on their own (phones, younger colleagues); Indonesia's digital literacy index rises about 1% a year (3.46 in 2020 to 3.54 in 2022, Kominfo-Katadata), a national level, not a gap closed: the yearly share of an artisan's gap closed is assumed below 1%"),
        "Perajin belajar sebagian teknologi sendiri (dari ponsel, rekan yang lebih muda); indeks literasi digital Indonesia naik sekitar 1% setahun (3,46 pada 2020 menjadi 3,54 pada 2022, Kominfo-Katadata), sebuah tingkat nasional, bukan kesenjangan yang tertutup: bagian kesenjangan perajin yang tertutup tiap tahun diasumsikan di bawah 1%",
        ("Laju belajar teknologi sendiri", "Self-taught technology rate"),
        ("Bagian kesenjangan literasi teknologi yang tertutup setahun tanpa pelatihan.", "The yearly share of the literacy gap closed without training."),
    }
    tech_learning_age_penalty {
        Training, 0.5, "0-1", [0.0, 1.0], [0.2, 0.8], true,
        Assumption("Digital literacy is lower for older people (Kominfo-Katadata 2021: 'high' for 60% of Gen Z, 28% of baby boomers): the oldest learn this much slower; the size is assumed"),
        "Literasi digital lebih rendah pada orang yang lebih tua (Kominfo-Katadata 2021: 'tinggi' untuk 60% Gen Z, 28% baby boomer): yang paling tua belajar sebanyak ini lebih lambat; besarnya diasumsikan",
        ("Hambatan umur belajar teknologi", "Age barrier to learning technology"),
        ("Berkurangnya laju belajar teknologi sendiri bagi perajin tertua.", "The loss in the self-taught technology rate for the oldest artisans."),
    }
    tech_learning_online_mult {
        Training, 2.0, "x", [1.0, 5.0], [1.0, 3.0], true,
        Assumption("Artisans in a business that sells online learn technology faster, from colleagues and customers; the multiplier is assumed"),
        "Perajin di usaha yang berjualan daring belajar teknologi lebih cepat, dari rekan kerja dan pelanggan; pengalinya diasumsikan",
        ("Belajar di usaha daring", "Learning in an online business"),
        ("Pengali laju belajar teknologi sendiri di usaha yang menjual daring.", "The multiplier on the self-taught rate in a business that sells online."),
    }

    // ---------------------------------------------------------------- strategies
    delivery_min {
        Strategies, 0.85, "0-1", [0.1, 1.0], [0.7, 0.95], true,
        Assumption("Batik work is split between three offices (trade and SME; environment; tourism, culture and youth; pekalongankota.go.id, 2016-23) and a single batik unit was proposed in 2023: without priority status this share of each budget reaches the field; it acts once, on what each rupiah buys"),
        "Urusan batik terbagi di tiga dinas (perdagangan dan UMKM; lingkungan hidup; pariwisata, kebudayaan dan kepemudaan; pekalongankota.go.id, 2016-23) dan satu unit batik tersendiri diusulkan pada 2023: tanpa status prioritas, sebesar bagian ini dari tiap anggaran yang sampai ke lapangan; ia bekerja sekali, pada apa yang dibeli tiap rupiah",
        ("Penyampaian tanpa prioritas", "Delivery without priority"),
        ("Bagian anggaran tiap program yang sampai ke lapangan tanpa status prioritas (strategi 2).", "The share of each programme's budget that reaches the field without priority status (strategy 2)."),
    }
    budget_scale_flagship_exports {
        Strategies, 2000.0, "Rp juta/yr", [10.0, 1000000.0], [1000.0, 4000.0], true,
        Assumption("The budget at which strategy 1 reaches 63% of what it can do (effort = 1 - exp(-budget x delivery / this)); trade fairs and buyer meetings cost of the order of the Rp 275 m innovation exhibition of 2018 (Antara 198474); assumed"),
        "Anggaran yang membuat strategi 1 mencapai 63% dari yang dapat dicapainya (upaya = 1 - exp(-anggaran x penyaluran / nilai ini)); pameran dagang dan temu pembeli berbiaya sekitar pameran inovasi Rp 275 juta pada 2018 (Antara 198474); diasumsikan",
        ("Skala anggaran strategi 1", "Budget scale of strategy 1"),
        ("Anggaran setahun yang membawa strategi 1 ke 63% dari yang dapat dicapainya.", "The yearly budget that takes strategy 1 to 63% of what it can do."),
    }
    budget_scale_government_priority {
        Strategies, 800.0, "Rp juta/yr", [10.0, 1000000.0], [400.0, 1600.0], true,
        Assumption("The budget at which strategy 2 (a coordinating batik unit, school lessons, festivals) reaches 63% of what it can do; assumed"),
        "Anggaran yang membuat strategi 2 (unit batik yang mengoordinasi, pelajaran di sekolah, festival) mencapai 63% dari yang dapat dicapainya; diasumsikan",
        ("Skala anggaran strategi 2", "Budget scale of strategy 2"),
        ("Anggaran setahun yang membawa strategi 2 ke 63% dari yang dapat dicapainya.", "The yearly budget that takes strategy 2 to 63% of what it can do."),
    }
    budget_scale_networking {
        Strategies, 800.0, "Rp juta/yr", [10.0, 1000000.0], [400.0, 1600.0], true,
        Assumption("The budget at which strategy 3 (meetings, university and agency mentoring) reaches 63% of what it can do; group meetings of managers cost under US$ 100 a firm a year in China (Cai and Szeidl 2018), mentoring more; assumed"),
        "Anggaran yang membuat strategi 3 (pertemuan, pendampingan oleh perguruan tinggi dan dinas) mencapai 63% dari yang dapat dicapainya; pertemuan kelompok pengelola usaha berbiaya di bawah US$ 100 per perusahaan setahun di Tiongkok (Cai dan Szeidl 2018), pendampingan lebih mahal; diasumsikan",
        ("Skala anggaran strategi 3", "Budget scale of strategy 3"),
        ("Anggaran setahun yang membawa strategi 3 ke 63% dari yang dapat dicapainya.", "The yearly budget that takes strategy 3 to 63% of what it can do."),
    }
    budget_scale_certification {
        Strategies, 800.0, "Rp juta/yr", [10.0, 1000000.0], [400.0, 1600.0], true,
        Assumption("The budget at which strategy 4's certification part reaches 63% of what it can do; a Batikmark test costs about Rp 1.7 m and SNI certification about Rp 10 m a business (Kemenperin); assumed"),
        "Anggaran yang membuat bagian sertifikasi strategi 4 mencapai 63% dari yang dapat dicapainya; uji Batikmark berbiaya sekitar Rp 1,7 juta dan sertifikasi SNI sekitar Rp 10 juta per usaha (Kemenperin); diasumsikan",
        ("Skala anggaran sertifikasi", "Budget scale of certification"),
        ("Anggaran sertifikasi setahun (bagian strategi 4) yang membawanya ke 63% dari yang dapat dicapai.", "The yearly certification budget (part of strategy 4) that takes it to 63% of what it can do."),
    }
    budget_scale_finance_credibility {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], [750.0, 3000.0], true,
        Assumption("The budget at which strategy 5 reaches 63% of what it can do; assumed"),
        "Anggaran yang membuat strategi 5 mencapai 63% dari yang dapat dicapainya; diasumsikan",
        ("Skala anggaran strategi 5", "Budget scale of strategy 5"),
        ("Anggaran setahun yang membawa strategi 5 ke 63% dari yang dapat dicapainya.", "The yearly budget that takes strategy 5 to 63% of what it can do."),
    }
    budget_scale_local_materials {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], [750.0, 3000.0], true,
        Assumption("The budget at which strategy 6 reaches 63% of what it can do; assumed"),
        "Anggaran yang membuat strategi 6 mencapai 63% dari yang dapat dicapainya; diasumsikan",
        ("Skala anggaran strategi 6", "Budget scale of strategy 6"),
        ("Anggaran setahun yang membawa strategi 6 ke 63% dari yang dapat dicapainya.", "The yearly budget that takes strategy 6 to 63% of what it can do."),
    }
    budget_scale_technology_support {
        Strategies, 1500.0, "Rp juta/yr", [10.0, 1000000.0], [750.0, 3000.0], true,
        Assumption("The budget at which strategy 7's support part (beyond its training places) reaches 63% of what it can do; assumed"),
        "Anggaran yang membuat bagian dukungan strategi 7 (di luar tempat pelatihannya) mencapai 63% dari yang dapat dicapainya; diasumsikan",
        ("Skala anggaran dukungan teknologi", "Budget scale of technology support"),
        ("Anggaran dukungan teknologi setahun (bagian strategi 7) yang membawanya ke 63% dari yang dapat dicapai.", "The yearly technology-support budget (part of strategy 7) that takes it to 63% of what it can do."),
    }
    export_upgrade_gain {
        Strategies, 3.0, "x", [0.0, 20.0], [1.0, 6.0], true,
        Assumption("Trade fairs and buyer meetings match businesses with foreign buyers, as the export orders of Atkin, Khandelwal and Osman (2017) did; at full effort strategy 1 multiplies the chance of moving up to export by (1 + this) relative to none; assumed"),
        "Pameran dagang dan temu pembeli mempertemukan usaha dengan pembeli luar negeri, seperti pesanan ekspor dalam Atkin, Khandelwal dan Osman (2017); pada upaya penuh strategi 1 mengalikan peluang naik ke ekspor dengan (1 + nilai ini) dibanding tanpa upaya; diasumsikan",
        ("Kekuatan promosi ekspor", "Strength of export promotion"),
        ("Pengali tambahan peluang naik ke pasar ekspor pada upaya strategi 1 penuh.", "The extra multiplier on the chance of moving up to export markets at full strategy-1 effort."),
    }
    national_upgrade_gain {
        Strategies, 1.0, "x", [0.0, 20.0], [0.3, 3.0], true,
        Assumption("Domestic fairs (Pekan Batik Nusantara sold Rp 2.3 bn in 2023, Antara 3799074) bring national buyers; at full effort strategy 1 multiplies the chance of moving up from local to national by (1 + this); assumed"),
        "Pameran dalam negeri (Pekan Batik Nusantara membukukan penjualan Rp 2,3 miliar pada 2023, Antara 3799074) mendatangkan pembeli nasional; pada upaya penuh strategi 1 mengalikan peluang naik dari pasar lokal ke nasional dengan (1 + nilai ini); diasumsikan",
        ("Kekuatan promosi nasional", "Strength of national promotion"),
        ("Pengali tambahan peluang naik dari pasar lokal ke nasional pada upaya strategi 1 penuh.", "The extra multiplier on the chance of moving up from local to national markets at full strategy-1 effort."),
    }
    flagship_productivity_gain {
        Strategies, 0.05, "0-1", [0.0, 1.0], [0.0, 0.1], true,
        Assumption("Support for flagship lines (designs, production planning) raises the productivity of businesses that sell nationally or export (not of those that only sell online) by up to this at full effort; assumed small"),
        "Dukungan bagi produk unggulan (desain, perencanaan produksi) menaikkan produktivitas usaha yang menjual ke pasar nasional atau mengekspor (bukan yang hanya berjualan daring) paling banyak sebesar ini pada upaya penuh; diasumsikan kecil",
        ("Kenaikan produktivitas lini unggulan", "Flagship productivity gain"),
        ("Kenaikan produktivitas usaha berpasar nasional atau ekspor pada upaya strategi 1 penuh.", "The productivity rise of businesses selling nationally or abroad at full strategy-1 effort."),
    }
    export_learning_quality_gain {
        Strategies, 0.07, "0-1", [0.0, 1.0], [0.03, 0.12], true,
        Assumption("Egyptian rug weavers given export orders improved quality by 0.79 points on a 1-5 scale (control mean 2.96) after about five months and earned 15-26% more (Atkin, Khandelwal and Osman 2017, QJE 132(2)): learning by exporting; 0.79 of 4 scale points is 0.2 on a 0-1 scale, of which about a third is assumed for exporters who also sell at home"),
        "Penenun karpet di Mesir yang mendapat pesanan ekspor memperbaiki mutu 0,79 poin pada skala 1-5 (rata-rata kelompok pembanding 2,96) setelah sekitar lima bulan dan berpenghasilan 15-26% lebih besar (Atkin, Khandelwal dan Osman 2017, QJE 132(2)): belajar dari mengekspor; 0,79 dari 4 poin skala sama dengan 0,2 pada skala 0-1, dan sekitar sepertiganya diasumsikan berlaku bagi pengekspor yang juga menjual di dalam negeri",
        ("Belajar dari ekspor", "Learning by exporting"),
        ("Kenaikan sasaran mutu usaha selama menjual ke luar negeri.", "The rise in a business's quality target while it sells abroad."),
    }
    standing_priority_gain {
        Strategies, 0.2, "0-1", [0.0, 1.0], [0.1, 0.3], true,
        Assumption("School lessons, festivals and priority status raise batik's standing with the young by up to this; assumed"),
        "Pelajaran di sekolah, festival dan status prioritas menaikkan citra batik di mata anak muda paling banyak sebesar ini; diasumsikan",
        ("Citra batik dari prioritas", "Standing from priority"),
        ("Kenaikan citra batik di mata kaum muda pada upaya strategi 2 penuh.", "The rise in batik's standing with the young at full strategy-2 effort."),
    }
    standing_technology_gain {
        Strategies, 0.15, "0-1", [0.0, 1.0], [0.05, 0.25], true,
        Assumption("A modern image (technology with local wisdom) raises batik's standing with the young by up to this; assumed"),
        "Kesan modern (teknologi berkearifan lokal) menaikkan citra batik di mata anak muda paling banyak sebesar ini; diasumsikan",
        ("Citra batik dari teknologi", "Standing from technology"),
        ("Kenaikan citra batik di mata kaum muda pada upaya dukungan strategi 7 penuh.", "The rise in batik's standing with the young at full strategy-7 support effort."),
    }
    link_formation_gain {
        Strategies, 2.0, "x", [0.0, 20.0], [0.5, 4.0], true,
        Assumption("New links form at the rate that keeps today's network steady at today's allocation; at full effort strategy 3 multiplies it by (1 + this) relative to no effort. Managers' meetings do create links (Cai and Szeidl 2018; Fafchamps and Quinn 2018), but most links between batik businesses come from trade (work put out to other workshops, shared suppliers, the wholesale markets), so today's Rp 400 million is assumed to sustain about two fifths of today's link formation (with no budget it falls to 0.58 of today's); the former value 4 made it three fifths; assumed"),
        "Hubungan baru terbentuk dengan laju yang menjaga jaringan sekarang tetap pada alokasi sekarang; pada upaya penuh strategi 3 mengalikannya dengan (1 + nilai ini) dibanding tanpa upaya. Pertemuan para pengelola memang membentuk hubungan (Cai dan Szeidl 2018; Fafchamps dan Quinn 2018), tetapi sebagian besar hubungan antarusaha batik lahir dari dagang (pekerjaan yang dialihkan ke bengkel lain, pemasok bersama, pasar grosir), jadi Rp 400 juta sekarang diasumsikan menopang sekitar dua perlima pembentukan tautan sekarang (tanpa anggaran turun menjadi 0,58 kali laju sekarang); nilai lama 4 menjadikannya tiga perlima; diasumsikan",
        ("Kekuatan pembentukan tautan", "Strength of link formation"),
        ("Pengali tambahan laju tautan antarusaha baru pada upaya strategi 3 penuh.", "The extra multiplier on the rate of new links between businesses at full strategy-3 effort."),
    }
    link_decay_rate {
        Strategies, 0.1, "1/yr", [0.0, 1.0], [0.05, 0.25], true,
        Assumption("The gains from managers' meetings persisted a year after the meetings ended (Cai and Szeidl 2018); links between businesses lapse slowly when not kept up; the yearly rate is assumed"),
        "Manfaat pertemuan para pengelola usaha bertahan setahun setelah pertemuan berakhir (Cai dan Szeidl 2018); hubungan antarusaha pelan-pelan putus bila tidak dirawat; laju tahunannya diasumsikan",
        ("Laju tautan putus", "Link decay rate"),
        ("Peluang setahun sebuah tautan antarusaha putus.", "The yearly chance that a link between businesses lapses."),
    }
    max_links {
        Strategies, 6.0, "n", [1.0, 6.0], [4.0, 6.0], false,
        Assumption("A business keeps up links with at most this many others; assumed"),
        "Sebuah usaha merawat hubungan dengan paling banyak sekian usaha lain; diasumsikan",
        ("Tautan terbanyak", "Most links"),
        ("Banyaknya tautan terbanyak satu usaha ke usaha lain.", "The most links one business keeps to others."),
    }
    mentoring_gain {
        Strategies, 3.0, "x", [0.0, 30.0], [1.0, 6.0], true,
        Assumption("Businesses gain mentoring links at the rate that keeps today's share steady at today's allocation; at full effort strategy 3 multiplies it by (1 + this) relative to no effort. Universities (community service), banks' and state firms' programmes and Dekranasda mentor batik businesses too (a CSR batik house trained more than 1,200 people in Pekalongan), so today's budget is assumed to sustain about half of today's mentoring (with no budget the rate falls to 0.48 of today's); the former value 6 made it seven tenths; mentoring on top of training raised the practices mentees adopted but not their profits in Ethiopia (Bakhtiar, Bastian and Goldstein 2021) and its gains faded once it ended in Kenya (Brooks, Donovan and Johnson 2018); assumed"),
        "Usaha mendapat hubungan pendampingan dengan laju yang menjaga bagian sekarang tetap pada alokasi sekarang; pada upaya penuh strategi 3 mengalikannya dengan (1 + nilai ini) dibanding tanpa upaya. Perguruan tinggi (pengabdian masyarakat), program bank dan BUMN, serta Dekranasda juga mendampingi usaha batik (sebuah rumah batik CSR melatih lebih dari 1.200 orang di Pekalongan), jadi anggaran sekarang diasumsikan menopang sekitar separuh pendampingan sekarang (tanpa anggaran lajunya turun menjadi 0,48 kali laju sekarang); nilai lama 6 menjadikannya tujuh persepuluh; pendampingan sesudah pelatihan menaikkan praktik yang diterapkan peserta tetapi tidak labanya di Etiopia (Bakhtiar, Bastian dan Goldstein 2021) dan hasilnya memudar setelah berakhir di Kenya (Brooks, Donovan dan Johnson 2018); diasumsikan",
        ("Kekuatan pendampingan baru", "Strength of new mentoring"),
        ("Pengali tambahan peluang usaha memperoleh tautan pendampingan pada upaya strategi 3 penuh.", "The extra multiplier on the chance of gaining a mentoring link at full strategy-3 effort."),
    }
    mentoring_loss_rate {
        Strategies, 0.4, "1/yr", [0.0, 1.0], [0.2, 0.7], true,
        Assumption("Most Kenyan mentoring pairs stopped meeting within about a year (Brooks, Donovan and Johnson 2018); mentoring links end when projects end; the yearly rate is assumed"),
        "Sebagian besar pasangan pendampingan di Kenya berhenti bertemu dalam sekitar setahun (Brooks, Donovan dan Johnson 2018); hubungan pendampingan berakhir ketika proyeknya berakhir; laju tahunannya diasumsikan",
        ("Laju pendampingan berakhir", "Mentoring end rate"),
        ("Peluang setahun tautan pendampingan berakhir.", "The yearly chance that a mentoring link ends."),
    }
    mentoring_strength {
        Strategies, 0.6, "0-1", [0.0, 1.0], [0.4, 0.8], true,
        Assumption("A mentoring link (strategy 3) gives follow-up that offsets the age barrier and keeps artisans applying; its weight in follow-up is assumed"),
        "Hubungan pendampingan (strategi 3) memberi pendampingan lanjutan yang mengimbangi hambatan umur dan menjaga perajin tetap menerapkan pelatihan; bobotnya dalam pendampingan lanjutan diasumsikan",
        ("Kekuatan pendampingan", "Mentoring strength"),
        ("Sumbangan tautan pendampingan pada pendampingan usaha (0-1).", "A mentoring link's contribution to a business's follow-up (0-1)."),
    }
    certification_gain {
        Strategies, 3.0, "x", [0.0, 20.0], [1.0, 6.0], true,
        Assumption("Certification starts at the rate that keeps today's share steady at today's allocation; at full effort strategy 4's certification part multiplies it by (1 + this) relative to none; assumed"),
        "Sertifikasi dimulai dengan laju yang menjaga bagian sekarang tetap pada alokasi sekarang; pada upaya penuh bagian sertifikasi strategi 4 mengalikannya dengan (1 + nilai ini) dibanding tanpa upaya; diasumsikan",
        ("Kekuatan sertifikasi", "Strength of certification support"),
        ("Pengali tambahan peluang usaha bermutu cukup memperoleh sertifikat pada upaya sertifikasi penuh.", "The extra multiplier on the chance that a business of adequate quality is certified at full certification effort."),
    }
    cert_lapse_rate {
        Strategies, 0.15, "1/yr", [0.0, 1.0], [0.1, 0.33], true,
        Assumption("A Batikmark certificate is valid three years (Kemenperin); most are assumed to be renewed, so a smaller share lapses each year"),
        "Sertifikat Batikmark berlaku tiga tahun (Kemenperin); sebagian besar diasumsikan diperpanjang, jadi bagian yang lebih kecil habis berlaku tiap tahun",
        ("Laju sertifikat berakhir", "Certificate lapse rate"),
        ("Peluang setahun sertifikat mutu sebuah usaha berakhir tanpa diperpanjang.", "The yearly chance that a business's quality certificate lapses unrenewed."),
    }
    cert_min_quality {
        Strategies, 0.5, "0-1", [0.0, 1.0], [0.4, 0.6], true,
        Assumption("Certification (SNI 8302-8304:2016 for tulis, cap and combined batik) needs adequate quality; the floor on the model's 0-1 scale is assumed"),
        "Sertifikasi (SNI 8302-8304:2016 untuk batik tulis, cap dan kombinasi) memerlukan mutu yang memadai; batas bawahnya pada skala 0-1 model diasumsikan",
        ("Mutu minimum sertifikasi", "Quality needed for certification"),
        ("Mutu produk terendah yang dapat disertifikasi.", "The lowest product quality that can be certified."),
    }
    certification_quality_gain {
        Strategies, 0.08, "0-1", [0.0, 1.0], [0.02, 0.12], true,
        Assumption("A certified business keeps to the standard it was tested against; no causal estimate of certification on batik quality or prices was found; the rise in its quality target is assumed small"),
        "Usaha bersertifikat menjaga standar yang diujikan kepadanya; tidak ditemukan taksiran sebab-akibat sertifikasi terhadap mutu atau harga batik; kenaikan sasaran mutunya diasumsikan kecil",
        ("Kenaikan mutu dari sertifikasi", "Quality gain from certification"),
        ("Kenaikan sasaran mutu usaha yang bersertifikat.", "The rise in a certified business's quality target."),
    }
    loan_rate {
        Strategies, 0.66, "1/yr", [0.0, 1.0], [0.4, 0.9], true,
        Assumption("Derived from published figures: KUR from BRI Pekalongan went to 9,458 borrowers in 2007-Sep 2012, half of them batik businesses (ukmpedia 2014-12), about 820 batik loans a year; spread over the model's 1,250 businesses (not all batik borrowers are among them, and some borrow more than once), the loans a business obtains a year at today's effort are assumed near 0.66 (at most one a quarter)"),
        "Diturunkan dari angka terbitan: KUR dari BRI Pekalongan disalurkan kepada 9.458 peminjam pada 2007 sampai September 2012, separuhnya usaha batik (ukmpedia 2014-12), sekitar 820 pinjaman batik setahun; dibagi ke 1.250 usaha dalam model (tidak semua peminjam batik termasuk di antaranya, dan sebagian meminjam lebih dari sekali), pinjaman yang didapat sebuah usaha setahun pada upaya sekarang diasumsikan sekitar 0,66 (paling banyak satu per triwulan)",
        ("Laju kredit usaha", "Loan rate"),
        ("Banyaknya kredit yang diperoleh satu usaha setahun, rata-rata, pada upaya strategi 5 saat ini.", "The loans a business obtains a year, on average, at today's strategy-5 effort."),
    }
    loan_size_share {
        Strategies, 0.3, "x", [0.0, 2.0], [0.13, 0.78], true,
        Assumption("Bounded by published figures: the average KUR loan was Rp 5.8 m in 2007-12 (Rp 54.55 bn to 9,458 borrowers) and Rp 34.5 m in 2021 (Rp 192.95 bn to 5,598), against Rp 44 m invested per batik unit in 2012 (Rp 27.96 bn in 632 units): one loan adds 0.13 to 0.78 of a business's average capital; the middle value is assumed"),
        "Dibatasi oleh angka terbitan: rata-rata pinjaman KUR Rp 5,8 juta pada 2007-12 (Rp 54,55 miliar untuk 9.458 peminjam) dan Rp 34,5 juta pada 2021 (Rp 192,95 miliar untuk 5.598), dibanding investasi Rp 44 juta per unit batik pada 2012 (Rp 27,96 miliar di 632 unit): satu pinjaman menambah 0,13 sampai 0,78 dari modal rata-rata sebuah usaha; nilai tengahnya diasumsikan",
        ("Besar kredit", "Loan size"),
        ("Tambahan modal dari satu kredit, relatif terhadap modal rata-rata awal.", "The capital one loan adds, relative to the start's average capital."),
    }
    finance_gain {
        Strategies, 1.0, "x", [0.0, 20.0], [0.3, 2.0], true,
        Assumption("Access to microcredit is taken up by 13-31% of those offered, with modest average effects on businesses (Banerjee, Karlan and Zinman 2015); at full effort strategy 5 multiplies the loan chance by (1 + this) relative to no effort; assumed within that"),
        "Akses kredit mikro dimanfaatkan oleh 13-31% dari yang ditawari, dengan dampak rata-rata yang sedang pada usaha (Banerjee, Karlan dan Zinman 2015); pada upaya penuh strategi 5 mengalikan peluang mendapat pinjaman dengan (1 + nilai ini) dibanding tanpa upaya; diasumsikan dalam kisaran itu",
        ("Kekuatan akses pembiayaan", "Strength of finance access"),
        ("Pengali tambahan peluang kredit pada upaya strategi 5 penuh.", "The extra multiplier on the loan chance at full strategy-5 effort."),
    }
    coop_loan_bonus {
        Strategies, 0.5, "x", [0.0, 10.0], [0.0, 1.0], true,
        Assumption("Members of an active cooperative obtain loans more easily; the extra is assumed"),
        "Anggota koperasi yang aktif lebih mudah mendapat pinjaman; tambahannya diasumsikan",
        ("Keunggulan anggota koperasi aktif", "Active-cooperative loan bonus"),
        ("Tambahan relatif peluang kredit bagi anggota koperasi aktif.", "The relative extra loan chance for members of an active cooperative."),
    }
    coop_lapse_rate {
        Strategies, 0.1, "1/yr", [0.0, 1.0], [0.07, 0.13], true,
        Calibrated("Active cooperatives fell from 237 (2016) to 148 (2022) and 125 (2024) (jateng.antaranews.com; pekalongannews.com; rkb.pekalongankota.go.id), about 7.7% a year: the lapse rate at today's effort that, with revivals, gives that decline"),
        "Koperasi aktif turun dari 237 (2016) menjadi 148 (2022) dan 125 (2024) (jateng.antaranews.com; pekalongannews.com; rkb.pekalongankota.go.id), sekitar 7,7% setahun: laju berhenti aktif pada upaya sekarang yang, bersama koperasi yang hidup lagi, menghasilkan penurunan itu",
        ("Laju koperasi tidak aktif", "Cooperative lapse rate"),
        ("Peluang setahun koperasi aktif menjadi tidak aktif, pada upaya strategi 5 saat ini.", "The yearly chance that an active cooperative lapses, at today's strategy-5 effort."),
    }
    coop_revival_rate {
        Strategies, 0.02, "1/yr", [0.0, 1.0], [0.0, 0.05], true,
        Assumption("Yearly chance that an inactive cooperative becomes active again, at today's effort; few did in 2016-24, when the active count fell every year; assumed"),
        "Peluang tahunan koperasi yang tidak aktif menjadi aktif lagi, pada upaya sekarang; hanya sedikit yang hidup lagi pada 2016-24, ketika jumlah yang aktif turun setiap tahun; diasumsikan",
        ("Laju koperasi aktif kembali", "Cooperative revival rate"),
        ("Peluang setahun koperasi tidak aktif aktif kembali, pada upaya strategi 5 saat ini.", "The yearly chance that an inactive cooperative becomes active again, at today's strategy-5 effort."),
    }
    coop_support_lapse_cut {
        Strategies, 0.6, "0-1", [0.0, 1.0], [0.3, 0.8], true,
        Assumption("Strategy 5 (bookkeeping, governance, links to banks) keeps cooperatives alive; at full effort it cuts lapses by this share relative to none; assumed"),
        "Strategi 5 (pembukuan, tata kelola, hubungan dengan bank) menjaga koperasi tetap hidup; pada upaya penuh ia mengurangi koperasi yang berhenti aktif sebesar bagian ini dibanding tanpa upaya; diasumsikan",
        ("Dukungan mengurangi koperasi mati", "Support cuts lapses"),
        ("Bagian berkurangnya laju koperasi tidak aktif pada upaya strategi 5 penuh.", "The share by which full strategy-5 effort cuts cooperative lapses."),
    }
    coop_revival_gain {
        Strategies, 3.0, "x", [0.0, 20.0], [1.0, 5.0], true,
        Assumption("Strategy 5 revives inactive cooperatives; at full effort it multiplies revivals by (1 + this) relative to none; assumed"),
        "Strategi 5 menghidupkan lagi koperasi yang tidak aktif; pada upaya penuh ia mengalikan koperasi yang hidup lagi dengan (1 + nilai ini) dibanding tanpa upaya; diasumsikan",
        ("Dukungan menghidupkan koperasi", "Support revives cooperatives"),
        ("Pengali tambahan laju koperasi aktif kembali pada upaya strategi 5 penuh.", "The extra multiplier on cooperative revivals at full strategy-5 effort."),
    }
    import_substitution_rate {
        Strategies, 0.5, "1/yr", [0.0, 5.0], [0.2, 1.0], true,
        Assumption("At full effort, businesses close this share of the gap to their lowest imported share each year; assumed"),
        "Pada upaya penuh, usaha menutup sebesar bagian ini dari kesenjangan menuju bagian impor terendahnya tiap tahun; diasumsikan",
        ("Laju substitusi impor", "Import substitution rate"),
        ("Bagian kesenjangan ke bagian impor terendah yang tertutup setahun pada upaya strategi 6 penuh.", "The yearly share of the gap to the lowest imported share closed at full strategy-6 effort."),
    }
    import_reversion_rate {
        Strategies, 0.2, "1/yr", [0.0, 1.0], [0.1, 0.4], true,
        Assumption("Without support, businesses drift back to imported cloth, which is easier to buy; the yearly rate is assumed"),
        "Tanpa dukungan, usaha pelan-pelan kembali ke kain impor, yang lebih mudah dibeli; laju tahunannya diasumsikan",
        ("Laju kembali ke bahan impor", "Drift back to imports"),
        ("Laju setahun bagian bahan impor kembali ke tingkat tanpa dukungan.", "The yearly rate at which the imported share drifts back to its unsupported level."),
    }
    import_floor_share {
        Strategies, 0.3, "0-1", [0.0, 1.0], [0.1, 0.5], true,
        Assumption("Some inputs have no local substitute (synthetic dyes and printing machines come from abroad, Kemenperin 2018); the lowest imported share, relative to the unsupported one, is assumed"),
        "Sebagian bahan tidak punya pengganti lokal (pewarna sintetis dan mesin printing datang dari luar negeri, Kemenperin 2018); bagian impor terendah, dibanding tanpa dukungan, diasumsikan",
        ("Bagian impor terendah", "Lowest imported share"),
        ("Bagian impor terendah yang dapat dicapai, relatif terhadap tingkat tanpa dukungan.", "The lowest imported share reachable, relative to the unsupported level."),
    }
    local_price_cut {
        Strategies, 0.2, "0-1", [0.0, 1.0], [0.1, 0.3], true,
        Assumption("At full effort, local-material programmes (shared buying, local mori and natural dyes) cut local material prices by this share; no estimate of the saving was found; assumed"),
        "Pada upaya penuh, program bahan lokal (pembelian bersama, mori lokal dan pewarna alam) menurunkan harga bahan lokal sebesar bagian ini; tidak ditemukan taksiran penghematannya; diasumsikan",
        ("Penurunan harga bahan lokal", "Local material price cut"),
        ("Penurunan harga bahan lokal pada upaya strategi 6 penuh.", "The fall in local material prices at full strategy-6 effort."),
    }
    digital_selling_gain {
        Strategies, 2.0, "x", [0.0, 20.0], [0.5, 4.0], true,
        Assumption("21% of businesses not selling online give lack of skill as a reason and 71% prefer selling face to face (BPS eCommerce 2021), so support moves some; at full effort strategy 7 multiplies the outside rate of starting online by (1 + this); assumed"),
        "21% usaha yang tidak berjualan daring menyebut kurang keterampilan sebagai alasan dan 71% lebih suka berjualan tatap muka (BPS eCommerce 2021), jadi dukungan menggerakkan sebagian; pada upaya penuh strategi 7 mengalikan laju dari luar untuk mulai berjualan daring dengan (1 + nilai ini); diasumsikan",
        ("Kekuatan dorongan jual daring", "Strength of online-selling support"),
        ("Pengali tambahan peluang mulai menjual daring pada upaya dukungan strategi 7 penuh.", "The extra multiplier on the chance of starting online selling at full strategy-7 support effort."),
    }
    online_stop_rate {
        Strategies, 0.1, "1/yr", [0.0, 1.0], [0.05, 0.2], true,
        Assumption("Some businesses give up selling online (limited production capacity: Kemenkop UKM 2022, tribunnews); the yearly rate is assumed"),
        "Sebagian usaha berhenti berjualan daring (kapasitas produksi terbatas: Kemenkop UKM 2022, tribunnews); laju tahunannya diasumsikan",
        ("Laju berhenti jual daring", "Rate of stopping online selling"),
        ("Peluang setahun usaha berhenti menjual daring.", "The yearly chance that a business stops selling online."),
    }
    online_trend_per_year {
        Strategies, 0.019, "1/yr", [0.0, 0.2], [0.005, 0.03], true,
        Calibrated("Indonesian businesses selling online rose from 32.23% (2021) to 34.10% (2022) (BPS Statistik eCommerce): the outside rate of starting online is set so that today's allocation continues that rise at the start"),
        "Usaha di Indonesia yang berjualan daring naik dari 32,23% (2021) menjadi 34,10% (2022) (BPS Statistik eCommerce): laju dari luar untuk mulai berjualan daring diatur agar alokasi sekarang melanjutkan kenaikan itu pada awal simulasi",
        ("Tren jual daring", "Online-selling trend"),
        ("Kenaikan setahun bagian usaha yang menjual daring pada awal simulasi dengan alokasi saat ini.", "The yearly rise in the share of businesses selling online at the start under today's allocation."),
    }
    tech_support_strength {
        Strategies, 0.3, "0-1", [0.0, 1.0], [0.1, 0.5], true,
        Assumption("Free technology was taken up slowly by Pakistani soccer-ball makers until workers' incentives were aligned (Atkin et al. 2017, QJE 132(3)); support (help desks, simple tools, young intermediaries) lowers the technology barrier of every training by up to this at full effort; assumed"),
        "Teknologi gratis lambat dipakai oleh pembuat bola sepak di Pakistan sampai kepentingan para pekerjanya diselaraskan (Atkin et al. 2017, QJE 132(3)); dukungan (layanan bantuan, alat sederhana, perantara muda) menurunkan hambatan teknologi setiap pelatihan paling banyak sebesar ini pada upaya penuh; diasumsikan",
        ("Kekuatan dukungan teknologi", "Strength of technology support"),
        ("Bagian hambatan teknologi dalam pelatihan yang dihapus dukungan strategi 7 penuh.", "The share of the technology barrier in training removed at full strategy-7 support."),
    }

    // ---------------------------------------------------------------- outcomes
    comp_weight_quality {
        Outcomes, 0.3, "0-1", [0.0, 1.0], [0.15, 0.45], true,
        Assumption("Weight of product quality in the competitiveness index (built from quality, productivity, cost and market reach); the weights are assumed, normalised to sum to 1, and carried in the link"),
        "Bobot mutu produk dalam indeks daya saing (yang disusun dari mutu, produktivitas, biaya dan jangkauan pasar); bobotnya diasumsikan, dinormalkan agar jumlahnya 1, dan dibawa dalam tautan",
        ("Bobot mutu dalam daya saing", "Weight of quality in competitiveness"),
        ("Bobot mutu produk dalam indeks daya saing.", "The weight of product quality in the competitiveness index."),
    }
    comp_weight_productivity {
        Outcomes, 0.25, "0-1", [0.0, 1.0], [0.1, 0.4], true,
        Assumption("Weight of productivity in the competitiveness index; assumed"),
        "Bobot produktivitas dalam indeks daya saing; diasumsikan",
        ("Bobot produktivitas dalam daya saing", "Weight of productivity in competitiveness"),
        ("Bobot produktivitas dalam indeks daya saing.", "The weight of productivity in the competitiveness index."),
    }
    comp_weight_cost {
        Outcomes, 0.2, "0-1", [0.0, 1.0], [0.1, 0.3], true,
        Assumption("Weight of (low) unit cost in the competitiveness index; assumed"),
        "Bobot biaya satuan (yang rendah) dalam indeks daya saing; diasumsikan",
        ("Bobot biaya dalam daya saing", "Weight of cost in competitiveness"),
        ("Bobot biaya satuan (makin rendah makin baik) dalam indeks daya saing.", "The weight of (low) unit cost in the competitiveness index."),
    }
    comp_weight_reach {
        Outcomes, 0.25, "0-1", [0.0, 1.0], [0.1, 0.4], true,
        Assumption("Weight of market reach (businesses' average rung on the market ladder: local, national, export, online) in the competitiveness index; assumed"),
        "Bobot jangkauan pasar (rata-rata anak tangga pasar usaha: lokal, nasional, ekspor, daring) dalam indeks daya saing; diasumsikan",
        ("Bobot jangkauan pasar dalam daya saing", "Weight of market reach in competitiveness"),
        ("Bobot jangkauan pasar (rata-rata anak tangga pasar usaha: kota, nasional, ekspor, daring) dalam indeks daya saing.", "The weight of market reach (businesses' average rung on the market ladder: city, national, export, online) in the competitiveness index."),
    }
    gap_unapplied_places {
        Outcomes, 30.0, "places/yr", [0.0, 1000.0], [10.0, 100.0], true,
        Assumption("The training gap is the share of skills places a year that do not end in practice; it also counts this many places the artisans would take up but are not offered, so no training at all shows the full gap and a small budget does not jump from it to the per-place rate; assumed small against the 545 places offered today"),
        "Kesenjangan pelatihan adalah bagian tempat pelatihan keterampilan setahun yang tidak berujung pada penerapan; ia juga menghitung sekian tempat yang mau diambil perajin tetapi tidak ditawarkan, sehingga tanpa pelatihan sama sekali kesenjangannya penuh dan anggaran kecil tidak melompat darinya ke angka per tempat; diasumsikan kecil dibanding 545 tempat yang ditawarkan sekarang",
        ("Tempat pelatihan yang tidak ditawarkan", "Training places not offered"),
        ("Banyaknya tempat pelatihan setahun yang dicari perajin tetapi tidak ditawarkan, dihitung gagal dalam kesenjangan pelatihan.", "The training places a year that artisans seek but are not offered, counted as failed in the training gap."),
    }
    severity_weight_training_gap {
        Outcomes, 1.0, "x", [0.0, 10.0], [0.5, 2.0], true,
        Assumption("The study names three obstacles without ranking them: each counts equally in the overall severity unless a user says otherwise; the weights are normalised and carried in the link"),
        "Kajian ini menyebut tiga hambatan tanpa mengurutkannya: masing-masing dihitung sama dalam tingkat hambatan keseluruhan kecuali pengguna menentukan lain; bobotnya dinormalkan dan dibawa dalam tautan",
        ("Bobot hambatan pelatihan", "Weight of the training obstacle"),
        ("Bobot hambatan 'hasil pelatihan kurang tersampaikan' dalam tingkat hambatan.", "The weight of the obstacle 'training does not reach or is not taken up' in the overall severity."),
    }
    severity_weight_youth {
        Outcomes, 1.0, "x", [0.0, 10.0], [0.5, 2.0], true,
        Assumption("Equal weights by default (the study does not rank the obstacles)"),
        "Bawaannya bobot yang sama (kajian ini tidak mengurutkan hambatannya)",
        ("Bobot hambatan generasi muda", "Weight of the youth obstacle"),
        ("Bobot hambatan 'kurangnya minat generasi muda' dalam tingkat hambatan.", "The weight of the obstacle 'young people's low interest' in the overall severity."),
    }
    severity_weight_technology {
        Outcomes, 1.0, "x", [0.0, 10.0], [0.5, 2.0], true,
        Assumption("Equal weights by default (the study does not rank the obstacles)"),
        "Bawaannya bobot yang sama (kajian ini tidak mengurutkan hambatannya)",
        ("Bobot hambatan gagap teknologi", "Weight of the technology obstacle"),
        ("Bobot hambatan 'perajin gagap teknologi' dalam tingkat hambatan.", "The weight of the obstacle 'artisans not at ease with technology' in the overall severity."),
    }
}
