//! The browser's I/O: the address bar, the clipboard, local storage, the clock, the page's
//! language, printing and downloads. The only module that touches `web_sys` for them; each function
//! fails softly (a missing window is treated like an empty one), so nothing here can panic.

pub mod canvas;
pub mod offline;
pub mod workers;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The local-storage key of the last scenario's link token.
const STORED_SCENARIO: &str = "canting.scenario";
/// The local-storage key of the chosen language.
const STORED_LANG: &str = "canting.lang";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The part of the URL after `#`, without the `#`.
pub fn url_fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Replaces the fragment of the URL without adding a history entry. Callers debounce it:
/// browsers throttle `replaceState`.
pub fn set_url_fragment(fragment: &str) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let url = format!("#{fragment}");
    // A refusal (throttling) only delays the address bar; the next change writes it again.
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
}

/// The page's whole URL: the share link.
pub fn page_url() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's URL without its fragment: the base of every share link.
pub fn page_url_without_fragment() -> String {
    let url = page_url();
    url.split('#').next().unwrap_or_default().to_string()
}

/// The text of one of the site's files (`path` relative to the page), checked with the server
/// (or, offline, taken from this release's copy); `Err` says why not, in English, for a log.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let w = window().ok_or("no window")?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let why = |e: JsValue| browser_words(&e);
    let response = wasm_bindgen_futures::JsFuture::from(w.fetch_with_str_and_init(path, &init))
        .await
        .map_err(why)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(why)?)
        .await
        .map_err(why)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Copies `text` to the clipboard; `Err` when the browser refuses.
pub async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let Some(w) = window() else { return Err(()) };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| ())
}

fn storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

/// The last scenario's link token, if one was kept.
pub fn stored_scenario() -> Option<String> {
    storage().and_then(|s| s.get_item(STORED_SCENARIO).ok().flatten())
}

/// Keeps the scenario's token for the next visit. Storage may be full or off; then the next
/// visit opens the default, which is all that is lost.
pub fn store_scenario(token: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORED_SCENARIO, token);
    }
}

/// Every local-storage entry whose key starts with `prefix`, as (key, value).
pub fn stored_with_prefix(prefix: &str) -> Vec<(String, String)> {
    let Some(s) = storage() else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .filter_map(|key| {
            let value = s.get_item(&key).ok().flatten()?;
            Some((key, value))
        })
        .collect()
}

/// Writes one local-storage entry; `false` when storage is off or full.
pub fn store_item(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes one local-storage entry, if storage allows.
pub fn remove_item(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Calls `f` with the key when another tab of this page changes local storage. The listener
/// lives as long as the page.
pub fn on_storage_change(f: impl Fn(Option<String>) + 'static) {
    let Some(w) = window() else { return };
    gloo::events::EventListener::new(&w, "storage", move |event| {
        let key = event
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(|e| e.key());
        f(key);
    })
    .forget();
}

/// Milliseconds since 1970, as a growing id for what the user saves.
pub fn epoch_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The language chosen on an earlier visit, as its code.
pub fn stored_lang() -> Option<String> {
    storage().and_then(|s| s.get_item(STORED_LANG).ok().flatten())
}

/// Keeps the chosen language.
pub fn store_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORED_LANG, code);
    }
}

/// Milliseconds from the page's start, for slicing work between frames.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The screen's pixels per CSS pixel, for sharp charts.
pub fn device_pixel_ratio() -> f64 {
    window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0)
}

/// Sets `<html lang>` and the document's title.
pub fn set_document_language(code: &str, title: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", code);
    }
    doc.set_title(title);
}

