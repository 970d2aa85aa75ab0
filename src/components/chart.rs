//! A line chart over the months, drawn with plotters on a canvas sized for the screen's pixel
//! density, with a text alternative: an accessible gist and a "show as table" view.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use canting_model::Lang;

use crate::components::Notify;
use crate::export::{self, Export};
use crate::i18n::export_words::{self, Refusal};
use crate::i18n::{decimal, thousands, words};
use crate::infra;
use crate::state::Notice;

/// One line of a chart, with an optional 10–90% band around it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLine {
    pub label: String,
    pub color: (u8, u8, u8),
    pub values: Vec<f64>,
    /// The 10th and 90th percentiles per month.
    pub band: Option<(Vec<f64>, Vec<f64>)>,
    pub stroke: Stroke,
}

/// How a line is drawn, so that lines are told apart without their colour (in greyscale print,
/// or by a reader who does not see the colours).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    Dashed,
    Dotted,
    LongDash,
    /// A solid line with a dot at each year's end.
    Marked,
}

impl Stroke {
    /// The strokes of overlaid lines, in turn: the baseline's first.
    pub const ALL: [Stroke; 5] = [
        Stroke::Solid,
        Stroke::Dashed,
        Stroke::Dotted,
        Stroke::LongDash,
        Stroke::Marked,
    ];

    /// The dash and the gap, in CSS pixels; `None` for an unbroken line.
    fn dash(self) -> Option<(f64, f64)> {
        match self {
            Stroke::Solid | Stroke::Marked => None,
            Stroke::Dashed => Some((6.0, 4.0)),
            Stroke::Dotted => Some((2.0, 3.0)),
            Stroke::LongDash => Some((14.0, 5.0)),
        }
    }

    /// A short name, for tests and styles.
    pub fn key(self) -> &'static str {
        match self {
            Stroke::Solid => "solid",
            Stroke::Dashed => "dashed",
            Stroke::Dotted => "dotted",
            Stroke::LongDash => "long-dash",
            Stroke::Marked => "marked",
        }
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct ChartProps {
    /// The chart's heading, also its accessible name.
    pub title: String,
    /// The gist of the chart in one sentence, for screen readers.
    pub gist: String,
    pub unit: String,
    pub lines: Vec<ChartLine>,
    /// The y axis's range.
    pub y_range: (f64, f64),
    /// Months since the start, one per value.
    pub months: Vec<u32>,
    pub lang: Lang,
    /// A short key for ids and tests, e.g. `competitiveness`.
    pub id: String,
    /// Decimals in the table, as the figures elsewhere write this metric.
    #[prop_or(1)]
    pub decimals: usize,
    /// Draws each band's edges in its line's stroke, so that overlapping bands can be told
    /// apart without colour.
    #[prop_or_default]
    pub outline_bands: bool,
    /// Another x axis than the months: one value per point (`months` is then unused).
    #[prop_or_default]
    pub x_axis: Option<XAxis>,
    /// The values are changes: the table writes their sign.
    #[prop_or_default]
    pub signed: bool,
}

/// An x axis of whole numbers other than time, e.g. a budget in Rp juta.
#[derive(Clone, Debug, PartialEq)]
pub struct XAxis {
    pub label: String,
    pub values: Vec<f64>,
    /// A value marked with a vertical line (the current budget, say).
    pub marker: Option<f64>,
}

impl ChartProps {
    /// Each point's x: its value on the x axis, or its month in years.
    fn xs(&self) -> Vec<f64> {
        match &self.x_axis {
            Some(x) => x.values.clone(),
            None => self.months.iter().map(|m| f64::from(*m) / 12.0).collect(),
        }
    }
}

/// A chart with its legend, gist and table toggle.
#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let canvas = use_node_ref();
    let show_table = use_state(|| false);
    let w = words(props.lang);

