//! A scenario that asks for far more computation than the default (a link with the largest
//! city, ten years and hundreds of runs can keep a computer busy for minutes) is not computed
//! until the user says so.

use yew::prelude::*;

use canting_model::Lang;

use crate::i18n::{thousands, words};

/// Work, relative to the default scenario's, that the page computes without asking.
pub const ASK_ABOVE: f64 = 8.0;

#[derive(Properties, PartialEq)]
pub struct AskProps {
    pub lang: Lang,
    /// The work asked for, relative to the default scenario's.
    pub work: f64,
    pub on_compute: Callback<()>,
}

/// The question, with the button that starts the computation.
#[function_component(AskBeforeComputing)]
pub fn ask_before_computing(props: &AskProps) -> Html {
    let w = words(props.lang);
    let times = thousands(props.lang, props.work.round() as u64);
    let onclick = {
        let on_compute = props.on_compute.clone();
        Callback::from(move |_| on_compute.emit(()))
    };
    let text = match props.lang {
        Lang::Id => format!(
            "Skenario ini meminta sekitar {times} kali perhitungan skenario bawaan (penduduk, \
             jangka waktu dan banyaknya ulangan), jadi bisa memakan waktu beberapa menit. \
             Hasilnya belum dihitung."
        ),
        Lang::En => format!(
            "This scenario asks for about {times} times the computation of the default \
             scenario (its population, horizon and number of runs), so it may take minutes. \
             It has not been computed yet."
        ),
    };
    html! {
        <div class="ask-heavy" role="alert" data-testid="ask-heavy">
            <p>{ text }</p>
            <button type="button" class="primary" {onclick}>{ w.compute_anyway }</button>
        </div>
    }
}
