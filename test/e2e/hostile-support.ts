/**
 * Support for the robustness and privacy suites (privacy.e2e.ts, hostile.e2e.ts, lifecycle.e2e.ts): a static
 * server over all of test/fixtures/ (editor, site and hostile pages, each under its folder) that can add
 * response headers per page (a strict CSP), a network recorder over every extension context, and page
 * problem collectors (page errors, console errors).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { FIXTURE_HOST } from './support/browser';
import { nodeModulesDir, repoRoot } from './support/paths';
import { CONTENT_TYPES } from './support/server';

const fixturesRoot = join(repoRoot, 'test/fixtures');
const MOUNTS: [prefix: string, dir: string][] = [
  ['/node_modules/tinymce/', join(nodeModulesDir, 'tinymce')],
  ['/editors/node_modules/tinymce/', join(nodeModulesDir, 'tinymce')],
  ['/', fixturesRoot],
];

/** Pages served with extra headers (path → headers). */
export const PAGE_HEADERS: Record<string, Record<string, string>> = {
  '/hostile/csp-header.html': { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'" },
};

export interface AllFixturesServer {
  port: number;
  /** Every path the server answered, with its status (the fixture pages' own requests). */
  served: { method: string; path: string; status: number }[];
  url(path: string): string;
  close(): Promise<void>;
}

export async function startAllFixturesServer(): Promise<AllFixturesServer> {
  const served: AllFixturesServer['served'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const answer = (status: number, headers: Record<string, string | number>, body?: string) => {
      served.push({ method: req.method ?? 'GET', path, status });
      res.writeHead(status, headers);
      if (body !== undefined) res.end(body);
    };
    if (path === '/favicon.ico') return answer(204, {}, '');
    // The recorder's self-check target: a request only a test makes on purpose.
    if (path.startsWith('/__probe')) return answer(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }, 'probe');
    let file: string | null = null;
    for (const [prefix, dir] of MOUNTS) {
      if (!path.startsWith(prefix)) continue;
      const f = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
      file = f === dir || f.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? f : null;
      break;
    }
    let size = -1;
    try {
      if (file && statSync(file).isFile()) size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (!file || size < 0) return answer(404, { 'content-type': 'text/plain' }, `not found: ${path}`);
    answer(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-store', ...(PAGE_HEADERS[path] ?? {}) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    served,
    url: (path) => `http://${FIXTURE_HOST}:${port}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface RecordedRequest {
  url: string;
  method: string;
  /** Which context made it: a page URL, or 'service worker'. */
  from: string;
  resourceType: string;
}

/**
 * Records every request of every page, frame and the extension's service worker in a context (Playwright
 * reports service-worker requests on the context when PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS is set
 * before launch: see privacy.e2e.ts, which proves it with a probe from the worker).
 */
export function recordRequests(context: BrowserContext): { all: RecordedRequest[]; stop(): void } {
  const all: RecordedRequest[] = [];
  const onRequest = (request: Request) => {
    let from = 'unknown';
    try {
      if (request.serviceWorker()) from = 'service worker';
      else from = request.frame().page()?.url() || request.frame().url() || 'page';
    } catch {
      from = request.serviceWorker() ? 'service worker' : 'page (detached)';
    }
    all.push({ url: request.url(), method: request.method(), from, resourceType: request.resourceType() });
  };
  context.on('request', onRequest);
  return { all, stop: () => context.off('request', onRequest) };
}

export interface PageProblems {
  errors: string[];
}

/** Collects uncaught page errors and console errors of a page (and its frames). */
export function collectProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console.error: ${message.text()}`);
  });
  return problems;
}

/** Waits for `fn` to return true (polling), or throws with `what`. */
export async function until(fn: () => Promise<boolean> | boolean, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    let ok = false;
    try {
      ok = await fn();
    } catch {
      ok = false;
    }
    if (ok) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
