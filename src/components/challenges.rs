//! The guided challenges' panel: the list to start one from; the open challenge's story, goal
//! and progress, checked against the results the page has computed (the paired comparison with
//! today's split); and, once met or given up, what the model did and why.

use yew::prelude::*;

use canting_model::{Lang, Metric, Verdict};

use crate::challenge::{self, ChallengeId, Check, Computed, Status};
use crate::components::PlannerHandle;
use crate::components::outcomes::signed;
use crate::compute::Results;
use crate::i18n::challenge_words::{self as cw, goal, setting_note, title, words};
use crate::i18n::{decimal, rupiah_in_words};
use crate::infra;
use crate::session;
use crate::state::{Action, Notice};
use crate::texts::{self, ChallengePart, Texts, use_long_texts};

/// The open challenge's title, where the focus goes when it starts.
const TITLE: &str = "challenge-title";
/// The panel's heading, where the focus goes when the header's button opens it.
pub const HEADING: &str = "challenges-heading";

#[derive(Properties, PartialEq)]
pub struct ChallengesProps {
    pub planner: PlannerHandle,
    pub results: Option<Results>,
    /// Hide the panel (with no challenge open).
    pub on_hide: Callback<()>,
}

#[function_component(ChallengesPanel)]
pub fn challenges_panel(props: &ChallengesProps) -> Html {
    let planner = &props.planner;
    let lang = planner.lang;
    let w = words(lang);
    // The stories and explanations, fetched when the panel first opens.
    let long_texts = use_long_texts();
    // After a click on "start", the focus follows the challenge into the panel.
    let focus_title = use_state(|| false);
    {
        let focus_title = focus_title.clone();
        use_effect_with(
            (planner.challenge.map(|c| c.id), *focus_title),
            move |(_, wanted)| {
                if *wanted {
                    infra::focus_by_id(TITLE);
                    focus_title.set(false);
                }
            },
        );
    }
    let start = |id: ChallengeId| {
        let (planner, focus_title) = (planner.clone(), focus_title.clone());
        Callback::from(move |_| {
            planner.dispatch(Action::OpenChallenge(id));
            focus_title.set(true);
        })
    };
    let status = planner
        .challenge
        .map(|open| (open, status_now(planner, open.id, props.results.as_ref())));
    let body = match &status {
        None => html! {
            <>
                <p class="note">{ w.intro }</p>
                { texts::challenges_status(&long_texts, lang) }
                <ol class="challenge-list">
                    { for ChallengeId::all().map(|id| {
                        let title = title(lang, id);
                        let story = long_texts.ready().and_then(|t| t.challenge(id.def().key, ChallengePart::Story, lang));
                        html! {
                            <li data-challenge={id.def().key}>
                                <h3>{ title }</h3>
                                if let Some(story) = story {
                                    <p>{ story }</p>
                                }
                                <button type="button" class="primary" onclick={start(id)}
                                    aria-label={format!("{}: {}", w.start, title)}>{ w.start }</button>
                            </li>
                        }
                    }) }
                </ol>
                <button type="button" onclick={props.on_hide.reform(|_| ())}>{ crate::i18n::words(lang).close }</button>
            </>
        },
        Some((open, status)) => open_challenge(
            planner,
            &long_texts,
            open.id,
            open.gave_up,
            status,
            props.results.as_ref(),
            start(open.id),
        ),
    };
    let state = match &status {
        None => "list",
        Some((_, status)) if status.met => "met",
        Some((_, status)) if status.provisional => "provisional",
        Some(_) => "not-met",
    };
    html! {
        <section class="panel challenges" id="challenges" aria-labelledby={HEADING}
            data-testid="challenges" data-state={state}
            data-challenge={planner.challenge.map(|c| c.id.number().to_string())}>
            <h2 id={HEADING} tabindex="-1">{ w.heading }</h2>
            { body }
        </section>
    }
}