/// Moves the keyboard focus to the element behind `node`, if it is on the page.
pub fn focus(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Moves the keyboard focus to the element with this id (one that can take it: a control, or
/// an element with `tabindex="-1"`), scrolling it into view.
pub fn focus_by_id(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Whether the keyboard focus is inside the element with this id.
pub fn focus_is_within(id: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    match (doc.get_element_by_id(id), doc.active_element()) {
        (Some(container), Some(active)) => container.contains(Some(&active)),
        _ => false,
    }
}

/// Whether the focus is on `node`, or on no element at all (the page's body holds it, as
/// after a click on text).
pub fn focus_is_on_or_nowhere(node: &yew::NodeRef) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return true;
    };
    let Some(active) = doc.active_element() else {
        return true;
    };
    let active: &web_sys::Node = active.as_ref();
    node.get().is_some_and(|n| *active == n)
        || doc
            .body()
            .is_some_and(|body| active == AsRef::<web_sys::Node>::as_ref(&body))
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Runs `f` as a new task after the browser has had a chance to paint and handle input.
pub fn after_yield(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

/// Calls `f` with each key press on the page, for shortcuts. The listener lives as long as
/// the page.
pub fn on_key_down(f: impl Fn(&web_sys::KeyboardEvent) + 'static) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    // Not passive, so that a shortcut can keep the browser from acting on it too.
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&doc, "keydown", options, move |event| {
        if let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() {
            f(key);
        }
    })
    .forget();
}

/// The attribute a text field carries while it holds typing the page has not yet taken (from
/// its first `input` to its `change`).
const EDITED: &str = "data-edited";

/// Marks text fields as edited from their first keystroke until the page takes their value,
/// for [`typing_in_a_field`]; once, at the start.
pub fn track_field_edits() {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let mark = |event: &web_sys::Event, edited: bool| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let _ = if edited {
            input.set_attribute(EDITED, "")
        } else {
            input.remove_attribute(EDITED)
        };
    };
    // In the capture phase, so that the mark is set before the page's own handlers run.
    let capture = gloo::events::EventListenerOptions::run_in_capture_phase();
    gloo::events::EventListener::new_with_options(&doc, "input", capture, move |e| mark(e, true))
        .forget();
    gloo::events::EventListener::new_with_options(&doc, "change", capture, move |e| mark(e, false))
        .forget();
}

/// Whether a key press goes to a text field whose Ctrl+Z is the browser's (undoing the typing),
/// not the page's. It is the page's in a field of the scenario (marked `data-undo="page"`) once
/// the page has taken its value (Enter, or leaving it): the page sets the value it took, so the
/// browser has nothing of it left to undo. A field refused (`aria-invalid`) still holds the
/// reader's typing, and every other text field (names, weights, the search) is the browser's.
pub fn typing_in_a_field(key: &web_sys::KeyboardEvent) -> bool {
    key.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| {
            let taken = input.get_attribute("data-undo").as_deref() == Some("page")
                && !input.has_attribute(EDITED)
                && input.get_attribute("aria-invalid").as_deref() != Some("true");
            matches!(input.type_().as_str(), "text" | "number" | "search") && !taken
        })
}

/// Calls `f` when the page starts or stops being laid out for print (the print media query
/// changes, or the browser is about to print); the listeners live as long as what is returned.
pub fn on_print_change(f: impl Fn() + 'static) -> Vec<gloo::events::EventListener> {
    let Some(w) = window() else { return Vec::new() };
    let f = std::rc::Rc::new(f);
    let mut listeners = Vec::new();
    if let Ok(Some(print)) = w.match_media("print") {
        let f = f.clone();
        listeners.push(gloo::events::EventListener::new(
            &print,
            "change",
            move |_| f(),
        ));
    }
    for event in ["beforeprint", "afterprint"] {
        let f = f.clone();
        listeners.push(gloo::events::EventListener::new(&w, event, move |_| f()));
    }
    listeners
}

/// Watches an element's size; calls `f` (after layout, at most once a frame) when it changes,
/// as long as the watch returned lives.
pub struct ResizeWatch(Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>);

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.0 {
            observer.disconnect();
        }
    }
}

/// Calls `f` when `element`'s size changes (a wider window, presentation mode on or off).
pub fn on_resize(element: &web_sys::Element, f: impl Fn() + 'static) -> ResizeWatch {
    let callback = Closure::<dyn FnMut()>::new(f);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return ResizeWatch(None);
    };
    observer.observe(element);
    ResizeWatch(Some((observer, callback)))
}

/// Watches whether an element is on the screen or within a screen's height of it; calls `f`
/// with the answer when it changes (and once soon after the watch starts), as long as the
/// watch returned lives. Where the browser cannot watch, `f` is told `true` at once.
pub struct NearWatch(Option<(web_sys::IntersectionObserver, NearCallback)>);

type NearCallback = Closure<dyn FnMut(js_sys::Array)>;

impl Drop for NearWatch {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.0 {
            observer.disconnect();
        }
    }
}

