// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorElement, browseTo, fixtureDocument, locationOf } from '../../tests/support/fixtures';
import { genericAdapter } from './generic';
import { adaptersFor } from './index';
import { pipedrive } from './pipedrive';
import { siteHealth } from './site-health';

const person = () => fixtureDocument('pipedrive', 'person');
/** A record page of the site. */
const RECORD = 'https://acme.pipedrive.com/person/118';

describe('pipedrive adapter', () => {
  // The health check reads the page's address.
  beforeEach(() => browseTo(RECORD));

  it('runs on every company\'s Pipedrive host', () => {
    expect(adaptersFor(locationOf('https://acme.pipedrive.com/person/118')).map((a) => a.id)).toEqual(['pipedrive', 'generic']);
    expect(pipedrive.matches(locationOf('https://www.pipedrive.com.example.net/'))).toBe(false);
  });

  it('badges the person\'s name for their first address, and each address of their details', () => {
    const people = pipedrive.find(person());
    expect(people.map((p) => `${p.role} ${p.email} ${p.name}`)).toEqual([
      'record james.whitfield@example.com James Whitfield',
      'record james@whitfield.example.net null',
      'record james.whitfield@example.com James Whitfield',
    ]);
    expect(anchorElement(people[2]!).matches('[data-testid="header-title"]')).toBe(true);
  });

  it('leaves the history to the generic adapter', () => {
    expect(genericAdapter(pipedrive.covers).find(person()).map((p) => p.email)).toEqual(['olivia.bennett@example.org', 'sara.rezaei@example.com', 'new.prospect@example.org']);
  });

  it('health check: every selector it relies on matches the person view', () => {
    expect(siteHealth(pipedrive, person())!.missing).toEqual([]);
    expect(siteHealth(pipedrive, new DOMParser().parseFromString('<p>A changed Pipedrive</p>', 'text/html'))!.missing).toHaveLength(Object.keys(pipedrive.anchors).length);
  });

  it('health check: quiet on the site\'s pages that show no record, the selectors\' absence reported on a record page', () => {
    document.body.replaceChildren();
    browseTo('https://acme.pipedrive.com/pipeline/1/user/everyone');
    expect(siteHealth(pipedrive, document)).toBeNull();
    browseTo(RECORD);
    expect(siteHealth(pipedrive, document)!.missing).toEqual(Object.keys(pipedrive.anchors));
  });
});
