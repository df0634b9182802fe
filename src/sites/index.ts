/**
 * The helpdesk adapters, sorted by id (a meta-test keeps it so and checks each has a fixture page and a test).
 * The content script picks the first whose hosts match the page (pickSite); the generic detector coaches
 * everywhere else, and on a helpdesk page whose structure the adapter does not recognise.
 */
import type { Site } from './define';
import freshdesk from './freshdesk';
import front from './front';
import gmail from './gmail';
import gorgias from './gorgias';
import helpscout from './helpscout';
import hubspot from './hubspot';
import intercom from './intercom';
import salesforce from './salesforce';
import zendesk from './zendesk';
import zohoDesk from './zoho-desk';

export type { Site } from './define';

export const SITES: readonly Site[] = [freshdesk, front, gmail, gorgias, helpscout, hubspot, intercom, salesforce, zendesk, zohoDesk];
