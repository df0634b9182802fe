import { describe, expect, it } from 'vitest';
import { answerUntilCoached, type NativeRuntimeLike } from '../../src/content/interim-answers';

type Listener = Parameters<NativeRuntimeLike['onMessage']['addListener']>[0];

function fakeRuntime() {
  const listeners = new Set<Listener>();
  const runtime: NativeRuntimeLike = { onMessage: { addListener: (cb) => void listeners.add(cb), removeListener: (cb) => void listeners.delete(cb) } };
  /** Sends like the browser: the answers given through sendResponse, and what each listener returned. */
  const send = (m: unknown) => {
    const answers: unknown[] = [];
    const returned = [...listeners].map((l) => l(m, {}, (a) => answers.push(a)));
    return { answers, returned };
  };
  return { runtime, send, listeners };
}

describe('answerUntilCoached', () => {
  it('answers get-state with no editor and apply with ok: false, synchronously', () => {
    const { runtime, send } = fakeRuntime();
    answerUntilCoached(runtime);
    expect(send({ type: 'warmline:get-state' })).toEqual({ answers: [{ findings: [], editor: false }], returned: [undefined] });
    expect(send({ type: 'warmline:apply', rule: 'x', start: 0, end: 1, suggestion: 0 }).answers).toEqual([{ ok: false }]);
  });

  it('leaves other messages and junk unanswered, and stops when told', () => {
    const { runtime, send, listeners } = fakeRuntime();
    const stop = answerUntilCoached(runtime);
    for (const m of [{ type: 'warmline:findings', count: 2 }, null, undefined, 'warmline:get-state', 7, { type: {} }]) expect(send(m).answers).toEqual([]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
