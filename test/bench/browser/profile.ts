/**
 * Where the extension's page time goes, by function: `npx tsx test/bench/browser/profile.ts` (the fixture page
 * of the browser bench, cold load then PROFILE_KEYS keys at 80 wpm, CDP Profiler at 100 µs). Function names
 * are readable with a non-minified build: build one with `build: { minify: false }` in the Vite config to an
 * outDir of your choice and point WARMLINE_DIST at it.
 */
import type { CDPSession, Page } from 'playwright-core';
import { instrumentSource } from './instrument';
import { launch } from './launch';
import { serveFixtures, type EditorKind } from './pages';

const HOST = 'bench.zendesk.com';
const KEYS = Number(process.env.PROFILE_KEYS ?? 80);
const KIND = (process.env.PROFILE_EDITOR ?? 'contenteditable') as EditorKind;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total sampled ms per extension function (total: the function anywhere on the stack). */
function byFunction(p: Profile) {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let extension = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: Node[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) chain.push(nodes.get(x)!);
    if (!chain.some((n) => n.callFrame.url.startsWith('chrome-extension://'))) return;
    extension += dt;
    self.set(name(chain[0]!), (self.get(name(chain[0]!)) ?? 0) + dt);
    for (const k of new Set(chain.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map(name))) total.set(k, (total.get(k) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`);
  return { extension, self: top(self, 20), total: top(total, 30) };
}

async function profiled(cdp: CDPSession, what: () => Promise<void>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await what();
  return byFunction(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile);
}

const print = (title: string, r: ReturnType<typeof byFunction>) =>
  console.log(`\n## ${title}: ${r.extension.toFixed(1)} ms with extension frames\n\nself:\n${r.self.join('\n')}\n\ntotal:\n${r.total.join('\n')}`);

const server = await serveFixtures(HOST, 2500);
const { context, close } = await launch(true, HOST);
try {
  await context.addInitScript({ content: instrumentSource });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const painted = async () => void (await page.waitForFunction(() => (window as unknown as { __bench: { paints: unknown[] } }).__bench.paints.length > 0, null, { timeout: 30_000 }));
  print('cold (navigation → first findings)', await profiled(cdp, async () => {
    await page.goto(server.url(KIND));
    await painted();
  }));
  await page.waitForTimeout(1000);
  const text = ' Thanks again for your patience, I will call you back by noon tomorrow.';
  print(`${KEYS} keys at 80 wpm`, await profiled(cdp, async () => {
    for (let i = 0; i < KEYS; i++) {
      const ch = text[i % text.length]!;
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      await page.waitForTimeout(150);
    }
  }));
} finally {
  await close();
  server.close();
}
process.exit(0);
