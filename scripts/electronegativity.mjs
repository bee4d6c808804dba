#!/usr/bin/env node
// `npm run test:security`: static security scan of the Electron-facing code with
// @doyensec/electronegativity, judged here because the tool itself exits 0 whatever it finds.
// Fails on any HIGH or MEDIUM finding not reviewed below, on a file it could not parse, and on
// a scan that found nothing to scan.
//
// What is scanned, and why not the bundles in dist/:
// - electron/main and electron/preload, the TypeScript sources. Its checks match source shapes
//   (`new BrowserWindow({...})`, `x.on('will-navigate', …)`, `setPermissionRequestHandler(…)`).
// - Not dist/main/main.cjs or dist/preload/preload.cjs: it lists only .js/.ts/.html files, and
//   when given the bundles as .js it cannot parse main (Babel "Unknown node type
//   ClassPrivateProperty") and sees `new import_electron.BrowserWindow`, which no check matches.
//   That scan reports missing CSP, navigation limits and permission handler whatever the code does.
// - The CSP header value is imported from shared/csp.ts, which the tool cannot follow, so the scan
//   copy has the real policy written in where main sets the header; its CSP check then judges the
//   policy users get (with csp-evaluator).
//
// Run through the package's programmatic API: its CLI breaks when commander ≥ 7 is hoisted
// (this project depends on commander 14; electronegativity does not declare its own).
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scannedFolders = ['electron/main', 'electron/preload'];

// Findings that were reviewed and accepted. Each names its check and file, so the same finding
// anywhere else still fails until someone has looked at it.
const reviewed = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    // The check flags every preload. Ours (electron/preload/preload.ts) exposes only invoke() and
    // on() for names in shared/ipc/contract.ts, never ipcRenderer or its event object, and main
    // checks the sender frame of every call (test/unit/preload, test/unit/main/ipc.test.ts).
    why: 'preload exposes only the contract (invoke/on)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/external-links.ts',
    // openExternal receives only https URLs without credentials, and only after the user agreed
    // in a dialog naming the host (test/unit/main/external-links.test.ts).
    why: 'https only, after the user confirms the host',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/lifecycle.ts',
    // The wiring that hands shell.openExternal to external-links.ts; nothing else calls it.
    why: 'passes shell.openExternal to external-links.ts only',
  },
];

// Checks not run at all.
const skippedChecks = [
  // Compares package.json's Electron version with a release list downloaded at scan time: offline
  // it cannot run, online its answer changes with the day. Electron updates are a dependency
  // update decision; this scan is about the code.
  'AvailableSecurityFixesGlobalCheck',
];

const blockingSeverities = new Set(['HIGH', 'MEDIUM']);

