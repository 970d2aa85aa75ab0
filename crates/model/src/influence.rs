//! The assumptions that matter most for each outcome, from the Morris screening
//! (`canting sensitivity --format rust`: 10 trajectories, 8 runs, 5 years, seed 2014).
//! Generated: rerun the command into this file, then `cargo fmt`.

use crate::Metric;

/// The parameters with the largest effect on an outcome, largest first, with their mu*
/// (the outcome's mean absolute change across the parameter's plausible range).
pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {
    match m {
        Metric::Competitiveness => &[
            ("youth_entry_prob", 1.151),
            ("youth_pool_per_year", 1.049),
            ("share_over_50", 0.802),
            ("comp_weight_reach", 0.777),
            ("closure_score_sensitivity", 0.749),
        ],
        Metric::TrainingUptake => &[
            ("training_obsolescence_rate", 9.621),
            ("stop_rate", 8.847),
            ("training_cost_rp_juta", 7.208),
            ("apply_base", 6.754),
            ("peer_spread_q", 5.474),
        ],
        Metric::ObstacleTrainingGap => &[
            ("apply_base", 18.736),
            ("reach_base", 9.514),
            ("apply_tech_penalty", 5.061),
            ("followup_apply_gain", 4.719),
            ("reach_tech_penalty", 4.451),
        ],
        Metric::ObstacleYouthDisinterest => &[
            ("youth_entry_prob", 14.539),
            ("youth_pool_per_year", 2.977),
            ("entry_wage_sensitivity", 2.187),
            ("adult_pool_per_year", 1.575),
            ("share_over_50", 1.551),
        ],
        Metric::ObstacleTechIlliteracy => &[
            ("tech_literacy_age_slope", 25.225),
            ("tech_literacy_at_18", 23.942),
            ("tech_threshold", 22.306),
            ("tech_literacy_spread", 7.002),
            ("quit_rate_young", 6.304),
        ],
        Metric::ObstacleSeverity => &[
            ("severity_weight_technology", 17.399),
            ("tech_literacy_age_slope", 9.231),
            ("severity_weight_youth", 9.210),
            ("tech_literacy_at_18", 8.958),
            ("tech_threshold", 8.366),
        ],
        Metric::ExportsUsdM => &[
            ("share_export_init", 3.408),
            ("export_output_share", 2.198),
            ("export_usd_per_artisan_year", 1.629),
            ("business_size_tail", 1.421),
            ("reach_price_export", 1.000),
        ],
        Metric::Employment => &[
            ("quit_rate_young", 3363.900),
            ("adult_pool_per_year", 2270.981),
            ("adult_entry_prob", 1405.406),
            ("exit_rate_65_75", 1007.306),
            ("exit_rate_55_65", 991.294),
        ],
        _ => &[],
    }
}
