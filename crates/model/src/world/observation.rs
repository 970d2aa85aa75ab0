//! Observation (`docs/MODEL.md` section 7, "Observation"): the metrics of a month, computed
//! from the state into plain numbers; observing never changes the state.
//!
//! ```text
//! competitiveness  50 (w_q Q/Q0 + w_p P/P0 + w_c c0/c + w_r R/R0), the comp_weight_* weights
//!                  normalised; Q quality, P productivity, c unit cost (artisan-weighted
//!                  means), R businesses' mean reach score (the market ladder, economics.rs),
//!                  50 = month 0
//! training gap     100 (1 - applying / (offered + gap_unapplied_places)), over the last 12
//!                  months: the share of places offered or sought that did not end with the
//!                  artisan applying the training (100 when nothing was offered)
//! youth            100 (1 - entered / considered), young people over the last 12 months
//! technology       100 x artisans below tech_threshold / artisans
//! severity         the three obstacles' mean, weighted by severity_weight_* (normalised)
//! network          links per open business (each link counted at both ends) and the share
//!                  of open businesses with a mentoring link
//! ```
//!
//! A month in which the city has no artisans has no value (NaN) for every average or share
//! over artisans and the composites built from them, and a month with no business open none
//! for the shares of businesses (`Metric::may_have_no_value`): 0 would read as "free" or
//! "unpaid". Counts and totals (employment, sales, exports) stay numbers: an empty city truly
//! sells nothing. Only what is recorded changes; the state the next month reads does not.

use super::{MENTORED, World};
use crate::metrics::Metric;

/// The city's parts of competitiveness at one month.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Parts {
    quality: f64,
    productivity: f64,
    cost: f64,
    reach: f64,
}

/// Sums over businesses at the end of a month, for the metrics.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct MonthSums {
    n: f64,
    quality: f64,
    productivity: f64,
    cost: f64,
    revenue: f64,
    exports: f64,
    wage: f64,
    businesses: f64,
    beyond_city: f64,
    reach_score: f64,
    online: f64,
    certified: f64,
    links: f64,
    mentored: f64,
}

/// The month's counts over the businesses, summed as integers.
#[derive(Default)]
struct Counts {
    artisans: u32,
    businesses: u32,
    online: u32,
    certified: u32,
    beyond_city: u32,
    links: u32,
    mentored: u32,
}

/// One seeded run's monthly outcomes.
#[derive(Clone, Debug, PartialEq)]
pub struct RunResult {
    /// The months reported: 0 (the starting state, the same for every scenario on a seed) to
    /// the horizon.
    pub months: Vec<u32>,
    /// The run's seed.
    pub run_seed: u64,
    data: Vec<f64>,
}

impl RunResult {
    pub(super) fn new(months: Vec<u32>, run_seed: u64, data: Vec<f64>) -> RunResult {
        RunResult {
            months,
            run_seed,
            data,
        }
    }

    /// One metric's monthly values, one per entry of `months`; NaN for a month that has no
    /// value (see [`Metric::may_have_no_value`]).
    pub fn series(&self, m: Metric) -> &[f64] {
        let len = self.months.len();
        &self.data[m.index() * len..(m.index() + 1) * len]
    }

    /// Every value, metric by metric in the order of [`Metric::ALL`], each with one value per
    /// entry of `months` (so `data()[m.index() * months.len() + t]`). For handing a run between
    /// threads or workers; [`RunResult::from_parts`] takes it back.
    pub fn data(&self) -> &[f64] {
        &self.data
    }

    /// Rebuilds a run from its parts (as [`RunResult::data`] lays them out); `None` if the
    /// numbers do not fit (wrong length, no months, an infinity, or no value (NaN) for a
    /// metric that always has one).
    pub fn from_parts(months: Vec<u32>, run_seed: u64, data: Vec<f64>) -> Option<RunResult> {
        let len = months.len();
        let fits = len > 0
            && data.len() == Metric::COUNT * len
            && Metric::ALL.iter().all(|&m| {
                data[m.index() * len..(m.index() + 1) * len]
                    .iter()
                    .all(|v| v.is_finite() || (v.is_nan() && m.may_have_no_value()))
            });
        fits.then_some(RunResult {
            months,
            run_seed,
            data,
        })
    }

    /// The value of a metric at the last month.
    pub fn final_value(&self, m: Metric) -> f64 {
        self.series(m).last().copied().unwrap_or(0.0)
    }

    /// A 64-bit fingerprint of every value (FNV-1a over the bits), for determinism checks.
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for v in &self.data {
            for b in v.to_bits().to_le_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        h
    }
}

