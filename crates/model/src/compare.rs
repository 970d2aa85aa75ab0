//! Differences between two scenarios on the same seeds: run `i` of one and run `i` of the other
//! meet the same dice (common random numbers), so the per-run difference is the policy's
//! effect in that world. A comparison summarises the per-run differences per month (mean,
//! 10th, 50th and 90th percentiles) and how many runs agree on its sign; "better" or "worse"
//! is said only where at least [`AGREEMENT`] of the runs agree, the mean difference points the
//! same way, it is at least the metric's resolution (what the page can show), and at least
//! [`MIN_PAIRS`] runs are paired; where the runs agree on a change smaller than that, it is
//! "too small to show", not "no clear difference". A pair in which either run has no value for a month (an
//! empty city) is left out of that month.

use crate::ensemble::percentile;
use crate::world::RunResult;
use crate::{Lang, Metric, Scenario, Summary, run_seed};

/// The share of runs that must agree on the sign of a difference before it is called better or
/// worse.
pub const AGREEMENT: f64 = 0.8;

/// The fewest paired runs a verdict is given on: with fewer, even unanimous runs could be
/// chance (all of 7 agree by chance about once in 64).
pub const MIN_PAIRS: u32 = 8;

/// The per-run differences of one metric (scenario minus baseline), one value per month.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Difference {
    /// The mean difference.
    pub mean: Vec<f64>,
    /// The 10th percentile of the per-run differences.
    pub p10: Vec<f64>,
    /// The median per-run difference.
    pub p50: Vec<f64>,
    /// The 90th percentile of the per-run differences.
    pub p90: Vec<f64>,
    /// The share of runs in which the scenario's value is higher.
    pub share_higher: Vec<f64>,
    /// The share of runs in which it is lower.
    pub share_lower: Vec<f64>,
    /// How many pairs have a value this month: a pair in which either run has none (an empty
    /// city, [`Metric::may_have_no_value`]) is left out, and the shares are of the rest.
    pub pairs: Vec<u32>,
}

/// What a difference means for a metric, judged by how many runs agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// At least [`AGREEMENT`] of the runs are better, and so is the mean, by a visible amount.
    Better,
    /// At least [`AGREEMENT`] of the runs are worse, and so is the mean, by a visible amount.
    Worse,
    /// The runs disagree, or the mean points the other way from most of them: within chance.
    NoClearDifference,
    /// At least [`AGREEMENT`] of the runs move the same way, and so does the mean, but by less
    /// than the metric's shown precision: a real change, too small to show.
    TooSmallToShow,
    /// Every run gives the same value.
    Same,
    /// Fewer than [`MIN_PAIRS`] runs have arrived, or have a value this month: too few to
    /// judge.
    TooFewRuns,
    /// No pair of runs has a value this month (the city has no artisans, or no business, in
    /// every run of one side).
    NoValue,
    /// The runs agree that it is higher (or lower), for a metric that is neither better nor
    /// worse when higher.
    Higher,
    /// See [`Verdict::Higher`].
    Lower,
}

impl Verdict {
    /// The verdict in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Verdict::Better => lang.pick("lebih baik", "better"),
            Verdict::Worse => lang.pick("lebih buruk", "worse"),
            Verdict::NoClearDifference => {
                lang.pick("tidak ada beda yang jelas", "no clear difference")
            }
            Verdict::TooSmallToShow => {
                lang.pick("terlalu kecil untuk ditampilkan", "too small to show")
            }
            Verdict::Same => lang.pick("sama", "the same"),
            Verdict::TooFewRuns => lang.pick(
                "ulangan masih terlalu sedikit untuk menilai",
                "too few runs yet to judge",
            ),
            Verdict::Higher => lang.pick("lebih tinggi", "higher"),
            Verdict::Lower => lang.pick("lebih rendah", "lower"),
            Verdict::NoValue => lang.pick(
                "tidak ada nilai: kota tanpa perajin atau usaha",
                "no value: the city has no artisans or businesses",
            ),
        }
    }

    /// The verdict in words for a difference of `m`: as [`Verdict::label`], except that a
    /// change too small to show says how small ("smaller than 0.05"), which stays true beside a
    /// figure written with more decimals than the headline's.
    pub fn label_for(self, m: Metric, lang: Lang) -> String {
        match self {
            Verdict::TooSmallToShow => {
                let bound = format!("{:.*}", m.decimals() + 1, m.resolution());
                match lang {
                    Lang::Id => format!("lebih kecil dari {}", bound.replace('.', ",")),
                    Lang::En => format!("smaller than {bound}"),
                }
            }
            other => other.label(lang).to_string(),
        }
    }

    /// How many decimals a difference of `m` is written with in the planning tools' tables,
    /// which show one more than the headline's; a change too small to show gets one more still
    /// (see [`Verdict::written_mean`]).
    pub fn decimals_for(self, m: Metric) -> usize {
        match self {
            Verdict::TooSmallToShow => m.decimals() + 2,
            _ => m.decimals() + 1,
        }
    }

    /// The mean difference of `m` as those tables write it, with [`Verdict::decimals_for`]
    /// decimals: a change too small to show is cut towards zero rather than rounded, so that it
    /// is never written at its bound or above ("0.049", not "0.050", for 0.0496 beside
    /// "smaller than 0.05").
    pub fn written_mean(self, m: Metric, mean: f64) -> f64 {
        match self {
            Verdict::TooSmallToShow => {
                let scale = libm::pow(10.0, self.decimals_for(m) as f64);
                libm::trunc(mean * scale) / scale
            }
            _ => mean,
        }
    }

    /// A snake_case key for JSON and CSV.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Better => "better",
            Verdict::Worse => "worse",
            Verdict::NoClearDifference => "no_clear_difference",
            Verdict::TooSmallToShow => "too_small_to_show",
            Verdict::Same => "same",
            Verdict::TooFewRuns => "too_few_runs",
            Verdict::Higher => "higher",
            Verdict::Lower => "lower",
            Verdict::NoValue => "no_value",
        }
    }
}

