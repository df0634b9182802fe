/** The presets a team lead can start from, in the order shown. Each is a valid Settings (a test checks). */
import type { Settings } from '../schema';
import chat from './chat';
import email from './email';
import gentle from './gentle';
import strict from './strict';

export interface Preset {
  id: 'email' | 'chat' | 'strict' | 'gentle';
  settings: Settings;
}

export const presets: readonly Preset[] = [
  { id: 'email', settings: email },
  { id: 'chat', settings: chat },
  { id: 'strict', settings: strict },
  { id: 'gentle', settings: gentle },
];
