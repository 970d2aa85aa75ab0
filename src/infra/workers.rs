//! Web workers that compute seeded runs off the page's thread, one per core. Each worker runs
//! this same wasm module (the page hands it over, so nothing is downloaded or compiled twice):
//! its `main` sees a worker's global scope and calls [`serve`] instead of starting the app.
//!
//! Messages are plain arrays. To a worker: `[token, run_idx]`. From a worker: `"ready"` once,
//! then `[token, run_idx, Float64Array]` for a run or `[token, run_idx, null]` for a scenario it
//! could not read. A worker computes its run a year at a time and looks at its messages in
//! between: a run sent to a worker that is still busy replaces the one under way, so that a
//! superseded request's run (a slider moved on) is dropped within a few ms, not finished.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Float64Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    Blob, BlobPropertyBag, DedicatedWorkerGlobalScope, ErrorEvent, MessageChannel, MessageEvent,
    Url, Worker, WorkerOptions, WorkerType,
};

/// The at most this many workers: beyond a few, the page's own thread (drawing) is the limit.
const MAX_WORKERS: usize = 4;

/// A worker's bootstrap: load the page's own JS glue and instantiate the module it is handed.
/// The glue then runs `main`, which finds itself in a worker and calls [`serve`].
const BOOTSTRAP: &str = "\
self.onmessage = async (event) => {
  self.onmessage = null;
  const [glue, module] = event.data;
  try {
    const bindings = await import(glue);
    await bindings.default({ module_or_path: module });
  } catch (error) {
    self.postMessage('failed');
  }
};
";

/// What a worker says.
pub enum Reply {
    /// A worker is ready for work.
    Ready,
    /// One run's numbers, as `RunResult::data` lays them out (empty if the worker could not
    /// read the scenario).
    Run {
        token: String,
        run_idx: u32,
        data: Vec<f64>,
    },
    /// A worker failed: its run (if it had one) must be computed elsewhere.
    Failed { run: Option<(String, u32)> },
}

struct Slot {
    id: usize,
    worker: Worker,
    ready: bool,
    busy: Option<(String, u32)>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

/// The workers, with which of them are ready and busy.
pub struct Pool {
    slots: Rc<RefCell<Vec<Slot>>>,
}

impl Pool {
    /// Starts one worker per core; `None` if this page cannot have workers.
    pub fn start(on_reply: impl Fn(Reply) + 'static) -> Option<Pool> {
        let window = web_sys::window()?;
        let cores = window.navigator().hardware_concurrency() as usize;
        let glue = own_glue_url(&window)?;
        let script = bootstrap_url()?;
        let on_reply: Rc<dyn Fn(Reply)> = Rc::new(on_reply);
        let slots = Rc::new(RefCell::new(Vec::new()));
        for idx in 0..cores.clamp(1, MAX_WORKERS) {
            match spawn(idx, &script, &glue, &slots, &on_reply) {
                Some(slot) => slots.borrow_mut().push(slot),
                None => break,
            }
        }
        let _ = Url::revoke_object_url(&script);
        if slots.borrow().is_empty() {
            return None;
        }
        Some(Pool { slots })
    }

    /// How many workers are alive.
    pub fn size(&self) -> usize {
        self.slots.borrow().len()
    }

    /// Whether a worker could take a run: it is waiting for work, or its run belongs to no
    /// request that is still `wanted` (by token).
    pub fn can_take(&self, wanted: &dyn Fn(&str) -> bool) -> bool {
        self.slots.borrow().iter().any(|s| takes(s, wanted))
    }

    /// Gives one run to a worker waiting for work or else to one whose run is no longer
    /// `wanted`, which drops that run for this one; `false` if none could take it.
    pub fn send(&self, token: &str, run_idx: u32, wanted: &dyn Fn(&str) -> bool) -> bool {
        let mut slots = self.slots.borrow_mut();
        let idle = slots.iter().position(|s| s.ready && s.busy.is_none());
        let Some(pos) = idle.or_else(|| slots.iter().position(|s| takes(s, wanted))) else {
            return false;
        };
        let slot = &mut slots[pos];
        let message = Array::of2(&JsValue::from_str(token), &JsValue::from(run_idx));
        if slot.worker.post_message(&message).is_err() {
            return false;
        }
        slot.busy = Some((token.to_string(), run_idx));
        true
    }
}

/// Whether a worker is waiting for work or busy with a run no longer wanted.
fn takes(slot: &Slot, wanted: &dyn Fn(&str) -> bool) -> bool {
    slot.ready && slot.busy.as_ref().is_none_or(|(token, _)| !wanted(token))
}

impl Drop for Pool {
    fn drop(&mut self) {
        for slot in self.slots.borrow().iter() {
            slot.worker.terminate();
        }
    }
}

fn spawn(
    idx: usize,
    script: &str,
    glue: &str,
    slots: &Rc<RefCell<Vec<Slot>>>,
    on_reply: &Rc<dyn Fn(Reply)>,
) -> Option<Slot> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    options.set_name(&format!("canting-{idx}"));
    let worker = Worker::new_with_options(script, &options).ok()?;