impl World {
    /// The end of a month: the rolling counts and the sums the metrics and next month read.
    pub(super) fn end_of_month(&mut self, month: u32) {
        let ev = self.events;
        self.ring_offered.push(month, ev.offered);
        self.ring_reached.push(month, ev.reached);
        self.ring_applying.push(month, ev.taken_up);
        self.ring_exits.push(month, ev.exits);
        self.ring_adults.push(month, ev.adults_entered);
        self.end_of_month_sums();
    }

    /// One pass over the businesses at the end of a month: each one's share of artisans
    /// applying training (read by its links next month), next month's training-offer weight,
    /// and the sums behind the metrics.
    #[inline(never)]
    pub(super) fn end_of_month_sums(&mut self) {
        let mut sums = MonthSums::default();
        let (mut offer_q, mut offer_t) = (0.0f64, 0.0f64);
        // The counts are summed as integers (exact, so the same as summing them in f64).
        let mut k = Counts::default();
        let export_ref = f64::from(self.refs.revenue);
        let rows = self
            .b_alive
            .iter()
            .zip(&self.b_acc)
            .zip(&self.b_figures)
            .zip(&self.b_view)
            .zip(self.b_degree.iter().zip(&self.b_flags))
            .zip(&mut self.b_app_share);
        for (((((&alive, &acc), fig), view), (&degree, &flags)), app_share) in rows {
            if !alive {
                continue;
            }
            let n = f64::from(acc.n);
            *app_share = if acc.n > 0 {
                acc.applying as f32 / acc.n as f32
            } else {
                0.0
            };
            // The invitation weight in force is the one set at the business's last review.
            let weight = f64::from(view.offer_weight);
            offer_q += f64::from(acc.n - acc.applying) * weight;
            offer_t += f64::from(acc.low) * weight;
            let revenue = f64::from(fig.revenue);
            k.artisans += acc.n;
            sums.quality += n * f64::from(fig.quality);
            sums.productivity += n * f64::from(fig.prod);
            sums.cost += n * f64::from(fig.cost);
            sums.revenue += n * revenue;
            sums.wage += f64::from(acc.wage) * f64::from(fig.wage);
            k.businesses += 1;
            k.online += u32::from(fig.online);
            k.certified += u32::from(fig.certified);
            k.beyond_city += u32::from(fig.beyond_city);
            sums.reach_score += f64::from(fig.reach_score);
            k.links += u32::from(degree);
            k.mentored += u32::from(flags & MENTORED != 0);
            if fig.export {
                sums.exports += n * revenue / export_ref;
            }
        }
        sums.n = f64::from(k.artisans);
        sums.businesses = f64::from(k.businesses);
        sums.online = f64::from(k.online);
        sums.certified = f64::from(k.certified);
        sums.beyond_city = f64::from(k.beyond_city);
        sums.links = f64::from(k.links);
        sums.mentored = f64::from(k.mentored);
        self.offer_weight_q = offer_q;
        self.offer_weight_t = offer_t;
        let n = f64::from(self.tally.n);
        self.wage_ratio = if n > 0.0 {
            sums.wage / n / self.p.min_wage_rp_juta
        } else {
            0.0
        };
        self.sums = sums;
        let parts = self.parts();
        self.competitiveness = self.composite(parts) / 50.0;
    }

    /// The city's parts of competitiveness now.
    pub(super) fn parts(&self) -> Parts {
        let s = self.sums;
        let n = s.n.max(1.0);
        Parts {
            quality: s.quality / n,
            productivity: s.productivity / n,
            cost: s.cost / n,
            reach: s.reach_score / s.businesses.max(1.0),
        }
    }

