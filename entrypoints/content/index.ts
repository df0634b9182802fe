export default defineContentScript({
  matches: ['*://*.zendesk.com/*'],
  main() {},
});
