// Starts the wasm app. Trunk would inject an inline <script> for this; an
// external file lets the Content-Security-Policy forbid inline scripts.
// Trunk.toml `pattern_script` writes the tag that loads this file, with the
// hashed file names in data-js / data-wasm.

// Offline use: the service worker (sw.js) keeps the app and the mysteries.
// When the worker of a newer build takes over a page that an older one
// served, the app tells the team to reload (src/components/update_notice.rs
// listens). Listen before loading the wasm: the browser checks for a new
// sw.js as soon as the page is requested, and may switch while we load.
const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
if (sw) {
  const hadController = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
    if (!hadController) return; // first install: nothing changed for this page
    window.mysterieUpdate = true;
    dispatchEvent(new Event('mysterie-update'));
  });
}

const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });

// Register after the app runs, so precaching does not compete with the first load.
sw?.register('sw.js').catch(() => {
  // No service worker (blocked, private mode, plain http on another host): the app still works online.
});