/// The open challenge checked against what the page has computed for the scenario on screen.
fn status_now(planner: &PlannerHandle, id: ChallengeId, results: Option<&Results>) -> Status {
    let def = id.def();
    // Results of an older scenario, or against a pinned baseline, do not judge this one.
    let current = results.filter(|r| {
        !r.stale && r.spec.as_ref() == Some(&planner.spec) && planner.pinned_baseline.is_none()
    });
    let Some((r, Some(comparison), Some(baseline))) =
        current.map(|r| (r, &r.comparison, &r.baseline))
    else {
        return challenge::check(def, &planner.spec, None);
    };
    challenge::check(
        def,
        &planner.spec,
        Some(Computed {
            comparison,
            baseline,
            complete: r.complete(),
        }),
    )
}

fn open_challenge(
    planner: &PlannerHandle,
    long_texts: &Texts,
    id: ChallengeId,
    gave_up: bool,
    status: &Status,
    results: Option<&Results>,
    restart: Callback<MouseEvent>,
) -> Html {
    let lang = planner.lang;
    let w = words(lang);
    let key = id.def().key;
    let notes: Vec<String> = challenge::setting_notes(&planner.spec, |s| {
        planner.class.as_ref().is_some_and(|m| m.locks(s))
    })
    .iter()
    .map(|n| setting_note(lang, n))
    .collect();
    let waiting = status.checks.iter().any(|c| c.met.is_none());
    let verdict_line = if status.met {
        w.met
    } else if status.provisional {
        w.provisional
    } else if waiting {
        w.waiting
    } else {
        w.not_yet
    };
    let percent = (status.progress * 100.0).round() as u32;
    let dispatch = |action: Action| {
        let planner = planner.clone();
        Callback::from(move |_: MouseEvent| planner.dispatch(action.clone()))
    };
    html! {
        <div class="challenge-open" data-key={key}>
            <h3 id={TITLE} tabindex="-1">{ format!("{}. {}", id.number(), title(lang, id)) }</h3>
            if let Some(story) = long_texts.ready().and_then(|t| t.challenge(key, ChallengePart::Story, lang)) {
                <p>{ story }</p>
            } else {
                { texts::challenges_status(long_texts, lang) }
            }
            if planner.pinned_baseline.is_some() {
                <p class="note challenge-note" data-testid="challenge-pinned">
                    { w.pinned_note }{ " " }
                    <button type="button" onclick={dispatch(Action::UnpinBaseline)}>{ w.unpin }</button>
                </p>
            }
            { for notes.iter().map(|n| html! { <p class="note challenge-note" data-testid="challenge-setting-note">{ n }</p> }) }
            <h4>{ w.goal_heading }</h4>
            <ul class="goal-parts">
                { for status.checks.iter().map(|c| goal_part(lang, c, planner.spec.envelope_juta)) }
            </ul>
            <div class="challenge-progress">
                <label for="challenge-progress">{ w.progress_label }</label>
                <progress id="challenge-progress" max="100" value={percent.to_string()}>{ format!("{percent}%") }</progress>
                <span>{ format!(" {percent}%") }</span>
            </div>
            <p class="challenge-verdict" role="status" aria-live="polite" data-testid="challenge-verdict"
                data-met={status.met.to_string()}>{ verdict_line }</p>
            if status.met || gave_up {
                { explanation(lang, long_texts, id, gave_up && !status.met, results, planner) }
            } else {
                <button type="button" onclick={dispatch(Action::GiveUpChallenge)}>{ w.give_up }</button>
            }
            if let Some(fragment) = session::challenge_fragment(planner) {
                <label for="challenge-link">{ w.link_label }</label>
                <div class="challenge-link">
                    <input id="challenge-link" type="text" readonly=true
                        value={format!("{}#{fragment}", infra::page_url_without_fragment())} />
                    <button type="button" onclick={{
                        let planner = planner.clone();
                        Callback::from(move |_| copy_challenge_link(&planner))
                    }}>{ w.copy_link }</button>
                </div>
                <p class="note">{ w.share_note }</p>
            }
            <div class="challenge-actions">
                <button type="button" onclick={restart}>{ w.restart }</button>
                <button type="button" onclick={dispatch(Action::CloseChallenge)}>{ w.other_challenges }</button>
            </div>
        </div>
    }
}

