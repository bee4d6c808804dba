#!/usr/bin/env node
// `npm start` (after `node scripts/build.mjs all`): find the Electron binary, make sure the
// Electron build of the SQLite module exists, then run the app from the project root.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative, NativeBuildError } from './electron-native.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Electron 45 has no install script: requiring it downloads the binary on first use and throws
// if that fails. Its own message (and the downloader's output above it) says what went wrong.
let electronBinary;
try {
  electronBinary = require('electron');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('\nElectron downloads its binary from GitHub the first time it runs, which needs internet access.');
  console.error('Without it, "npm run dev:browser" runs the interface in a browser against the same services.');
  process.exit(1);
}

try {
  ensureElectronNative({ root: projectRoot });
} catch (error) {
  console.error(error instanceof NativeBuildError ? error.message : error);
  process.exit(1);
}

const env = { ...process.env };
// Set in the environment, this would make Electron run main.cjs as plain Node, without a window.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(electronBinary, [projectRoot], { stdio: 'inherit', env, windowsHide: false });

// Ctrl+C reaches the whole process group anyway; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => {
  console.error(`Could not start Electron (${electronBinary}): ${error.message}`);
  process.exit(1);
});

child.on('close', (code, signal) => {
  if (code === null) {
    console.error(`Electron stopped on signal ${signal}.`);
    process.exit(1);
  }
  process.exit(code);
});
