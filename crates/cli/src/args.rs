//! The command line, as clap parses it: the commands, their options and their help.
//!
//! Clap checks the shape of a command (which options it takes, that each has its one value, no
//! stray arguments). Every value stays text here, and each command reads it in its own words
//! (`--runs must be a whole number, not "many"`), so that every problem with the values is
//! named at once. File names stay as the operating system gave them: they need not be UTF-8.

use std::ffi::OsString;

use clap::{Args, Parser, Subcommand};

/// Pekalongan's batik industry under seven budget strategies, a seeded agent model.
#[derive(Parser)]
#[command(
    name = "canting",
    // Negative numbers are values to be refused in words ("--years cannot be negative"),
    // not unknown short options.
    allow_negative_numbers = true,
    subcommand_required = false,
    after_help = AFTER_HELP
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

/// What every command's help ends with.
pub(crate) const AFTER_HELP: &str = "\
FILE may be `-` for standard input; at most 64 MiB of it is read. Strategies: flagship_exports,
government_priority, networking, product_quality, finance_credibility, local_materials,
technology_wisdom. Presets: today, equal_split, training_technology, export_focus,
youth_regeneration, no_budget. A link may be pasted with the quotes, brackets or full stop around
it. Bad input exits with status 2 and names the problem; output that cannot be written exits
with status 1 (a closed pipe, as in `| head`, with 0).";