/// The paired comparison of a scenario's runs with a baseline's on the same seeds.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The months compared: 0 to the horizon, or the horizon alone ([`Comparison::at_horizon`]).
    pub months: Vec<u32>,
    /// How many pairs of runs it summarises.
    pub runs: u32,
    diffs: Vec<Difference>,
}

/// Why two scenarios cannot be compared run by run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CompareError {
    /// The seeds differ, so the runs do not share their dice.
    #[error("the scenario's seed ({scenario}) differs from the baseline's ({baseline})")]
    Seed {
        /// The scenario's seed.
        scenario: u64,
        /// The baseline's seed.
        baseline: u64,
    },
    /// The horizons differ.
    #[error("the scenario runs {scenario} years and the baseline {baseline}")]
    Years {
        /// The scenario's horizon.
        scenario: u32,
        /// The baseline's horizon.
        baseline: u32,
    },
    /// The numbers of runs differ.
    #[error("the scenario has {scenario} runs and the baseline {baseline}")]
    Runs {
        /// The scenario's runs.
        scenario: u32,
        /// The baseline's runs.
        baseline: u32,
    },
}

impl CompareError {
    /// The problem in plain words, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, e) => e.to_string(),
            (Lang::Id, CompareError::Seed { scenario, baseline }) => format!(
                "benih acak skenario ({scenario}) berbeda dengan kondisi dasar ({baseline})"
            ),
            (Lang::Id, CompareError::Years { scenario, baseline }) => {
                format!("skenario berjalan {scenario} tahun dan kondisi dasar {baseline} tahun")
            }
            (Lang::Id, CompareError::Runs { scenario, baseline }) => {
                format!("skenario punya {scenario} ulangan dan kondisi dasar {baseline} ulangan")
            }
        }
    }
}

/// Checks that two scenarios can be compared run by run: the same seed, horizon and runs.
pub fn comparable(scenario: &Scenario, baseline: &Scenario) -> Result<(), CompareError> {
    if scenario.seed() != baseline.seed() {
        return Err(CompareError::Seed {
            scenario: scenario.seed(),
            baseline: baseline.seed(),
        });
    }
    if scenario.years() != baseline.years() {
        return Err(CompareError::Years {
            scenario: scenario.years(),
            baseline: baseline.years(),
        });
    }
    if scenario.runs() != baseline.runs() {
        return Err(CompareError::Runs {
            scenario: scenario.runs(),
            baseline: baseline.runs(),
        });
    }
    Ok(())
}

impl Comparison {
    /// Compares runs pair by pair: each scenario run with the baseline run of the same seed.
    /// Runs without a partner (still being computed, say) are left out; `None` if no pair
    /// shares a seed or their months differ.
    pub fn from_runs<A, B>(scenario: &[A], baseline: &[B]) -> Option<Comparison>
    where
        A: std::borrow::Borrow<RunResult>,
        B: std::borrow::Borrow<RunResult>,
    {
        Comparison::of_months(scenario, baseline, false)
    }

    /// [`Comparison::from_runs`] at the horizon only: `months` holds the last month alone, and
    /// each value is the one `from_runs` gives at that month. What the planning tools read
    /// (they compare dozens of scenarios, each time a run arrives, only at the horizon).
    pub fn at_horizon<A, B>(scenario: &[A], baseline: &[B]) -> Option<Comparison>
    where
        A: std::borrow::Borrow<RunResult>,
        B: std::borrow::Borrow<RunResult>,
    {
        Comparison::of_months(scenario, baseline, true)
    }

