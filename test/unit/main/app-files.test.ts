import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/csp';
import { appFilePath, contentTypeOf, serveAppFile } from '../../../electron/main/app-files';

// A project-like folder: the built renderer, and beside it files that must never be served.
let project: string;
let root: string;
const posixOnly = it.skipIf(process.platform === 'win32'); // symlinks need privileges on Windows

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'prw-app-files-'));
  root = path.join(project, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(project, 'renderer-other'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Practice Review Workspace</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'a b.txt'), 'spaced');
  writeFileSync(path.join(project, 'package.json'), '{"secret":true}');
  writeFileSync(path.join(project, 'renderer-other', 'x.js'), 'secret');
  if (process.platform !== 'win32') {
    symlinkSync(path.join(project, 'package.json'), path.join(root, 'leak.json'));
    symlinkSync(path.join(project, 'renderer-other', 'x.js'), path.join(root, 'sibling.js'));
    symlinkSync(path.join(root, 'assets', 'index-abc.css'), path.join(root, 'alias.html'));
    symlinkSync(path.join(root, 'loop.js'), path.join(root, 'loop.js'));
    symlinkSync(root, path.join(project, 'linked-renderer'));
  }
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

const get = (pathname: string, method = 'GET', at = root) => serveAppFile(at, { method, pathname });

describe('appFilePath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/assets/a%20b.txt', 'assets/a b.txt'],
    // Leading and doubled slashes name nothing; both servers have always ignored them.
    ['//assets//index-abc.js', 'assets/index-abc.js'],
  ])('maps %s to %s', (pathname, file) => {
    expect(appFilePath(pathname)).toBe(file);
  });

  it.each([
    ['/..', 'a dot-dot segment'],
    ['/assets/./index-abc.js', 'a dot segment'],
    ['/%2e%2e/package.json', 'an encoded dot-dot segment'],
    // app:// resolved this inside the folder and served index.html; the host refused it. Refused:
    // no link in the build steps back up, so a dot-dot that survives URL parsing was crafted.
    ['/assets/..%2findex.html', 'an encoded dot-dot that stays inside the folder'],
    // Both used to decode this to assets/index-abc.js and serve it. Refused: a segment that
    // decodes to a separator is a second layer of path syntax the containment check must not rely on.
    ['/assets%2findex-abc.js', 'an encoded slash'],
    // app:// treated a backslash as part of a name on Linux and as a separator on Windows; the
    // host refused it. Refused everywhere, so the rule is the same on every platform.
    ['/assets%5cindex-abc.js', 'an encoded backslash'],
    ['/index.html%00.js', 'NUL'],
    // app:// and the host both refused this, with 404 and 400; now 404 like every refusal.
    ['/%E0%A4%A', 'malformed percent-encoding'],
    ['//', 'no name at all'],
  ])('refuses %s (%s)', (pathname) => {
    expect(appFilePath(pathname)).toBeUndefined();
  });
});

describe('serveAppFile', () => {
  it('serves a file with its type, the production CSP and nosniff', async () => {
    const answer = await get('/');
    expect(answer.status).toBe(200);
    expect(answer.served).toBe('index.html');
    expect(answer.body.toString()).toContain('<title>Practice Review Workspace</title>');
    expect(answer.headers).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('serves scripts and styles with the types module scripts need', async () => {
    expect((await get('/assets/index-abc.js')).headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/index-abc.css')).headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/a%20b.txt')).served).toBe('assets/a b.txt');
  });

  it.each(['/missing.js', '/assets', '/assets/', '/../package.json', '/..%2fpackage.json', '/assets%2findex-abc.js'])(
    'answers %s with a 404 that still carries the policy',
    async (pathname) => {
      const answer = await get(pathname);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).toBe('Not found');
      expect(answer.headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    },
  );

  it('accepts only reads, and gives HEAD the body for the transport to drop', async () => {
    const post = await get('/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.Allow).toBe('GET, HEAD');
    const head = await get('/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBeGreaterThan(0);
  });

  // app:// followed any symlink (it checked the path, not the file); the host refused links that
  // led out. Refused: what is served must really be inside the folder.
  posixOnly('refuses a symlink that leads out of the folder, even to a folder whose name starts the same', async () => {
    expect((await get('/leak.json')).status).toBe(404);
    expect((await get('/sibling.js')).status).toBe(404);
  });

  posixOnly('follows a symlink within the folder, typed by the file it reaches', async () => {
    const answer = await get('/alias.html');
    expect(answer.status).toBe(200);
    expect(answer.served).toBe('assets/index-abc.css');
    expect(answer.headers['Content-Type']).toBe('text/css; charset=utf-8');
  });

  posixOnly('serves from a renderer folder reached through a symlink', async () => {
    expect((await get('/index.html', 'GET', path.join(project, 'linked-renderer'))).status).toBe(200);
  });

  posixOnly('reports failures other than a missing file, by code only', async () => {
    const onUnexpected = vi.fn();
    expect((await serveAppFile(root, { method: 'GET', pathname: '/loop.js' }, onUnexpected)).status).toBe(404);
    expect(onUnexpected).toHaveBeenCalledWith('ELOOP');
    onUnexpected.mockClear();
    await serveAppFile(root, { method: 'GET', pathname: '/missing.js' }, onUnexpected);
    expect(onUnexpected).not.toHaveBeenCalled();
  });
});

describe('contentTypeOf', () => {
  it('knows the build output types, whatever the case, and falls back to bytes', () => {
    expect(contentTypeOf('a/B.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('module.wasm')).toBe('application/wasm');
    expect(contentTypeOf('README')).toBe('application/octet-stream');
  });
});
