//! The long texts: the model in plain words, every parameter's source and the challenges'
//! stories and explanations. The page's module is built without them (most of its text, and
//! rarely read), so they stay out of the first load; the site's `texts.json` (written by
//! `canting texts` when Trunk builds the site) is fetched the first time a reader opens the
//! model panel, a group of parameters or the challenges, once for the page.

use std::cell::RefCell;
use std::rc::Rc;

use canting_model::{Bilingual, Lang, MODEL_VERSION, ParamInfo};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n::words;
use crate::infra;

/// The site's file of long texts, relative to the page.
const FILE: &str = "texts.json";

/// Where the long texts stand.
#[derive(Clone, PartialEq)]
pub enum Texts {
    Loading,
    Ready(Rc<PageTexts>),
    /// They could not be loaded; the reader may try again.
    Failed,
}

thread_local! {
    static STATE: RefCell<Option<Texts>> = const { RefCell::new(None) };
    /// The components showing the texts, told when they arrive or fail.
    static WAITING: RefCell<Vec<Callback<()>>> = const { RefCell::new(Vec::new()) };
}

/// The long texts, fetched the first time any component asks for them.
#[hook]
pub fn use_long_texts() -> Texts {
    let texts = use_texts_if_asked();
    // Runs after `use_texts_if_asked`'s effect, which puts this component among those told.
    use_effect_with((), |_| fetch());
    texts
}

/// The long texts as they stand, without asking for them: the component is told when they
/// arrive, but they are fetched only by a reader that asks ([`use_long_texts`]).
#[hook]
pub fn use_texts_if_asked() -> Texts {
    let update = use_force_update();
    use_effect_with((), move |_| {
        let told = Callback::from(move |()| update.force_update());
        WAITING.with(|w| w.borrow_mut().push(told.clone()));
        move || WAITING.with(|w| w.borrow_mut().retain(|c| c != &told))
    });
    STATE.with(|s| s.borrow().clone()).unwrap_or(Texts::Loading)
}

/// Fetches the texts unless they are here or on their way: at the first reader, and after a
/// failure at the next (a reader opening the panel or a group, or "try again").
fn fetch() {
    let start = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let start = matches!(*s, None | Some(Texts::Failed));
        if start {
            *s = Some(Texts::Loading);
        }
        start
    });
    if !start {
        return;
    }
    tell();
    yew::platform::spawn_local(async {
        let texts = match infra::fetch_text(FILE).await {
            Ok(json) => read(&json),
            Err(why) => Err(why),
        };
        let texts = match texts {
            Ok(texts) => Texts::Ready(Rc::new(texts)),
            Err(why) => {
                infra::log(&format!("{FILE}: {why}"));
                Texts::Failed
            }
        };
        STATE.with(|s| *s.borrow_mut() = Some(texts));
        tell();
    });
}

/// The texts as the page keeps them: the file as the browser parsed it.
pub struct PageTexts {
    notes: Bilingual,
    sources: JsValue,
    challenges: JsValue,
}

impl PartialEq for PageTexts {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// A field of a parsed JSON object (`undefined` if it has none).
fn field(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn both(v: &JsValue) -> Bilingual {
    Bilingual {
        id: field(v, "id").as_string().unwrap_or_default(),
        en: field(v, "en").as_string().unwrap_or_default(),
    }
}

impl PageTexts {
    /// The parameter's source in `lang`, if the file has one.
    pub fn source(&self, key: &str, lang: Lang) -> Option<String> {
        field(&field(&self.sources, key), lang.key())
            .as_string()
            .filter(|s| !s.is_empty())
    }

    /// A part of the challenge `key`'s texts (`canting_model::ChallengeTexts`) in `lang`.
    pub fn challenge(&self, key: &str, part: ChallengePart, lang: Lang) -> Option<String> {
        let texts = field(&self.challenges, key);
        field(&field(&texts, part.key()), lang.key())
            .as_string()
            .filter(|s| !s.is_empty())
    }
}

/// The parts of a challenge's texts, named as in `canting_model::ChallengeTexts`.
#[derive(Clone, Copy)]
pub enum ChallengePart {
    Story,
    Explanation,
    Mechanism,
    Agents,
}

impl ChallengePart {
    fn key(self) -> &'static str {
        match self {
            ChallengePart::Story => "story",
            ChallengePart::Explanation => "explanation",
            ChallengePart::Mechanism => "mechanism",
            ChallengePart::Agents => "agents",
        }
    }
}

impl Texts {
    /// The texts, once they are here.
    pub fn ready(&self) -> Option<&PageTexts> {
        match self {
            Texts::Ready(t) => Some(t),
            _ => None,
        }
    }
}

/// Reads the file (`canting_model::LongTexts` as JSON) with the browser's own parser: serde's,
/// for this one struct, would add about 30 KB to the page's module, more than half of what
/// leaving the texts out saves.
fn read(json: &str) -> Result<PageTexts, String> {
    let file = js_sys::JSON::parse(json).map_err(|_| "not JSON".to_string())?;
    let Some(version) = field(&file, "model_version").as_f64() else {
        return Err("not a file of Canting's texts".to_string());
    };
    if version != f64::from(MODEL_VERSION) {
        return Err(format!(
            "the texts of model version {version}, not {MODEL_VERSION}"
        ));
    }
    let challenges = field(&file, "challenges");
    // A file from before the challenges' texts moved into it would leave them missing unsaid.
    if !challenges.is_object() {
        return Err("a file of texts without the challenges' texts".to_string());
    }
    Ok(PageTexts {
        notes: both(&field(&file, "notes")),
        sources: field(&file, "sources"),
        challenges,
    })
}

fn tell() {
    let waiting = WAITING.with(|w| w.borrow().clone());
    for told in waiting {
        told.emit(());
    }
}

/// The state's key, for tests and styles: `loading`, `ready` or `failed`.
fn state_key(texts: &Texts) -> &'static str {
    match texts {
        Texts::Loading => "loading",
        Texts::Ready(_) => "ready",
        Texts::Failed => "failed",
    }
}

