// `node scripts/stamp-sw.mjs <dist>`, the last step of scripts/build.sh:
// writes the build id and the list of files to precache into dist/sw.js. The
// build id is a hash of every file, so any change (code, CSS or a mystery)
// gives a new sw.js, which browsers pick up on the next visit. Every page of
// the build (index.html and the other bundles' pages) is precached.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('stamp-sw: usage: node scripts/stamp-sw.mjs <dist>');
const swPath = path.join(dir, 'sw.js');
if (!fs.existsSync(swPath)) throw new Error(`stamp-sw: no sw.js in ${dir} (index.html must copy web/sw.js)`);

/** Every file under dir, as '/'-separated paths relative to it, sorted. */
function walk(root, rel = '') {
  return fs
    .readdirSync(path.join(root, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(root, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]))
    .sort();
}

// The JSON Schemas are for trainers' editors, not for the app.
const files = walk(dir).filter((f) => f !== 'sw.js' && !/(^|\/)(index\.)?schema\.json$/.test(f));
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(path.join(dir, f))).update('\0');
const build = hash.digest('hex').slice(0, 16);
// index.html is cached under './' (the URL a visit navigates to).
const precache = ['./', ...files.filter((f) => f !== 'index.html')];

// The page mark: index.html's hashed wasm, which this build's index.html (and
// no other page) names. The worker caches pages only when index.html contains it.
const indexHtml = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const wasm = files.filter((f) => /_bg\.wasm$/.test(f) && indexHtml.includes(f));
if (wasm.length !== 1) throw new Error(`stamp-sw: expected index.html to name one *_bg.wasm, found ${JSON.stringify(wasm)}`);
const pageMark = path.posix.basename(wasm[0]);

const template = fs.readFileSync(swPath, 'utf8');
const out = template
  .replace("const BUILD = '__MYSTERIE_BUILD__';", `const BUILD = '${build}';`)
  .replace("const FILES = ['./'];", `const FILES = ${JSON.stringify(precache)};`)
  .replace("const PAGE_MARK = '__MYSTERIE_PAGE_MARK__';", `const PAGE_MARK = '${pageMark}';`);
if (out === template || /__MYSTERIE_(BUILD|PAGE_MARK)__/.test(out)) throw new Error('stamp-sw: placeholders not found in sw.js');
fs.writeFileSync(swPath, out);
console.log(`stamp-sw: build ${build}, ${precache.length} files to precache`);
