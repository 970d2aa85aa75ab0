//! The artisans one by one: one seeded run of the scenario and of the baseline (the same run
//! seed), every artisan a mark in their business's block on two canvases, coloured by a chosen
//! state and played over the months, with one artisan's and one business's story under the
//! pointer. Nothing is computed or allocated until the section is opened.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use canting_model::{Lang, ScenarioSpec, trace_run};

use crate::agents::{AgentView, ColourBy, Drawn, Paint, Side};
use crate::i18n::agents_words::{self as aw, words};
use crate::i18n::thousands;
use crate::infra;
use crate::infra::canvas::{self, AnimationLoop};

/// How fast the months play.
const MONTHS_PER_SECOND: f64 = 4.0;
/// How long a changed scenario rests before its runs are traced again, in ms.
const RETRACE_AFTER_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub struct AgentsProps {
    pub lang: Lang,
    pub spec: ScenarioSpec,
    pub baseline: ScenarioSpec,
    /// The scenario on screen is not computed (it cannot be, or waits to be asked).
    pub held: bool,
}

/// What the traces were computed for: the scenario, the baseline and the run.
type TraceKey = (ScenarioSpec, ScenarioSpec, u32);

/// The canvases and what they keep between frames.
#[derive(Clone)]
struct Pictures {
    canvases: [NodeRef; 2],
    paints: Rc<RefCell<[Paint; 2]>>,
}

impl Pictures {
    /// Paints month `t` (faded by `fade`) on both canvases; what was drawn on each.
    fn paint(&self, view: &AgentView, t: u32, fade: f32) -> [Drawn; 2] {
        let mut paints = self.paints.borrow_mut();
        let (w, h) = view.size_px();
        let mut drawn = [Drawn::default(); 2];
        for (i, side) in Side::BOTH.into_iter().enumerate() {
            drawn[i] = view.paint(&mut paints[i], side, t, fade);
            let node = &self.canvases[i];
            if canvas::put_pixels(node, w as u32, h as u32, &paints[i].px) {
                canvas::set_attribute(node, "data-drawn", &drawn[i].artisans.to_string());
                canvas::set_attribute(node, "data-drawn-month", &t.to_string());
            }
        }
        drawn
    }
}