/// See [`NearWatch`].
pub fn on_near_screen(element: &web_sys::Element, f: impl Fn(bool) + 'static) -> NearWatch {
    let f = std::rc::Rc::new(f);
    let told = f.clone();
    let callback = NearCallback::new(move |entries: js_sys::Array| {
        // Entries come in time order: the last says where the element is now.
        let last = entries.iter().last();
        let entry = last.and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok());
        if let Some(entry) = entry {
            told(entry.is_intersecting());
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    // A screen's height above and below: a chart is drawn before it scrolls into sight.
    init.set_root_margin("100% 0px");
    let observer =
        web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init);
    let Ok(observer) = observer else {
        f(true);
        return NearWatch(None);
    };
    observer.observe(element);
    NearWatch(Some((observer, callback)))
}

/// Calls `f` when the URL's fragment changes, as when a link is pasted into this tab.
pub fn on_fragment_change(f: impl Fn() + 'static) {
    let Some(w) = window() else { return };
    gloo::events::EventListener::new(&w, "hashchange", move |_| f()).forget();
}

/// How long a downloaded file's object URL is kept before it is revoked, in ms. The download
/// reads the URL after the click returns, at a time no browser promises; FileSaver.js, which
/// has met every browser's quirks, waits 40 s.
const REVOKE_AFTER_MS: u32 = 40_000;

/// Why a download did not start: the browser's own words, for the console.
#[derive(Debug)]
pub struct DownloadFailed(pub String);

impl From<JsValue> for DownloadFailed {
    fn from(value: JsValue) -> Self {
        DownloadFailed(browser_words(&value))
    }
}

/// What the browser said in refusing: its message, for the console.
fn browser_words(value: &JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            value
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Offers `text` as a file named `file_name`, of type `mime`: a Blob, its object URL and a
/// temporary `<a download>` clicked, the URL revoked later.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), DownloadFailed> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    download_blob(file_name, &blob)
}

/// Offers a canvas's pixels as a PNG file named `file_name`. The browser encodes the image
/// after this returns; `on_failed` is called if it cannot (a canvas too large, or tainted).
pub fn download_canvas_png(
    canvas: &web_sys::HtmlCanvasElement,
    file_name: &str,
    on_failed: impl FnOnce(DownloadFailed) + 'static,
) {
    let file_name = file_name.to_string();
    // Whichever fails first, the browser's encoding or the call itself, tells the user once.
    let on_failed = std::rc::Rc::new(std::cell::Cell::new(Some(on_failed)));
    let fail = move |e: DownloadFailed| {
        if let Some(f) = on_failed.take() {
            f(e);
        }
    };
    let fail_later = fail.clone();
    // Called once by the browser, with the image or with null.
    let done = Closure::once_into_js(move |blob: JsValue| {
        let result = match blob.dyn_into::<web_sys::Blob>() {
            Ok(blob) => download_blob(&file_name, &blob),
            Err(_) => Err(DownloadFailed("the canvas gave no image".into())),
        };
        if let Err(e) = result {
            fail_later(e);
        }
    });
    match done.dyn_ref::<js_sys::Function>() {
        Some(done) => {
            if let Err(e) = canvas.to_blob_with_type(done, "image/png") {
                fail(e.into());
            }
        }
        None => fail(DownloadFailed("no callback".into())),
    }
}

/// A canvas of this many pixels, outside the page: for a picture that is downloaded, not shown.
pub fn new_canvas(width: u32, height: u32) -> Option<web_sys::HtmlCanvasElement> {
    let canvas: web_sys::HtmlCanvasElement = window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Some(canvas)
}

fn download_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), DownloadFailed> {
    let document = window()
        .and_then(|w| w.document())
        .ok_or_else(|| DownloadFailed("no document".into()))?;
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let clicked = click_link(&document, &url, file_name);
    let revoke = move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    };
    if clicked.is_err() {
        revoke();
    } else {
        gloo::timers::callback::Timeout::new(REVOKE_AFTER_MS, revoke).forget();
    }
    clicked
}

/// Clicks a temporary `<a href={url} download={file_name}>`, in the page while it is clicked
/// (some browsers follow only a link in the document).
fn click_link(
    document: &web_sys::Document,
    url: &str,
    file_name: &str,
) -> Result<(), DownloadFailed> {
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")?
        .dyn_into()
        .map_err(|_| DownloadFailed("not an anchor".into()))?;
    link.set_href(url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| DownloadFailed("no body".into()))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    Ok(())
}

/// Writes a message to the console (not an error: the browser tests treat those as failures).
pub fn log(message: &str) {
    web_sys::console::log_1(&JsValue::from_str(message));
}
