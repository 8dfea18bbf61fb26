//! Listening to clues: Dutch speech through the browser's SpeechSynthesis (an
//! nl voice when there is one), with play, pause and speed. A clue with its own
//! sound file plays that instead. The text always stays on the card, and when
//! the browser cannot speak the page says so in plain Dutch.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::components::focus::focus_later;

const NO_SPEECH: &str = "Voorlezen kan niet in deze browser. Lees de tekst op de kaart.";
const SPEECH_FAILED: &str =
    "Voorlezen lukt niet op dit apparaat: er is geen stem om mee voor te lezen. Lees de tekst op de kaart.";
const NO_DUTCH_VOICE: &str = "Er is geen Nederlandse stem op dit apparaat. De uitspraak kan vreemd klinken.";

/// The speeds a player can choose: (label, rate).
pub const SPEEDS: [(&str, f32); 4] = [("Langzaam", 0.8), ("Normaal", 1.0), ("Iets sneller", 1.2), ("Snel", 1.4)];

/// The browser's speech synthesis, if it has one. Looked up by hand: calling
/// a missing API through web-sys would throw.
fn synthesis() -> Option<SpeechSynthesis> {
    let value = js_sys::Reflect::get(&window(), &"speechSynthesis".into()).ok()?;
    value.dyn_into::<SpeechSynthesis>().ok()
}

/// A Dutch voice: nl-NL first, then any nl (such as nl-BE).
fn dutch_voice(synth: &SpeechSynthesis) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> =
        synth.get_voices().iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).collect();
    let lang = |v: &SpeechSynthesisVoice| v.lang().replace('_', "-").to_lowercase();
    voices.iter().find(|v| lang(v) == "nl-nl").or_else(|| voices.iter().find(|v| lang(v).starts_with("nl"))).cloned()
}

/// One reader per page: only one text is read at a time.
#[derive(Clone, Copy)]
pub struct Speech {
    /// The key (clue id) of the text being read; `None` when silent.
    pub current: RwSignal<Option<String>>,
    pub paused: RwSignal<bool>,
    pub rate: RwSignal<f32>,
    /// What the page says about reading aloud (polite live region).
    pub status: RwSignal<String>,
    /// Set when the browser cannot speak; the controls stay, the message says why.
    pub problem: RwSignal<Option<&'static str>>,
    text: StoredValue<String>,
}

impl Speech {
    pub fn provide() -> Speech {
        let speech = Speech {
            current: RwSignal::new(None),
            paused: RwSignal::new(false),
            rate: RwSignal::new(1.0),
            status: RwSignal::new(String::new()),
            problem: RwSignal::new(synthesis().is_none().then_some(NO_SPEECH)),
            text: StoredValue::new(String::new()),
        };
        provide_context(speech);
        // Stop reading when the page goes away.
        on_cleanup(|| {
            if let Some(synth) = synthesis() {
                synth.cancel();
            }
        });
        speech
    }

    pub fn use_context() -> Speech {
        expect_context::<Speech>()
    }

    /// Read `text` aloud; `key` marks which card's controls show "pause".
    pub fn play(&self, key: String, title: &str, text: String) {
        let Some(synth) = synthesis() else {
            self.problem.set(Some(NO_SPEECH));
            self.status.set(NO_SPEECH.to_string());
            return;
        };
        synth.cancel();
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else {
            self.problem.set(Some(NO_SPEECH));
            self.status.set(NO_SPEECH.to_string());
            return;
        };
        utterance.set_lang("nl-NL");
        utterance.set_rate(self.rate.get_untracked());
        let voice = dutch_voice(&synth);
        utterance.set_voice(voice.as_ref());
        let has_voices = synth.get_voices().length() > 0;

        let me = *self;
        let ended = key.clone();
        let on_end = Closure::once_into_js(move || {
            // Only if this text is still the one being read (not replaced by another).
            if me.current.get_untracked().as_deref() == Some(ended.as_str()) {
                me.current.set(None);
                me.paused.set(false);
                me.status.set("Klaar met voorlezen.".to_string());
            }
        });
        let failed = key.clone();
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            let code =
                js_sys::Reflect::get(&event, &"error".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
            // Cancelling (another card, stop) is not a failure.
            if code == "interrupted" || code == "canceled" {
                return;
            }
            if me.current.get_untracked().as_deref() == Some(failed.as_str()) {
                me.current.set(None);
                me.paused.set(false);
            }
            me.problem.set(Some(SPEECH_FAILED));
            me.status.set(SPEECH_FAILED.to_string());
        });
        utterance.set_onend(Some(on_end.unchecked_ref()));
        utterance.set_onerror(Some(on_error.unchecked_ref()));

