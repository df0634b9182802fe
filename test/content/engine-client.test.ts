import { describe, expect, it } from 'vitest';
import { remoteEngine } from '../../src/content/engine-client';
import { ENSURE_ENGINE, type PortLike } from '../../src/content/engine-protocol';

/** A port whose other end is either an engine that answers every analysis, or nobody (it disconnects at once). */
function portTo(engineUp: boolean): PortLike {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  return {
    name: 'warmline:engine',
    postMessage(message) {
      const m = message as { type: string; id: number; text: string };
      if (!engineUp) return void setTimeout(() => onDisconnect.forEach((cb) => cb()), 0);
      if (m.type === 'analyze') setTimeout(() => onMessage.forEach((cb) => cb({ type: 'result', id: m.id, findings: [], status: { safeMode: false, incomplete: false }, rules: {} })), 0);
    },
    disconnect: () => undefined,
    onMessage: { addListener: (cb) => void onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => void onDisconnect.push(cb) },
  };
}

describe('remoteEngine', () => {
  it('asks the background to bring the engine up when nobody answered the port, then sends again', async () => {
    let up = false;
    const asked: unknown[] = [];
    const engine = remoteEngine({
      connect: () => portTo(up),
      sendMessage: async (message) => {
        asked.push(message);
        up = true; // the worker created the engine's document
        return { ok: true };
      },
    });
    await expect(engine.analyze('e1', 'Hello there.', {})).resolves.toMatchObject({ findings: [] });
    expect(asked).toEqual([{ type: ENSURE_ENGINE }]);
    engine.dispose();
  });

  it('gives up after a few tries when the engine never comes up', async () => {
    const engine = remoteEngine({ connect: () => portTo(false), sendMessage: async () => ({ ok: false }) });
    await expect(engine.analyze('e1', 'Hello there.', {})).rejects.toThrow('The background did not answer.');
    engine.dispose();
  });
});