#[function_component(AgentsSection)]
pub fn agents_section(props: &AgentsProps) -> Html {
    let lang = props.lang;
    let w = words(lang);
    let open = use_state(|| false);
    let run = use_state(|| 0u32);
    let view = use_state(|| None::<Rc<AgentView>>);
    let traced_for = use_mut_ref(|| None::<TraceKey>);
    let generation = use_mut_ref(|| 0u64);
    let busy = use_state(|| false);
    let month = use_state(|| 0u32);
    let playing = use_state(|| false);
    let by = use_state(|| ColourBy::Training);
    let selected = use_state(|| None::<(Side, u32)>);
    let pictures = {
        let canvases = [use_node_ref(), use_node_ref()];
        let paints = use_mut_ref(|| {
            [
                Paint::new(ColourBy::Training),
                Paint::new(ColourBy::Training),
            ]
        });
        Pictures { canvases, paints }
    };
    let section = use_node_ref();
    // The playing position in months (fractional), shared by the slider and the frames.
    let clock = use_mut_ref(|| 0.0f64);
    let frames = use_mut_ref(|| None::<AnimationLoop>);
    let opened_at = use_mut_ref(|| None::<f64>);

    // Nothing is validated or computed while the view is closed.
    let runs = if *open {
        props.spec.validate().map_or(1, |s| s.runs()).max(1)
    } else {
        1
    };
    let run_used = (*run).min(runs - 1);

    // Trace the scenario's and the baseline's run when opened, and again when they change
    // (once the hand rests); a newer request supersedes an older one.
    {
        let (view, busy, traced_for, generation) = (
            view.clone(),
            busy.clone(),
            traced_for.clone(),
            generation.clone(),
        );
        let (month, opened_at, selected) = (month.clone(), opened_at.clone(), selected.clone());
        let key: TraceKey = (props.spec.clone(), props.baseline.clone(), run_used);
        use_effect_with((*open, props.held, key), move |(open, held, key)| {
            if !*open || *held || traced_for.borrow().as_ref() == Some(key) {
                return;
            }
            let (Ok(scenario), Ok(baseline)) = (key.0.validate(), key.1.validate()) else {
                return;
            };
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let current = move || *generation.borrow() == mine;
            let delay = if view.is_some() { RETRACE_AFTER_MS } else { 0 };
            busy.set(true);
            let (key, run) = (key.clone(), key.2);
            Timeout::new(delay, move || {
                if !current() {
                    return;
                }
                let traced = trace_run(&scenario, run);
                // The baseline in a task of its own, so the page answers in between.
                infra::after_yield(move || {
                    if !current() {
                        return;
                    }
                    let v = AgentView::new(traced, trace_run(&baseline, run));
                    month.set((*month).min(v.months()));
                    *traced_for.borrow_mut() = Some(key);
                    if let Some(start) = opened_at.borrow_mut().take() {
                        infra::log(&format!(
                            "agents: traced in {:.0} ms",
                            infra::now_ms() - start
                        ));
                    }
                    // An index of the old traces names someone else in the new ones.
                    selected.set(None);
                    view.set(Some(Rc::new(v)));
                    busy.set(false);
                });
            })
            .forget();
        });
    }

    // The colouring and the selection reach the painters; paint when paused.
    {
        let pictures = pictures.clone();
        let deps = (
            (*view).clone().map(|v| Rc::as_ptr(&v) as usize),
            *month,
            *by,
            *selected,
            *playing,
        );
        let view = (*view).clone();
        use_effect_with(deps, move |(_, t, by, selected, playing)| {
            let Some(view) = view else { return };
            {
                let mut paints = pictures.paints.borrow_mut();
                for (i, side) in Side::BOTH.into_iter().enumerate() {
                    paints[i].by = *by;
                    paints[i].selected = selected.and_then(|(s, id)| {
                        let trace = view.trace(side);
                        if s == side {
                            Some(id as usize)
                        } else {
                            trace.find(view.trace(s).artisans.get(id as usize)?.id)
                        }
                    });
                }
            }
            if !*playing {
                pictures.paint(&view, *t, 0.0);
            }
        });
    }

    // Play: every frame paints both pictures at the playing position; the month shown below
    // follows each whole month.
    {
        let (frames, clock, pictures, section) = (
            frames.clone(),
            clock.clone(),
            pictures.clone(),
            section.clone(),
        );
        let (month, playing_handle) = (month.clone(), playing.clone());
        let view = (*view).clone();
        use_effect_with(
            (*playing, view.clone().map(|v| Rc::as_ptr(&v) as usize)),
            move |(playing, _)| {
                *frames.borrow_mut() = None;
                let Some(view) = view.filter(|_| *playing) else {
                    return;
                };
                let last = Rc::new(Cell::new(None::<f64>));
                let shown = Rc::new(Cell::new(*month));
                // Frames since the last count, their painting time (ms), and when it began.
                let counted = Rc::new(Cell::new((0u32, 0.0f64, None::<f64>)));
                let clock = clock.clone();
                *frames.borrow_mut() = Some(canvas::animation_loop(move |time| {
                    let dt = last
                        .replace(Some(time))
                        .map_or(0.0, |l| (time - l).max(0.0));
                    let end = f64::from(view.months());
                    let pos = (*clock.borrow() + dt / 1000.0 * MONTHS_PER_SECOND).min(end);
                    *clock.borrow_mut() = pos;
                    let t = pos.floor() as u32;
                    let painting = infra::now_ms();
                    pictures.paint(&view, t, (pos - pos.floor()) as f32);
                    let painted_ms = infra::now_ms() - painting;
                    // Frames a second and the painting time of each, for whoever measures.
                    let (n, ms, since) = counted.get();
                    let (n, ms) = (n + 1, ms + painted_ms);
                    match since {
                        Some(s) if time - s >= 1000.0 => {
                            let fps = f64::from(n) * 1000.0 / (time - s);
                            canvas::set_attribute(&section, "data-fps", &format!("{fps:.1}"));
                            let each = ms / f64::from(n);
                            canvas::set_attribute(&section, "data-paint-ms", &format!("{each:.2}"));
                            counted.set((0, 0.0, Some(time)));
                        }
                        Some(s) => counted.set((n, ms, Some(s))),
                        None => counted.set((0, 0.0, Some(time))),
                    }
                    if t != shown.get() {
                        shown.set(t);
                        month.set(t);
                    }
                    if pos >= end {
                        playing_handle.set(false);
                    }
                }));
            },
        );
    }

    let toggle = {
        let (open, playing, opened_at) = (open.clone(), playing.clone(), opened_at.clone());
        Callback::from(move |_| {
            if !*open {
                *opened_at.borrow_mut() = Some(infra::now_ms());
            }
            playing.set(false);
            open.set(!*open);
        })
    };
    let body = if !*open {
        html! {}
    } else if props.held {
        html! { <p class="agents-status">{ w.held }</p> }
    } else {
        match (*view).clone() {
            None => html! { <p class="agents-status" role="status">{ w.computing }</p> },
            Some(v) => {
                let ctx = Ctx {
                    lang,
                    t: (*month).min(v.months()),
                    view: v,
                    by: *by,
                    runs,
                    busy: *busy,
                };
                let controls = controls(&ctx, &run, &month, &clock, &playing, &by);
                let pictures_html = pictures_view(&ctx, &pictures, &selected);
                html! {
                    <>
                        { controls }
                        { pictures_html }
                        { legend(&ctx) }
                        { stories(&ctx, *selected) }
                    </>
                }
            }
        }
    };
    html! {
        <section class="agents panel" aria-labelledby="agents-heading" data-testid="agents" ref={section}>
            <h2 id="agents-heading">{ w.heading }</h2>
            <p class="section-intro">{ w.intro }</p>
            <button type="button" aria-expanded={open.to_string()} aria-controls="agents-body"
                onclick={toggle} data-testid="agents-toggle">
                { if *open { w.hide } else { w.show } }
            </button>
            <div id="agents-body">{ body }</div>
        </section>
    }
}

