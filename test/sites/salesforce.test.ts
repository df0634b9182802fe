// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import salesforce from '../../src/sites/salesforce';
import { byFixture, checkSite, loadFixture } from './check';

/**
 * The Email action's CKEditor 4 iframe. happy-dom loads no iframe documents, so the test builds the document
 * CKEditor writes (a contenteditable body) and gives it the window links a same-origin frame has.
 */
let frameDoc: Document | undefined;
function writeEmailFrame(): void {
  const iframe = document.querySelector<HTMLIFrameElement>('iframe.cke_wysiwyg_frame')!;
  const doc = document.implementation.createHTMLDocument('');
  doc.body.setAttribute('contenteditable', 'true');
  doc.body.className = 'cke_editable cke_editable_themed cke_contents_ltr';
  doc.body.innerHTML = '<p><br></p>';
  Object.defineProperty(doc, 'defaultView', { configurable: true, value: { frameElement: iframe, top: window } });
  frameDoc = doc;
}

checkSite({
  site: salesforce,
  host: 'acme.lightning.force.com',
  channel: 'email',
  prepare: writeEmailFrame,
  frames: () => (frameDoc ? [frameDoc] : []),
  reply: () => frameDoc!.body,
  // The publisher's Post tab: a Chatter post, seen by colleagues only.
  toNote() {
    document.querySelector<HTMLElement>('[data-publisher-tab="post"]')!.hidden = false;
    return byFixture('note')!;
  },
});

describe('salesforce: the email body lives in an iframe', () => {
  it('finds the body of the email iframe when the scanner hands over its document, and nothing else there', () => {
    loadFixture('salesforce');
    writeEmailFrame();
    expect(salesforce.findReplyEditors(frameDoc!)).toEqual([frameDoc!.body]);
    expect(salesforce.isReplyEditor(frameDoc!.body)).toBe(true);
    expect(salesforce.isInternalNote?.(frameDoc!.body)).toBe(false);
  });
  it('reads the newest inbound e-mail although the feed lists newest first', () => {
    loadFixture('salesforce');
    expect(salesforce.customerMessage(document)).toMatch(/^My order arrived broken/);
  });
});
