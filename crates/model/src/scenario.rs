//! A scenario in two stages: [`ScenarioSpec`], the serde form close to what a user types, and
//! [`Scenario`], the checked form the model runs. Validation reports every problem at once, in
//! plain words, in Bahasa Indonesia or English.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::lang::group_digits;
use crate::params::{Params, parameter};
use crate::{Budgets, DEFAULT_ENVELOPE_JUTA, Lang, Preset, group_thousands};

/// The default seed (the year Pekalongan became a UNESCO Creative City of Crafts and Folk Art).
pub const DEFAULT_SEED: u64 = 2014;
/// The default number of seeded runs in an ensemble.
pub const DEFAULT_RUNS: u32 = 32;
/// The default horizon, years.
pub const DEFAULT_YEARS: u32 = 5;
/// The shortest and longest horizon a scenario may ask for, years.
pub const YEARS_RANGE: (u32, u32) = (1, 10);
/// The fewest and most runs a scenario may ask for.
pub const RUNS_RANGE: (u32, u32) = (1, 256);
/// The largest envelope a scenario may set, Rp juta (Rp 1 trillion; the city's whole budget is
/// far smaller, so anything above is a typing mistake).
pub const MAX_ENVELOPE_JUTA: u64 = 1_000_000;

/// How many artisan-months one business-month costs, in the work a scenario asks for: measured
/// natively, a run's time grows by about 7 microseconds per business and 0.7 per artisan over
/// five years (quarterly reviews, links and the employer choices they serve).
pub const BUSINESS_WORK_WEIGHT: u64 = 10;

/// The most work a scenario may ask for, in agent-months (see [`Scenario::work`]): what 256
/// runs over ten years of the default city need, 22 times the default scenario's. It also
/// admits the largest city the parameters allow (200,000 artisans, 20,000 businesses) for the
/// default 32 runs over ten years; it refuses both at once, which took minutes.
pub const MAX_WORK: u64 = 1_674_240_000;

/// The work of the default scenario, agent-months (see [`Scenario::work`]).
pub const DEFAULT_WORK: u64 = 75_840_000;

/// A scenario as a user types it or JSON holds it. Budgets in Rp juta (millions of rupiah) per
/// year. Every field may be left out; a missing field takes its default. Reading it refuses an
/// unknown field, a field given twice and a parameter given twice ([`ScenarioSpec::from_json`]
/// says which, in either language).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "SpecFields")]
pub struct ScenarioSpec {
    /// The total yearly envelope, Rp juta. An assumption: no source gives the agency's budget.
    pub envelope_juta: u64,
    /// One yearly budget per strategy, Rp juta.
    pub budgets_juta: Budgets,
    /// The horizon, 1 to 10 years.
    pub years: u32,
    /// The scenario's seed; every run's seed is derived from it.
    pub seed: u64,
    /// How many seeded runs the ensemble has, 1 to 256.
    pub runs: u32,
    /// Overrides of model parameters, by key (see [`crate::parameters`]).
    pub params: BTreeMap<String, f64>,
}

/// The fields of a scenario as read, before a parameter given twice is refused: a map would
/// keep one of the two silently, so the overrides are read as a list of entries first.
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields)]
struct SpecFields {
    envelope_juta: u64,
    budgets_juta: Budgets,
    years: u32,
    seed: u64,
    runs: u32,
    params: ParamEntries,
}

impl Default for SpecFields {
    fn default() -> Self {
        let d = ScenarioSpec::default();
        SpecFields {
            envelope_juta: d.envelope_juta,
            budgets_juta: d.budgets_juta,
            years: d.years,
            seed: d.seed,
            runs: d.runs,
            params: ParamEntries::default(),
        }
    }
}

/// Parameter overrides in the order they were written, duplicates included.
#[derive(Default)]
struct ParamEntries(Vec<(String, f64)>);

impl<'de> Deserialize<'de> for ParamEntries {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries;
        impl<'de> serde::de::Visitor<'de> for Entries {
            type Value = ParamEntries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from parameter keys to numbers")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ParamEntries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, f64>()? {
                    entries.push(entry);
                }
                Ok(ParamEntries(entries))
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

impl TryFrom<SpecFields> for ScenarioSpec {
    type Error = SpecError;