    {
        // Drawn in a task of its own after the page has rendered, so that drawing many charts
        // never makes one long task, and only when on the screen or near it: a chart out of
        // sight waits until it comes near, so that moving a slider draws the charts in view,
        // not every chart of the page (`docs/PERFORMANCE.md`).
        let drawing = use_mut_ref(Drawing::default);
        {
            let (drawing, canvas) = (drawing.clone(), canvas.clone());
            use_effect_with(props.clone(), move |props| {
                {
                    let mut d = drawing.borrow_mut();
                    d.props = Some(props.clone());
                    d.current = false;
                }
                if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                    // Until drawn again, for whoever waits on the new numbers (the tests).
                    let _ = element.set_attribute("data-stale", "");
                }
                refresh(&drawing, &canvas);
            });
        }
        let canvas = canvas.clone();
        use_effect_with((), move |_| {
            let watched = canvas.cast::<web_sys::Element>();
            let watches = watched.map(|element| {
                let near = {
                    let (drawing, canvas) = (drawing.clone(), canvas.clone());
                    infra::on_near_screen(&element, move |near| {
                        drawing.borrow_mut().near = near;
                        refresh(&drawing, &canvas);
                    })
                };
                // A chart grows with the screen (a projector, presentation mode): drawn again
                // at its new size, not stretched.
                let resized = {
                    let (drawing, canvas) = (drawing.clone(), canvas.clone());
                    infra::on_resize(&element, move || refresh(&drawing, &canvas))
                };
                // Printing lays the charts out at other sizes: each is drawn again at once,
                // in sight or not, at its printed size, so that its labels print at their size
                // instead of being rescaled.
                let printed = infra::on_print_change(move || draw_now(&drawing, &canvas));
                (near, resized, printed)
            });
            move || drop(watches)
        });
    }

    let toggle = {
        let show_table = show_table.clone();
        Callback::from(move |_| show_table.set(!*show_table))
    };
    let download = {
        let (canvas, props) = (canvas.clone(), props.clone());
        let notify = use_context::<Notify>();
        Callback::from(move |_| {
            let say = {
                let notify = notify.clone();
                move |notice: Notice| {
                    if let Some(Notify(notify)) = &notify {
                        notify.emit(notice);
                    }
                }
            };
            // The picture is drawn afresh from the chart's numbers at its size on the screen,
            // so a chart that has just come into sight, not drawn yet, downloads too; only a
            // chart with no numbers yet is refused.
            let has_numbers = props.lines.iter().any(|l| !l.values.is_empty());
            let on_screen = canvas.cast::<HtmlCanvasElement>().filter(|_| has_numbers);
            let Some(on_screen) = on_screen else {
                say(Notice::ExportRefused(Export::Png, Refusal::NotReady));
                return;
            };
            let id = props.id.clone();
            let fail = move |why: String| {
                infra::log(&format!("chart {id} as PNG: {why}"));
                say(Notice::ExportRefused(Export::Png, Refusal::Failed));
            };
            match picture(&on_screen, &props) {
                Ok(picture) => {
                    infra::download_canvas_png(&picture, &export::png_file(&props.id), move |e| {
                        fail(e.0)
                    });
                }
                Err(why) => fail(why),
            }
        })
    };
    let png = export_words::words(props.lang).png;
    let table_id = format!("table-{}", props.id);
    // Each toggle is named after its chart, so that a list of buttons tells them apart.
    let toggle_label = if *show_table {
        w.hide_table
    } else {
        w.show_table
    };
    html! {
        <figure class="chart" data-chart={props.id.clone()}>
            <figcaption>
                <span class="chart-title">{ &props.title }</span>
                <span class="chart-unit">{ &props.unit }</span>
            </figcaption>
            <canvas ref={canvas} role="img" aria-label={format!("{}. {}", props.title, props.gist)}></canvas>
            <ul class="legend">
                { for props.lines.iter().map(legend_item) }
            </ul>
            <button type="button" class="link-button" aria-expanded={show_table.to_string()}
                aria-controls={table_id.clone()} onclick={toggle}
                aria-label={format!("{}: {}", toggle_label, props.title)}>
                { toggle_label }
            </button>
            { " " }
            <button type="button" class="link-button" data-testid="download-png" onclick={download}
                aria-label={format!("{png}: {}", props.title)}>{ png }</button>
            if *show_table {
                { table(props, &table_id) }
            }
        </figure>
    }
}

