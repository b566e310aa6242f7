/**
 * Pipedrive: a person's name in the contact details view's header and the
 * person's addresses in its fields (see tests/fixtures/pipedrive/README.md:
 * the view is known from a time tracker's maintained selectors, its email
 * field's markup is not, so the field is read as any `mailto:` link there).
 */
import { recordReader } from './crm-record';
import type { SiteAdapter } from './site-adapter';

const VIEW = '.detailView';
const NAME = `${VIEW} [data-testid="header-title"]`;
const EMAIL = `${VIEW} .details a[href^="mailto:" i]`;

export const pipedrive: SiteAdapter = {
  id: 'pipedrive',
  // Each company has its own host: <company>.pipedrive.com.
  matches: (location) => location.hostname.endsWith('.pipedrive.com'),
  // A person's page; Pipedrive's other pages show no person to check.
  checkedPaths: /^\/person\/\d+/,
  anchors: { detailView: VIEW, personName: NAME, emailField: EMAIL },
  ...recordReader({ name: NAME, email: EMAIL }),
};
