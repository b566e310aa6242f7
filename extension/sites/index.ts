/** Which adapters read a page: the site's own first, then the generic one for the rest of the page. */
import { genericAdapter } from './generic';
import { gmail } from './gmail';
import { hubspot } from './hubspot';
import { outlook } from './outlook';
import { pipedrive } from './pipedrive';
import { roundcube } from './roundcube';
import { salesforce } from './salesforce';
import type { SiteAdapter } from './site-adapter';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, hubspot, salesforce, pipedrive, roundcube];

export function adaptersFor(location: Location, doc?: Document): SiteAdapter[] {
  const site = SITE_ADAPTERS.find((s) => s.matches(location, doc));
  return site ? [site, genericAdapter(site.covers)] : [genericAdapter()];
}
