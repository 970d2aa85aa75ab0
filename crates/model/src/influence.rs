//! The assumptions that matter most for each outcome, from the Morris screening
//! (`canting sensitivity --format rust`: 10 trajectories, 8 runs, 5 years, seed 2014).
//! Generated: rerun the command into this file, then `cargo fmt`.

use crate::Metric;

/// The parameters with the largest effect on an outcome, largest first, with their mu*
/// (the outcome's mean absolute change across the parameter's plausible range).
pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {
    match m {
        Metric::Competitiveness => &[
            ("youth_entry_prob", 1.769),
            ("online_trend_per_year", 1.289),
            ("closure_score_sensitivity", 1.088),
            ("business_turnover_rate", 1.001),
            ("comp_weight_reach", 0.996),
        ],
        Metric::TrainingUptake => &[
            ("training_obsolescence_rate", 10.882),
            ("stop_rate", 9.810),
            ("peer_spread_q", 8.097),
            ("training_cost_rp_juta", 7.121),
            ("apply_base", 5.567),
        ],
        Metric::ObstacleTrainingGap => &[
            ("apply_base", 16.951),
            ("reach_base", 11.283),
            ("reach_age_penalty", 5.192),
            ("reach_tech_penalty", 5.048),
            ("apply_tech_penalty", 4.822),
        ],
        Metric::ObstacleYouthDisinterest => &[
            ("youth_entry_prob", 11.828),
            ("youth_pool_per_year", 2.763),
            ("share_over_50", 1.569),
            ("entry_wage_sensitivity", 1.425),
            ("loan_rate", 0.961),
        ],
        Metric::ObstacleTechIlliteracy => &[
            ("tech_literacy_age_slope", 34.607),
            ("tech_threshold", 25.415),
            ("tech_literacy_at_18", 23.735),
            ("share_over_50", 5.842),
            ("quit_rate_young", 5.467),
        ],
        Metric::ObstacleSeverity => &[
            ("severity_weight_technology", 12.818),
            ("tech_literacy_age_slope", 12.499),
            ("severity_weight_youth", 9.992),
            ("tech_literacy_at_18", 9.387),
            ("tech_threshold", 8.440),
        ],
        Metric::ExportsUsdM => &[
            ("share_export_init", 3.277),
            ("export_output_share", 2.656),
            ("export_usd_per_artisan_year", 1.324),
            ("business_size_tail", 0.967),
            ("reach_price_export", 0.868),
        ],
        Metric::Employment => &[
            ("quit_rate_young", 2938.537),
            ("adult_pool_per_year", 1998.881),
            ("youth_entry_prob", 1177.912),
            ("adult_entry_prob", 1029.112),
            ("exit_rate_55_65", 955.031),
        ],
        _ => &[],
    }
}