    fn of_months<A, B>(scenario: &[A], baseline: &[B], horizon_only: bool) -> Option<Comparison>
    where
        A: std::borrow::Borrow<RunResult>,
        B: std::borrow::Borrow<RunResult>,
    {
        let pairs: Vec<(&RunResult, &RunResult)> = scenario
            .iter()
            .filter_map(|a| {
                let a = a.borrow();
                baseline
                    .iter()
                    .map(std::borrow::Borrow::borrow)
                    .find(|b: &&RunResult| b.run_seed == a.run_seed)
                    .map(|b| (a, b))
            })
            .collect();
        let months = &pairs.first()?.0.months;
        if pairs
            .iter()
            .any(|(a, b)| a.months != *months || b.months != *months)
        {
            return None;
        }
        let len = months.len();
        // The horizon's place alone, or every month from 0.
        let from = len.saturating_sub(1) * usize::from(horizon_only);
        let mut diffs = Vec::with_capacity(Metric::COUNT);
        let mut column = Vec::with_capacity(pairs.len());
        for &m in Metric::ALL {
            let mut d = Difference::default();
            for t in from..len {
                column.clear();
                // A pair in which either run has no value this month is left out of it.
                column.extend(
                    pairs
                        .iter()
                        .map(|(a, b)| a.series(m)[t] - b.series(m)[t])
                        .filter(|x| !x.is_nan()),
                );
                d.pairs.push(column.len() as u32);
                if column.is_empty() {
                    for series in [&mut d.mean, &mut d.p10, &mut d.p50, &mut d.p90] {
                        series.push(f64::NAN);
                    }
                    d.share_higher.push(0.0);
                    d.share_lower.push(0.0);
                    continue;
                }
                let n = column.len() as f64;
                d.mean.push(column.iter().sum::<f64>() / n);
                d.share_higher
                    .push(column.iter().filter(|&&x| x > 0.0).count() as f64 / n);
                d.share_lower
                    .push(column.iter().filter(|&&x| x < 0.0).count() as f64 / n);
                column.sort_by(f64::total_cmp);
                d.p10.push(percentile(&column, 0.1));
                d.p50.push(percentile(&column, 0.5));
                d.p90.push(percentile(&column, 0.9));
            }
            diffs.push(d);
        }
        Some(Comparison {
            months: months[from..].to_vec(),
            runs: pairs.len() as u32,
            diffs,
        })
    }

    /// Where a month's values are in the series: its place in `months`, or the last place
    /// for a month past the horizon.
    fn index(&self, month: u32) -> usize {
        self.months
            .iter()
            .position(|&t| t == month)
            .unwrap_or(self.months.len().saturating_sub(1))
    }

    /// One metric's per-run differences.
    pub fn difference(&self, m: Metric) -> &Difference {
        &self.diffs[m.index()]
    }

    /// The share of runs in which the scenario is better on a metric at a month (higher or
    /// lower as the metric prefers; the share higher for a metric with no preference).
    pub fn share_better(&self, m: Metric, month: u32) -> f64 {
        let d = self.difference(m);
        let t = self.index(month);
        match m.higher_is_better() {
            Some(false) => d.share_lower.get(t).copied().unwrap_or(0.0),
            _ => d.share_higher.get(t).copied().unwrap_or(0.0),
        }
    }

    /// What the difference of a metric at a month means.
    pub fn verdict(&self, m: Metric, month: u32) -> Verdict {
        let d = self.difference(m);
        let t = self.index(month);
        let (higher, lower) = (
            d.share_higher.get(t).copied().unwrap_or(0.0),
            d.share_lower.get(t).copied().unwrap_or(0.0),
        );
        let pairs = d.pairs.get(t).copied().unwrap_or(self.runs);
        if pairs == 0 {
            return Verdict::NoValue;
        }
        if higher == 0.0 && lower == 0.0 {
            return Verdict::Same;
        }
        if self.runs < MIN_PAIRS || pairs < MIN_PAIRS {
            return Verdict::TooFewRuns;
        }
        let mean = d.mean.get(t).copied().unwrap_or(0.0);
        let agreed = if higher >= AGREEMENT && mean > 0.0 {
            Some(true)
        } else if lower >= AGREEMENT && mean < 0.0 {
            Some(false)
        } else {
            None
        };
        if agreed.is_some() && mean.abs() < m.resolution() {
            return Verdict::TooSmallToShow;
        }
        match (agreed, m.higher_is_better()) {
            (None, _) => Verdict::NoClearDifference,
            (Some(up), Some(good)) if up == good => Verdict::Better,
            (Some(_), Some(_)) => Verdict::Worse,
            (Some(true), None) => Verdict::Higher,
            (Some(false), None) => Verdict::Lower,
        }
    }
}

/// Runs a scenario and a baseline on the same seeds and compares them run by run: the two
/// summaries and the paired comparison.
pub fn run_comparison(
    scenario: &Scenario,
    baseline: &Scenario,
) -> Result<(Summary, Summary, Comparison), CompareError> {
    comparable(scenario, baseline)?;
    let runs = |s: &Scenario| -> Vec<RunResult> {
        let mut world = crate::world::World::new(s);
        (0..s.runs())
            .map(|i| world.run(run_seed(s.seed(), i)))
            .collect()
    };
    let (a, b) = (runs(scenario), runs(baseline));
    let comparison = Comparison::from_runs(&a, &b).unwrap_or(Comparison {
        months: Vec::new(),
        runs: 0,
        diffs: vec![Difference::default(); Metric::COUNT],
    });
    Ok((
        Summary::from_runs(scenario, &a),
        Summary::from_runs(baseline, &b),
        comparison,
    ))
}
