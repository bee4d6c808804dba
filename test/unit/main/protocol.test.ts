import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/csp';
import { createAppRequestHandler, registerAppScheme, serveApp } from '../../../electron/main/protocol';

// The Electron side of app://: which files it serves and how is app-files.test.ts; this proves
// the scheme is registered and that a Request reaches those rules and becomes a Response.
let project: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'prw-protocol-'));
  mkdirSync(path.join(project, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Practice Review Workspace</title>');
  writeFileSync(path.join(project, 'dist', 'renderer', 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(path.join(project, 'dist', 'package.json'), '{"secret":true}');
  writeFileSync(path.join(project, 'package.json'), '{"secret":true}');
  handler = createAppRequestHandler(path.join(project, 'dist', 'renderer'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as a standard, secure, fetchable scheme that does not bypass the CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol);
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls as [[Electron.CustomScheme[]]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(schemes[0]?.privileges?.bypassCSP).toBeFalsy();
  });

  it('is served by the handler for the renderer folder', async () => {
    const handle = vi.fn();
    serveApp({ handle } as unknown as Protocol, path.join(project, 'dist', 'renderer'));
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const served = handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    expect((await served(new Request('app://app/index.html'))).status).toBe(200);
  });

  it('serves index.html with its type and the CSP header', async () => {
    const response = await get('app://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Practice Review Workspace</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://app/');
    expect(await response.text()).toContain('<title>');
  });

  it.each([
    'app://app/../package.json',
    'app://app/..%2fpackage.json',
    'app://app/%2e%2e/package.json',
    'app://app/assets/..%2f..%2fpackage.json',
    'app://app/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
    'app://app/..%5cpackage.json',
  ])('refuses %s with 404 (the file exists outside the renderer folder)', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    // Even the refusal carries the policy.
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 404 for a missing file and another host', async () => {
    expect((await get('app://app/missing.js')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('accepts only reads', async () => {
    const post = await get('app://app/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await get('app://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
