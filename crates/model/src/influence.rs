//! The assumptions that matter most for each outcome, from the Morris screening
//! (`canting sensitivity --format rust`: 10 trajectories, 8 runs, 5 years, seed 2014).
//! Generated: rerun the command into this file, then `cargo fmt`.

use crate::Metric;

/// The parameters with the largest effect on an outcome, largest first, with their mu*
/// (the outcome's mean absolute change across the parameter's plausible range).
pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {
    match m {
        Metric::Competitiveness => &[
            ("youth_entry_prob", 1.798),
            ("closure_score_sensitivity", 1.363),
            ("youth_pool_per_year", 1.250),
            ("quality_init_spread", 1.031),
            ("share_over_50", 0.961),
        ],
        Metric::TrainingUptake => &[
            ("training_obsolescence_rate", 10.663),
            ("links_per_business_init", 8.746),
            ("peer_spread_q", 8.514),
            ("stop_rate", 8.366),
            ("apply_base", 7.486),
        ],
        Metric::ObstacleTrainingGap => &[
            ("apply_base", 16.606),
            ("reach_base", 7.103),
            ("training_cost_rp_juta", 5.408),
            ("followup_apply_gain", 5.054),
            ("apply_tech_penalty", 4.747),
        ],
        Metric::ObstacleYouthDisinterest => &[
            ("youth_entry_prob", 14.156),
            ("youth_pool_per_year", 2.665),
            ("share_over_50", 1.911),
            ("quit_rate_young", 1.903),
            ("adult_pool_per_year", 1.673),
        ],
        Metric::ObstacleTechIlliteracy => &[
            ("tech_literacy_age_slope", 25.635),
            ("tech_threshold", 21.178),
            ("tech_literacy_at_18", 20.999),
            ("training_cost_rp_juta", 7.449),
            ("quit_rate_young", 7.251),
        ],
        Metric::ObstacleSeverity => &[
            ("severity_weight_technology", 16.780),
            ("tech_literacy_age_slope", 10.338),
            ("severity_weight_youth", 10.062),
            ("apply_base", 6.889),
            ("tech_literacy_at_18", 6.565),
        ],
        Metric::ExportsUsdM => &[
            ("share_export_init", 3.198),
            ("export_output_share", 2.227),
            ("export_usd_per_artisan_year", 1.783),
            ("upgrade_size_elasticity", 1.188),
            ("reach_price_export", 1.119),
        ],
        Metric::Employment => &[
            ("quit_rate_young", 3915.806),
            ("adult_pool_per_year", 2427.169),
            ("adult_entry_prob", 1198.612),
            ("exit_rate_55_65", 957.394),
            ("youth_entry_prob", 942.038),
        ],
        _ => &[],
    }
}
