//! The console's camera: scan a team's result QR code. The laptop camera's
//! frames are drawn on a canvas and read by `domain::session::scan` (rqrr, in
//! wasm), or by the browser's own BarcodeDetector where it has one. A missing
//! or refused camera gets a Dutch message; pasting the code always works.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream, MediaStreamConstraints};

use crate::domain::session::scan::decode_rgba;

/// How often a frame is read while the camera is on.
const FRAME_EVERY: Duration = Duration::from_millis(300);

/// Why the camera could not start, in words a trainer knows.
fn camera_problem(error: &JsValue) -> String {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
    match name.as_deref() {
        Some("NotAllowedError") | Some("SecurityError") => {
            "De camera mag niet worden gebruikt. Geef toestemming in de browser, of plak de code hierboven.".to_string()
        }
        Some("NotFoundError") | Some("OverconstrainedError") => {
            "Er is geen camera gevonden op deze computer. Plak de code hierboven.".to_string()
        }
        Some("NotReadableError") => {
            "De camera is bezet door een ander programma. Sluit dat, of plak de code hierboven.".to_string()
        }
        _ => "De camera start niet. Plak de code hierboven.".to_string(),
    }
}

/// Read one frame: the text of a QR code in it, if any.
fn read_frame(video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> Option<String> {
    let (width, height) = (video.video_width(), video.video_height());
    if width == 0 || height == 0 {
        return None;
    }
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.draw_image_with_html_video_element(video, 0.0, 0.0).ok()?;
    let pixels = context.get_image_data(0.0, 0.0, f64::from(width), f64::from(height)).ok()?.data();
    decode_rgba(width as usize, height as usize, &pixels.0)
}

/// The browser's BarcodeDetector for QR codes, where there is one (not in Chromium on Linux).
fn barcode_detector() -> Option<JsValue> {
    let constructor = js_sys::Reflect::get(&window(), &JsValue::from_str("BarcodeDetector")).ok()?;
    let constructor: js_sys::Function = constructor.dyn_into().ok()?;
    let options = js_sys::Object::new();
    let formats = js_sys::Array::of1(&JsValue::from_str("qr_code"));
    js_sys::Reflect::set(&options, &JsValue::from_str("formats"), &formats).ok()?;
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&options)).ok()
}

/// Ask a BarcodeDetector about the video: the first code's text.
async fn detect_with(detector: &JsValue, video: &HtmlVideoElement) -> Option<String> {
    let detect: js_sys::Function =
        js_sys::Reflect::get(detector, &JsValue::from_str("detect")).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = detect.call1(detector, video).ok()?.dyn_into().ok()?;
    let found = JsFuture::from(promise).await.ok()?;
    let first = js_sys::Array::from(&found).get(0);
    js_sys::Reflect::get(&first, &JsValue::from_str("rawValue")).ok()?.as_string()
}

#[component]
pub fn ScanButton(on_code: Callback<String>) -> impl IntoView {
    let scanning = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let stream = StoredValue::new_local(None::<MediaStream>);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let busy = StoredValue::new(false);

    let stop = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
        if let Some(s) = stream.get_value() {
            for track in s.get_tracks().iter() {
                if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                    track.stop();
                }
            }
        }
        stream.set_value(None);
        let _ = scanning.try_set(false);
    };
    on_cleanup(stop);

    let found = move |text: String| {
        stop();
        on_code.run(text);
    };

    let start = move |_| {
        problem.set(None);
        let Some(devices) = window().navigator().media_devices().ok() else {
            problem.set(Some("Deze browser kan hier de camera niet gebruiken. Plak de code hierboven.".to_string()));
            return;
        };
        let constraints = MediaStreamConstraints::new();
        constraints.set_video(&JsValue::TRUE);
        constraints.set_audio(&JsValue::FALSE);
        let promise = match devices.get_user_media_with_constraints(&constraints) {
            Ok(promise) => promise,
            Err(error) => {
                problem.set(Some(camera_problem(&error)));
                return;
            }
        };
        spawn_local(async move {
            let media = match JsFuture::from(promise).await {
                Ok(media) => media.unchecked_into::<MediaStream>(),
                Err(error) => {
                    let _ = problem.try_set(Some(camera_problem(&error)));
                    return;
                }
            };
            let Some(video) = video_ref.get_untracked() else { return };
            let video: HtmlVideoElement = (*video).clone().unchecked_into();
            video.set_src_object(Some(&media));
            let _ = video.play();
            stream.set_value(Some(media));
            scanning.set(true);
            let Ok(canvas) = document().create_element("canvas") else { return };
            let canvas: HtmlCanvasElement = canvas.unchecked_into();
            let detector = barcode_detector();
            let tick = move || {
                if busy.get_value() {
                    return;
                }
                match &detector {
                    Some(detector) => {
                        busy.set_value(true);
                        let (detector, video) = (detector.clone(), video.clone());
                        spawn_local(async move {
                            let text = detect_with(&detector, &video).await;
                            busy.set_value(false);
                            if let Some(text) = text {
                                found(text);
                            }
                        });
                    }
                    None => {
                        if let Some(text) = read_frame(&video, &canvas) {
                            found(text);
                        }
                    }
                }
            };
            if let Ok(handle) = set_interval_with_handle(tick, FRAME_EVERY) {
                timer.set_value(Some(handle));
            }
        });
    };

    view! {
        <div class="scan">
            <Show
                when=move || scanning.get()
                fallback=move || view! { <button type="button" class="button" on:click=start>"Scan met de camera"</button> }
            >
                <p role="status">"De camera staat aan. Houd de QR-code van het team voor de camera."</p>
                <button type="button" class="button" on:click=move |_| stop()>"Stop de camera"</button>
            </Show>
            <video
                node_ref=video_ref
                class="scan-video"
                hidden=move || !scanning.get()
                autoplay=true
                muted=true
                playsinline=true
                aria-label="Beeld van de camera"
            ></video>
            {move || problem.get().map(|p| view! { <p class="notice problem" role="alert">{p}</p> })}
        </div>
    }
}