    let on_message = {
        let slots = Rc::downgrade(slots);
        let on_reply = on_reply.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(slots) = slots.upgrade() else { return };
            let reply = read_reply(&event.data());
            // Update the slot first, and let go of it before the reply runs more work.
            {
                let mut slots = slots.borrow_mut();
                let Some(pos) = slots.iter().position(|s| s.id == idx) else {
                    return;
                };
                match &reply {
                    Reply::Ready => slots[pos].ready = true,
                    // A run replaced by another may have been sent off just before: the
                    // worker is busy until the run it was given last comes back.
                    Reply::Run { token, run_idx, .. } => {
                        let slot = &mut slots[pos];
                        if slot.busy.as_ref() == Some(&(token.clone(), *run_idx)) {
                            slot.busy = None;
                        }
                    }
                    Reply::Failed { .. } => {
                        let slot = slots.remove(pos);
                        slot.worker.terminate();
                    }
                }
            }
            let reply = match reply {
                Reply::Failed { .. } => Reply::Failed { run: None },
                other => other,
            };
            on_reply(reply);
        })
    };
    let on_error = {
        let slots = Rc::downgrade(slots);
        let on_reply = on_reply.clone();
        Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            // The error is handled here: a failed worker's work goes elsewhere.
            event.prevent_default();
            let Some(slots) = slots.upgrade() else { return };
            let run = {
                let mut slots = slots.borrow_mut();
                let Some(pos) = slots.iter().position(|s| s.id == idx) else {
                    return;
                };
                let slot = slots.remove(pos);
                slot.worker.terminate();
                slot.busy
            };
            on_reply(Reply::Failed { run });
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let hello = Array::of2(&JsValue::from_str(glue), &wasm_bindgen::module());
    worker.post_message(&hello).ok()?;
    Some(Slot {
        id: idx,
        worker,
        ready: false,
        busy: None,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn read_reply(data: &JsValue) -> Reply {
    if data.as_string().as_deref() == Some("ready") {
        return Reply::Ready;
    }
    let Some(parts) = data.dyn_ref::<Array>() else {
        return Reply::Failed { run: None };
    };
    let token = parts.get(0).as_string().unwrap_or_default();
    let run_idx = parts.get(1).as_f64().unwrap_or(-1.0);
    if run_idx < 0.0 {
        return Reply::Failed { run: None };
    }
    // A scenario the worker could not read comes back without numbers: the page runs it.
    let data = parts
        .get(2)
        .dyn_into::<Float64Array>()
        .map(|numbers| numbers.to_vec())
        .unwrap_or_default();
    Reply::Run {
        token,
        run_idx: run_idx as u32,
        data,
    }
}

/// The URL of the page's JS glue, which Trunk preloads.
fn own_glue_url(window: &web_sys::Window) -> Option<String> {
    let document = window.document()?;
    let link = document
        .query_selector("link[rel=\"modulepreload\"][href$=\".js\"]")
        .ok()??;
    link.dyn_into::<web_sys::HtmlLinkElement>()
        .ok()
        .map(|l| l.href())
}

fn bootstrap_url() -> Option<String> {
    let parts = Array::of1(&JsValue::from_str(BOOTSTRAP));
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// Whether this wasm instance runs in a worker rather than the page.
pub fn in_worker() -> bool {
    js_sys::global()
        .dyn_into::<DedicatedWorkerGlobalScope>()
        .is_ok()
}

/// What one step of a worker's run gives.
pub enum Step {
    /// More months to go.
    Going,
    /// The run's numbers, as `RunResult::data` lays them out.
    Done(Vec<f64>),
    /// No run is under way.
    Idle,
}

/// The worker's side: answers each `[token, run_idx]` with that run's numbers, which `begin`
/// starts (`false` for a token it cannot read) and `advance` computes step by step. Between two
/// steps the worker yields to its messages, so a newer run replaces the one under way. Called
/// from `main` inside a worker.
pub fn serve(begin: fn(&str, u32) -> bool, advance: fn() -> Step) {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    // The run under way, as the page named it; a step is due when `due` is set.
    let job: Rc<RefCell<Option<(JsValue, JsValue)>>> = Rc::new(RefCell::new(None));
    let due = Rc::new(std::cell::Cell::new(false));
    // A message to oneself through a channel comes back after the messages already waiting,
    // and at once (a timer's delay grows once timers nest).
    let Ok(channel) = MessageChannel::new() else {
        // The page then gives this worker's share to the others (or computes it itself).
        let _ = scope.post_message(&JsValue::from_str("failed"));
        return;
    };
    let next_step = {
        let port = channel.port2();
        let due = due.clone();
        move || {
            if !due.replace(true) {
                let _ = port.post_message(&JsValue::NULL);
            }
        }
    };
    let answer = {
        let scope = scope.clone();
        move |token: &JsValue, run_idx: &JsValue, payload: JsValue| {
            let _ = scope.post_message(&Array::of3(token, run_idx, &payload));
        }
    };
    let on_step = {
        let (job, due, answer, next_step) =
            (job.clone(), due.clone(), answer.clone(), next_step.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
            due.set(false);
            let Some((token, run_idx)) = job.borrow().clone() else {
                return;
            };
            match advance() {
                Step::Going => next_step(),
                Step::Done(numbers) => {
                    job.borrow_mut().take();
                    answer(
                        &token,
                        &run_idx,
                        Float64Array::from(numbers.as_slice()).into(),
                    );
                }
                Step::Idle => {
                    job.borrow_mut().take();
                }
            }
        })
    };
    channel
        .port1()
        .set_onmessage(Some(on_step.as_ref().unchecked_ref()));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let Some(parts) = data.dyn_ref::<Array>() else {
            return;
        };
        let (token, run_idx) = (parts.get(0), parts.get(1));
        let begun = match (token.as_string(), run_idx.as_f64()) {
            (Some(t), Some(r)) if r >= 0.0 => begin(&t, r as u32),
            _ => false,
        };
        if begun {
            *job.borrow_mut() = Some((token, run_idx));
            next_step();
        } else {
            job.borrow_mut().take();
            answer(&token, &run_idx, JsValue::NULL);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handlers live as long as the worker.
    on_message.forget();
    on_step.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