    /// Competitiveness, 50 = this run's month 0.
    fn composite(&self, now: Parts) -> f64 {
        let w = self.refs.comp_weights.map(f64::from);
        let s = self.start_parts;
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 1.0 };
        50.0 * (w[0] * ratio(now.quality, s.quality)
            + w[1] * ratio(now.productivity, s.productivity)
            + w[2] * ratio(s.cost, now.cost)
            + w[3] * ratio(now.reach, s.reach))
    }

    /// Writes month `t`'s metrics into a run's data.
    pub(super) fn record(&self, data: &mut [f64], len: usize, t: usize) {
        let p = &self.p;
        let tally = self.tally;
        let sums = self.sums;
        let n = f64::from(tally.n).max(1.0);
        let parts = self.parts();
        let mut set = |m: Metric, v: f64| data[m.index() * len + t] = v;
        // The averages of nobody: no value rather than a number that reads as a finding.
        let over_artisans = |v: f64| if tally.n > 0 { v } else { f64::NAN };
        let over_businesses = |v: f64| {
            if sums.businesses > 0.0 { v } else { f64::NAN }
        };
        set(
            Metric::Competitiveness,
            over_artisans(self.composite(parts)),
        );
        set(
            Metric::TrainingUptake,
            over_artisans(100.0 * f64::from(tally.applying) / n),
        );
        set(
            Metric::TrainingCoverage,
            over_artisans(100.0 * f64::from(tally.trained) / n),
        );
        // Places sought but not offered count as failed, so the gap has no jump at no training.
        let offered = self.ring_offered.sum();
        let sought = offered + p.gap_unapplied_places.max(0.0);
        let gap = if sought > 0.0 {
            100.0 * (1.0 - self.ring_applying.sum() / sought)
        } else {
            100.0
        };
        let considered = self.ring_considered.sum();
        let youth = if considered > 0.0 {
            100.0 * (1.0 - self.ring_entrants.sum() / considered)
        } else {
            100.0
        };
        let tech = 100.0 * f64::from(tally.low_tech) / n;
        let gap = gap.clamp(0.0, 100.0);
        let youth = youth.clamp(0.0, 100.0);
        set(Metric::ObstacleTrainingGap, gap);
        set(Metric::ObstacleYouthDisinterest, youth);
        set(Metric::ObstacleTechIlliteracy, over_artisans(tech));
        let weights = [
            p.severity_weight_training_gap,
            p.severity_weight_youth,
            p.severity_weight_technology,
        ];
        let total: f64 = weights.iter().sum();
        let severity = if total > 0.0 {
            (weights[0] * gap + weights[1] * youth + weights[2] * tech) / total
        } else {
            (gap + youth + tech) / 3.0
        };
        set(Metric::ObstacleSeverity, over_artisans(severity));
        set(Metric::Quality, over_artisans(100.0 * parts.quality));
        set(
            Metric::Productivity,
            over_artisans(100.0 * parts.productivity / f64::from(self.refs.productivity)),
        );
        set(Metric::UnitCost, over_artisans(100.0 * parts.cost));
        set(Metric::MarketReach, over_businesses(100.0 * parts.reach));
        let businesses = sums.businesses.max(1.0);
        set(
            Metric::ShareBeyondCity,
            over_businesses(100.0 * sums.beyond_city / businesses),
        );
        let revenue = sums.revenue / sums.n.max(1.0) / f64::from(self.refs.revenue);
        let per_artisan = 12.0 * p.avg_wage_rp_juta / p.labour_share_of_revenue.max(0.01) * revenue;
        set(Metric::RevenuePerArtisan, over_artisans(per_artisan));
        set(Metric::Sales, per_artisan * f64::from(tally.n) / 1000.0);
        set(
            Metric::ExportsUsdM,
            sums.exports * p.export_output_share * p.export_usd_per_artisan_year / 1e6,
        );
        set(Metric::Employment, f64::from(tally.n));
        set(Metric::WageRatio, over_artisans(self.wage_ratio));
        set(Metric::TrainingOffered, offered);
        set(Metric::TrainingReached, self.ring_reached.sum());
        set(Metric::TrainingApplying, self.ring_applying.sum());
        set(Metric::Businesses, f64::from(self.n_alive));
        set(
            Metric::ShareOver50,
            over_artisans(100.0 * f64::from(tally.over50) / n),
        );
        set(
            Metric::ShareUnder30,
            over_artisans(100.0 * f64::from(tally.under30) / n),
        );
        set(Metric::YouthEntrants, self.ring_entrants.sum());
        set(Metric::AdultEntrants, self.ring_adults.sum());
        set(
            Metric::ActiveCooperatives,
            self.coop_active.iter().filter(|&&a| a).count() as f64,
        );
        let over50 = f64::from(tally.over50);
        set(
            Metric::UptakeOver50,
            if over50 > 0.0 {
                100.0 * f64::from(tally.applying_over50) / over50
            } else {
                f64::NAN
            },
        );
        set(
            Metric::ShareOnline,
            over_businesses(100.0 * sums.online / businesses),
        );
        set(
            Metric::ShareCertified,
            over_businesses(100.0 * sums.certified / businesses),
        );
        set(Metric::MaterialPriceIndex, f64::from(self.price_index));
        set(
            Metric::LinksPerBusiness,
            over_businesses(sums.links / businesses),
        );
        set(
            Metric::ShareMentored,
            over_businesses(100.0 * sums.mentored / businesses),
        );
    }
}
