// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types';
import type { EditorAdapter, Mark } from '../../src/editors/types';
import { createSession } from '../../src/content/session';

/** A finding on every "soon" in the text. */
function analyzeSoon(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = text.indexOf('soon'); i >= 0; i = text.indexOf('soon', i + 1)) {
    out.push({ rule: 'vague-promise', messageId: 'm', message: 'When?', start: i, end: i + 4, level: 'warning', suggestions: [{ label: 'Say when', text: 'by 5pm', start: i, end: i + 4 }] });
  }
  return out;
}

function fakeAdapter(initial: string) {
  let text = initial;
  const painted: Mark[][] = [];
  const adapter = {
    kind: 'textarea',
    element: document.createElement('textarea'),
    read: () => text,
    paint: (m: readonly Mark[]) => void painted.push([...m]),
    dispose: () => undefined,
  } as unknown as EditorAdapter;
  return { adapter, painted, set: (t: string) => (text = t) };
}

function setup(text: string) {
  const a = fakeAdapter(text);
  let queue: (() => void)[] = [];
  let analyses = 0;
  let changes = 0;
  const session = createSession(a.adapter, {
    analyze: (t) => (analyses++, analyzeSoon(t)),
    categoryOf: () => 'promise',
    frame: (fn) => void queue.push(fn),
    idle: (fn) => void queue.push(fn),
    changed: () => void changes++,
  });
  const run = () => {
    while (queue.length) {
      const q = queue;
      queue = [];
      q.forEach((f) => f());
    }
  };
  return { ...a, session, run, stats: () => ({ analyses, changes }) };
}

describe('session', () => {
  it('analyses, paints marks with categories and keys findings stably', () => {
    const { session, painted } = setup('back soon, really soon');
    session.analyzeNow();
    expect(session.findings).toHaveLength(2);
    expect(session.findings.map((f) => session.keyOf(f))).toEqual(['vague-promise:soon', 'vague-promise:soon#1']);
    expect(painted.at(-1)).toEqual([
      { start: 5, end: 9, rule: 'vague-promise', category: 'promise' },
      { start: 18, end: 22, rule: 'vague-promise', category: 'promise' },
    ]);
  });

  it('moves marks in the next frame and re-analyses once when idle, however many inputs came', () => {
    const { session, set, run, stats, painted } = setup('back soon');
    session.analyzeNow();
    set('I am back soon');
    session.edited();
    session.edited();
    session.edited();
    expect(stats().analyses).toBe(1);
    run();
    expect(stats().analyses).toBe(2);
    expect(painted.at(-1)![0]).toMatchObject({ start: 10, end: 14 });
  });

  it('dismiss hides a finding (rule + words) for this draft, until the editor is emptied', () => {
    const { session, set, run } = setup('back soon');
    session.analyzeNow();
    session.dismiss(session.keyOf(session.findings[0]!));
    expect(session.findings).toEqual([]);
    set('back soon, I promise');
    session.edited();
    run();
    expect(session.findings).toEqual([]);
    set('');
    session.edited();
    run();
    set('back soon');
    session.edited();
    run();
    expect(session.findings).toHaveLength(1);
  });

  it('does nothing after dispose', () => {
    const { session, set, run, stats } = setup('back soon');
    session.analyzeNow();
    session.dispose();
    set('soon soon');
    session.edited();
    run();
    expect(stats().analyses).toBe(1);
  });

  it('tells painted when the text was sent and when its findings came back (the bench debug clock)', async () => {
    const a = fakeAdapter('back soon');
    let clock = 100;
    let answer: (f: Finding[]) => void = () => undefined;
    const painted: { text: string; timing?: { sent: number; answered: number } }[] = [];
    const session = createSession(a.adapter, {
      analyze: () => new Promise<Finding[]>((r) => (answer = r)),
      categoryOf: () => 'promise',
      frame: (fn) => fn(),
      idle: (fn) => fn(),
      changed: () => undefined,
      painted: (_s, text, timing) => void painted.push({ text, timing }),
      now: () => clock,
    });
    session.analyzeNow();
    clock = 130;
    answer(analyzeSoon('back soon'));
    await Promise.resolve();
    await Promise.resolve();
    expect(painted).toEqual([{ text: 'back soon', timing: { sent: 100, answered: 130 } }]);
  });

  it('asks once for a text already on its way (an input and a mutation for one key), again for a newer one or when told to', async () => {
    const a = fakeAdapter('back soon');
    const sent: string[] = [];
    const answers: (() => void)[] = [];
    const session = createSession(a.adapter, {
      analyze: (t) => (sent.push(t), new Promise<Finding[]>((r) => answers.push(() => r(analyzeSoon(t))))),
      categoryOf: () => 'promise',
      frame: (fn) => fn(),
      idle: (fn) => fn(),
      changed: () => undefined,
    });
    const answer = async () => {
      answers.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    };
    session.analyzeNow();
    await answer();
    a.set('back soon!');
    session.edited();
    session.edited(); // the same key seen twice (input event and mutation)
    session.analyzeNow();
    await answer();
    expect(sent).toEqual(['back soon', 'back soon!']);
    expect(answers).toHaveLength(0);

    // A newer text while one is on its way is asked for after it.
    a.set('back soon!!');
    session.edited();
    a.set('back soon!!!');
    session.edited();
    await answer();
    await answer();
    expect(sent).toEqual(['back soon', 'back soon!', 'back soon!!', 'back soon!!!']);

    // reanalyze (settings changed) while the same text is on its way: asked again.
    a.set('soon');
    session.edited();
    session.reanalyze();
    await answer();
    await answer();
    expect(sent.slice(4)).toEqual(['soon', 'soon']);
    expect(session.findings.map((f) => f.start)).toEqual([0]);
  });

  it('with beforeRender, sends the edited text before painting, and paints once when the answer beats the frame', async () => {
    const a = fakeAdapter('back soon');
    const order: string[] = [];
    const frames: (() => void)[] = [];
    const answers: ((f: Finding[]) => void)[] = [];
    const session = createSession(a.adapter, {
      analyze: (t) => (order.push(`sent:${t}`), new Promise<Finding[]>((r) => answers.push((f) => r(f)))),
      categoryOf: () => 'promise',
      frame: (fn) => fn(),
      idle: (fn) => fn(),
      beforeRender: (fn) => void frames.push(fn),
      changed: () => void order.push('shown'),
    });
    const paint = a.adapter.paint;
    a.adapter.paint = (m) => (order.push(`paint:${m.map((x) => x.start).join(',')}`), paint(m));
    session.analyzeNow();
    answers.shift()!(analyzeSoon('back soon'));
    await new Promise((r) => setTimeout(r, 0));
    order.length = 0;

    // A keystroke whose answer comes before the frame: findings move at once, the paint waits, one paint.
    a.set('I am back soon');
    session.edited();
    expect(order).toEqual(['sent:I am back soon']);
    expect(session.findings.map((f) => f.start)).toEqual([10]);
    answers.shift()!(analyzeSoon('I am back soon'));
    await new Promise((r) => setTimeout(r, 0));
    frames.splice(0).forEach((f) => f());
    expect(order).toEqual(['sent:I am back soon', 'paint:10', 'shown']);

    // A keystroke whose answer is late: the frame paints the moved findings, then the answer paints.
    order.length = 0;
    a.set('So I am back soon');
    session.edited();
    frames.splice(0).forEach((f) => f());
    expect(order).toEqual(['sent:So I am back soon', 'paint:13', 'shown']);
  });
});
