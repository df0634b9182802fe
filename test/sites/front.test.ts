// @vitest-environment happy-dom
import front from '../../src/sites/front';
import { byFixture, checkSite } from './check';

// Front's comment box is always there, under the reply composer.
checkSite({ site: front, host: 'app.frontapp.com', channel: 'email', toNote: () => byFixture('note')! });
