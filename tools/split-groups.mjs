// The files each route group loads, read from the chunk loader that
// wasm-split-cli writes (__wasm_split.js): the group's own code first, then
// the shared chunks it waits for. Used by tools/split-publish.mjs (which
// hands the list to the site generator, so every page names its files) and
// by tests/bench/sizes.mjs (the per-page budget).

/** `{ group: [file, …] }` for the loader's text `js`; throws if it lists none. */
export function routeGroups(js) {
  const fileOf = {};
  for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
    fileOf[m[1]] = m[2];
  }
  const groups = {};
  const loads = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\)/g;
  for (const [, name, own, deps] of js.matchAll(loads)) {
    const shared = deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => {
      if (!fileOf[d]) throw new Error(`__wasm_split.js: group ${name} waits for ${d}, which loads no file`);
      return fileOf[d];
    });
    groups[name] = [own, ...shared];
  }
  if (Object.keys(groups).length === 0) {
    throw new Error('__wasm_split.js: no route groups found: has wasm-split-cli\'s loader changed?');
  }
  return groups;
}
