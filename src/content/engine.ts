/**
 * What the coach needs from the engine, and nothing more: text in, findings out, per editor. Two makers:
 * `localEngine` (local-engine.ts: the engine in this page, for tests) and `remoteEngine` (engine-client.ts:
 * the engine in the extension's background, so compromise never loads on the helpdesk page). Types only here,
 * so the content script's bundle does not pull the engine in through this file.
 */
import type { Context, Finding } from '../engine/types';
import type { Settings } from '../settings/schema';
import type { RuleInfo } from './rule-info-type';

/** What one analysis left out to keep typing smooth (src/engine/analyzer.ts, safe mode). */
export interface EngineStatus {
  safeMode: boolean;
  /** Calling again on the same text would check more (parsing stopped at the time budget). */
  incomplete: boolean;
}

export interface EngineResult {
  findings: Finding[];
  status: EngineStatus;
}

export interface CoachEngine {
  /**
   * The analysis runs outside this page (the background): asking costs the page a message, so the coach asks
   * as soon as the text changed instead of waiting for a frame and an idle moment.
   */
  readonly offPage?: boolean;
  /**
   * Analyses the draft of one editor (`editor`: a key the coach chose, stable while the editor lives); the
   * engine keeps that editor's work cached, so a keystroke costs the sentence it changed. May answer at once
   * or later; rejects when the engine is gone (the coach then shows nothing for that call).
   */
  analyze(editor: string, text: string, context: Context): EngineResult | Promise<EngineResult>;
  /** The editor is gone: its cached work may go. */
  release(editor: string): void;
  /** The settings changed (the next analyses use them). */
  setSettings(settings: Settings): void;
  /** Title, category and "why" of a rule the findings name. */
  ruleInfo(rule: string): RuleInfo;
}
