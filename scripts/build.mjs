// Builds what a target needs: `cli` (run by `npm install` through `prepare`, so `npx prw` works),
// `electron` (main + preload + the core's worker), `core` (the core's worker alone: the e2e test
// host runs it), `renderer` (Vite), or `all`.
// esbuild rather than electron-vite: three small Node bundles (main, preload, CLI) need one
// tool with no plugin layer, and Vite already builds the renderer.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(path.join(root, 'package.json'), 'utf8'))).version;

// The native SQLite module is loaded from node_modules (or the Electron build beside it), never
// bundled; pdfkit too, because it reads its own data files (fontkit tables) relative to its folder;
// and pdf.js, an ES module loaded with import() when the publication check reads a PDF back.
const native = ['better-sqlite3-multiple-ciphers', 'pdfkit', 'pdfjs-dist'];
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { __APP_VERSION__: JSON.stringify(version) },
};

async function buildCli() {
  await build({ ...common, entryPoints: ['electron/cli/prw.ts'], outfile: 'dist/cli/prw.cjs', external: native });
}

// The core runs in a worker thread (electron/services/worker/): its own bundle, beside main's so
// the relative paths to resources/ stay the same.
async function buildCore() {
  await build({ ...common, entryPoints: ['electron/services/worker/entry.ts'], outfile: 'dist/main/core-worker.cjs', external: native });
}

async function buildElectron() {
  await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron', ...native] });
  await buildCore();
  // A sandboxed preload is one CommonJS file that may require only 'electron'.
  await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', external: ['electron'], minify: true });
}

async function buildRenderer() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'renderer/vite.config.mts'), logLevel: 'warn' });
}

const steps = { cli: [buildCli], core: [buildCore], electron: [buildElectron], renderer: [buildRenderer], all: [buildCli, buildElectron, buildRenderer] };
const targets = process.argv.slice(2);
for (const name of targets.length > 0 ? targets : ['all']) {
  if (!steps[name]) {
    console.error(`Unknown build target "${name}". Use one of: ${Object.keys(steps).join(', ')}.`);
    process.exit(2);
  }
}
for (const name of targets.length > 0 ? targets : ['all']) for (const step of steps[name]) await step();
