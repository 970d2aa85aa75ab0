//! Pixels on a canvas and the frames that play them: the view of the agents paints whole
//! RGBA buffers in Rust and hands each to its canvas in one call, and plays its months on the
//! browser's animation frames. Each function fails softly: a canvas not (yet) in the page, or a
//! browser without a 2D context, draws nothing.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use yew::NodeRef;

/// Puts an RGBA buffer of `width` x `height` pixels on the canvas (resized to it if needed);
/// whether it was drawn.
pub fn put_pixels(canvas: &NodeRef, width: u32, height: u32, rgba: &[u8]) -> bool {
    let Some(canvas) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
        return false;
    };
    if rgba.len() != (width as usize) * (height as usize) * 4 || width == 0 || height == 0 {
        return false;
    }
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return false;
    };
    let Ok(image) =
        web_sys::ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), width, height)
    else {
        return false;
    };
    ctx.put_image_data(&image, 0.0, 0.0).is_ok()
}

/// Sets an attribute of an element in the page (for what tests and styles read).
pub fn set_attribute(node: &NodeRef, name: &str, value: &str) {
    if let Some(element) = node.cast::<web_sys::Element>() {
        let _ = element.set_attribute(name, value);
    }
}

/// Where a pointer event falls on a canvas, in the canvas's own pixels (it is drawn at one
/// size and shown at another).
pub fn pointer_on_canvas(canvas: &NodeRef, client_x: i32, client_y: i32) -> Option<(f64, f64)> {
    let canvas = canvas.cast::<web_sys::HtmlCanvasElement>()?;
    let rect = canvas.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let x = (f64::from(client_x) - rect.left()) * f64::from(canvas.width()) / rect.width();
    let y = (f64::from(client_y) - rect.top()) * f64::from(canvas.height()) / rect.height();
    Some((x, y))
}

/// The frame callback, held by the loop and (weakly) by itself, to ask for the next frame.
type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// Calls a function on every animation frame (with the frame's time in ms) for as long as the
/// loop returned lives; dropping it cancels the next frame.
pub struct AnimationLoop {
    next: Rc<Cell<Option<i32>>>,
    callback: FrameCallback,
}

impl Drop for AnimationLoop {
    fn drop(&mut self) {
        if let (Some(id), Some(w)) = (self.next.take(), web_sys::window()) {
            let _ = w.cancel_animation_frame(id);
        }
        // Dropped in a task of its own: the loop may be dropped from inside its own frame,
        // while the closure runs.
        if let Ok(mut callback) = self.callback.try_borrow_mut()
            && let Some(callback) = callback.take()
        {
            gloo::timers::callback::Timeout::new(0, move || drop(callback)).forget();
        }
    }
}

/// Starts calling `f` on every animation frame.
pub fn animation_loop(mut f: impl FnMut(f64) + 'static) -> AnimationLoop {
    let next = Rc::new(Cell::new(None));
    let callback: FrameCallback = Rc::new(RefCell::new(None));
    let (again, me) = (next.clone(), Rc::downgrade(&callback));
    *callback.borrow_mut() = Some(Closure::new(move |time: f64| {
        f(time);
        if let Some(me) = me.upgrade() {
            again.set(request(&me.borrow()));
        }
    }));
    next.set(request(&callback.borrow()));
    AnimationLoop { next, callback }
}

fn request(callback: &Option<Closure<dyn FnMut(f64)>>) -> Option<i32> {
    let callback = callback.as_ref()?;
    web_sys::window()?
        .request_animation_frame(callback.as_ref().unchecked_ref())
        .ok()
}
