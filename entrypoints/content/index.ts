/**
 * The coach (top frame of a helpdesk tab): finds reply editors (scanner), coaches them (coach), answers the
 * popup and feeds the badge (runtime). Thin wiring only; everything ends with `ctx`, and coaching stops and
 * starts with the per-site switch and the pause (settings/site-toggle).
 *
 * Not in the manifest: the detector (entrypoints/detector.content.ts) asks the background to inject this file
 * (src/background/coach-loader.ts) once the page has a reply-editor candidate, so pages without one never load it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clockFor } from '../../src/content/clock';
import { createCoach, type Coach } from '../../src/content/coach';
import { remoteEngine, type ConnectLike } from '../../src/content/engine-client';
import { HELPDESK_MATCHES } from '../../src/content/hosts';
import { answerMessages, send, sendCount, type RuntimeLike } from '../../src/content/runtime';
import { createScanner } from '../../src/content/scanner';
import { childScope, type Scope } from '../../src/content/signals';
import { pickSite } from '../../src/content/site';
import { quietly } from '../../src/content/quietly';
import { isRuleId, recordMessage } from '../../src/history/messages';
import { watchCoaching } from '../../src/settings/site-toggle';
import { getSettings, watchSettings } from '../../src/settings/store';
import { SITES } from '../../src/sites';
import { gateInternalNotes } from '../../src/sites/coaching';


/** The coaching of this page while the site is on and not paused; `coach` once settings are read. */
interface Running {
  scope: Scope;
  coach?: Coach;
}
interface Coaching {
  running?: Running;
}

export default defineContentScript({
  // Injected by the background (scripting.executeScript), never declared in the manifest; the matches stay
  // the helpdesks' so WXT keeps them in host_permissions, which the injection needs.
  registration: 'runtime',
  matches: HELPDESK_MATCHES,
  main(ctx) {
    if (window !== window.top) return;
    const runtime = browser.runtime as unknown as RuntimeLike;
    const page: Coaching = {};
    // The popup is answered from now on: the detector stops answering once this script is in.
    ctx.onInvalidated(
      quietly(answerMessages(runtime, {
        state: () => page.running?.coach?.state() ?? { findings: [], editor: false },
        apply: (m) => page.running?.coach?.applySuggestion(m.rule, m.start, m.end, m.suggestion) ?? Promise.resolve(false),
      })),
    );
    // Everything else in a task of its own: the script's evaluation (~100 ms on a cold, busy 2-core machine)
    // is one task already, and the first reads of storage and the page would add to it.
    ctx.setTimeout(() => coachPage(ctx, runtime, page), 0);
  },
});

/** Coaches this page's reply editors while the site is on and not paused (see the header). */
function coachPage(ctx: ContentScriptContext, runtime: RuntimeLike, page: Coaching): void {
  const site = pickSite(SITES, location, document);

  const start = async () => {
    const scope = childScope(ctx.signal);
    const running: Running = (page.running = { scope });
    let settings = await getSettings((problem) => console.warn(`Warmline: ${problem}`));
    if (scope.signal.aborted || ctx.isInvalid) return;
    const clock = { ...clockFor(ctx), signal: scope.signal, valid: () => ctx.isValid && !scope.signal.aborted };
    // The engine runs in the background (src/background/engine-host.ts): compromise never loads on this page.
    const engine = remoteEngine(browser.runtime as unknown as ConnectLike);
    scope.signal.addEventListener('abort', () => engine.dispose(), { once: true });
    const coach = createCoach({
      doc: document,
      site,
      engine,
      clock,
      sendCount: (n) => sendCount(runtime, n),
      // The local history takes counts per rule id only (custom rules' `custom:…` ids are left out).
      onFindingsChanged: (findings) => send(runtime, recordMessage(findings.filter((f) => isRuleId(f.rule)))),
    });
    running.coach = coach;
    // Internal notes reach the coach only when the settings say so (src/sites/coaching.ts).
    const editors = gateInternalNotes(site, () => settings, coach);
    const scanner = createScanner({
      signal: scope.signal,
      site,
      nextFrame: clock.frame,
      onFound: editors.found,
      onLost: editors.lost,
      onFocus: editors.focused,
      onDocument: coach.listenIn,
    });
    scope.signal.addEventListener('abort', quietly(watchSettings((s) => coach.setSettings((settings = s)))));
    // The UI's first render (createCoach) and the page's first scan (with each editor's first read) are
    // each a task of their own: on a cold page, with the browser busy starting, together they made one
    // long task (~100 ms) that held up the agent's first click or key.
    await new Promise<void>((resolve) => clock.timeout(resolve, 0));
    if (clock.valid()) scanner.watch(document);
  };
  const stop = () => {
    page.running?.scope.end();
    page.running = undefined;
    if (ctx.isValid) sendCount(runtime, 0);
  };

  ctx.onInvalidated(
    quietly(
      watchCoaching(location.host, (active) => {
        if (!active) stop();
        else if (!page.running) void start();
      }),
    ),
  );
}