/// What a chart's canvas shows and should show.
#[derive(Default)]
struct Drawing {
    /// The chart's latest properties.
    props: Option<ChartProps>,
    /// Whether the canvas shows them, at the size it is shown at.
    current: bool,
    /// Whether the canvas is on the screen or near it.
    near: bool,
    pending: Option<gloo::timers::callback::Timeout>,
}

/// Draws the chart in a task of its own if it is near the screen and its canvas shows older
/// numbers or is shown at another size than drawn (`data-stale` until then); a newer call
/// cancels a pending drawing.
fn refresh(drawing: &Rc<RefCell<Drawing>>, canvas: &NodeRef) {
    let Some(element) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let mut d = drawing.borrow_mut();
    if d.current && element.has_attribute("data-drawn") && !drawn_at_size(&element) {
        // Shown at another size than drawn: drawn again when near, as for new numbers.
        d.current = false;
        let _ = element.set_attribute("data-stale", "");
    }
    if !d.near || d.current {
        return;
    }
    let (weak, canvas) = (Rc::downgrade(drawing), canvas.clone());
    d.pending = Some(gloo::timers::callback::Timeout::new(0, move || {
        if let Some(drawing) = weak.upgrade() {
            draw_now(&drawing, &canvas);
        }
    }));
}

/// Draws the chart's latest properties on its canvas now.
fn draw_now(drawing: &RefCell<Drawing>, canvas: &NodeRef) {
    let (Some(element), Some(props)) = (
        canvas.cast::<HtmlCanvasElement>(),
        drawing.borrow().props.clone(),
    ) else {
        return;
    };
    // A failed drawing leaves the previous one; the table still has the numbers.
    match draw(&element, &props) {
        Ok(()) => {
            drawing.borrow_mut().current = true;
            // Marks the canvas drawn with its numbers, for whoever waits on it (the tests).
            let _ = element.set_attribute("data-drawn", "");
            let _ = element.remove_attribute("data-stale");
        }
        Err(e) => infra::log(&format!("chart {}: {e}", props.id)),
    }
}

/// A legend entry: a sample of the line, drawn as the chart draws it, and its label.
fn legend_item(line: &ChartLine) -> Html {
    let (r, g, b) = line.color;
    let color = format!("rgb({r},{g},{b})");
    let dash = line
        .stroke
        .dash()
        .map(|(on, off)| format!("{on} {off}"))
        .unwrap_or_default();
    html! {
        <li data-stroke={line.stroke.key()}>
            <svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="28" y2="5" stroke={color.clone()} stroke-width="2.5"
                    stroke-dasharray={dash} />
                if line.stroke == Stroke::Marked {
                    <circle cx="14" cy="5" r="3" fill={color} />
                }
            </svg>
            { &line.label }
        </li>
    }
}

