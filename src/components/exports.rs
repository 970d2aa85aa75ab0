//! The downloads beside the results: every series of the scenario, the baseline and the
//! compared scenarios as one CSV, and the scenario as the JSON that `canting run --scenario`
//! reads. (Each chart has its own PNG button, in `chart.rs`.)

use yew::prelude::*;

use crate::components::PlannerHandle;
use crate::components::compare::compared_specs;
use crate::compute::Results;
use crate::export::{self, Export, Series};
use crate::i18n::export_words::{self, Refusal};
use crate::infra;
use crate::state::{Action, Notice, Planner};

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub planner: PlannerHandle,
    pub results: Option<Results>,
}

#[function_component(Exports)]
pub fn exports(props: &ExportsProps) -> Html {
    let lang = props.planner.lang;
    let ew = export_words::words(lang);
    let csv = {
        let (planner, results) = (props.planner.clone(), props.results.clone());
        Callback::from(move |_| {
            let outcome = series_of(&planner, results.as_ref()).and_then(|series| {
                let text = export::series_csv(&series);
                download(Export::Csv, export::CSV_FILE, "text/csv", &text)
            });
            if let Err(notice) = outcome {
                planner.dispatch(Action::Notify(notice));
            }
        })
    };
    let scenario = {
        let planner = props.planner.clone();
        Callback::from(move |_| {
            let outcome = if planner.spec.validate().is_err() {
                Err(Notice::ExportRefused(Export::Scenario, Refusal::Invalid))
            } else {
                export::scenario_json(&planner.spec)
                    .map_err(|e| {
                        infra::log(&format!("scenario JSON: {e}"));
                        Notice::ExportRefused(Export::Scenario, Refusal::Failed)
                    })
                    .and_then(|text| {
                        download(
                            Export::Scenario,
                            export::SCENARIO_FILE,
                            "application/json",
                            &text,
                        )
                    })
            };
            if let Err(notice) = outcome {
                planner.dispatch(Action::Notify(notice));
            }
        })
    };
    html! {
        <div class="exports" role="group" aria-label={ew.group}>
            <button type="button" data-testid="download-csv" onclick={csv}>{ ew.csv }</button>
            <button type="button" data-testid="download-scenario" onclick={scenario}>{ ew.scenario }</button>
            <p class="note">{ ew.note }</p>
        </div>
    }
}

/// Offers a text file; a refusal is said as a notice, and the browser's words go to the console.
fn download(what: Export, file_name: &str, mime: &str, text: &str) -> Result<(), Notice> {
    infra::download_text(file_name, mime, text).map_err(|e| {
        infra::log(&format!("download {file_name}: {}", e.0));
        Notice::ExportRefused(what, Refusal::Failed)
    })
}

/// The ensembles to write: the scenario, the baseline and each compared scenario, once every
/// run of each has arrived for the scenario on screen; otherwise why not.
fn series_of<'a>(
    planner: &Planner,
    results: Option<&'a Results>,
) -> Result<Vec<Series<'a>>, Notice> {
    if planner.spec.validate().is_err() || planner.baseline().validate().is_err() {
        return Err(Notice::ExportRefused(Export::Csv, Refusal::Invalid));
    }
    let not_ready = Notice::ExportRefused(Export::Csv, Refusal::NotReady);
    let results = results
        .filter(|r| r.complete() && r.spec.as_ref() == Some(&planner.spec))
        .ok_or(not_ready.clone())?;
    let (Some(scenario), Some(baseline), Some(paired)) =
        (&results.scenario, &results.baseline, &results.comparison)
    else {
        return Err(not_ready);
    };
    let mut series = vec![
        Series {
            role: "scenario".into(),
            name: String::new(),
            spec: planner.spec.clone(),
            summary: scenario,
            paired: Some(paired),
        },
        Series {
            role: "baseline".into(),
            name: String::new(),
            spec: planner.baseline(),
            summary: baseline,
            paired: None,
        },
    ];
    // The compared scenarios in the order the comparison shows them; one refused (not on the
    // baseline's settings) has no series, and is left out as the comparison leaves it out.
    let chosen = compared_specs(planner);
    for (i, (saved, aligned)) in chosen.iter().enumerate() {
        if !aligned.refused.is_empty() {
            continue;
        }
        let (summary, paired) = results
            .compared
            .iter()
            .find(|c| c.spec == aligned.spec)
            .filter(|c| c.runs_done == c.runs_total)
            .and_then(|c| Some((c.summary.as_deref()?, c.comparison.as_deref()?)))
            .ok_or(not_ready.clone())?;
        series.push(Series {
            role: format!("compared_{}", i + 1),
            name: saved.name.clone(),
            spec: aligned.spec.clone(),
            summary,
            paired: Some(paired),
        });
    }
    Ok(series)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use canting_model::{Lang, ScenarioSpec};

    use super::*;

    fn planner(years: u32) -> Planner {
        let spec = ScenarioSpec {
            years,
            runs: 2,
            ..ScenarioSpec::default()
        };
        Planner::new(spec, Lang::En)
    }

    /// The results of `planner`'s scenario with `runs_done` of its runs (and all of the
    /// baseline's) arrived.
    fn results(planner: &Planner, runs_done: u32) -> Results {
        let (scenario, baseline, comparison) = canting_model::run_comparison(
            &planner.spec.validate().unwrap(),
            &planner.baseline().validate().unwrap(),
        )
        .unwrap();
        Results {
            scenario: Some(Rc::new(scenario)),
            baseline: Some(Rc::new(baseline)),
            comparison: Some(Rc::new(comparison)),
            runs_done,
            runs_total: 4,
            scenario_runs: (runs_done, 4),
            baseline_runs: None,
            stale: false,
            spec: Some(planner.spec.clone()),
            compared_baseline: None,
            compared: Vec::new(),
            marginal: None,
            search: None,
            curve: None,
            board: Default::default(),
        }
    }

    fn refusal(outcome: Result<Vec<Series>, Notice>) -> Option<Refusal> {
        match outcome {
            Ok(_) => None,
            Err(Notice::ExportRefused(Export::Csv, why)) => Some(why),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_csv_waits_for_every_run_of_the_scenario_on_screen() {
        let p = planner(1);
        assert_eq!(refusal(series_of(&p, None)), Some(Refusal::NotReady));
        let partial = results(&p, 3);
        assert_eq!(
            refusal(series_of(&p, Some(&partial))),
            Some(Refusal::NotReady)
        );
        let older = results(&planner(2), 4);
        assert_eq!(
            refusal(series_of(&p, Some(&older))),
            Some(Refusal::NotReady)
        );
        let done = results(&p, 4);
        let series = series_of(&p, Some(&done)).expect("every run is in");
        let roles: Vec<&str> = series.iter().map(|s| s.role.as_str()).collect();
        assert_eq!(roles, ["scenario", "baseline"]);
    }

    #[test]
    fn the_csv_of_a_scenario_that_cannot_be_computed_says_why() {
        let p = planner(99);
        assert_eq!(refusal(series_of(&p, None)), Some(Refusal::Invalid));
    }
}
