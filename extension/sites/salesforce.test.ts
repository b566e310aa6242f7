// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorElement, browseTo, fixtureDocument, locationOf } from '../../tests/support/fixtures';
import { genericAdapter } from './generic';
import { adaptersFor } from './index';
import { salesforce } from './salesforce';
import { siteHealth } from './site-health';

const pages = { contact: () => fixtureDocument('salesforce', 'contact'), lead: () => fixtureDocument('salesforce', 'lead') };
/** A record page of the site. */
const RECORD = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5j00000XyZaAAK/view';

describe('salesforce adapter', () => {
  // The health check reads the page's address.
  beforeEach(() => browseTo(RECORD));

  it('runs on Lightning Experience hosts', () => {
    for (const url of ['https://acme.lightning.force.com/lightning/r/Contact/0035j00000AbCdEAAV/view', 'https://acme.my.salesforce.com/lightning/r/Lead/00Q5j00000XyZaAAK/view']) {
      expect(adaptersFor(locationOf(url)).map((a) => a.id)).toEqual(['salesforce', 'generic']);
    }
    expect(salesforce.matches(locationOf('https://www.salesforce.com/'))).toBe(false);
  });

  it('badges a contact\'s name for its Email field, and each email field of the details', () => {
    const people = salesforce.find(pages.contact());
    expect(people.map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'record olivia.bennett@example.org Ms. Olivia Bennett',
      'record o.bennett@example.org null',
      'record olivia.bennett@example.org Ms. Olivia Bennett',
    ]);
    expect(anchorElement(people[2]!).matches('records-highlights2 lightning-formatted-name')).toBe(true);
    expect(people.slice(0, 2).every((p) => anchorElement(p).matches('records-record-layout-item a.emailuiFormattedEmail'))).toBe(true);
  });

  it('badges a lead the same way, with a Persian name', () => {
    expect(salesforce.find(pages.lead()).map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'record ali.karimi@example.com مهندس علی کریمی',
      'record ali.karimi@example.com مهندس علی کریمی',
    ]);
  });

  it('leaves the header\'s compact copy of the address alone, the activity to the generic adapter', () => {
    const rest = genericAdapter(salesforce.covers);
    expect(rest.find(pages.contact()).map((p) => p.email)).toEqual(['james.whitfield@example.com']);
    expect(rest.find(pages.lead())).toEqual([]);
  });

  it('health check: every selector it relies on matches a record page', () => {
    for (const page of Object.values(pages)) expect(siteHealth(salesforce, page())!.missing).toEqual([]);
    expect(siteHealth(salesforce, new DOMParser().parseFromString('<p>A changed Salesforce</p>', 'text/html'))!.missing).toHaveLength(Object.keys(salesforce.anchors).length);
  });

  it('health check: quiet on the site\'s pages that show no record, the selectors\' absence reported on a record page', () => {
    document.body.replaceChildren();
    browseTo('https://acme.lightning.force.com/lightning/page/home');
    expect(siteHealth(salesforce, document)).toBeNull();
    browseTo(RECORD);
    expect(siteHealth(salesforce, document)!.missing).toEqual(Object.keys(salesforce.anchors));
  });
});
