//! Offline: the service worker (`static/sw.js`) keeps the site whole after a first visit and
//! tells the page when it has fetched a newer release; the page offers to switch to it, and
//! switches only when asked (the scenario is in the address bar, so a reload keeps it).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The page's service workers, where the browser has them (a secure page: https, or
/// 127.0.0.1).
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the service worker, asks it whether a newer release is ready, and calls
/// `on_update` when one is.
pub fn start(on_update: impl Fn() + 'static) {
    // The development server (`cargo xtask serve`, a debug build) reloads the page on every
    // rebuild; a cached release would stand in the way. The built site registers it.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(workers) = container() else { return };
    // A refusal (storage off, say) only means there is no offline copy.
    let refused = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = workers.register("./sw.js").catch(&refused);
    refused.forget();
    // Setting `onmessage` (not adding a listener) also starts the delivery of messages.
    let heard =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            match event.data().as_string().as_deref() {
                Some("update-ready") => on_update(),
                Some("update-applied") => reload(),
                _ => {}
            }
        });
    workers.set_onmessage(Some(heard.as_ref().unchecked_ref()));
    heard.forget();
    tell("check");
}

/// Switches to the newer release: the service worker answers, and the page reloads.
pub fn apply_update() {
    tell("apply");
}

/// A message to the service worker that serves this page; none on a first visit.
fn tell(message: &str) {
    if let Some(worker) = container().and_then(|c| c.controller()) {
        let _ = worker.post_message(&JsValue::from_str(message));
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
