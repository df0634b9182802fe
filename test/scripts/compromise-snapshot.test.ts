/**
 * The extension's compromise (scripts/compromise-snapshot.ts: its model computed at build time) must be
 * compromise itself: a bundle built with the plugin has the same world model, to the last word, and tags the
 * same sentences the same way as compromise built the usual way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import nlp from 'compromise';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compromiseSnapshot } from '../../scripts/compromise-snapshot';
import { labelledRows } from '../fixtures/labelled';

type Nlp = typeof nlp;
type Net = { hooks: Record<string, object[]>; always: object[] };
type World = { model: { two: { matches: object[] } }; methods: { one: { buildNet(matches: object[], world: World): Net } } };
const dir = mkdtempSync(join(tmpdir(), 'warmline-snapshot-'));
let built: Nlp;
let source = '';

beforeAll(async () => {
  const entry = join(process.cwd(), 'test/scripts/.snapshot-entry.js');
  writeFileSync(entry, "import nlp from 'compromise';\nexport default nlp;\n");
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [compromiseSnapshot()],
      build: { lib: { entry, formats: ['es'], fileName: 'nlp' }, outDir: dir, minify: false, write: true, emptyOutDir: true },
    });
  } finally {
    rmSync(entry);
  }
  const file = join(dir, 'nlp.js');
  source = readFileSync(file, 'utf8');
  built = (await import(pathToFileURL(file).href)).default as Nlp;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every labelled text the project has, split into sentences by compromise: a few thousand of them. */
function sentences(): string[] {
  return labelledRows().flatMap((row) => nlp.tokenize(`${row.customer ?? ''}\n${row.text}`).json().map((s: { text: string }) => s.text));
}

const terms = (n: Nlp, text: string) =>
  (n(text).json() as { terms: { text: string; tags: string[]; normal: string; implicit?: string; chunk?: string }[] }[]).map((s) =>
    s.terms.map((t) => [t.text, t.tags.join('|'), t.normal, t.implicit ?? '', t.chunk ?? '']),
  );

describe('compromise prebuilt at build time', () => {
  it('carries the model as data instead of computing it', () => {
    // The plugin did its work: the finished lexicon is in the bundle as JSON.
    expect(source).toMatch(/JSON\.parse\(.\{\\?"lexicon\\?":\{\\?"\w/);
    // compromise's packed lexicon (src/2-two/preTagger/model/lexicon/_data.js), unpacked at load time, is gone.
    expect(source).not.toContain('true¦began,came,');
    expect(readFileSync(join(process.cwd(), 'node_modules/compromise/src/2-two/preTagger/model/lexicon/_data.js'), 'utf8')).toContain('true¦began,came,');
  });

  it('has the same world model as compromise', () => {
    const want = (nlp.world() as unknown as { model: Record<string, Record<string, unknown>> }).model;
    const got = (built.world() as unknown as { model: Record<string, Record<string, unknown>> }).model;
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    for (const layer of Object.keys(want)) {
      expect(Object.keys(got[layer]!).sort(), layer).toEqual(Object.keys(want[layer]!).sort());
      for (const part of Object.keys(want[layer]!)) expect(isDeepStrictEqual(got[layer]![part], want[layer]![part]), `${layer}.${part}`).toBe(true);
    }
    expect(Object.keys((got.one as { lexicon: object }).lexicon).length).toBeGreaterThan(20_000);
    expect((built.world() as unknown as { hooks: string[] }).hooks).toEqual((nlp.world() as unknown as { hooks: string[] }).hooks);
  });

  it('has the same post-tagger net as compromise builds', () => {
    const want = nlp.world() as unknown as World;
    const got = built.world() as unknown as World;
    const net = got.methods.one.buildNet(got.model.two.matches, got);
    // compromise parses the patterns in place, once per world: its net is built here on a copy.
    expect(isDeepStrictEqual(net, want.methods.one.buildNet(structuredClone(want.model.two.matches), want))).toBe(true);
    // Given once, then the same object, as compromise's post-tagger keeps it; its patterns are the model's own.
    expect(got.methods.one.buildNet(got.model.two.matches, got)).toBe(net);
    expect(net.always.every((p) => got.model.two.matches.includes(p)) && Object.values(net.hooks).flat().every((p) => got.model.two.matches.includes(p))).toBe(true);
    // Any other list is built as compromise would.
    const other = () => [{ match: '#Noun (is|was)', tag: 'Verb', reason: 'test' }];
    expect(isDeepStrictEqual(got.methods.one.buildNet(other(), got), want.methods.one.buildNet(other(), want))).toBe(true);
  });

  it('tags every sentence of the labelled sets the same', () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(1000);
    const differ = all.filter((s) => !isDeepStrictEqual(terms(built, s), terms(nlp, s)));
    expect(differ).toEqual([]);
    // Both have parsed their post-tagger patterns in place by now, the same way.
    expect(isDeepStrictEqual((built.world() as unknown as World).model.two.matches, (nlp.world() as unknown as World).model.two.matches)).toBe(true);
    // Two parses of 1,798 sentences: about 3 s alone, more beside the other test files.
  }, 60_000);
});