    fn try_from(f: SpecFields) -> Result<ScenarioSpec, SpecError> {
        let mut params = BTreeMap::new();
        for (key, value) in f.params.0 {
            if params.contains_key(&key) {
                return Err(SpecError::DuplicateParam { key });
            }
            params.insert(key, value);
        }
        Ok(ScenarioSpec {
            envelope_juta: f.envelope_juta,
            budgets_juta: f.budgets_juta,
            years: f.years,
            seed: f.seed,
            runs: f.runs,
            params,
        })
    }
}

/// Why a scenario's JSON could not be read (before validation, which checks the values).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    /// A parameter override is given twice: which one was meant cannot be told.
    #[error("the model parameter \"{key}\" is given more than once; give it once")]
    DuplicateParam {
        /// The key given twice.
        key: String,
    },
    /// The text is not a scenario in JSON: bad syntax, an unknown or repeated field, or a value
    /// of the wrong kind. The detail is the JSON reader's, in English.
    #[error("the scenario is not valid JSON: {detail}")]
    Json {
        /// What the JSON reader found, with its line and column.
        detail: String,
    },
}

impl SpecError {
    /// The problem in plain words, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, e) => e.to_string(),
            (Lang::Id, SpecError::DuplicateParam { key }) => format!(
                "parameter model {} diberikan lebih dari sekali; berikan sekali saja",
                id_param(key)
            ),
            (Lang::Id, SpecError::Json { detail }) => {
                format!("skenario ini bukan JSON yang sah: {detail}")
            }
        }
    }
}

impl Default for ScenarioSpec {
    /// Today's allocation of the default envelope, the default seed, 32 runs, 5 years.
    fn default() -> Self {
        ScenarioSpec {
            envelope_juta: DEFAULT_ENVELOPE_JUTA,
            budgets_juta: Preset::Today.budgets(DEFAULT_ENVELOPE_JUTA),
            years: DEFAULT_YEARS,
            seed: DEFAULT_SEED,
            runs: DEFAULT_RUNS,
            params: BTreeMap::new(),
        }
    }
}

impl ScenarioSpec {
    /// The default scenario with a preset's budgets on the default envelope.
    pub fn from_preset(preset: Preset) -> ScenarioSpec {
        ScenarioSpec {
            budgets_juta: preset.budgets(DEFAULT_ENVELOPE_JUTA),
            ..ScenarioSpec::default()
        }
    }

    /// The same scenario with the city's population (businesses, artisans, the young) times
    /// `factor`: how the benchmarks measure scaling.
    pub fn with_population_scale(mut self, factor: f64) -> ScenarioSpec {
        let defaults = Params::default();
        for (key, value) in [
            ("n_businesses", defaults.n_businesses),
            ("n_artisans", defaults.n_artisans),
            ("youth_pool_per_year", defaults.youth_pool_per_year),
        ] {
            self.params
                .insert(key.to_string(), (value * factor).round());
        }
        self
    }

    /// Reads a scenario from JSON. The same rules as deserialising with serde, with the problem
    /// typed: a parameter given twice is [`SpecError::DuplicateParam`].
    pub fn from_json(text: &str) -> Result<ScenarioSpec, SpecError> {
        let fields: SpecFields = serde_json::from_str(text).map_err(|e| SpecError::Json {
            detail: e.to_string(),
        })?;
        ScenarioSpec::try_from(fields)
    }

