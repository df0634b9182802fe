/**
 * The engine port between a content script and the background (`runtime.connect({ name: ENGINE_PORT })`).
 * The draft text travels only inside the browser, through extension messaging: never any network.
 *
 * content → background
 *   {type:'analyze', id, editor, text, context}   analyse one editor's draft (`id` numbers the request)
 *   {type:'release', editor}                      the editor is gone: its analyzer may go
 *   {type:'settings'}                             the settings changed: read them again before what follows
 * background → content
 *   {type:'result', id, findings, status, rules}  `rules`: title, category and why of rules this port has not
 *                                                 been told about yet
 *   {type:'error', id, message}
 *
 * One port per content script (per tab). The background keeps one analyzer per port and editor (LRU-bounded)
 * and frees them when the port disconnects (tab closed or navigated). When the service worker is stopped the
 * port disconnects; the content script connects again and re-sends what had no answer.
 */
import type { Context, Finding } from '../engine/types';
import type { EngineStatus } from './engine';
import type { RuleInfo } from './rule-info-type';

export const ENGINE_PORT = 'warmline:engine';

/**
 * Around the port, in Chrome, where the engine lives in an offscreen document (src/background/offscreen-engine.ts):
 * engine document → worker: the settings in force; worker → engine document: they changed; content → worker:
 * make sure the engine is up (sent when nothing answered the port).
 */
export const READ_SETTINGS = 'warmline:read-settings';
export const SETTINGS_CHANGED = 'warmline:settings-changed';
export const ENSURE_ENGINE = 'warmline:ensure-engine';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  editor: string;
  text: string;
  context: Context;
}
export interface ReleaseRequest {
  type: 'release';
  editor: string;
}
export interface SettingsChanged {
  type: 'settings';
}
export type EngineRequest = AnalyzeRequest | ReleaseRequest | SettingsChanged;

export interface ResultReply {
  type: 'result';
  id: number;
  findings: Finding[];
  status: EngineStatus;
  rules: Record<string, RuleInfo>;
}
export interface ErrorReply {
  type: 'error';
  id: number;
  message: string;
}
export type EngineReply = ResultReply | ErrorReply;

/** The part of a runtime.Port both sides use (chrome and the webextension polyfill agree on it). */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}