        self.text.set_value(text);
        self.current.set(Some(key));
        self.paused.set(false);
        self.status.set(if has_voices && voice.is_none() {
            format!("Voorlezen: {title}. {NO_DUTCH_VOICE}")
        } else {
            format!("Voorlezen: {title}.")
        });
        synth.speak(&utterance);
    }

    pub fn pause(&self) {
        if let Some(synth) = synthesis() {
            synth.pause();
        }
        self.paused.set(true);
        self.status.set("Voorlezen gepauzeerd.".to_string());
    }

    pub fn resume(&self) {
        if let Some(synth) = synthesis() {
            synth.resume();
        }
        self.paused.set(false);
        self.status.set("Voorlezen gaat verder.".to_string());
    }

    pub fn stop(&self) {
        self.current.set(None);
        self.paused.set(false);
        if let Some(synth) = synthesis() {
            synth.cancel();
        }
        self.status.set("Voorlezen gestopt.".to_string());
    }

    /// A new speed applies at once: the text being read starts again at that speed.
    pub fn set_rate(&self, rate: f32) {
        self.rate.set(rate);
        if let Some(key) = self.current.get_untracked() {
            let text = self.text.get_value();
            self.play(key, "opnieuw, met de nieuwe snelheid", text);
        }
    }
}

/// The page's speed choice and the status of reading aloud. Put it once above the cards.
#[component]
pub fn SpeechBar() -> impl IntoView {
    let speech = Speech::use_context();
    view! {
        <div class="speech-bar">
            <div class="field inline">
                <label for="voorleessnelheid">"Snelheid van voorlezen"</label>
                <select
                    id="voorleessnelheid"
                    on:change=move |ev| {
                        // The option's value is its place in SPEEDS: no float
                        // parsing or formatting (it would weigh on a phone's bundle).
                        if let Some((_, rate)) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| SPEEDS.get(i)) {
                            speech.set_rate(*rate);
                        }
                    }
                >
                    {SPEEDS
                        .into_iter()
                        .enumerate()
                        .map(|(i, (label, rate))| {
                            view! {
                                <option value=i.to_string() selected=move || speech.rate.get() == rate>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            // One live region: the problem when the browser cannot speak, else what is happening.
            <p class="speech-status" class:speech-problem=move || speech.problem.get().is_some() role="status">
                {move || speech.problem.get().map(str::to_string).unwrap_or_else(|| speech.status.get())}
            </p>
        </div>
    }
}

/// Play, pause and stop for one card. With `audio` (a URL) the card's own
/// sound file is played with the browser's audio controls instead.
#[component]
pub fn SpeechControls(
    /// Which card: the clue id.
    key: String,
    /// The card title, for the button labels.
    title: String,
    /// What is read aloud.
    text: String,
    #[prop(default = None)] audio: Option<String>,
) -> impl IntoView {
    let speech = Speech::use_context();
    if let Some(src) = audio {
        return view! { <AudioPlayer src=src title=title /> }.into_any();
    }
    let key = StoredValue::new(key);
    let title = StoredValue::new(title);
    let text = StoredValue::new(text);
    let mine = move || speech.current.get().as_deref() == Some(key.get_value().as_str());
    // One play/pause button that stays in place, so keyboard focus stays on it.
    let state = move || match (mine(), speech.paused.get()) {
        (false, _) => ("▶", "Luister", format!("Luister naar {}", title.get_value())),
        (true, false) => ("❚❚", "Pauzeer", format!("Pauzeer {}", title.get_value())),
        (true, true) => ("▶", "Ga verder", format!("Ga verder met {}", title.get_value())),
    };
    let toggle = move |_| match (mine(), speech.paused.get_untracked()) {
        (false, _) => speech.play(key.get_value(), &title.get_value(), text.get_value()),
        (true, false) => speech.pause(),
        (true, true) => speech.resume(),
    };
    let toggle_id = move || format!("luister-{}", key.get_value());
    view! {
        <div class="speech-controls" role="group" aria-label=move || format!("Voorlezen: {}", title.get_value())>
            <button type="button" id=toggle_id class="button small listen" aria-label=move || state().2 on:click=toggle>
                <span aria-hidden="true" class="icon">{move || state().0}</span>
                {move || format!(" {}", state().1)}
            </button>
            <Show when=mine>
                <button
                    type="button"
                    class="button small"
                    aria-label=move || format!("Stop {}", title.get_value())
                    on:click=move |_| {
                        speech.stop();
                        focus_later(toggle_id());
                    }
                >
                    <span aria-hidden="true" class="icon">"■"</span>
                    " Stop"
                </button>
            </Show>
        </div>
    }
    .into_any()
}

/// The clue's own sound file, at the page's speed; falls back to a message
/// when the file cannot be played.
#[component]
fn AudioPlayer(src: String, title: String) -> impl IntoView {
    let speech = Speech::use_context();
    let broken = RwSignal::new(false);
    let player = NodeRef::<leptos::html::Audio>::new();
    // Follow the page's speed choice.
    Effect::new(move |_| {
        let rate = f64::from(speech.rate.get());
        if let Some(audio) = player.get() {
            audio.set_playback_rate(rate);
            audio.set_default_playback_rate(rate);
        }
    });
    view! {
        <div class="speech-controls audio">
            <audio
                node_ref=player
                controls
                preload="none"
                src=src
                aria-label=format!("Geluid bij {title}")
                on:error=move |_| broken.set(true)
            ></audio>
            <Show when=move || broken.get()>
                <p class="speech-problem">"Het geluid bij deze kaart kan niet worden afgespeeld. Lees de tekst op de kaart."</p>
            </Show>
        </div>
    }
}
