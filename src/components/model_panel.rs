//! The "About the model" panel: how the model works in plain words, the assumptions each
//! outcome rests on most, every parameter with its value, unit and source or "assumption", and
//! the model's version.

use yew::prelude::*;

use canting_model::{Lang, MODEL_VERSION, SCREENED_OUTCOMES, influential, parameter, parameters};

use crate::i18n::{plain_number, significant, words};
use crate::infra;
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct ModelPanelProps {
    pub lang: Lang,
    pub on_close: Callback<()>,
}

#[function_component(ModelPanel)]
pub fn model_panel(props: &ModelPanelProps) -> Html {
    let lang = props.lang;
    let w = words(lang);
    let close = props.on_close.reform(|_| ());
    let long_texts = texts::use_long_texts();
    // Opened, the panel takes the focus to its heading, so that a keyboard or a screen reader
    // is where the panel is.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| infra::focus(&heading));
    }
    html! {
        <section class="panel model-panel" id="model" aria-labelledby="model-heading">
            <div class="model-head">
                <h2 id="model-heading" tabindex="-1" ref={heading}>{ w.model_heading }</h2>
                <button type="button" onclick={close}>{ w.close }</button>
            </div>
            <p class="model-version">{ w.model_version }{ ": " }<strong>{ MODEL_VERSION }</strong></p>
            // The notes and the sources load when the panel first opens (src/texts.rs).
            { texts::notes(&long_texts, lang) }
            <h3>{ w.influential_heading }</h3>
            <p>{ w.influential_note }</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label={w.influential_heading}>
            <table class="param-table influential">
                <thead>
                    <tr>
                        <th scope="col">{ w.outcome }</th>
                        <th scope="col">{ w.influential_assumptions }</th>
                    </tr>
                </thead>
                <tbody>
                    { for SCREENED_OUTCOMES.iter().map(|&m| html! {
                        <tr data-outcome={m.key()}>
                            <th scope="row">{ m.label(lang) }</th>
                            <td>{ influential_list(lang, m) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <h3>{ w.parameters }</h3>
            <div class="table-scroll" role="region" tabindex="0" aria-label={w.parameters}>
            <table class="param-table">
                <thead>
                    <tr>
                        <th scope="col">{ w.param_name }</th>
                        <th scope="col">{ w.value }</th>
                        <th scope="col">{ w.unit }</th>
                        <th scope="col">{ w.plausible_range }</th>
                        <th scope="col">{ w.source }</th>
                    </tr>
                </thead>
                <tbody>
                    { for parameters().iter().map(|p| html! {
                        <tr data-param={p.key}>
                            <th scope="row">{ p.label(lang) }</th>
                            // Each cell names its column for a phone, where the rows stack.
                            <td data-label={w.value}>{ plain_number(lang, p.value) }</td>
                            <td data-label={w.unit}>{ p.unit_label(lang) }</td>
                            <td data-label={w.plausible_range}>{ plausible_range(lang, p.low, p.high) }</td>
                            <td data-label={w.source}>{ texts::source(&long_texts, lang, p) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

/// An outcome's most influential assumptions, largest first: each parameter's label and how far
/// the outcome moves, on average, when it crosses its plausible range.
fn influential_list(lang: Lang, m: canting_model::Metric) -> String {
    influential(m)
        .iter()
        .filter_map(|&(key, mu)| {
            let p = parameter(key)?;
            // Three significant figures are all a screening of ten trajectories can say.
            // † marks what the settings cannot change (the note says so).
            let fixed = if p.user_editable { "" } else { " †" };
            Some(format!(
                "{}{fixed} ({})",
                p.label(lang),
                significant(lang, mu, 3)
            ))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A parameter's plausible range; for one the model does not vary (a count taken as given),
/// its value, said to be fixed.
pub fn plausible_range(lang: Lang, low: f64, high: f64) -> String {
    if low == high {
        let value = plain_number(lang, low);
        match lang {
            Lang::Id => format!("tetap {value} (tidak divariasikan)"),
            Lang::En => format!("fixed at {value} (not varied)"),
        }
    } else {
        format!("{} – {}", plain_number(lang, low), plain_number(lang, high))
    }
}
