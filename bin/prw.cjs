#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli by `npm install` (the "prepare" script).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'prw.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('prw: the command line has not been built. Run "npm install" (or "npm run build") in the project folder, then try again.\n');
  process.exit(1);
}
require(bundle);
