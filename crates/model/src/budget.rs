//! The yearly budgets of the seven strategies, in Rp juta (millions of rupiah), and the
//! presets a user can start from.

use serde::{Deserialize, Serialize};

use crate::{Lang, Strategy};

/// The default total yearly envelope, Rp juta (Rp 5 bn).
///
/// Assumption: no source gives the agency's yearly budget for the seven strategies. Rp 5 bn
/// is of the order of the city's known batik spending (a Rp 1.4 bn quality programme in
/// 2009, a Rp 275 m innovation exhibition in 2018; FACTS.md "City spending on batik").
pub const DEFAULT_ENVELOPE_JUTA: u64 = 5_000;

/// One yearly budget per strategy, Rp juta. Serialised with the strategies' keys as field names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budgets {
    /// (1) Flagship-product competitiveness and exports.
    pub flagship_exports: u64,
    /// (2) Batik as a government priority.
    pub government_priority: u64,
    /// (3) Networking of government, business and stakeholders.
    pub networking: u64,
    /// (4) Product quality.
    pub product_quality: u64,
    /// (5) Cooperative and SME credibility for finance.
    pub finance_credibility: u64,
    /// (6) Local raw materials and domestic products.
    pub local_materials: u64,
    /// (7) Modern technology and local wisdom.
    pub technology_wisdom: u64,
}

impl Budgets {
    /// All budgets zero.
    pub const ZERO: Budgets = Budgets {
        flagship_exports: 0,
        government_priority: 0,
        networking: 0,
        product_quality: 0,
        finance_credibility: 0,
        local_materials: 0,
        technology_wisdom: 0,
    };

    /// Builds budgets from an array in the study's order.
    pub fn from_array(values: [u64; 7]) -> Budgets {
        let mut b = Budgets::ZERO;
        for (s, v) in Strategy::ALL.into_iter().zip(values) {
            b.set(s, v);
        }
        b
    }

    /// The budgets as an array in the study's order.
    pub fn to_array(&self) -> [u64; 7] {
        Strategy::ALL.map(|s| self.get(s))
    }

    /// The yearly budget of one strategy, Rp juta.
    pub fn get(&self, s: Strategy) -> u64 {
        match s {
            Strategy::FlagshipExports => self.flagship_exports,
            Strategy::GovernmentPriority => self.government_priority,
            Strategy::Networking => self.networking,
            Strategy::ProductQuality => self.product_quality,
            Strategy::FinanceCredibility => self.finance_credibility,
            Strategy::LocalMaterials => self.local_materials,
            Strategy::TechnologyWisdom => self.technology_wisdom,
        }
    }

    /// Sets the yearly budget of one strategy, Rp juta.
    pub fn set(&mut self, s: Strategy, value_juta: u64) {
        let slot = match s {
            Strategy::FlagshipExports => &mut self.flagship_exports,
            Strategy::GovernmentPriority => &mut self.government_priority,
            Strategy::Networking => &mut self.networking,
            Strategy::ProductQuality => &mut self.product_quality,
            Strategy::FinanceCredibility => &mut self.finance_credibility,
            Strategy::LocalMaterials => &mut self.local_materials,
            Strategy::TechnologyWisdom => &mut self.technology_wisdom,
        };
        *slot = value_juta;
    }

    /// The sum of the seven budgets, Rp juta (saturating, so it never overflows).
    pub fn total(&self) -> u64 {
        self.to_array().into_iter().fold(0u64, u64::saturating_add)
    }
}

/// A ready-made allocation a user can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// Today's allocation (the default). An assumption: no source gives the split.
    Today,
    /// The envelope split equally between the seven strategies.
    EqualSplit,
    /// Most of the envelope on training: product quality and technology, with networking.
    TrainingTechnology,
    /// Most of the envelope on flagship products and exports, quality and finance.
    ExportFocus,
    /// Most of the envelope on what reaches the young: priority status and technology.
    YouthRegeneration,
    /// Nothing spent.
    NoBudget,
}

