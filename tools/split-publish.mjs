// Step 5 of tools/split-wasm.sh: puts the split build into Trunk's staging
// directory under content-hashed names, in place of Trunk's single module.
//
//   node tools/split-publish.mjs OPT_DIR STAGING
//
// OPT_DIR holds the optimised main module (dialogue-explorer_bg.wasm), its
// JS (dialogue-explorer.js), the loader of the chunks (__wasm_split.js) and
// the chunks (split_<route group>.wasm, chunk_<n>.wasm). Names follow the
// pattern the service worker caches by, `-<16 hex>(_bg).(js|wasm)`:
// - a chunk's hash is its content's;
// - the main JS and __wasm_split.js import each other, so both (and the main
//   wasm) take one hash of all three.
// Trunk's own dialogue-explorer-<hash>.js/_bg.wasm are removed and their
// names in STAGING/index.html replaced; every rewrite must find its target,
// or the step fails with what it did not find. The files of each route
// group go to STAGING/split-groups.json for the site generator.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { routeGroups } from './split-groups.mjs';

const [optDir, staging] = process.argv.slice(2);
const GROUPS_FILE = 'split-groups.json';
if (!optDir || !staging) {
  console.error('usage: node tools/split-publish.mjs OPT_DIR STAGING');
  process.exit(2);
}

const hash = (...parts) => {
  const h = crypto.createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex').slice(0, 16);
};

function replaceAll(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`${where}: expected a reference to ${from}, found none`);
  return text.split(from).join(to);
}

function fail(message) {
  console.error(`split-publish: ${message}`);
  process.exit(1);
}

try {
  const read = (name) => fs.readFileSync(path.join(optDir, name));
  let loaderJs = read('__wasm_split.js').toString('utf8');
  let mainJs = read('dialogue-explorer.js').toString('utf8');
  const mainWasm = read('dialogue-explorer_bg.wasm');

  const chunks = fs.readdirSync(optDir).filter((n) => /^(split|chunk)_[A-Za-z0-9_]+\.wasm$/.test(n)).sort();
  if (chunks.length === 0) fail(`${optDir}: no split_*.wasm or chunk_*.wasm: did wasm-split-cli run?`);
  const written = new Map();
  for (const name of chunks) {
    const bytes = read(name);
    const hashed = `${name.replace(/\.wasm$/, '')}-${hash(bytes)}.wasm`;
    loaderJs = replaceAll(loaderJs, `"./${name}"`, `"./${hashed}"`, '__wasm_split.js');
    written.set(hashed, bytes);
  }

  const app = hash(mainJs, loaderJs, mainWasm);
  const mainJsName = `dialogue-explorer-${app}.js`;
  const mainWasmName = `dialogue-explorer-${app}_bg.wasm`;
  const loaderName = `__wasm_split-${app}.js`;
  // Only the `import … from` clauses: the main module's import object keeps
  // "./__wasm_split.js" as its key, the name the wasm imports by.
  mainJs = replaceAll(mainJs, 'from "./__wasm_split.js"', `from "./${loaderName}"`, 'dialogue-explorer.js');
  loaderJs = replaceAll(loaderJs, 'from "./dialogue-explorer.js"', `from "./${mainJsName}"`, '__wasm_split.js');
  if (/"\.\/[^"]+\.wasm"/.test(loaderJs.replace(/"\.\/[^"]+-[0-9a-f]{16}\.wasm"/g, ''))) {
    fail('__wasm_split.js: a chunk it loads was not among the optimised files');
  }
  written.set(mainJsName, mainJs);
  written.set(mainWasmName, mainWasm);
  written.set(loaderName, loaderJs);

  // Trunk's single module, and its names in the page.
  const indexPath = path.join(staging, 'index.html');
  let index = fs.readFileSync(indexPath, 'utf8');
  const trunkFiles = fs.readdirSync(staging).filter((n) => /^dialogue-explorer-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(n));
  const trunkJs = trunkFiles.find((n) => n.endsWith('.js'));
  const trunkWasm = trunkFiles.find((n) => n.endsWith('_bg.wasm'));
  if (!trunkJs || !trunkWasm) fail(`${staging}: Trunk's dialogue-explorer-<hash>.js and _bg.wasm not found`);
  index = replaceAll(index, trunkWasm, mainWasmName, indexPath);
  index = replaceAll(index, trunkJs, mainJsName, indexPath);
  // For the site generator (which removes it): the files of each route
  // group, so every page can name the code it needs (see src/bin/site).
  written.set(GROUPS_FILE, JSON.stringify(routeGroups(loaderJs), null, 1) + '\n');
  for (const name of trunkFiles) fs.rmSync(path.join(staging, name));
  for (const [name, contents] of written) fs.writeFileSync(path.join(staging, name), contents);
  fs.writeFileSync(indexPath, index);
  console.log(`split-publish: ${mainJsName}, ${loaderName} and ${chunks.length} chunks into ${staging}`);
} catch (err) {
  fail(err.message);
}
