#!/usr/bin/env node
// Makes sure the Electron build of better-sqlite3-multiple-ciphers exists at
//   native/electron-v<electron version>-<platform>-<arch>/better_sqlite3.node
// which is where the main process looks in development (electron/main/native-binding.ts).
//
// Electron and Node need different builds of the native module (different ABIs). node_modules
// keeps the Node build for vitest and the CLI; the Electron build is made in a temporary copy
// of the package and only the .node file is kept, so `npm test` and `npm start` work in either
// order and neither undoes the other. Packaged apps do not use this: electron-builder rebuilds
// native dependencies for Electron itself.
//
// Run by scripts/start.mjs, or on its own: node scripts/electron-native.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleName = 'better-sqlite3-multiple-ciphers';
const electronHeaders = 'https://electronjs.org/headers';

/** Keep in step with electron/main/native-binding.ts (test/unit/main/native-binding.test.ts checks). */
export function electronNativeBindingPath(root, electronVersion, platform, arch) {
  return path.join(root, 'native', `electron-v${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

export function installedElectronVersion(root = projectRoot) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

export class NativeBuildError extends Error {}

/** Returns the path of the Electron build, building it first if it is missing. */
export function ensureElectronNative({ root = projectRoot, platform = process.platform, arch = process.arch, log = console.error } = {}) {
  const version = installedElectronVersion(root);
  const target = electronNativeBindingPath(root, version, platform, arch);
  if (existsSync(target)) return target;

  // Resolved, and copied with links followed: with a linked node_modules (npm link, pnpm) a copied
  // symlink would send the build into the real package and replace its Node build.
  const source = realpathSync(path.join(root, 'node_modules', moduleName));
  const work = mkdtempSync(path.join(os.tmpdir(), 'prw-electron-native-'));
  try {
    const copy = path.join(work, moduleName);
    // Everything but build/: that holds the Node build, which must not be overwritten or reused.
    cpSync(source, copy, {
      recursive: true,
      dereference: true,
      filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
    });

    log(`Building the encrypted database engine (${moduleName}) for Electron ${version} on ${platform}-${arch}.`);
    log('This happens once per Electron version; compiling from source takes a minute or two.');
    const require = createRequire(path.join(root, 'package.json'));
    const attempts = [
      {
        name: 'prebuild-install (download a prebuilt binary from GitHub)',
        args: [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version, '--arch', arch, '--platform', platform],
      },
      {
        name: `node-gyp (compile against Electron's headers from ${electronHeaders})`,
        args: [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${version}`, `--arch=${arch}`, `--dist-url=${electronHeaders}`, '--jobs=max'],
      },
    ];
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    const failures = [];
    for (const attempt of attempts) {
      const result = spawnSync(process.execPath, attempt.args, { cwd: copy, env: buildEnv(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (result.status === 0 && existsSync(built)) break;
      failures.push(`- ${attempt.name} failed: ${describeFailure(result)}`);
    }
    if (!existsSync(built)) {
      throw new NativeBuildError(
        [
          `Could not get the Electron ${version} build of ${moduleName} for ${platform}-${arch}.`,
          ...failures,
          'This step needs internet access once (a prebuilt binary from GitHub, or Electron\'s headers',
          'from electronjs.org plus a C/C++ toolchain and Python to compile). Connect, then run',
          '"npm start" again (or "node scripts/electron-native.mjs"). Tests do not need this build.',
        ].join('\n'),
      );
    }
    // Copy then rename, so an interrupted run never leaves a half-written module in place.
    mkdirSync(path.dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    log(`Done: ${path.relative(root, target)}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * npm passes its configuration to scripts as npm_config_* variables, and node-gyp and
 * prebuild-install read them. Some would silently build for Node instead of Electron (a
 * nodedir pointing at Node's headers, as this project's build machines set), so those go.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const name = key.toLowerCase();
    if (['nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'arch', 'target_arch', 'platform', 'build_from_source'].some((setting) => name === `npm_config_${setting}`)) {
      delete env[key];
    }
  }
  return env;
}

// The few lines that say why, without node-gyp's environment dump (cwd, versions, stack frames).
const noise = /gyp ERR! (cwd|node -v|node-gyp -v|not ok|System|command|stack\s+at)\b/;
const telling = /error|fail|not found|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|unable|could not|network/i;

function describeFailure(result) {
  if (result.error) return result.error.message;
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => telling.test(line) && !noise.test(line));
  const detail = lines.slice(0, 5).map((line) => `    ${line}`).join('\n');
  return `exit code ${result.status ?? 'none'}${detail ? `\n${detail}` : ''}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    ensureElectronNative();
  } catch (error) {
    console.error(error instanceof NativeBuildError ? error.message : error);
    process.exit(1);
  }
}