#[derive(Subcommand)]
#[command(allow_negative_numbers = true)]
pub(crate) enum Command {
    /// Runs the ensemble and prints, per metric and month, mean and 10th/50th/90th percentiles.
    ///
    /// With no scenario, link or preset it runs the default scenario (today's allocation).
    /// With a baseline, both run on the same seeds (the baseline takes the scenario's seed,
    /// runs and years; a preset baseline also its envelope and parameters) and the output adds,
    /// per metric and month, the per-run difference (scenario minus baseline): mean,
    /// 10th/50th/90th percentiles, the share of runs in which the scenario is better, and the
    /// verdict (better or worse only where 80% of runs agree and the change shows at the
    /// precision printed; "too small to show" where they agree on less). Runs use every core;
    /// the numbers are the same as on one.
    #[command(allow_negative_numbers = true, after_help = AFTER_HELP)]
    Run {
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        baseline: BaselineArgs,
        #[command(flatten)]
        plan: PlanArgs,
        #[command(flatten)]
        output: Output,
    },
    /// Prints a scenario as JSON, ready to edit (the default one unless told otherwise).
    #[command(after_help = AFTER_HELP)]
    Scenario {
        /// The scenario of a share link (the app's address, or its token).
        #[arg(long, value_name = "URL_OR_TOKEN")]
        link: Option<String>,
        /// A preset allocation.
        #[arg(long, value_name = "KEY")]
        preset: Option<String>,
    },
    /// Prints a scenario file's share token (or the app's link BASE#s=TOKEN with --base).
    #[command(after_help = AFTER_HELP)]
    Link {
        /// The scenario, as JSON (`-` for standard input).
        #[arg(value_name = "FILE.json")]
        file: OsString,
        /// The app's address, to print a whole link.
        #[arg(long, value_name = "URL")]
        base: Option<String>,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Prints every model parameter with its value, unit and source (or "assumption").
    Params {
        /// text, json or md (the table in docs/MODEL.md).
        #[arg(long, value_name = "FORMAT")]
        format: Option<String>,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Screens every parameter with a plausible range (Morris elementary effects).
    ///
    /// Default 10 trajectories of 8-run ensembles, on today's allocation and common random
    /// numbers; prints, per outcome, the parameters ranked by effect, and whether the presets'
    /// ranking survives across the ranges. A long analysis: about a minute a trajectory on two
    /// cores.
    #[command(allow_negative_numbers = true)]
    Sensitivity(SensitivityArgs),
    /// Tries random splits of today's envelope against today's split on the same seeds.
    ///
    /// N random splits (default 60, drawn evenly over all splits from seed S), each against
    /// today's split on the same seeds (R runs, default 16; Y years, default 5); prints how
    /// many beat it on each headline outcome, the best five on competitiveness and the best on
    /// severity, with their paired changes.
    #[command(allow_negative_numbers = true)]
    Splits(SplitsArgs),
    /// What Rp 100 juta more (and less) a year in each strategy changes.
    ///
    /// For each strategy, the paired change in each headline outcome at the horizon from
    /// Rp 100 juta (or JUTA) more a year, and from as much less (never below 0), every other
    /// budget held, on the scenario's seeds: mean, 10th/90th percentiles of the per-run
    /// difference, the share of runs better and the verdict.
    #[command(allow_negative_numbers = true, after_help = AFTER_HELP)]
    Marginal {
        #[command(flatten)]
        input: Input,
        /// The change in each budget, Rp juta a year (default 100).
        #[arg(long, value_name = "JUTA")]
        step: Option<String>,
        #[command(flatten)]
        plan: PlanArgs,
        #[command(flatten)]
        output: Output,
    },
    /// One budget or parameter over a range of values, or a design file of many scenarios.
    ///
    /// One strategy's budget (Rp juta) or one model parameter over a list or a range of
    /// values, the rest held; each value a full ensemble on the scenario's seeds, with every
    /// metric at the horizon and its paired change from the scenario. Or a design file: one
    /// scenario a line, as JSON or a share link (blank and # lines skipped), each run as it asks
    /// (with a baseline, paired with it on the row's seeds). JSON Lines (one object a point or
    /// row) or CSV. --shard K/N runs the K-th of N consecutive parts: the shards' outputs,
    /// concatenated in order, are the whole output (CSV's header comes with shard 1).
    #[command(allow_negative_numbers = true, after_help = AFTER_HELP)]
    Sweep(SweepArgs),
    /// Each scenario file against the baseline, with paired changes.
    ///
    /// All on the baseline's seed, runs and years (today's allocation unless a baseline is
    /// named): every metric at the horizon with its paired change.
    #[command(allow_negative_numbers = true, after_help = AFTER_HELP)]
    Compare {
        /// The scenarios, as JSON (`-` for standard input, once).
        #[arg(value_name = "FILE.json", required = true)]
        files: Vec<OsString>,
        #[command(flatten)]
        baseline: BaselineArgs,
        #[command(flatten)]
        plan: PlanArgs,
        #[command(flatten)]
        output: Output,
    },
    /// Searches for the split of the envelope that does best on an objective.
    ///
    /// The envelope is the scenario's unless given; the objective defaults to competitiveness
    /// (a weight on an obstacle rewards lowering it). Within the floors and ceilings, on common
    /// random numbers: three rounds of designed splits of N runs each (default 8) with a fitted
    /// quadratic surface, then the best candidates and the current split with the full
    /// ensemble. Prints the suggestion, the current split, the share of runs in which the
    /// suggestion beats it, and the runners-up (how flat the optimum is). Progress goes to
    /// standard error.
    #[command(allow_negative_numbers = true, after_help = AFTER_HELP)]
    Optimize(OptimizeArgs),
    /// Lists the preset allocations.
    Presets {
        #[command(flatten)]
        lang: LangArg,
    },
    /// Lists the metrics.
    Metrics {
        #[command(flatten)]
        lang: LangArg,
    },
    /// Prints, as JSON, the long texts the page loads when they are opened: the model in plain
    /// words, every parameter's source and the challenges' stories and explanations, in both
    /// languages (the site's texts.json).
    Texts,
}

/// The scenario a command starts from: at most one of a file, a link and a preset.
#[derive(Args, Default)]
pub(crate) struct Input {
    /// The scenario, as JSON (`-` for standard input).
    #[arg(long, value_name = "FILE.json")]
    pub(crate) scenario: Option<OsString>,
    /// The scenario of a share link (the app's address, or its token).
    #[arg(long, value_name = "URL_OR_TOKEN")]
    pub(crate) link: Option<String>,
    /// A preset allocation.
    #[arg(long, value_name = "KEY")]
    pub(crate) preset: Option<String>,
}

/// What a scenario is compared with: at most one of a file and a preset.
#[derive(Args, Default)]
pub(crate) struct BaselineArgs {
    /// The baseline, as JSON (`-` for standard input).
    #[arg(long, value_name = "FILE.json")]
    pub(crate) baseline: Option<OsString>,
    /// A preset allocation as the baseline.
    #[arg(long, value_name = "KEY")]
    pub(crate) baseline_preset: Option<String>,
}

impl BaselineArgs {
    pub(crate) fn is_given(&self) -> bool {
        self.baseline.is_some() || self.baseline_preset.is_some()
    }
}

/// `--seed`, `--runs` and `--years`, each replacing the scenario's own when given.
#[derive(Args, Default)]
pub(crate) struct PlanArgs {
    /// The seed of the ensemble.
    #[arg(long, value_name = "N")]
    pub(crate) seed: Option<String>,
    /// Runs of the ensemble.
    #[arg(long, value_name = "R")]
    pub(crate) runs: Option<String>,
    /// Years of each run, 1 to 10.
    #[arg(long, value_name = "Y")]
    pub(crate) years: Option<String>,
}

/// `--format json|csv` and `--lang id|en`.
#[derive(Args, Default)]
pub(crate) struct Output {
    /// json (the default) or csv.
    #[arg(long, value_name = "FORMAT")]
    pub(crate) format: Option<String>,
    #[command(flatten)]
    pub(crate) lang: LangArg,
}

/// `--lang id|en`: the language of labels and messages.
#[derive(Args, Default)]
pub(crate) struct LangArg {
    /// id (Bahasa Indonesia) or en (English, the default), for labels and messages.
    #[arg(long = "lang", value_name = "LANG")]
    pub(crate) lang: Option<String>,
}

#[derive(Args, Default)]
pub(crate) struct SweepArgs {
    /// The strategy whose budget is swept.
    #[arg(long, value_name = "STRATEGY")]
    pub(crate) budget: Option<String>,
    /// The model parameter that is swept.
    #[arg(long, value_name = "KEY")]
    pub(crate) param: Option<String>,
    /// The values, A,B,...
    #[arg(long, value_name = "A,B,...", allow_hyphen_values = true)]
    pub(crate) values: Option<String>,
    /// The values, FROM:TO:STEP.
    #[arg(long, value_name = "FROM:TO:STEP", allow_hyphen_values = true)]
    pub(crate) range: Option<String>,
    /// A design file: one scenario a line, as JSON or a share link.
    #[arg(long, value_name = "FILE")]
    pub(crate) design: Option<OsString>,
    /// Run the K-th of N consecutive parts.
    #[arg(long, value_name = "K/N")]
    pub(crate) shard: Option<String>,
    #[command(flatten)]
    pub(crate) input: Input,
    #[command(flatten)]
    pub(crate) baseline: BaselineArgs,
    #[command(flatten)]
    pub(crate) plan: PlanArgs,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Args, Default)]
pub(crate) struct OptimizeArgs {
    #[command(flatten)]
    pub(crate) input: Input,
    /// What to maximise: METRIC[=WEIGHT],... (default competitiveness).
    #[arg(long, value_name = "METRIC[=WEIGHT],...", allow_hyphen_values = true)]
    pub(crate) objective: Option<String>,
    /// The envelope to split, Rp juta a year (the scenario's unless given).
    #[arg(long, value_name = "JUTA")]
    pub(crate) envelope: Option<String>,
    /// The least each strategy may have, STRATEGY=JUTA,...
    #[arg(long, value_name = "STRATEGY=JUTA,...")]
    pub(crate) floor: Option<String>,
    /// The most each strategy may have, STRATEGY=JUTA,...
    #[arg(long, value_name = "STRATEGY=JUTA,...")]
    pub(crate) ceiling: Option<String>,
    /// Runs of each designed split in the search (default 8).
    #[arg(long, value_name = "N")]
    pub(crate) search_runs: Option<String>,
    #[command(flatten)]
    pub(crate) plan: PlanArgs,
    #[command(flatten)]
    pub(crate) output: Output,
}

#[derive(Args, Default)]
pub(crate) struct SensitivityArgs {
    /// Morris trajectories (default 10).
    #[arg(long, value_name = "R")]
    pub(crate) trajectories: Option<String>,
    /// Runs of each ensemble (default 8).
    #[arg(long, value_name = "N")]
    pub(crate) runs: Option<String>,
    /// Years of each run (default 5).
    #[arg(long, value_name = "Y")]
    pub(crate) years: Option<String>,
    /// The seed of the runs and of the trajectories.
    #[arg(long, value_name = "S")]
    pub(crate) seed: Option<String>,
    /// text, json, md or rust.
    #[arg(long, value_name = "FORMAT")]
    pub(crate) format: Option<String>,
    #[command(flatten)]
    pub(crate) lang: LangArg,
}

#[derive(Args, Default)]
pub(crate) struct SplitsArgs {
    /// How many random splits (default 60).
    #[arg(long, value_name = "N")]
    pub(crate) count: Option<String>,
    /// Runs of each ensemble (default 16).
    #[arg(long, value_name = "R")]
    pub(crate) runs: Option<String>,
    /// Years of each run (default 5).
    #[arg(long, value_name = "Y")]
    pub(crate) years: Option<String>,
    /// The seed the splits are drawn from (default 7).
    #[arg(long, value_name = "S")]
    pub(crate) seed: Option<String>,
}
