// `npm start`: build the extension, then open Chromium with it on the bundled demo helpdesk page.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, '.output', 'chrome-mv3');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const demoDir = join(root, 'public', 'demo');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const file = join(demoDir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html'));
  if (!file.startsWith(demoDir)) return void res.writeHead(403).end();
  try {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end('not found');
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  // The demo is served under a helpdesk host name (mapped to this machine for this browser profile only), so
  // the extension's real match patterns apply: it asks for no permission beyond the helpdesks it supports.
  const url = `http://demo.zendesk.com:${port}/index.html`;
  const local = `http://127.0.0.1:${port}/index.html`;
  const browser = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';
  if (!browser || !hasDisplay) {
    console.log(`\nThe extension is built in ${dist}.`);
    console.log(browser ? 'This machine has no display, so no browser window can open.' : 'No Chromium was found (install it: sudo apt-get install -y chromium).');
    console.log(`To try it by hand: open chrome://extensions, turn on Developer mode, "Load unpacked" → ${dist},`);
    console.log(`then start Chromium with --host-resolver-rules="MAP demo.zendesk.com 127.0.0.1" and visit ${url}`);
    console.log(`(the page itself is served now at ${local}; Ctrl+C to stop).`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'warmline-profile-'));
  const child = spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run', '--host-resolver-rules=MAP demo.zendesk.com 127.0.0.1', url], { stdio: 'ignore' });
  console.log(`Chromium is open with Warmline on the demo helpdesk page: ${url}`);
  child.on('exit', () => server.close());
});
