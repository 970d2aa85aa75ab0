//! Canting in the browser: a Yew app over the `canting-model` crate. The app only renders and
//! routes events; the model does the work.

mod app;
mod bench;
mod components;
mod compute;
mod i18n;
mod infra;
mod session;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
