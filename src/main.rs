//! Canting in the browser: a Yew app over the `canting-model` crate. The app only renders and
//! routes events; the model does the work.

mod agents;
mod app;
mod bench;
mod challenge;
mod class;
mod components;
mod compute;
mod export;
mod i18n;
mod infra;
mod saved;
mod session;
mod state;
mod texts;

fn main() {
    // The same module runs in the page and in its compute workers.
    if infra::workers::in_worker() {
        infra::workers::serve(compute::begin_for_worker, compute::advance_for_worker);
    } else {
        // In a task of its own: the one that finishes compiling the module is long already.
        gloo::timers::callback::Timeout::new(0, || {
            yew::Renderer::<app::App>::new().render();
        })
        .forget();
    }
}