/// The numbers behind the chart at each year's end (and the last month).
fn table(props: &ChartProps, id: &str) -> Html {
    let w = words(props.lang);
    let rows: Vec<usize> = match &props.x_axis {
        Some(x) => (0..x.values.len()).collect(),
        None => props
            .months
            .iter()
            .enumerate()
            .filter(|(i, m)| **m % 12 == 0 || *i + 1 == props.months.len())
            .map(|(i, _)| i)
            .collect(),
    };
    let row_label = |i: usize| match &props.x_axis {
        Some(x) => thousands(props.lang, x.values[i].max(0.0).round() as u64),
        None => {
            let m = props.months[i];
            decimal(
                props.lang,
                f64::from(m) / 12.0,
                if m.is_multiple_of(12) { 0 } else { 1 },
            )
        }
    };
    let first_col = props.x_axis.as_ref().map_or(w.year, |x| x.label.as_str());
    let cell = |x: f64| {
        if props.signed {
            crate::components::outcomes::signed(props.lang, x, props.decimals)
        } else {
            decimal(props.lang, x, props.decimals)
        }
    };
    html! {
        <div class="table-scroll" role="region" tabindex="0" aria-label={props.title.clone()}>
        <table id={id.to_string()} class="chart-table">
            <caption>{ &props.title }{ " (" }{ &props.unit }{ ")" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ first_col }</th>
                    { for props.lines.iter().map(|l| html! {
                        <>
                            <th scope="col">{ &l.label }</th>
                            if l.band.is_some() { <th scope="col">{ w.band }</th> }
                        </>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for rows.into_iter().map(|i| html! {
                    <tr>
                        <th scope="row">{ row_label(i) }</th>
                        { for props.lines.iter().map(|l| html! {
                            <>
                                <td>{ l.values.get(i).map(|x| cell(*x)).unwrap_or_default() }</td>
                                if let Some((lo, hi)) = &l.band {
                                    <td>{ format!("{}{}{}",
                                        lo.get(i).map(|x| cell(*x)).unwrap_or_default(),
                                        // A dash between signed numbers reads as a minus.
                                        if props.signed { " … " } else { " – " },
                                        hi.get(i).map(|x| cell(*x)).unwrap_or_default()) }</td>
                                }
                            </>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// The chart as a picture for a file: drawn as on screen, at the screen's pixels, with its
/// title and unit above and its legend below, so that the picture says what it shows
/// wherever it is pasted.
fn picture(on_screen: &HtmlCanvasElement, props: &ChartProps) -> Result<HtmlCanvasElement, String> {
    let ratio = infra::device_pixel_ratio().clamp(1.0, 4.0);
    let px = |css: f64| (css * ratio).round() as u32;
    let (width, plot_height) = screen_pixels(on_screen).0;
    let (margin, sample, gap, row) = (px(10.0), px(28.0), px(8.0), px(22.0));
    let font = ("sans-serif", px(13.0)).into_font();
    let ink = RGBColor(42, 33, 27);
    let canvas = infra::new_canvas(width, plot_height).ok_or("no canvas")?;
    let context = |c: &HtmlCanvasElement| {
        CanvasBackend::with_canvas_object(c.clone()).ok_or_else(|| "no 2D context".to_string())
    };

    // The legend's entries left to right, a new row when one does not fit: measured first,
    // since the canvas's height depends on how many rows there are.
    let measure = context(&canvas)?.into_drawing_area();
    let mut places = Vec::new();
    let (mut x, mut y) = (margin, 0);
    for line in &props.lines {
        let (text_w, _) = measure
            .estimate_text_size(&line.label, &font.clone().into())
            .map_err(|e| e.to_string())?;
        let entry_w = sample + gap + text_w + 2 * gap;
        if x > margin && x + entry_w > width.saturating_sub(margin) {
            (x, y) = (margin, y + row);
        }
        places.push((x, y));
        x += entry_w;
    }
    // The title on a line of its own, smaller until it fits; the unit below it.
    let mut title_px = 15.0;
    let title_font = loop {
        let candidate = ("sans-serif", px(title_px), FontStyle::Bold).into_font();
        let (title_w, _) = measure
            .estimate_text_size(&props.title, &candidate.clone().into())
            .map_err(|e| e.to_string())?;
        if title_w + 2 * margin <= width || title_px <= 10.0 {
            break candidate;
        }
        title_px -= 1.0;
    };
    let header = px(50.0);
    let legend = y + row + margin;
    canvas.set_height(header + plot_height + legend);

    let root = context(&canvas)?.into_drawing_area();
    let drawn: Result<(), DrawingAreaErrorKind<_>> = (|| {
        root.fill(&WHITE)?;
        let (head, rest) = root.split_vertically(header);
        let (plot_area, legend_area) = rest.split_vertically(plot_height);
        head.draw(&Text::new(
            props.title.clone(),
            (margin as i32, margin as i32),
            title_font.color(&ink),
        ))?;
        head.draw(&Text::new(
            props.unit.clone(),
            (margin as i32, (margin + px(20.0)) as i32),
            ("sans-serif", px(12.0)).into_font().color(&ink),
        ))?;
        plot(&plot_area, props, ratio)?;
        for (line, &(x, y)) in props.lines.iter().zip(&places) {
            let (r, g, b) = line.color;
            let style = RGBColor(r, g, b).stroke_width(px(2.5));
            let (x, y, mid) = (x as i32, y as i32 + margin as i32, (row / 2) as i32);
            // The sample in the line's own stroke, as the legend on screen shows it.
            let (on, off) = line
                .stroke
                .dash()
                .map_or((sample, 0), |(on, off)| (px(on), px(off)));
            let mut from = 0;
            while from < sample {
                let to = (from + on.max(1)).min(sample);
                legend_area.draw(&PathElement::new(
                    vec![(x + from as i32, y + mid), (x + to as i32, y + mid)],
                    style,
                ))?;
                from = to + off;
            }
            if line.stroke == Stroke::Marked {
                let centre = (x + (sample / 2) as i32, y + mid);
                legend_area.draw(&Circle::new(centre, px(3.0), style.filled()))?;
            }
            legend_area.draw(&Text::new(
                line.label.clone(),
                (x + (sample + gap) as i32, y + px(3.0) as i32),
                font.color(&ink),
            ))?;
        }
        root.present()
    })();
    drawn.map_err(|e| e.to_string())?;
    Ok(canvas)
}

/// The canvas's size in the screen's real pixels (its CSS size times the pixel ratio), and the
/// ratio.
fn screen_pixels(canvas: &HtmlCanvasElement) -> ((u32, u32), f64) {
    let ratio = infra::device_pixel_ratio().clamp(1.0, 4.0);
    let css_width = f64::from(canvas.client_width().max(200));
    let css_height = f64::from(canvas.client_height().max(120));
    (
        ((css_width * ratio) as u32, (css_height * ratio) as u32),
        ratio,
    )
}

/// Whether the canvas is drawn at the size it is shown at.
fn drawn_at_size(canvas: &HtmlCanvasElement) -> bool {
    screen_pixels(canvas).0 == (canvas.width(), canvas.height())
}

fn draw(canvas: &HtmlCanvasElement, props: &ChartProps) -> Result<(), String> {
    // Draw at the screen's real pixels.
    let ((width, height), ratio) = screen_pixels(canvas);
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2D context".to_string())?;
    let root = backend.into_drawing_area();
    plot(&root, props, ratio).map_err(|e| e.to_string())?;
    root.present().map_err(|e| e.to_string())
}

fn plot<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    props: &ChartProps,
    ratio: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |css: f64| (css * ratio).round() as u32;
    root.fill(&WHITE)?;
    // The x axis counts years, so that its ticks fall on whole years (or the x axis's values).
    let xs = props.xs();
    let (x_lo, x_hi) = match &props.x_axis {
        Some(_) => {
            let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            if lo.is_finite() && hi > lo {
                (lo, hi)
            } else {
                (0.0, 1.0)
            }
        }
        None => (
            0.0,
            f64::from(props.months.last().copied().unwrap_or(12).max(1)) / 12.0,
        ),
    };
    let (y_lo, y_hi) = props.y_range;
    let font = ("sans-serif", px(13.0)).into_font();
    let mut chart = ChartBuilder::on(root)
        .margin(px(8.0))
        .margin_right(px(22.0))
        .x_label_area_size(px(40.0))
        .y_label_area_size(px(44.0))
        .build_cartesian_2d(x_lo..x_hi, y_lo..y_hi)?;
    let lang = props.lang;
    let year = words(lang).year;
    let x_desc = props.x_axis.as_ref().map_or(year, |x| x.label.as_str());
    let on_values = props.x_axis.is_some();
    chart
        .configure_mesh()
        .light_line_style(RGBColor(236, 232, 226))
        .bold_line_style(RGBColor(214, 207, 198))
        .axis_style(RGBColor(120, 110, 100))
        .label_style(font.color(&RGBColor(60, 50, 40)))
        // One label a year: few labels keep drawing fast.
        .x_labels(if on_values {
            5
        } else {
            x_hi.ceil() as usize + 1
        })
        .x_label_formatter(&|y| {
            if on_values {
                thousands(lang, y.max(0.0).round() as u64)
            } else if (y - y.round()).abs() < 1e-6 {
                format!("{}", y.round())
            } else {
                String::new()
            }
        })
        .x_desc(x_desc)
        .y_labels(5)
        .y_label_formatter(&|y| axis_number(lang, *y, y_hi - y_lo))
        .draw()?;

    // A month with no value (a city with no artisans has no unit cost) is a gap: each line
    // and band is drawn as the runs of months that have values.
    let segments = |lo: &[f64], hi: &[f64]| -> Vec<Vec<(f64, f64, f64)>> {
        let mut out: Vec<Vec<(f64, f64, f64)>> = vec![Vec::new()];
        for ((&x, &a), &b) in xs.iter().zip(lo).zip(hi) {
            if a.is_finite() && b.is_finite() {
                if let Some(last) = out.last_mut() {
                    last.push((x, a, b));
                }
            } else if out.last().is_some_and(|l| !l.is_empty()) {
                out.push(Vec::new());
            }
        }
        out.retain(|s| !s.is_empty());
        out
    };
    // Overlaid bands are lighter, so that the lines stay readable through them.
    let fill = if props.outline_bands { 0.1 } else { 0.18 };
    for line in &props.lines {
        let (r, g, b) = line.color;
        let color = RGBColor(r, g, b);
        if let Some((lo, hi)) = &line.band {
            for segment in segments(lo, hi) {
                let mut outline: Vec<(f64, f64)> =
                    segment.iter().map(|&(x, a, _)| (x, a)).collect();
                outline.extend(segment.iter().rev().map(|&(x, _, b)| (x, b)));
                chart.draw_series(std::iter::once(Polygon::new(outline, color.mix(fill))))?;
            }
            if props.outline_bands {
                let edge = color.stroke_width(px(1.0));
                for values in [lo, hi] {
                    for segment in segments(values, values) {
                        let points = segment.into_iter().map(|(x, y, _)| (x, y));
                        draw_stroke(&mut chart, points, line.stroke, edge, &px)?;
                    }
                }
            }
        }
    }
    if let Some(at) = props.x_axis.as_ref().and_then(|x| x.marker) {
        let style = RGBColor(120, 110, 100).stroke_width(px(1.0));
        let points = [(at, y_lo), (at, y_hi)].into_iter();
        draw_stroke(&mut chart, points, Stroke::Dashed, style, &px)?;
    }
    for line in &props.lines {
        let (r, g, b) = line.color;
        let width = if line.stroke == Stroke::Solid {
            2.5
        } else {
            2.0
        };
        let style = RGBColor(r, g, b).stroke_width(px(width));
        for segment in segments(&line.values, &line.values) {
            let points: Vec<(f64, f64)> = segment.into_iter().map(|(x, y, _)| (x, y)).collect();
            if line.stroke == Stroke::Marked || on_values {
                // A dot at each year's end (x is in years), or at every point of another axis.
                let dots = points
                    .iter()
                    .filter(|(x, _)| on_values || (x - x.round()).abs() < 1e-9)
                    .map(|&p| Circle::new(p, px(3.5), style.filled()));
                chart.draw_series(dots)?;
            }
            draw_stroke(&mut chart, points.into_iter(), line.stroke, style, &px)?;
        }
    }
    Ok(())
}

/// An axis label: as many decimals as the labels' spacing (about a fifth of the range) needs,
/// the minus sign of the text, and no "−0".
fn axis_number(lang: Lang, y: f64, range: f64) -> String {
    let step = (range / 5.0).abs().max(1e-9);
    let decimals = (-step.log10()).ceil().clamp(0.0, 4.0) as usize;
    let unit = 0.5 * 10f64.powi(-(decimals as i32));
    let y = if y.abs() < unit { 0.0 } else { y };
    let digits = decimal(lang, y.abs(), decimals);
    if y < 0.0 {
        format!("−{digits}")
    } else {
        digits
    }
}

/// Draws one run of points in a stroke.
fn draw_stroke<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    points: impl Iterator<Item = (f64, f64)> + Clone,
    stroke: Stroke,
    style: ShapeStyle,
    px: &impl Fn(f64) -> u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match stroke.dash() {
        Some((on, off)) => {
            chart.draw_series(DashedLineSeries::new(points, px(on), px(off), style))?;
        }
        None => {
            chart.draw_series(LineSeries::new(points, style))?;
        }
    }
    Ok(())
}
