/**
 * The engine for the content scripts, in the background (MV3 service worker; Firefox MV2 background page):
 * the helpdesk page never loads compromise (its lexicon unpack alone is ~150 ms of main thread) and typing
 * there costs a message each way. Protocol: src/content/engine-protocol.ts.
 *
 * One analyzer per port (a tab's content script) and editor, so each draft's sentence cache stays hot; at
 * most MAX_ANALYZERS in all (least recently used go first), freed when the port disconnects (tab closed or
 * navigated). Requests on a port are handled in order, so a settings change the content script announces
 * is in force for every analysis it asks for after it.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import { ENGINE_PORT, type EngineReply, type EngineRequest, type PortLike } from '../content/engine-protocol';
import { ruleInfo } from '../content/rule-info';
import type { RuleInfo } from '../content/rule-info-type';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';

/**
 * Off the page, an analysis blocks no typing: the budget here only stops runaway team patterns and huge pastes.
 * It is wider than the page's (ANALYSIS_BUDGET_MS) so that a busy CPU does not leave checks out.
 */
export const BACKGROUND_BUDGET_MS = 250;

export const MAX_ANALYZERS = 16;

/**
 * A draft and a customer message that reach every built-in rule: analysed once when the host starts, so the
 * rules and the parser have run (and the phrase patterns its sentences reach are compiled, cached for every
 * later analyzer) before the agent's first keystroke needs them.
 */
const WARM_UP = {
  text: "Hi Sam,\n\nYou'll need to contact your bank about the charge, and we'll get back to you soon. Unfortunately that is our policy.\n\nRegards,\nAlex",
  customer: 'My order arrived broken and I was charged twice. This is really frustrating!',
};

export interface EngineHostDeps {
  onConnect: { addListener(cb: (port: PortLike) => void): void };
  /** The settings in force, read again (validated) when called. */
  readSettings(): Promise<Settings>;
  /** Calls back when the settings change; returns the function that stops. */
  watchSettings(cb: (s: Settings) => void): () => void;
  /** Time budget of one analysis call (safe mode, src/engine/analyzer.ts). */
  budgetMs?: number;
}

export interface EngineHost {
  /** Analyzers held now (tests, the bench). */
  size(): number;
}

export function startEngineHost(deps: EngineHostDeps): EngineHost {
  let settings: Settings = DEFAULT_SETTINGS;
  let settingsJson = JSON.stringify(settings);
  const reading = deps.readSettings();
  // The warm-up runs with the built-in rules while the settings are on their way (a message round trip where
  // the engine has its own document): the phrase patterns it compiles are shared with every later analyzer.
  try {
    createAnalyzer(DEFAULT_SETTINGS, undefined, { budgetMs: deps.budgetMs ?? BACKGROUND_BUDGET_MS }).analyze(WARM_UP.text, { customer: WARM_UP.customer });
  } catch {
    // Nothing to warm: the first request does the same work and reports what fails.
  }
  let ready: Promise<void> = reading.then((s) => use(s), () => undefined);
  /** Keyed `<port>\u0000<editor>`; Map order is recency (re-inserted on use). */
  const analyzers = new Map<string, Analyzer>();
  let nextPort = 0;

  function use(s: Settings) {
    const json = JSON.stringify(s);
    if (json === settingsJson) return;
    settings = s;
    settingsJson = json;
    analyzers.clear();
  }
  deps.watchSettings((s) => use(s));

  const analyzerFor = (key: string): Analyzer => {
    let a = analyzers.get(key);
    if (a) analyzers.delete(key);
    else a = createAnalyzer(settings, undefined, { budgetMs: deps.budgetMs ?? BACKGROUND_BUDGET_MS });
    analyzers.set(key, a);
    while (analyzers.size > MAX_ANALYZERS) analyzers.delete(analyzers.keys().next().value!);
    return a;
  };

  deps.onConnect.addListener((port) => {
    if (port.name !== ENGINE_PORT) return;
    const prefix = `${nextPort++}\u0000`;
    const told = new Set<string>();
    let open = true;
    let chain = ready;

    const reply = (m: EngineReply) => {
      if (!open) return;
      try {
        port.postMessage(m);
      } catch {
        open = false;
      }
    };

    const handle = (m: EngineRequest) => {
      if (m.type === 'settings') {
        ready = deps.readSettings().then(use, () => undefined);
        return ready;
      }
      if (m.type === 'release') {
        analyzers.delete(prefix + m.editor);
        return;
      }
      if (m.type !== 'analyze' || typeof m.text !== 'string') return;
      try {
        const a = analyzerFor(prefix + m.editor);
        const findings = a.analyze(m.text, m.context ?? {});
        const { safeMode, incomplete } = a.status();
        const rules: Record<string, RuleInfo> = {};
        for (const f of findings) {
          if (told.has(f.rule)) continue;
          told.add(f.rule);
          rules[f.rule] = ruleInfo(f.rule);
        }
        reply({ type: 'result', id: m.id, findings, status: { safeMode, incomplete }, rules });
      } catch (error) {
        reply({ type: 'error', id: m.id, message: String((error as Error)?.message ?? error) });
      }
    };

    port.onMessage.addListener((message) => {
      if (!message || typeof message !== 'object') return;
      chain = chain.then(() => handle(message as EngineRequest)).catch(() => undefined);
    });
    port.onDisconnect.addListener(() => {
      open = false;
      for (const key of [...analyzers.keys()]) if (key.startsWith(prefix)) analyzers.delete(key);
    });
  });

  return { size: () => analyzers.size };
}
