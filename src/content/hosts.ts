/**
 * The helpdesk hosts the content script runs on (manifest `matches`), http and https. Nothing broader:
 * custom helpdesk domains are optional permissions asked for at run time (a later issue).
 */
export const HELPDESK_MATCHES = [
  '*://*.zendesk.com/*', // Zendesk agent workspace
  '*://*.freshdesk.com/*', // Freshdesk
  '*://app.intercom.com/*', // Intercom inbox
  '*://secure.helpscout.net/*', // Help Scout
  '*://app.frontapp.com/*', // Front
  '*://mail.google.com/*', // Gmail
  '*://app.hubspot.com/*', // HubSpot conversations
  '*://*.lightning.force.com/*', // Salesforce Service Cloud (Lightning)
  '*://desk.zoho.com/*', // Zoho Desk
  '*://desk.zoho.eu/*',
  '*://desk.zoho.in/*',
  '*://*.gorgias.com/*', // Gorgias
];
