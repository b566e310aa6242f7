/**
 * HubSpot: a contact record's name in its highlight card and its email
 * property in the sidebar (`data-selenium-test` hooks, as time-tracking
 * extensions read them; see tests/fixtures/hubspot/README.md).
 */
import { recordReader } from './crm-record';
import type { SiteAdapter } from './site-adapter';

const NAME = '[data-selenium-test="contact-highlight-details"] [data-selenium-test="highlightTitle"]';
const EMAIL = '[data-selenium-test="property-input-email"]';

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  // app.hubspot.com, and the regional hosts (app-eu1, app-na2…).
  matches: (location) => /^app(?:-[a-z0-9]+)?\.hubspot\.com$/.test(location.hostname),
  // A contact's record (the 0-1 object); HubSpot's other pages show no record to check.
  checkedPaths: /^\/contacts\/\d+\/(?:record\/0-1|contact)\/\d+/,
  anchors: {
    recordHighlight: '[data-test-id="record-highlight-main-content"]',
    recordName: NAME,
    emailProperty: EMAIL,
  },
  // The highlight card repeats the address under the name.
  ...recordReader({ name: NAME, email: EMAIL, alsoCovers: '[data-selenium-test="contact-highlight-details"]' }),
};