impl Preset {
    /// All presets, today's first.
    pub const ALL: [Preset; 6] = [
        Preset::Today,
        Preset::EqualSplit,
        Preset::TrainingTechnology,
        Preset::ExportFocus,
        Preset::YouthRegeneration,
        Preset::NoBudget,
    ];

    /// The snake_case key, e.g. `"export_focus"`.
    pub fn key(self) -> &'static str {
        match self {
            Preset::Today => "today",
            Preset::EqualSplit => "equal_split",
            Preset::TrainingTechnology => "training_technology",
            Preset::ExportFocus => "export_focus",
            Preset::YouthRegeneration => "youth_regeneration",
            Preset::NoBudget => "no_budget",
        }
    }

    /// The preset with this key, or `None`.
    pub fn from_key(key: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The label shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Preset::Today => lang.pick("Alokasi saat ini", "Today's allocation"),
            Preset::EqualSplit => lang.pick("Dibagi rata", "Equal split"),
            Preset::TrainingTechnology => {
                lang.pick("Pelatihan dan teknologi", "Training and technology")
            }
            Preset::ExportFocus => lang.pick("Fokus ekspor", "Export focus"),
            Preset::YouthRegeneration => lang.pick("Regenerasi kaum muda", "Youth regeneration"),
            Preset::NoBudget => lang.pick("Tanpa anggaran", "No budget"),
        }
    }

    /// The preset's shares of the envelope in thousandths, in the study's order.
    ///
    /// Today's split is an assumption: product quality gets the largest part, of the order of
    /// the Rp 1.4 bn quality programme of 2009 (FACTS.md); the rest is spread by judgement.
    pub fn shares_permille(self) -> [u64; 7] {
        match self {
            Preset::Today => [180, 100, 80, 280, 120, 100, 140],
            Preset::EqualSplit => [1, 1, 1, 1, 1, 1, 1],
            Preset::TrainingTechnology => [50, 100, 150, 300, 50, 50, 300],
            Preset::ExportFocus => [450, 100, 50, 200, 150, 50, 0],
            Preset::YouthRegeneration => [50, 300, 100, 150, 50, 50, 300],
            Preset::NoBudget => [0; 7],
        }
    }

    /// The preset's budgets for a given envelope, Rp juta. The budgets add up to the envelope
    /// exactly (largest remainders get the rounding), except for [`Preset::NoBudget`], which
    /// spends nothing and leaves the envelope as it is.
    pub fn budgets(self, envelope_juta: u64) -> Budgets {
        let weights = self.shares_permille();
        if weights.iter().all(|&w| w == 0) {
            return Budgets::ZERO;
        }
        let parts = split_in_proportion(envelope_juta, &weights);
        let mut values = [0u64; 7];
        values.copy_from_slice(&parts);
        Budgets::from_array(values)
    }
}

/// Splits `total` into whole parts in proportion to `weights` (equally when they are all zero),
/// adding up to `total` exactly: the largest-remainder method, ties to the earlier part. Presets
/// and the app's keep-the-total balancing both divide money this way.
pub fn split_in_proportion(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    let weight = |i: usize| if sum == 0 { 1 } else { u128::from(weights[i]) };
    let denominator = if sum == 0 {
        weights.len().max(1) as u128
    } else {
        sum
    };
    let exact: Vec<(u64, u128)> = (0..weights.len())
        .map(|i| {
            let numerator = u128::from(total) * weight(i);
            // `numerator / denominator` <= total, which fits u64.
            let whole = u64::try_from(numerator / denominator).unwrap_or(u64::MAX);
            (whole, numerator % denominator)
        })
        .collect();
    let mut parts: Vec<u64> = exact.iter().map(|&(whole, _)| whole).collect();
    let mut left = total.saturating_sub(parts.iter().sum::<u64>());
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| exact[b].1.cmp(&exact[a].1).then(a.cmp(&b)));
    for i in order {
        if left == 0 {
            break;
        }
        parts[i] += 1;
        left -= 1;
    }
    parts
}