async function main() {
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const stage = mkdtempSync(path.join(os.tmpdir(), 'prw-electronegativity-'));
  try {
    for (const folder of scannedFolders) cpSync(path.join(root, folder), path.join(stage, folder), { recursive: true });
    const counts = Object.fromEntries(scannedFolders.map((folder) => [folder, scannableFiles(path.join(stage, folder)).length]));
    const empty = scannedFolders.filter((folder) => counts[folder] === 0);
    if (empty.length > 0) return fail(`Nothing to scan in ${empty.join(', ')}: a scan of nothing proves nothing.`);

    const inlined = inlineCsp(stage, await policy());
    if (inlined === 0) {
      return fail(
        "Could not find where main sets the CSP header (`'Content-Security-Policy': [contentSecurityPolicy]` in electron/main).\n" +
          'If that code changed shape, update inlineCsp() in scripts/electronegativity.mjs so the scan still judges the policy.',
      );
    }

    const run = require('@doyensec/electronegativity');
    const result = await quietly(() =>
      run({
        input: stage,
        electronVersionOverride: electronVersion,
        isRelative: true,
        customScan: [],
        excludeFromScan: skippedChecks.map((check) => check.toLowerCase()),
        parserPlugins: [],
      }),
    );
    return judge(result, counts, electronVersion);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function judge(result, counts, electronVersion) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const where = Object.entries(counts).map(([folder, count]) => `${folder}: ${count}`).join(', ');
  console.log(`Electronegativity: ${total} files (${where}), ${result.globalChecks + result.atomicChecks} checks, Electron ${electronVersion}.`);

  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors.filter((e) => e.tolerable)) console.warn(`warning: ${relative(error.file)}: ${error.message}`);

  const used = new Set();
  const rows = result.issues.map((issue) => {
    const file = relative(issue.file);
    const severity = issue.severity.name;
    const exclusion = reviewed.find((entry) => entry.check === issue.id && entry.file === file);
    if (exclusion) used.add(exclusion);
    const status = exclusion ? `reviewed: ${exclusion.why}` : blockingSeverities.has(severity) ? 'FAIL' : 'note';
    const location = file === 'N/A' ? 'whole app' : `${file}:${issue.location.line}`;
    const description = [oneLine(issue.description), ...(issue.id === 'CSP_GLOBAL_CHECK' ? cspDetails(issue.sample) : [])].join('\n  ');
    return { check: issue.id, severity, confidence: issue.confidence.name, location, status, description };
  });
  printTable(rows);

  for (const entry of reviewed.filter((e) => !used.has(e))) {
    console.warn(`warning: the review of ${entry.check} in ${entry.file} matched nothing; remove it if the code moved.`);
  }
  const failures = rows.filter((row) => row.status === 'FAIL');
  if (unparsed.length > 0) {
    return fail(`Could not parse, so did not scan:\n${unparsed.map((e) => `  ${relative(e.file)}: ${e.message}`).join('\n')}`);
  }
  if (failures.length > 0) {
    return fail(
      `${failures.length} HIGH/MEDIUM finding(s) above. Fix the code, or, only if it is safe, add a reviewed entry with the reason to scripts/electronegativity.mjs.`,
    );
  }
  console.log('No unreviewed HIGH or MEDIUM findings.');
  return 0;
}

/** The policy main sends, compiled from shared/csp.ts (the tool cannot follow the import). */
async function policy() {
  const bundle = await build({ entryPoints: [path.join(root, 'shared', 'csp.ts')], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const source = bundle.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  if (typeof module.contentSecurityPolicy !== 'string' || module.contentSecurityPolicy === '') throw new Error('shared/csp.ts exports no policy');
  return module.contentSecurityPolicy;
}

/** What csp-evaluator (the engine behind CSP_GLOBAL_CHECK) objects to, directive by directive. */
function cspDetails(csp) {
  if (typeof csp !== 'string') return [];
  const evaluator = createRequire(require.resolve('@doyensec/electronegativity'))('@doyensec/csp-evaluator');
  const findings = new evaluator.CspEvaluator(new evaluator.CspParser(csp).csp, evaluator.Version.CSP3).evaluate();
  return findings
    .filter((finding) => finding.severity < evaluator.severities.INFO)
    .map((finding) => `${finding.directive} ${finding.value ?? ''}: ${oneLine(finding.description)}`);
}

function inlineCsp(stage, csp) {
  let replaced = 0;
  for (const file of scannableFiles(path.join(stage, 'electron', 'main'))) {
    const text = readFileSync(file, 'utf8');
    const pattern = /(['"]Content-Security-Policy['"]\s*:\s*)\[\s*contentSecurityPolicy\s*\]/g;
    const next = text.replace(pattern, (_match, key) => {
      replaced += 1;
      return `${key}[${JSON.stringify(csp)}]`;
    });
    if (next !== text) writeFileSync(file, next);
  }
  return replaced;
}

/** The files electronegativity's loader picks up (its list_files filter). */
function scannableFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(jsx?|tsx?|html?)$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** The library prints chatter (translation and release-list downloads failing offline) via console.log. */
async function quietly(work) {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

function printTable(rows) {
  if (rows.length === 0) {
    console.log('No findings.');
    return;
  }
  const columns = ['check', 'severity', 'confidence', 'location', 'status'];
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (values) => values.map((value, index) => value.padEnd(widths[index])).join('  ').trimEnd();
  console.log(line(columns.map((column) => column.toUpperCase())));
  for (const row of rows) {
    console.log(line(columns.map((column) => row[column])));
    console.log(`  ${row.description}`);
  }
}

function relative(file) {
  return file.split(path.sep).join('/');
}

function oneLine(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, 140);
}

function fail(message) {
  console.error(`\nSecurity scan failed: ${message}`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
