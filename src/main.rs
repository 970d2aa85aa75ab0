//! Canting in the browser: a Yew app over the `canting-model` crate. The app only renders and
//! routes events; the model does the work.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! {
        <main>
            <h1>{ "Canting" }</h1>
            <p>{ "Simulasi anggaran tujuh strategi pengembangan industri batik Kota Pekalongan." }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