    /// Checks the scenario; on success the checked [`Scenario`], otherwise every problem found.
    pub fn validate(&self) -> Result<Scenario, ValidationErrors> {
        let mut errors = Vec::new();
        if self.envelope_juta > MAX_ENVELOPE_JUTA {
            errors.push(ValidationError::EnvelopeTooLarge {
                envelope_juta: self.envelope_juta,
                max_juta: MAX_ENVELOPE_JUTA,
            });
        }
        // Budgets may add up to more or less than the envelope: in the app's free mode a user
        // explores past it, and sees by how much. Only an absurd total is refused.
        let total = self.budgets_juta.total();
        if total > MAX_ENVELOPE_JUTA {
            errors.push(ValidationError::BudgetsTooLarge {
                total_juta: total,
                max_juta: MAX_ENVELOPE_JUTA,
            });
        }
        if !(YEARS_RANGE.0..=YEARS_RANGE.1).contains(&self.years) {
            errors.push(ValidationError::Years { years: self.years });
        }
        if !(RUNS_RANGE.0..=RUNS_RANGE.1).contains(&self.runs) {
            errors.push(ValidationError::Runs { runs: self.runs });
        }
        let mut params = Params::default();
        // Keys whose override was refused: a check that combines fields is skipped when one of
        // them was refused, so that no derived problem is reported about a default the user
        // did not choose.
        let mut refused: Vec<&str> = Vec::new();
        for (key, &value) in &self.params {
            let Some(info) = parameter(key) else {
                errors.push(ValidationError::UnknownParam { key: key.clone() });
                continue;
            };
            let before = errors.len();
            if !info.user_editable {
                errors.push(ValidationError::ParamNotEditable { key: key.clone() });
            } else if !value.is_finite() {
                errors.push(ValidationError::ParamNotFinite { key: key.clone() });
            } else if value < info.min || value > info.max {
                errors.push(ValidationError::ParamOutOfRange {
                    key: key.clone(),
                    value,
                    min: info.min,
                    max: info.max,
                });
            } else if info.whole() && value.fract() != 0.0 {
                errors.push(ValidationError::ParamNotWhole {
                    key: key.clone(),
                    value,
                });
            } else {
                params.set(key, value);
            }
            if errors.len() > before {
                refused.push(key);
            }
        }
        let population_refused = refused
            .iter()
            .any(|k| ["n_artisans", "n_businesses"].contains(k));
        if !population_refused && params.n_artisans < params.n_businesses {
            errors.push(ValidationError::FewerArtisansThanBusinesses {
                artisans: params.n_artisans,
                businesses: params.n_businesses,
            });
        }
        // The work is checked only when every field it multiplies was accepted: a refused field
        // is already reported, and its default is not what the user asked for.
        let work_refused = refused.iter().any(|k| {
            [
                "n_artisans",
                "n_businesses",
                "youth_pool_per_year",
                "adult_pool_per_year",
            ]
            .contains(k)
        });
        let years_ok = (YEARS_RANGE.0..=YEARS_RANGE.1).contains(&self.years);
        let runs_ok = (RUNS_RANGE.0..=RUNS_RANGE.1).contains(&self.runs);
        if !work_refused && years_ok && runs_ok {
            let work = work_of(&params, self.years, self.runs);
            if work > MAX_WORK {
                errors.push(ValidationError::WorkTooLarge {
                    work,
                    max_work: MAX_WORK,
                });
            }
        }
        if errors.is_empty() {
            Ok(Scenario {
                spec: self.clone(),
                params,
            })
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

/// A parameter as an Indonesian reader knows it: its name, then its key.
fn id_param(key: &str) -> String {
    named_param(key, Lang::Id)
}

fn en_param(key: &str) -> String {
    named_param(key, Lang::En)
}

/// A parameter as a message names it: its label in `lang` and its key.
fn named_param(key: &str, lang: Lang) -> String {
    match parameter(key) {
        Some(info) => format!("\"{}\" ({key})", info.label(lang)),
        None => format!("\"{key}\""),
    }
}

/// A number as Bahasa Indonesia writes it: 1.000.000 and 0,05. For a value typed as a decimal
/// (a parameter); whole counts are written from the integer with [`group_thousands`].
fn id_number(x: f64) -> String {
    let text = format!("{x}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = whole.strip_prefix('-').map_or(("", whole), |d| ("-", d));
    let grouped = group_digits(Lang::Id, digits);
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// A checked scenario, ready to run. Its default is the default scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    spec: ScenarioSpec,
    params: Params,
}

impl Scenario {
    /// A scenario with parameters set directly, past validation: for the sensitivity
    /// screening, which explores parameters users may not change. Only the model builds these.
    pub(crate) fn with_params(spec: ScenarioSpec, params: Params) -> Scenario {
        Scenario { spec, params }
    }

    /// The scenario as it was typed.
    pub fn spec(&self) -> &ScenarioSpec {
        &self.spec
    }
    /// The horizon, years.
    pub fn years(&self) -> u32 {
        self.spec.years
    }
    /// The horizon, months.
    pub fn months(&self) -> u32 {
        self.spec.years * 12
    }
    /// The number of runs in the ensemble.
    pub fn runs(&self) -> u32 {
        self.spec.runs
    }
    /// The scenario's seed.
    pub fn seed(&self) -> u64 {
        self.spec.seed
    }
    /// The yearly budgets, Rp juta.
    pub fn budgets(&self) -> &Budgets {
        &self.spec.budgets_juta
    }
    /// Every parameter's value: defaults with the scenario's overrides.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The work the scenario asks for, in agent-months: runs x months x (artisans at the start,
    /// plus the young and adults who might enter, half the pools' total over the horizon on
    /// average, plus [`BUSINESS_WORK_WEIGHT`] x businesses). It counts everyone who considers
    /// batik work as entering, so it never undercounts the workforce; validation refuses more
    /// than [`MAX_WORK`].
    pub fn work(&self) -> u64 {
        work_of(&self.params, self.spec.years, self.spec.runs)
    }

    /// How many times the default scenario's work this one asks for (1 for the default): for
    /// asking before computing a heavy link.
    pub fn work_relative_to_default(&self) -> f64 {
        self.work() as f64 / DEFAULT_WORK as f64
    }
}

/// The work of a run plan, agent-months (see [`Scenario::work`]). Saturates rather than
/// overflows, for scenarios built past validation.
fn work_of(params: &Params, years: u32, runs: u32) -> u64 {
    let count = |x: f64| x.max(0.0) as u64;
    let pools = count(params.youth_pool_per_year).saturating_add(count(params.adult_pool_per_year));
    let per_month = count(params.n_artisans)
        .saturating_add(pools.saturating_mul(u64::from(years)) / 2)
        .saturating_add(BUSINESS_WORK_WEIGHT.saturating_mul(count(params.n_businesses)));
    per_month
        .saturating_mul(u64::from(years) * 12)
        .saturating_mul(u64::from(runs))
}

/// A multiple of the default's work as the language writes it, one decimal.
fn times_default(lang: Lang, work: u64) -> String {
    let x = work as f64 / DEFAULT_WORK as f64;
    let text = format!("{x:.1}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "0"));
    format!(
        "{}{}{fraction}",
        group_digits(lang, whole),
        lang.decimal_mark()
    )
}

/// One problem with a scenario.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ValidationError {
    /// The budgets add up to more than the model accepts.
    #[error(
        "the budgets add up to Rp {} million, more than the model accepts (at most Rp {} million)",
        group_thousands(Lang::En, *total_juta),
        group_thousands(Lang::En, *max_juta)
    )]
    BudgetsTooLarge {
        /// The budgets' sum, Rp juta.
        total_juta: u64,
        /// The largest accepted, Rp juta.
        max_juta: u64,
    },
    /// The envelope is beyond what the model accepts.
    #[error(
        "the envelope of Rp {} million is more than the model accepts (at most Rp {} million)",
        group_thousands(Lang::En, *envelope_juta),
        group_thousands(Lang::En, *max_juta)
    )]
    EnvelopeTooLarge {
        /// The envelope, Rp juta.
        envelope_juta: u64,
        /// The largest accepted, Rp juta.
        max_juta: u64,
    },
    /// The horizon is outside 1 to 10 years.
    #[error("the horizon must be 1 to 10 years, not {years}")]
    Years {
        /// The horizon asked for.
        years: u32,
    },
    /// The number of runs is outside 1 to 256.
    #[error("the number of runs must be 1 to 256, not {runs}")]
    Runs {
        /// The number asked for.
        runs: u32,
    },
    /// A parameter override names no parameter.
    #[error("there is no model parameter called \"{key}\"")]
    UnknownParam {
        /// The key given.
        key: String,
    },
    /// A parameter override names a parameter users may not change.
    #[error("the model parameter \"{key}\" cannot be changed")]
    ParamNotEditable {
        /// The key given.
        key: String,
    },
    /// A parameter override is not a finite number.
    #[error("the model parameter \"{key}\" must be a number")]
    ParamNotFinite {
        /// The key given.
        key: String,
    },
    /// A parameter override is outside the parameter's bounds.
    #[error("the model parameter \"{key}\" must be between {min} and {max}, not {value}")]
    ParamOutOfRange {
        /// The key given.
        key: String,
        /// The value given.
        value: f64,
        /// The smallest allowed.
        min: f64,
        /// The largest allowed.
        max: f64,
    },
    /// A count parameter is given a fraction.
    #[error("the model parameter \"{key}\" is a count and must be a whole number, not {value}")]
    ParamNotWhole {
        /// The key given.
        key: String,
        /// The value given.
        value: f64,
    },
    /// There are fewer artisans than businesses.
    #[error(
        "there must be at least as many artisans ({artisans}) as businesses ({businesses}): every business has at least one"
    )]
    FewerArtisansThanBusinesses {
        /// The number of artisans.
        artisans: f64,
        /// The number of businesses.
        businesses: f64,
    },
    /// The scenario asks for more computing than a link may: runs, horizon and city together.
    #[error(
        "the scenario asks for {} agent-months of computing ({} times the default scenario), more than a scenario may ask for (at most {}, {} times the default: 256 runs over ten years of the default city); ask for fewer runs, fewer years or a smaller city",
        group_thousands(Lang::En, *work),
        times_default(Lang::En, *work),
        group_thousands(Lang::En, *max_work),
        times_default(Lang::En, *max_work)
    )]
    WorkTooLarge {
        /// The work asked for, agent-months (see [`Scenario::work`]).
        work: u64,
        /// The most allowed, agent-months.
        max_work: u64,
    },
}

