/**
 * The detector ↔ background contract for loading the coach into a tab (a contract: change both sides together).
 *
 * Detector (content script, top frame) → background (`browser.runtime.sendMessage(msg)`):
 *   {type:'warmline:load-coach'}   → LoadCoachResponse
 * The background injects the coach bundle into the sender's tab, top frame (src/background/coach-loader.ts),
 * and answers `ok: true` once the coach script has run (its message listeners are in place by then).
 */
export interface LoadCoachMessage {
  type: 'warmline:load-coach';
}

export interface LoadCoachResponse {
  ok: boolean;
}

export const isLoadCoachMessage = (m: unknown): m is LoadCoachMessage =>
  !!m && typeof m === 'object' && (m as LoadCoachMessage).type === 'warmline:load-coach';

/** Asks the background for the coach; true when it was injected. A reloaded extension or no answer is false. */
export async function requestCoach(runtime: { sendMessage(message: unknown): Promise<unknown> }): Promise<boolean> {
  const message: LoadCoachMessage = { type: 'warmline:load-coach' };
  try {
    const answer = (await runtime.sendMessage(message)) as Partial<LoadCoachResponse> | undefined;
    return answer?.ok === true;
  } catch {
    return false; // extension context invalidated, or the background could not be reached
  }
}
