/**
 * The bench's fixture pages, served from this machine under a helpdesk host name: a ticket with the
 * customer's message and a reply editor that already holds the agent's 2,500-word draft (as a helpdesk
 * restores a saved draft), focused with the caret at its end. No paste is involved, so the cold measure is the
 * extension's own start, and typing appends to the draft.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CUSTOMER, draftOfWords } from '../drafts';

export type EditorKind = 'contenteditable' | 'textarea';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One <div> per line, as Chromium's own editing makes them (an empty line is <div><br></div>). */
const asBlocks = (text: string) => text.split('\n').map((line) => `<div>${line ? escape(line) : '<br>'}</div>`).join('');

export function ticketPage(kind: EditorKind, words: number): string {
  const draft = draftOfWords(words);
  const editor =
    kind === 'textarea'
      ? `<textarea id="reply" aria-label="Public reply" style="width:900px;height:500px">${escape(draft)}</textarea>`
      : `<div id="reply" contenteditable="true" role="textbox" aria-label="Public reply" aria-multiline="true"
 style="min-height:300px;border:1px solid #999;padding:8px;white-space:pre-wrap">${asBlocks(draft)}</div>`;
  // The caret at the very end: in the last line's text node (contenteditable) or after the value (textarea).
  const focus = `const ed = document.getElementById('reply'); ed.focus();
if (ed.tagName === 'TEXTAREA') ed.setSelectionRange(ed.value.length, ed.value.length);
else { let t = ed.lastChild; while (t && t.nodeType !== 3) t = t.lastChild; getSelection().collapse(t, t.data.length); }`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Ticket #4711</title></head><body>
<main><section class="customer-message"><p>${CUSTOMER}</p></section><form>${editor}</form></main>
<script>${focus}</script></body></html>`;
}

export interface FixtureServer {
  port: number;
  url(kind: EditorKind): string;
  close(): void;
}

export function serveFixtures(host: string, words: number): Promise<FixtureServer> {
  const pages: Record<EditorKind, string> = { contenteditable: ticketPage('contenteditable', words), textarea: ticketPage('textarea', words) };
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url?.includes('textarea') ? pages.textarea : pages.contenteditable);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ port, url: (kind) => `http://${host}:${port}/${kind}`, close: () => server.close() });
    }),
  );
}