/// What the parts of the open view read.
struct Ctx {
    lang: Lang,
    view: Rc<AgentView>,
    t: u32,
    by: ColourBy,
    runs: u32,
    busy: bool,
}

fn controls(
    c: &Ctx,
    run: &UseStateHandle<u32>,
    month: &UseStateHandle<u32>,
    clock: &Rc<RefCell<f64>>,
    playing: &UseStateHandle<bool>,
    by: &UseStateHandle<ColourBy>,
) -> Html {
    let w = words(c.lang);
    let months = c.view.months();
    let on_play = {
        let (playing, month, clock) = (playing.clone(), month.clone(), clock.clone());
        Callback::from(move |_| {
            if !*playing {
                // From the start again once the end was reached.
                let from = if *month >= months { 0 } else { *month };
                *clock.borrow_mut() = f64::from(from);
                month.set(from);
            }
            playing.set(!*playing);
        })
    };
    let on_month = {
        let (month, clock) = (month.clone(), clock.clone());
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(t) = value.parse::<u32>() {
                let t = t.min(months);
                *clock.borrow_mut() = f64::from(t);
                month.set(t);
            }
        })
    };
    let on_by = {
        let by = by.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(b) = ColourBy::from_key(&key) {
                by.set(b);
            }
        })
    };
    let on_run = {
        let run = run.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Ok(r) = value.parse::<u32>() {
                run.set(r.saturating_sub(1));
            }
        })
    };
    let trace = &c.view.scenario;
    html! {
        <div class="agents-controls">
            <p class="agents-run" data-testid="agents-run" data-run={trace.run.to_string()}
                data-run-seed={trace.run_seed.to_string()}>
                { aw::run_named(c.lang, trace.run, c.runs, trace.run_seed) }
                if c.busy { { " …" } }
            </p>
            <div class="agents-row">
                <button type="button" class="primary" aria-pressed={playing.to_string()}
                    data-testid="agents-play" onclick={on_play}>
                    { if **playing { w.pause } else { w.play } }
                </button>
                <label class="agents-month">
                    <span>{ w.month }</span>
                    <input type="range" min="0" max={months.to_string()} step="1"
                        value={c.t.to_string()} data-testid="agents-month"
                        aria-valuetext={aw::month_label(c.lang, c.t, months)} oninput={on_month} />
                </label>
                <output data-testid="agents-month-label" data-month={c.t.to_string()}>
                    { aw::month_label(c.lang, c.t, months) }
                </output>
            </div>
            <div class="agents-row">
                <label>{ w.colour_by }{ " " }
                    <select data-testid="agents-colour" onchange={on_by}>
                        { for ColourBy::ALL.iter().map(|b| html! {
                            <option value={b.key()} selected={*b == c.by}>{ aw::colour_by(c.lang, *b) }</option>
                        }) }
                    </select>
                </label>
                <label>{ w.run_shown }{ " " }
                    <select data-testid="agents-run-select" onchange={on_run}>
                        { for (1..=c.runs).map(|r| html! {
                            <option value={r.to_string()} selected={r == trace.run + 1}>{ thousands(c.lang, u64::from(r)) }</option>
                        }) }
                    </select>
                </label>
            </div>
        </div>
    }
}

