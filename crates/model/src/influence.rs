//! The assumptions that matter most for each outcome, from the Morris screening
//! (`canting sensitivity --format rust`: 10 trajectories, 8 runs, 5 years, seed 2014).
//! Generated: rerun the command into this file, then `cargo fmt`.

use crate::Metric;

/// The parameters with the largest effect on an outcome, largest first, with their mu*
/// (the outcome's mean absolute change across the parameter's plausible range).
pub fn influential(m: Metric) -> &'static [(&'static str, f64)] {
    match m {
        Metric::Competitiveness => &[
            ("youth_entry_prob", 1.560),
            ("closure_score_sensitivity", 1.246),
            ("share_over_50", 1.120),
            ("quit_rate_young", 0.854),
            ("youth_pool_per_year", 0.790),
        ],
        Metric::TrainingUptake => &[
            ("training_cost_rp_juta", 11.169),
            ("stop_rate", 8.727),
            ("training_obsolescence_rate", 7.422),
            ("late_adoption_rate", 5.580),
            ("followup_link_weight", 4.727),
        ],
        Metric::ObstacleTrainingGap => &[
            ("apply_base", 15.057),
            ("training_cost_rp_juta", 7.993),
            ("reach_base", 7.854),
            ("gap_unapplied_places", 5.768),
            ("quit_rate_young", 4.932),
        ],
        Metric::ObstacleYouthDisinterest => &[
            ("youth_entry_prob", 13.210),
            ("youth_pool_per_year", 2.639),
            ("entry_wage_sensitivity", 2.060),
            ("quit_rate_young", 1.931),
            ("adult_pool_per_year", 1.412),
        ],
        Metric::ObstacleTechIlliteracy => &[
            ("tech_threshold", 22.650),
            ("tech_literacy_age_slope", 22.303),
            ("tech_literacy_at_18", 19.378),
            ("training_cost_rp_juta", 7.297),
            ("tech_literacy_spread", 6.901),
        ],
        Metric::ObstacleSeverity => &[
            ("severity_weight_technology", 17.737),
            ("severity_weight_youth", 10.639),
            ("tech_literacy_age_slope", 9.108),
            ("tech_literacy_at_18", 7.750),
            ("severity_weight_training_gap", 6.655),
        ],
        Metric::ExportsUsdM => &[
            ("share_export_init", 2.326),
            ("export_output_share", 1.989),
            ("business_size_tail", 1.430),
            ("export_usd_per_artisan_year", 1.240),
            ("upgrade_size_elasticity", 0.945),
        ],
        Metric::Employment => &[
            ("quit_rate_young", 4004.625),
            ("adult_pool_per_year", 2174.006),
            ("adult_entry_prob", 1172.850),
            ("youth_entry_prob", 1087.556),
            ("exit_rate_55_65", 999.656),
        ],
        _ => &[],
    }
}
