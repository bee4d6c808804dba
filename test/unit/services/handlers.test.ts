import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../../shared/ipc/contract';
import { createHandlers, dispatch } from '../../../electron/services';
import { productName } from '../../../shared/product';
import { createRig } from './workspace/session/helpers';

const ports = { ...createRig().ports, app: { name: productName, version: '9.9.9-test', platform: 'test-os' } };

describe('handler table', () => {
  it('has exactly one handler for every contract channel and nothing else', () => {
    const handlers = createHandlers(ports);
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
    for (const name of channelNames) expect(typeof handlers[name]).toBe('function');
  });
});

describe('dispatch', () => {
  const handlers = createHandlers(ports);

  it('answers app:info with the identity it was given and the encryption engine it loaded', async () => {
    const result = await dispatch(handlers, 'app:info', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ name: productName, version: '9.9.9-test', platform: 'test-os' });
    expect(result.value).toHaveProperty('sqlite.cipher', expect.stringMatching(/SQLite3 Multiple Ciphers/));
    // Under plain Node (the tests, the command line) there is no Electron: it says so rather than guess.
    expect(result.value.runtime).toEqual({ electron: null, chromium: null, node: process.versions.node });
  });

  it('turns invalid input into a validation error result instead of throwing', async () => {
    const result = await dispatch(handlers, 'app:info', { unexpected: 'field' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('rejects input that is not an object at all', async () => {
    const result = await dispatch(handlers, 'app:info', 'drop table reviews');
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses a channel the contract does not list', async () => {
    for (const channel of ['app:nope', '__proto__', 'constructor', 42]) {
      const result = await dispatch(handlers, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
  });

  it('reports a failing service as an internal error without leaking its message', async () => {
    const secret = 'Child M lives at 1 Example Road';
    const failing = { ...handlers, 'app:info': () => Promise.reject(new Error(secret)) };
    const result = await dispatch(failing, 'app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('Example Road');
  });
});