fn pictures_view(
    c: &Ctx,
    pictures: &Pictures,
    selected: &UseStateHandle<Option<(Side, u32)>>,
) -> Html {
    let w = words(c.lang);
    let (width, height) = c.view.size_px();
    let figure = |i: usize, side: Side| {
        let trace = c.view.trace(side);
        let node = pictures.canvases[i].clone();
        let artisans = trace.employment(c.t);
        let businesses = (0..trace.slots)
            .filter(|&s| trace.slot(s, c.t).business().is_some())
            .count();
        let entered = trace
            .artisans
            .iter()
            .filter(|a| c.t > 0 && a.first_month == c.t)
            .count();
        let left = trace
            .artisans
            .iter()
            .filter(|a| c.t > 0 && a.last_month + 1 == c.t)
            .count();
        let name = match side {
            Side::Scenario => w.scenario,
            Side::Baseline => w.baseline,
        };
        let pick = {
            let (view, paints, node, selected) = (
                c.view.clone(),
                pictures.paints.clone(),
                node.clone(),
                selected.clone(),
            );
            move |x: i32, y: i32| {
                let Some((px, py)) = canvas::pointer_on_canvas(&node, x, y) else {
                    return;
                };
                let owner = view.owner_at(&paints.borrow()[i], px, py);
                if let Some(a) = owner {
                    let next = Some((side, a as u32));
                    if *selected != next {
                        selected.set(next);
                    }
                }
            }
        };
        let on_move = {
            let pick = pick.clone();
            Callback::from(move |e: MouseEvent| pick(e.client_x(), e.client_y()))
        };
        let on_click = Callback::from(move |e: MouseEvent| pick(e.client_x(), e.client_y()));
        let on_key = {
            let (view, selected, t) = (c.view.clone(), selected.clone(), c.t);
            Callback::from(move |e: KeyboardEvent| {
                let back = match e.key().as_str() {
                    "ArrowRight" | "ArrowDown" => false,
                    "ArrowLeft" | "ArrowUp" => true,
                    "Escape" => {
                        selected.set(None);
                        return;
                    }
                    _ => return,
                };
                e.prevent_default();
                let from = selected
                    .filter(|(s, _)| *s == side)
                    .map(|(_, a)| a as usize);
                if let Some(a) = view.step_selection(side, t, from, back) {
                    selected.set(Some((side, a as u32)));
                }
            })
        };
        html! {
            <figure class="agents-figure" data-side={side.key()}>
                <figcaption>{ name }</figcaption>
                <canvas ref={node} width={width.to_string()} height={height.to_string()}
                    tabindex="0" role="img" data-testid={format!("agents-canvas-{}", side.key())}
                    data-artisans={artisans.to_string()} data-month={c.t.to_string()}
                    aria-label={aw::picture_name(c.lang, name, artisans, c.t)}
                    onmousemove={on_move} onclick={on_click} onkeydown={on_key}></canvas>
                <p class="agents-line" data-testid={format!("agents-line-{}", side.key())}>
                    { aw::side_line(c.lang, artisans, businesses, entered, left) }
                </p>
            </figure>
        }
    };
    html! {
        <div class="agents-pictures">
            { figure(0, Side::Scenario) }
            { figure(1, Side::Baseline) }
        </div>
    }
}

