// Smoke test: the built app loads, mounts (an <h1> becomes visible) and logs
// no page errors and no console errors.
import { test, before, after } from 'node:test';
import { startServer, launchBrowser, openApp } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('app root shows an <h1> with no page or console errors', async () => {
  const app = await openApp(browser, server);
  try {
    app.assertNoErrors();
  } finally {
    await app.close();
  }
});