impl ValidationError {
    /// The problem in plain words, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            // In English a parameter is named by its label as well as its key, as in Bahasa
            // Indonesia; the rest reads as the error's own text.
            Lang::En => match self {
                ValidationError::ParamNotEditable { key } => {
                    format!("the model parameter {} cannot be changed", en_param(key))
                }
                ValidationError::ParamNotFinite { key } => {
                    format!("the model parameter {} must be a number", en_param(key))
                }
                ValidationError::ParamOutOfRange {
                    key,
                    value,
                    min,
                    max,
                } => format!(
                    "the model parameter {} must be between {min} and {max}, not {value}",
                    en_param(key)
                ),
                ValidationError::ParamNotWhole { key, value } => format!(
                    "the model parameter {} is a count and must be a whole number, not {value}",
                    en_param(key)
                ),
                _ => self.to_string(),
            },
            Lang::Id => match self {
                ValidationError::BudgetsTooLarge {
                    total_juta,
                    max_juta,
                } => format!(
                    "jumlah anggaran Rp {} juta melebihi batas model (paling besar Rp {} juta)",
                    group_thousands(Lang::Id, *total_juta),
                    group_thousands(Lang::Id, *max_juta)
                ),
                ValidationError::EnvelopeTooLarge {
                    envelope_juta,
                    max_juta,
                } => format!(
                    "pagu Rp {} juta melebihi batas model (paling besar Rp {} juta)",
                    group_thousands(Lang::Id, *envelope_juta),
                    group_thousands(Lang::Id, *max_juta)
                ),
                ValidationError::Years { years } => {
                    format!(
                        "jangka waktu harus 1 sampai 10 tahun, bukan {}",
                        group_thousands(Lang::Id, u64::from(*years))
                    )
                }
                ValidationError::Runs { runs } => {
                    format!(
                        "banyaknya ulangan harus 1 sampai 256, bukan {}",
                        group_thousands(Lang::Id, u64::from(*runs))
                    )
                }
                ValidationError::UnknownParam { key } => {
                    format!("tidak ada parameter model bernama \"{key}\"")
                }
                ValidationError::ParamNotEditable { key } => {
                    format!("parameter model {} tidak dapat diubah", id_param(key))
                }
                ValidationError::ParamNotFinite { key } => {
                    format!("parameter model {} harus berupa angka", id_param(key))
                }
                ValidationError::ParamOutOfRange {
                    key,
                    value,
                    min,
                    max,
                } => format!(
                    "parameter model {} harus di antara {} dan {}, bukan {}",
                    id_param(key),
                    id_number(*min),
                    id_number(*max),
                    id_number(*value)
                ),
                ValidationError::ParamNotWhole { key, value } => format!(
                    "parameter model {} adalah jumlah dan harus bilangan bulat, bukan {}",
                    id_param(key),
                    id_number(*value)
                ),
                ValidationError::FewerArtisansThanBusinesses {
                    artisans,
                    businesses,
                } => format!(
                    "banyaknya perajin ({}) tidak boleh kurang dari banyaknya usaha ({}): tiap usaha punya paling sedikit satu perajin",
                    id_number(*artisans),
                    id_number(*businesses)
                ),
                ValidationError::WorkTooLarge { work, max_work } => format!(
                    "skenario ini meminta perhitungan sebanyak {} agen-bulan ({} kali skenario bawaan), melebihi batas yang boleh diminta sebuah skenario (paling banyak {}, {} kali bawaan: 256 ulangan selama sepuluh tahun untuk kota bawaan); kurangi ulangan, jangka waktu, atau ukuran kota",
                    group_thousands(Lang::Id, *work),
                    times_default(Lang::Id, *work),
                    group_thousands(Lang::Id, *max_work),
                    times_default(Lang::Id, *max_work)
                ),
            },
        }
    }
}

/// Every problem found in a scenario (never empty when returned by validation).
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl ValidationErrors {
    /// Every problem in plain words, in the given language.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.0.iter().map(|e| e.message(lang)).collect()
    }
    /// The problems.
    pub fn errors(&self) -> &[ValidationError] {
        &self.0
    }
}

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "the scenario has {n} problem{}: ",
            if n == 1 { "" } else { "s" }
        )?;
        for (idx, e) in self.0.iter().enumerate() {
            if idx > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}
