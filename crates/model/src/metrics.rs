//! The outcomes the model reports every month, with their keys, labels, units and ranges.

use crate::Lang;

/// One monthly outcome of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// Competitiveness, 0-100: quality, productivity, cost and market reach of the businesses,
    /// weighted by their artisans.
    Competitiveness,
    /// Training uptake, %: artisans who were reached by training and now apply it.
    TrainingUptake,
    /// Obstacle 1, 0-100: training does not reach artisans (half) or is not applied by those it
    /// reached (half).
    ObstacleTrainingGap,
    /// Obstacle 2, 0-100: how far the young who entered in the last 12 months fall short of
    /// replacing the artisans who left.
    ObstacleYouthDisinterest,
    /// Obstacle 3, 0-100: the share of artisans below the technology-literacy threshold.
    ObstacleTechIlliteracy,
    /// The three obstacles' mean, 0-100.
    ObstacleSeverity,
    /// Batik exports, US$ millions a year (the month's exports times 12).
    ExportsUsdM,
    /// Artisans at work.
    Employment,
    /// The artisans' average wage divided by the minimum wage.
    WageRatio,
    /// Training places offered in the last 12 months (the funnel's first step).
    TrainingOffered,
    /// Of those offers, artisans reached in the last 12 months.
    TrainingReached,
    /// Of those reached, artisans who started applying it in the last 12 months.
    TrainingApplying,
    /// Batik businesses open.
    Businesses,
    /// Share of artisans over 50, %.
    ShareOver50,
    /// Young people who entered batik work in the last 12 months.
    YouthEntrants,
    /// Active cooperatives.
    ActiveCooperatives,
    /// Training uptake among artisans over 50, %.
    UptakeOver50,
    /// Artisans ever reached by training (formal or from peers), %.
    TrainingCoverage,
    /// Unit cost, index (1 = the average at the start).
    UnitCost,
    /// The imported-material price index (1 = the start): the run's price shocks, the same
    /// for every scenario on a seed.
    MaterialPriceIndex,
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
        Metric::ExportsUsdM,
        Metric::Employment,
        Metric::WageRatio,
        Metric::TrainingOffered,
        Metric::TrainingReached,
        Metric::TrainingApplying,
        Metric::Businesses,
        Metric::ShareOver50,
        Metric::YouthEntrants,
        Metric::ActiveCooperatives,
        Metric::UptakeOver50,
        Metric::TrainingCoverage,
        Metric::UnitCost,
        Metric::MaterialPriceIndex,
    ];

    /// The number of metrics.
    pub const COUNT: usize = Metric::ALL.len();

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
            Metric::ExportsUsdM => "exports_usd_m",
            Metric::Employment => "employment",
            Metric::WageRatio => "wage_ratio",
            Metric::TrainingOffered => "training_offered",
            Metric::TrainingReached => "training_reached",
            Metric::TrainingApplying => "training_applying",
            Metric::Businesses => "businesses",
            Metric::ShareOver50 => "share_over_50",
            Metric::YouthEntrants => "youth_entrants",
            Metric::ActiveCooperatives => "active_cooperatives",
            Metric::UptakeOver50 => "uptake_over_50",
            Metric::TrainingCoverage => "training_coverage",
            Metric::UnitCost => "unit_cost",
            Metric::MaterialPriceIndex => "material_price_index",
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
            Metric::ExportsUsdM => lang.pick("Ekspor batik", "Batik exports"),
            Metric::Employment => lang.pick("Perajin bekerja", "Artisans at work"),
            Metric::WageRatio => {
                lang.pick("Upah terhadap upah minimum", "Wage against minimum wage")
            }
            Metric::TrainingOffered => lang.pick("Pelatihan ditawarkan", "Training offered"),
            Metric::TrainingReached => lang.pick("Pelatihan menjangkau", "Training reached"),
            Metric::TrainingApplying => lang.pick("Pelatihan diterapkan", "Training applied"),
            Metric::Businesses => lang.pick("Usaha batik", "Batik businesses"),
            Metric::ShareOver50 => lang.pick("Perajin di atas 50 tahun", "Artisans over 50"),
            Metric::YouthEntrants => lang.pick("Kaum muda masuk", "Young entrants"),
            Metric::ActiveCooperatives => lang.pick("Koperasi aktif", "Active cooperatives"),
            Metric::UptakeOver50 => {
                lang.pick("Serapan pelatihan, di atas 50", "Training uptake, over 50")
            }
            Metric::TrainingCoverage => lang.pick("Cakupan pelatihan", "Training coverage"),
            Metric::UnitCost => lang.pick("Biaya satuan", "Unit cost"),
            Metric::MaterialPriceIndex => {
                lang.pick("Indeks harga bahan impor", "Imported-material price index")
            }
        }
    }

    /// The unit shown next to values.
    pub fn unit(self, lang: Lang) -> &'static str {
        match self {
            Metric::Competitiveness
            | Metric::ObstacleTrainingGap
            | Metric::ObstacleYouthDisinterest
            | Metric::ObstacleTechIlliteracy
            | Metric::ObstacleSeverity => lang.pick("indeks 0-100", "index 0-100"),
            Metric::TrainingUptake
            | Metric::ShareOver50
            | Metric::UptakeOver50
            | Metric::TrainingCoverage => lang.pick("% perajin", "% of artisans"),
            Metric::ExportsUsdM => lang.pick("juta US$ per tahun", "US$ million a year"),
            Metric::Employment => lang.pick("perajin", "artisans"),
            Metric::WageRatio => lang.pick("x upah minimum", "x minimum wage"),
            Metric::TrainingOffered | Metric::TrainingReached | Metric::TrainingApplying => {
                lang.pick("perajin per 12 bulan", "artisans per 12 months")
            }
            Metric::Businesses => lang.pick("usaha", "businesses"),
            Metric::YouthEntrants => lang.pick("orang per 12 bulan", "people per 12 months"),
            Metric::ActiveCooperatives => lang.pick("koperasi", "cooperatives"),
            Metric::UnitCost | Metric::MaterialPriceIndex => {
                lang.pick("indeks (1 = awal)", "index (1 = start)")
            }
        }
    }

    /// The range every value lies in, when the metric has a fixed one.
    pub fn range(self) -> Option<(f64, f64)> {
        match self {
            Metric::Competitiveness
            | Metric::TrainingUptake
            | Metric::ObstacleTrainingGap
            | Metric::ObstacleYouthDisinterest
            | Metric::ObstacleTechIlliteracy
            | Metric::ObstacleSeverity
            | Metric::ShareOver50
            | Metric::UptakeOver50
            | Metric::TrainingCoverage => Some((0.0, 100.0)),
            _ => None,
        }
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
