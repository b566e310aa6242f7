// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorElement, browseTo, fixtureDocument, locationOf } from '../../tests/support/fixtures';
import { genericAdapter } from './generic';
import { hubspot } from './hubspot';
import { adaptersFor } from './index';
import { siteHealth } from './site-health';

const contact = () => fixtureDocument('hubspot', 'contact');
/** A record page of the site. */
const RECORD = 'https://app.hubspot.com/contacts/24680135/record/0-1/101';

describe('hubspot adapter', () => {
  // The health check reads the page's address.
  beforeEach(() => browseTo(RECORD));

  it('runs on HubSpot\'s app, on every regional host', () => {
    for (const url of ['https://app.hubspot.com/contacts/24680135/record/0-1/101', 'https://app-eu1.hubspot.com/contacts/1/record/0-1/2']) {
      expect(adaptersFor(locationOf(url)).map((a) => a.id)).toEqual(['hubspot', 'generic']);
    }
    expect(hubspot.matches(locationOf('https://www.hubspot.com/products/crm'))).toBe(false);
  });

  it('badges a contact record\'s name and its email property, both as the record', () => {
    const people = hubspot.find(contact());
    expect(people.map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'record sara.rezaei@example.com سارا رضایی',
      'record sara.rezaei@example.com سارا رضایی',
    ]);
    const [field, name] = people.map(anchorElement);
    // Beside the property's input, never inside it.
    expect(field!.matches('[data-selenium-test="property-input-email"]')).toBe(true);
    expect(name!.matches('[data-selenium-test="highlightTitle"]')).toBe(true);
  });

  it('leaves the highlight card\'s copy of the address to no one, the timeline to the generic adapter', () => {
    const rest = genericAdapter(hubspot.covers).find(contact());
    expect(rest.map((p) => p.email)).toEqual(['new.prospect@example.org', 'emma.clarke@example.net']);
  });

  it('health check: every selector it relies on matches the contact record', () => {
    expect(siteHealth(hubspot, contact())!.missing).toEqual([]);
    expect(siteHealth(hubspot, new DOMParser().parseFromString('<p>A changed HubSpot</p>', 'text/html'))!.missing).toHaveLength(Object.keys(hubspot.anchors).length);
  });

  it('health check: quiet on the site\'s pages that show no record, the selectors\' absence reported on a record page', () => {
    document.body.replaceChildren();
    browseTo('https://app.hubspot.com/reports-dashboard/24680135/view/1');
    expect(siteHealth(hubspot, document)).toBeNull();
    browseTo(RECORD);
    expect(siteHealth(hubspot, document)!.missing).toEqual(Object.keys(hubspot.anchors));
  });
});
