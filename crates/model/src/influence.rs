//! The assumptions that matter most for each outcome, from the Morris screening
//! (`canting sensitivity --format rust`: 10 trajectories, 8 runs, 5 years, seed 2014).
//! Generated: rerun the command into this file, then `cargo fmt`.

use crate::Metric;

/// The parameters with the largest effect on an outcome, largest first, with their mu*
/// (the outcome's mean absolute change across the parameter's plausible range).
pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {
    match m {
        Metric::Competitiveness => &[
            ("youth_entry_prob", 1.262),
            ("youth_pool_per_year", 1.134),
            ("share_over_50", 0.865),
            ("loan_rate", 0.698),
            ("quality_init_spread", 0.688),
        ],
        Metric::TrainingUptake => &[
            ("training_obsolescence_rate", 10.088),
            ("stop_rate", 9.247),
            ("training_cost_rp_juta", 7.321),
            ("apply_base", 7.075),
            ("peer_spread_q", 5.993),
        ],
        Metric::ObstacleTrainingGap => &[
            ("apply_base", 19.374),
            ("reach_base", 9.698),
            ("apply_tech_penalty", 4.894),
            ("followup_apply_gain", 4.827),
            ("reach_tech_penalty", 4.417),
        ],
        Metric::ObstacleYouthDisinterest => &[
            ("youth_entry_prob", 14.775),
            ("youth_pool_per_year", 3.330),
            ("loan_rate", 2.288),
            ("capital_elasticity", 1.954),
            ("entry_wage_sensitivity", 1.849),
        ],
        Metric::ObstacleTechIlliteracy => &[
            ("tech_literacy_age_slope", 23.170),
            ("tech_literacy_at_18", 22.515),
            ("tech_threshold", 20.815),
            ("tech_literacy_spread", 6.593),
            ("training_cost_rp_juta", 6.520),
        ],
        Metric::ObstacleSeverity => &[
            ("severity_weight_technology", 17.527),
            ("severity_weight_youth", 9.363),
            ("tech_literacy_age_slope", 8.520),
            ("tech_literacy_at_18", 8.429),
            ("tech_threshold", 7.807),
        ],
        Metric::ExportsUsdM => &[
            ("share_export_init", 3.618),
            ("export_output_share", 2.497),
            ("export_usd_per_artisan_year", 1.825),
            ("business_size_tail", 1.572),
            ("reach_price_export", 1.120),
        ],
        Metric::Employment => &[
            ("quit_rate_young", 2567.438),
            ("adult_pool_per_year", 2235.637),
            ("adult_entry_prob", 1285.688),
            ("youth_entry_prob", 1183.931),
            ("exit_rate_65_75", 1016.719),
        ],
        _ => &[],
    }
}