/// One part of the goal: what it asks, whether it is met, and where the scenario stands.
fn goal_part(lang: Lang, c: &Check, envelope_juta: u64) -> Html {
    let w = words(lang);
    let (state, badge) = match c.met {
        Some(true) => ("met", w.part_met),
        Some(false) => ("not-met", w.part_not_met),
        None => ("waiting", w.part_waiting),
    };
    let now = match (c.difference, c.juta) {
        (Some((mean, verdict)), _) if mean.is_finite() => {
            let metric = goal_metric(c);
            let decimals = metric.map_or(1, |m| m.decimals());
            format!(
                "{}: {} {} ({})",
                w.now,
                signed(lang, mean, decimals),
                w.vs_today,
                verdict.label(lang)
            )
        }
        (_, Some((amount, _))) => format!("{}: {}", w.now, rupiah_in_words(lang, amount)),
        _ => String::new(),
    };
    html! {
        <li data-met={state}>
            <span class="goal-badge">{ badge }</span>{ " " }
            { goal(lang, &c.goal, envelope_juta) }{ ". " }
            <span class="goal-now">{ now }</span>
        </li>
    }
}

fn goal_metric(c: &Check) -> Option<Metric> {
    use challenge::Goal;
    match c.goal {
        Goal::Gain { metric, .. }
        | Goal::GainShare { metric, .. }
        | Goal::NotWorse(metric)
        | Goal::WithinOf { metric, .. } => Some(metric),
        _ => None,
    }
}

/// What the model did and why, with the scenario's own figures from the page's results.
fn explanation(
    lang: Lang,
    long_texts: &Texts,
    id: ChallengeId,
    gave_up: bool,
    results: Option<&Results>,
    planner: &PlannerHandle,
) -> Html {
    let w = words(lang);
    // Until the texts are here, the status in the story's place above says why they are not.
    let part = |part| long_texts.ready()?.challenge(id.def().key, part, lang);
    let told = part(ChallengePart::Explanation)
        .zip(part(ChallengePart::Mechanism))
        .zip(part(ChallengePart::Agents));
    let current = results.filter(|r| r.spec.as_ref() == Some(&planner.spec));
    let figures = current.and_then(|r| Some((r.scenario.clone()?, r.comparison.clone()?)));
    html! {
        <div class="challenge-explanation" data-testid="challenge-explanation">
            <h4>{ w.explanation_heading }</h4>
            if gave_up {
                <p class="note">{ w.gave_up_note }</p>
            }
            if let Some(((explanation, mechanism), agents)) = told {
                <p>{ explanation }</p>
                <p><strong>{ w.mechanism }{ ": " }</strong>{ mechanism }</p>
                <p><strong>{ w.agents }{ ": " }</strong>{ agents }</p>
            }
            if let Some((summary, comparison)) = figures {
                <h5>{ w.figures_heading }</h5>
                <ul class="challenge-figures">
                    { for id.def().look_at.iter().map(|m| {
                        let month = comparison.months.last().copied().unwrap_or(0);
                        let diff = comparison.difference(*m).mean.last().copied().unwrap_or(f64::NAN);
                        let verdict: Verdict = comparison.verdict(*m, month);
                        html! {
                            <li data-metric={m.key()}>
                                { m.label(lang) }{ ": " }
                                <strong>{ decimal(lang, summary.final_value(*m), m.decimals()) }</strong>
                                { format!(" ({}; {} {}, {})", m.unit(lang), signed(lang, diff, m.decimals()), w.vs_today, verdict.label(lang)) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </div>
    }
}

/// Copies the link that sends this challenge from its start, and says so.
fn copy_challenge_link(planner: &PlannerHandle) {
    let Some(fragment) = session::challenge_fragment(planner) else {
        return;
    };
    let url = format!("{}#{fragment}", infra::page_url_without_fragment());
    let planner = planner.clone();
    yew::platform::spawn_local(async move {
        let notice = match infra::copy_to_clipboard(&url).await {
            Ok(()) => Notice::ChallengeLinkCopied,
            Err(()) => Notice::CopyFailed,
        };
        planner.dispatch(Action::Notify(notice));
    });
}

/// The words' module, for the page's header button.
pub fn button_label(lang: Lang) -> &'static str {
    cw::words(lang).open_panel
}