fn legend(c: &Ctx) -> Html {
    let w = words(c.lang);
    let labels = aw::categories(c.lang, c.by, c.view.scenario.tech_threshold);
    let ours = c.view.counts(Side::Scenario, c.t, c.by);
    let theirs = c.view.counts(Side::Baseline, c.t, c.by);
    let swatch = |rgb: [u8; 3], ring: bool| {
        let style = format!("--swatch: rgb({}, {}, {})", rgb[0], rgb[1], rgb[2]);
        html! { <span class={classes!("swatch", ring.then_some("ring"))} style={style} aria-hidden="true"></span> }
    };
    let n = |x: usize| thousands(c.lang, x as u64);
    html! {
        <div class="agents-legend">
            <h3>{ w.legend }</h3>
            <ul data-testid="agents-legend">
                { for c.by.colours().iter().enumerate().map(|(i, rgb)| html! {
                    <li data-category={i.to_string()}>
                        { swatch(*rgb, false) }
                        <span>{ labels.get(i).cloned().unwrap_or_default() }</span>
                        <span class="agents-count">{ format!("{} / {}",
                            n(ours.get(i).copied().unwrap_or(0)), n(theirs.get(i).copied().unwrap_or(0))) }</span>
                    </li>
                }) }
                <li>{ swatch(crate::agents::SEAT, false) }<span>{ w.empty_seat }</span></li>
                <li>{ swatch(crate::agents::LEFT, true) }<span>{ w.left_ring }</span></li>
                <li>{ swatch([255, 255, 255], false) }<span>{ w.new_flash }</span></li>
            </ul>
        </div>
    }
}

fn stories(c: &Ctx, selected: Option<(Side, u32)>) -> Html {
    let w = words(c.lang);
    let Some((side, a)) = selected else {
        return html! { <p class="agents-hint note" data-testid="agents-hint">{ w.story_hint }</p> };
    };
    let id = c.view.trace(side).artisans.get(a as usize).map(|x| x.id);
    let one = |s: Side| {
        let trace = c.view.trace(s);
        let index = if s == side {
            Some(a as usize)
        } else {
            id.and_then(|id| trace.find(id))
        };
        let name = match s {
            Side::Scenario => w.scenario,
            Side::Baseline => w.baseline,
        };
        let Some(story) = index.and_then(|i| c.view.story(s, i)) else {
            return html! {
                <div class="agents-story" data-side={s.key()}>
                    <h4>{ name }</h4><p>{ "—" }</p>
                </div>
            };
        };
        let employer_at = |t: u32| {
            trace
                .at(story.artisan, t)
                .and_then(|m| trace.slot(usize::from(m.slot), t).business())
        };
        let now = employer_at(c.t);
        // Their business now, or the last one they worked for.
        let business = now.or_else(|| employer_at(story.last_month.min(c.t)));
        html! {
            <div class="agents-story" data-side={s.key()} data-testid={format!("agents-story-{}", s.key())}>
                <h4>{ name }</h4>
                <p class="agents-who">{ aw::who(c.lang, &story, c.t, now) }</p>
                if story.events.is_empty() {
                    <p class="agents-events note">{ w.no_events }</p>
                }
                <ol class="agents-events">
                    { for story.events.iter().map(|(m, e)| html! {
                        <li class={classes!((*m > c.t).then_some("later"))}>{ aw::event(c.lang, *m, *e) }</li>
                    }) }
                </ol>
                if let Some(b) = business.and_then(|b| c.view.business(s, b, c.t)) {
                    <h5>{ w.business_heading }</h5>
                    <p class="agents-business" data-testid={format!("agents-business-{}", s.key())}>{ aw::business(c.lang, &b) }</p>
                }
            </div>
        }
    };
    html! {
        <div class="agents-stories" aria-live="polite">
            <h3>{ w.story_heading }</h3>
            <div class="agents-story-pair">
                { one(Side::Scenario) }
                { one(Side::Baseline) }
            </div>
        </div>
    }
}
