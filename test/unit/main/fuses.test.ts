import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml arrives with electron-builder, which reads the same file with it; it ships no types.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const root = path.resolve(import.meta.dirname, '../../..');

function packagingFuses(): Record<string, unknown> {
  const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
  const fuses = config.electronFuses;
  expect(fuses, 'electron-builder.yml has no electronFuses section').toBeTypeOf('object');
  return fuses as Record<string, unknown>;
}

describe('Electron fuses in the packaged app', () => {
  const cases: Array<[fuse: string, value: boolean, why: string]> = [
    ['runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node runtime'],
    ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS cannot inject code'],
    ['enableNodeCliInspectArguments', false, 'no debugger can attach with --inspect'],
    ['enableCookieEncryption', true, 'cookies are encrypted at rest'],
    ['enableEmbeddedAsarIntegrityValidation', true, 'a modified app.asar is refused'],
    ['onlyLoadAppFromAsar', true, 'the app is loaded only from its checked app.asar'],
    ['grantFileProtocolExtraPrivileges', false, 'file:// pages get no extra privileges (the app uses app://)'],
  ];

  it.each(cases)('%s is %s, so %s', (fuse, value) => {
    expect(packagingFuses()[fuse]).toBe(value);
  });

  it('sets no fuse beyond those checked here, so a misspelt name (which electron-builder ignores) is caught', () => {
    const known = new Set(cases.map(([fuse]) => fuse));
    expect(Object.keys(packagingFuses()).filter((fuse) => !known.has(fuse))).toEqual([]);
  });
});
