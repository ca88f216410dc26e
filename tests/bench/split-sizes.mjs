// Sizes of the split build (issue 17), from tests/bench/split.sh: the main
// module, and for each route its own chunk plus the shared chunks it needs
// (read from the loader that wasm-split-cli writes), brotli quality 11.
// Usage: node tests/bench/split-sizes.mjs <dir of optimised .wasm> <__wasm_split.js>
import fs from "node:fs"; import zlib from "node:zlib";
const dir = process.argv[2], js = fs.readFileSync(process.argv[3], "utf8");
const br = (f) => zlib.brotliCompressSync(fs.readFileSync(`${dir}/${f}`), {params:{[zlib.constants.BROTLI_PARAM_QUALITY]:11}}).length;
const main = br("dialogue-explorer_bg.wasm");
const chunkOf = {}; for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) chunkOf[m[1]] = m[2];
console.log(`main ${(main/1000).toFixed(1)} kB brotli`);
let all = main;
for (const f of fs.readdirSync(dir)) if (f !== "dialogue-explorer_bg.wasm") all += br(f);
for (const m of js.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\)/g)) {
  const deps = m[3].split(",").map(s=>s.trim()).filter(Boolean).map(d=>chunkOf[d]);
  const own = br(m[2]); const shared = deps.reduce((a,f)=>a+br(f),0);
  console.log(`${m[1].padEnd(11)} route ${(own/1000).toFixed(1)} + shared ${(shared/1000).toFixed(1)} (${deps.length} files) => page ${((main+own+shared)/1000).toFixed(1)} kB`);
}
console.log(`all wasm ${(all/1000).toFixed(1)} kB brotli`);
