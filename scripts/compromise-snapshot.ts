/**
 * compromise, prebuilt at build time: a Vite plugin for the extension's bundles.
 *
 * compromise builds its English model while its module evaluates: it unpacks the compressed lexicon, conjugates
 * and inflects every verb, adjective and noun in it, then merges the ~24,000 words and forms into its world one by one.
 * In Chromium that is about 330 ms of script evaluation before the engine can answer (profiled on this 2-core
 * machine, nothing else running), and more when the browser has just started. The result is plain data, the
 * same on every run, so the build computes it once in node and the bundle carries it as JSON, which the browser
 * parses far faster than it can compute it:
 *   - compromise's pre-tagger model module is replaced by its finished contents, except the lexicon and the
 *     multi-word cache, which start empty (merging them word by word is the slow part), and
 *   - `compromise` itself, as our code imports it, is compromise with the lexicon and multi-word cache of a
 *     fully built world put in place once its plugins have run, and with the post-tagger's net of ~570 parsed
 *     match patterns, which compromise would otherwise build on the first parse (about 100 ms more).
 * Nothing else changes: test/scripts/compromise-snapshot.test.ts builds a bundle with this plugin and checks that
 * its world's model and its net equal the ones compromise computes, and that it tags sentences the same.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const ENTRY_ID = '\0warmline:compromise';
const MODEL_ID = '\0warmline:compromise-pretagger-model';

/** The compromise package's folder, as this project resolves it. */
function compromiseRoot(from: string): string {
  // `require` resolves to builds/three/compromise-three.cjs (the package exports no package.json).
  return resolve(dirname(createRequire(join(from, 'package.json')).resolve('compromise')), '../..');
}

/** The pre-tagger model's parts that are not plain data (regular expressions, undefined values): imported as they are. */
const NOT_DATA: Record<string, string> = {
  endsWith: 'patterns/endsWith.js',
  regexNormal: 'regex/regex-normal.js',
  regexText: 'regex/regex-text.js',
  regexNumbers: 'regex/regex-numbers.js',
  clues: 'clues/index.js',
};

type Model = { one: Record<string, unknown>; two: Record<string, unknown> };

/** The source of the module that stands for compromise's src/2-two/preTagger/model/index.js. */
async function modelModule(modelDir: string): Promise<string> {
  const { default: model } = (await import(pathToFileURL(join(modelDir, 'index.js')).href)) as { default: Model };
  const data = {
    one: { ...model.one, lexicon: {}, _multiCache: {} },
    two: Object.fromEntries(Object.entries(model.two).filter(([k]) => !(k in NOT_DATA))),
  };
  const imports = Object.entries(NOT_DATA).map(([name, file]) => `import ${name} from ${JSON.stringify(join(modelDir, file))};`);
  return `${imports.join('\n')}
const model = JSON.parse(${JSON.stringify(JSON.stringify(data))});
Object.assign(model.two, { ${Object.keys(NOT_DATA).join(', ')} });
export default model;
`;
}

const SET = '~set';
const REGEXP = '~regexp';

interface Net {
  hooks: Record<string, object[]>;
  always: object[];
}
interface World {
  model: Model & { two: { matches: object[] } };
  methods: { one: { buildNet(matches: unknown, world: World): Net } };
}

/**
 * The post-tagger's net, which compromise builds on the first parse: buildNet parses each of its ~570 match
 * patterns in place (adding `regs`, `needs`, `wants`…) and indexes them by the words they need. As JSON: the
 * parsed patterns in the order of `model.two.matches`, the hooks as indices into it; Sets and RegExps marked.
 * Built on a copy, since compromise's own world here parses its patterns once, on its first parse.
 */
function netData(world: World): string {
  const matches = structuredClone(world.model.two.matches) as object[];
  const net = world.methods.one.buildNet(matches, world);
  const index = new Map(matches.map((o, i) => [o, i]));
  const at = (o: object) => {
    const i = index.get(o);
    if (i === undefined) throw new Error('compromise-snapshot: the net holds a pattern that is not one of model.two.matches');
    return i;
  };
  const hooks = Object.fromEntries(Object.entries(net.hooks).map(([k, list]) => [k, list.map(at)]));
  return JSON.stringify({ patterns: matches, hooks, always: net.always.map(at) }, (_key, value: unknown) => {
    if (value instanceof Set) return { [SET]: [...value] };
    if (value instanceof RegExp) return { [REGEXP]: [value.source, value.flags] };
    return value;
  });
}

/**
 * The source of the module our code gets for `compromise`: the full build, given its finished words, and its
 * post-tagger net (buildNet is asked for exactly that net once; any other list is built as compromise would).
 */
async function entryModule(root: string): Promise<string> {
  const { default: nlp } = (await import(pathToFileURL(join(root, 'src/three.js')).href)) as { default: { model(): Model; world(): World } };
  const { lexicon, _multiCache } = nlp.model().one;
  return `import nlp from ${JSON.stringify(join(root, 'src/three.js'))};
const words = JSON.parse(${JSON.stringify(JSON.stringify({ lexicon, _multiCache }))});
const world = nlp.world();
world.model.one.lexicon = words.lexicon;
world.model.one._multiCache = words._multiCache;
const revive = (v) => {
  if (Array.isArray(v)) return v.map(revive);
  if (!v || typeof v !== 'object') return v;
  if (${JSON.stringify(SET)} in v) return new Set(v[${JSON.stringify(SET)}]);
  if (${JSON.stringify(REGEXP)} in v) return new RegExp(...v[${JSON.stringify(REGEXP)}]);
  for (const k of Object.keys(v)) v[k] = revive(v[k]);
  return v;
};
let net;
const buildNet = world.methods.one.buildNet;
world.methods.one.buildNet = (matches, w) => {
  if (matches !== world.model.two.matches) return buildNet(matches, w);
  if (!net) {
    // As buildNet would: the patterns parsed in place, then indexed.
    const data = JSON.parse(${JSON.stringify(netData(nlp.world()))});
    revive(data.patterns).forEach((parsed, i) => Object.assign(matches[i], parsed));
    const hooks = {};
    for (const k of Object.keys(data.hooks)) hooks[k] = data.hooks[k].map((i) => matches[i]);
    net = { hooks, always: data.always.map((i) => matches[i]) };
  }
  return net;
};
export default nlp;
`;
}

export function compromiseSnapshot(projectRoot = process.cwd()): Plugin {
  const root = compromiseRoot(projectRoot);
  const modelDir = join(root, 'src/2-two/preTagger/model');
  const modelFile = join(modelDir, 'index.js');
  return {
    name: 'warmline:compromise-snapshot',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === 'compromise' && importer && !importer.startsWith(root)) return ENTRY_ID;
      if (!importer?.startsWith(join(root, 'src/2-two/preTagger')) || !source.endsWith('model/index.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === modelFile ? MODEL_ID : null;
    },
    async load(id) {
      if (id === ENTRY_ID) return entryModule(root);
      if (id === MODEL_ID) return modelModule(modelDir);
      return null;
    },
  };
}