/// While the texts load, a line that says so; if they cannot be loaded, a message with a button
/// that tries again. The button first takes the focus to the block it sits in (which stays as
/// the texts arrive), so that a keyboard or a screen reader is not left nowhere.
fn status(texts: &Texts, lang: Lang) -> Html {
    let w = words(lang);
    status_saying(texts, lang, w.texts_loading, w.texts_failed)
}

/// [`status`] in the words of the texts' reader: what is loading, and what could not be.
fn status_saying(
    texts: &Texts,
    lang: Lang,
    texts_loading: &'static str,
    texts_failed: &'static str,
) -> Html {
    let w = words(lang);
    let retry = Callback::from(|e: MouseEvent| {
        let block = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|button| button.closest("[data-texts]").ok().flatten())
            .and_then(|block| block.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(block) = block {
            let _ = block.focus();
        }
        fetch();
    });
    match texts {
        Texts::Ready(_) => html! {},
        Texts::Loading => html! { <p class="note" role="status">{ texts_loading }</p> },
        Texts::Failed => html! {
            <p class="notice" role="alert">{ texts_failed }{ " " }
                <button type="button" class="texts-retry" onclick={retry}>{ w.texts_retry }</button>
            </p>
        },
    }
}

/// The model in plain words, a paragraph a block; while it loads, or if it cannot be loaded,
/// [`status`] in its place.
pub fn notes(texts: &Texts, lang: Lang) -> Html {
    html! {
        <div class="model-notes" tabindex="-1" data-texts={state_key(texts)}>
            if let Texts::Ready(t) = texts {
                { for t.notes.get(lang).split("\n\n").map(|para| html! { <p>{ para }</p> }) }
            } else {
                { status(texts, lang) }
            }
        </div>
    }
}

/// [`status`] in the challenges' panel, in its words: nothing once the texts are here.
pub fn challenges_status(texts: &Texts, lang: Lang) -> Html {
    let w = crate::i18n::challenge_words::words(lang);
    html! {
        <div class="texts-status" tabindex="-1" data-texts={state_key(texts)}>
            { status_saying(texts, lang, w.texts_loading, w.texts_failed) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesStatusProps {
    pub lang: Lang,
}

/// [`status`] where the parameters' sources are shown without the model panel (the settings'
/// open groups); nothing once the texts are here. Mounting it fetches them.
#[function_component(SourcesStatus)]
pub fn sources_status(props: &SourcesStatusProps) -> Html {
    let texts = use_long_texts();
    html! {
        <div class="texts-status" tabindex="-1" data-texts={state_key(&texts)}>
            { status(&texts, props.lang) }
        </div>
    }
}

/// A parameter's source as a reader reads it: its kind ("asumsi", "data terbitan", ...), then,
/// once the texts are here, its text.
pub fn source(texts: &Texts, lang: Lang, param: &ParamInfo) -> Html {
    let kind = param.source.kind_label(lang);
    match texts {
        Texts::Ready(t) => match t.source(param.key, lang) {
            Some(text) => html! { <span>{ kind }{ ": " }{ text }</span> },
            None => html! { <span>{ kind }</span> },
        },
        Texts::Loading => html! { <span aria-busy="true">{ kind }{ ": …" }</span> },
        Texts::Failed => html! { <span>{ kind }</span> },
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLineProps {
    pub lang: Lang,
    pub param: ParamInfo,
}

/// [`source`] as a component of its own, for a row that is shown without the texts' other
/// readers: mounting it fetches the texts.
#[function_component(SourceLine)]
pub fn source_line(props: &SourceLineProps) -> Html {
    source(&use_long_texts(), props.lang, &props.param)
}
