/**
 * The only script the manifest puts on helpdesk pages (and the one registered for a team's own domains): a small
 * detector. It waits until the page has, or gets, a reply-editor candidate (src/content/reply-candidate-watch.ts)
 * and then asks the background to inject the full coach (entrypoints/content/, src/background/coach-loader.ts).
 * Pages without a reply editor never load the coach. Until the coach is in, the detector answers the popup
 * (no editor yet). Thin wiring only; everything ends with `ctx`.
 */
import { browser } from 'wxt/browser';
import { requestCoach } from '../src/content/coach-loading';
import { HELPDESK_MATCHES } from '../src/content/hosts';
import { quietly } from '../src/content/quietly';
import { watchForReplyCandidate } from '../src/content/reply-candidate-watch';
import { answerUntilCoached, type NativeRuntimeLike } from '../src/content/interim-answers';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // The coach lives in the top frame and reaches same-origin frames from there (its scanner).
    if (window !== window.top) return;
    // The browser's own API, not webextension-polyfill's (wxt.config.ts builds the detector without it).
    const runtime = browser.runtime as unknown as NativeRuntimeLike & { sendMessage(message: unknown): Promise<unknown> };
    // The popup's questions before the coach is here: no reply editor has been coached on this page yet.
    const stopAnswering = quietly(answerUntilCoached(runtime));
    ctx.onInvalidated(stopAnswering);

    const watch = (focusOnly: boolean) =>
      watchForReplyCandidate({
        doc: document,
        signal: ctx.signal,
        nextFrame: (fn) => void ctx.requestAnimationFrame(() => fn()),
        focusOnly,
        onCandidate: () =>
          void requestCoach(runtime).then((loaded) => {
            if (ctx.isInvalid) return;
            // From now on the coach answers the popup.
            if (loaded) stopAnswering();
            // Not loaded (the background was busy restarting, or refused): try again at the next focus only,
            // so a page whose editor is always there does not ask in a loop.
            else watch(true);
          }),
      });
    // The first look at the page in a task of its own, after this script's evaluation (on a cold, busy
    // machine the two together made one long task).
    ctx.setTimeout(() => watch(false), 0);
  },
});
