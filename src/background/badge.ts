/** The toolbar badge: the finding count of the draft in each tab, from the content script's messages. */
import type { FindingsMessage } from '../content/messages';

interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
}

export interface BadgeRuntime {
  onMessage: { addListener(cb: (message: unknown, sender: { tab?: { id?: number } }) => undefined): void };
}

export const isFindingsMessage = (m: unknown): m is FindingsMessage =>
  !!m && typeof m === 'object' && (m as FindingsMessage).type === 'warmline:findings' && Number.isInteger((m as FindingsMessage).count);

/** Sets the badge text for the sender's tab; answers nothing, so other listeners keep their replies. */
export function listenForBadge(runtime: BadgeRuntime, action: BadgeApi): void {
  runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isFindingsMessage(message) || tabId === undefined) return undefined;
    const count = Math.max(0, message.count);
    void Promise.resolve(action.setBadgeText({ tabId, text: count === 0 ? '' : count > 99 ? '99+' : String(count) })).catch(() => undefined);
    return undefined;
  });
}
