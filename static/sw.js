// Canting's service worker: after a first visit the page works with no network.
//
// A release is index.html and every file it names. Trunk puts a hash of each file's content in
// its name (all but index.html's), so a release is kept whole, under its own cache, and the page
// is served from one release at a time: never the JS glue of one build with the wasm of another.
// A new release is fetched in full in the background; the page is told and switches to it only
// when the user asks (src/infra/offline.rs shows the offer).
//
// Messages from the page: "check" (is there a new release?) and "apply" (switch to it). Answers:
// "update-ready" and "update-applied".

const RELEASE = 'canting-release-';
const META = 'canting-meta';

const scope = () => self.registration.scope;
const indexUrl = () => new URL('./', scope()).href;

async function meta(key, value) {
  const cache = await caches.open(META);
  const url = new URL(`./__canting/${key}`, scope()).href;
  if (value === undefined) {
    const found = await cache.match(url);
    return found ? found.text() : null;
  }
  if (value === null) return cache.delete(url);
  return cache.put(url, new Response(value));
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 16);
}

// The files the page fetches only when the reader opens them (the model notes, the
// parameters' sources and the challenges' stories). They belong to the release all the same, so they are kept with it for
// offline use. The one list of them: xtask/src/site.rs and the browser bench read it here to
// count them apart from the first load (so it stays on one line, in double quotes).
const ON_DEMAND = ["texts.json"];

// The files of a release: every relative href and src that index.html names (stylesheet, icon,
// JS glue, wasm, manifest), and the files fetched on demand.
function namedFiles(html) {
  const files = new Set(ON_DEMAND.map((name) => new URL(name, scope()).href));
  for (const [, , url] of html.matchAll(/(href|src)\s*=\s*["']?([^"'\s>]+)/g)) {
    if (!/^[a-z]+:|^\/\/|^#/i.test(url)) files.add(new URL(url, scope()).href);
  }
  for (const [, url] of html.matchAll(/module_or_path:\s*['"]([^'"]+)['"]/g)) {
    files.add(new URL(url, scope()).href);
  }
  return [...files];
}

// Fetches the release the server has now, whole, and returns its id; null when offline. A
// release already kept whole is not fetched again.
async function fetchRelease() {
  let html;
  try {
    const response = await fetch(indexUrl(), { cache: 'no-store' });
    if (!response.ok) return null;
    html = await response.text();
  } catch {
    return null;
  }
  const id = await sha256(html);
  const cache = await caches.open(RELEASE + id);
  if (await cache.match(indexUrl())) return id;
  try {
    await Promise.all(
      namedFiles(html).map(async (url) => {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(url, response);
      }),
    );
  } catch {
    // A half-fetched release is never served: its index is put last, and only whole.
    await caches.delete(RELEASE + id);
    return null;
  }
  const headers = { 'content-type': 'text/html; charset=utf-8' };
  await cache.put(indexUrl(), new Response(html, { headers }));
  return id;
}

// The release newer than the one served, fetched whole, if the server has one (or had one
// when it was last reached).
async function newerRelease() {
  const active = await meta('active');
  const latest = await fetchRelease();
  if (latest === null) return meta('pending');
  if (active === null) {
    await meta('active', latest);
    return null;
  }
  if (latest === active) {
    await meta('pending', null);
    return null;
  }
  await meta('pending', latest);
  return latest;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if ((await meta('active')) === null) {
        const id = await fetchRelease();
        if (id === null) throw new Error('the site could not be fetched whole');
        await meta('active', id);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function respond(request) {
  const active = await meta('active');
  const release = active === null ? null : await caches.open(RELEASE + active);
  if (request.mode === 'navigate') {
    const index = release && (await release.match(indexUrl()));
    return index ?? fetch(request);
  }
  const kept = (release && (await release.match(request))) ?? (await caches.match(request));
  return kept ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope())) return;
  event.respondWith(respond(request));
});

// Switches to the pending release; keeps the one before it for tabs still open on it.
async function apply() {
  const pending = await meta('pending');
  const active = await meta('active');
  if (pending === null) return;
  await meta('active', pending);
  await meta('pending', null);
  const keep = new Set([RELEASE + pending, RELEASE + active]);
  for (const name of await caches.keys()) {
    if (name.startsWith(RELEASE) && !keep.has(name)) await caches.delete(name);
  }
}

self.addEventListener('message', (event) => {
  const reply = (answer) => event.source?.postMessage(answer);
  if (event.data === 'check') {
    event.waitUntil(
      (async () => {
        if ((await newerRelease()) !== null) reply('update-ready');
      })(),
    );
  } else if (event.data === 'apply') {
    event.waitUntil(apply().then(() => reply('update-applied')));
  }
});
