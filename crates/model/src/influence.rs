//! The assumptions that matter most for each outcome, from the Morris screening
//! (`canting sensitivity --format rust`: 10 trajectories, 8 runs, 5 years, seed 2014).
//! Generated: rerun the command into this file, then `cargo fmt`.

use crate::Metric;

/// The parameters with the largest effect on an outcome, largest first, with their mu*
/// (the outcome's mean absolute change across the parameter's plausible range).
pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {
    match m {
        Metric::Competitiveness => &[
            ("youth_entry_prob", 1.573),
            ("closure_score_sensitivity", 1.244),
            ("share_over_50", 1.111),
            ("quit_rate_young", 0.874),
            ("youth_pool_per_year", 0.785),
        ],
        Metric::TrainingUptake => &[
            ("training_cost_rp_juta", 11.150),
            ("stop_rate", 8.716),
            ("training_obsolescence_rate", 7.415),
            ("late_adoption_rate", 5.646),
            ("followup_link_weight", 4.721),
        ],
        Metric::ObstacleTrainingGap => &[
            ("apply_base", 15.054),
            ("reach_base", 7.919),
            ("training_cost_rp_juta", 7.845),
            ("gap_unapplied_places", 5.768),
            ("quit_rate_young", 4.896),
        ],
        Metric::ObstacleYouthDisinterest => &[
            ("youth_entry_prob", 13.199),
            ("youth_pool_per_year", 2.663),
            ("entry_wage_sensitivity", 2.107),
            ("quit_rate_young", 1.943),
            ("adult_pool_per_year", 1.400),
        ],
        Metric::ObstacleTechIlliteracy => &[
            ("tech_threshold", 22.642),
            ("tech_literacy_age_slope", 22.325),
            ("tech_literacy_at_18", 19.377),
            ("training_cost_rp_juta", 7.314),
            ("tech_literacy_spread", 6.907),
        ],
        Metric::ObstacleSeverity => &[
            ("severity_weight_technology", 17.741),
            ("severity_weight_youth", 10.636),
            ("tech_literacy_age_slope", 9.120),
            ("tech_literacy_at_18", 7.747),
            ("severity_weight_training_gap", 6.633),
        ],
        Metric::ExportsUsdM => &[
            ("share_export_init", 2.350),
            ("export_output_share", 1.899),
            ("business_size_tail", 1.324),
            ("export_usd_per_artisan_year", 1.202),
            ("upgrade_size_elasticity", 0.899),
        ],
        Metric::Employment => &[
            ("quit_rate_young", 4003.144),
            ("adult_pool_per_year", 2162.025),
            ("adult_entry_prob", 1165.162),
            ("youth_entry_prob", 1085.231),
            ("exit_rate_55_65", 993.206),
        ],
        _ => &[],
    }
}
