/**
 * Salesforce Lightning: a contact's or lead's name in the record's header and
 * its email fields in the details, read by the Lightning components
 * Salesforce's own UI test page objects (UTAM) name; see
 * tests/fixtures/salesforce/README.md. Lightning renders its components'
 * insides into the page (synthetic shadow), where the content script reads them.
 */
import { recordReader } from './crm-record';
import type { SiteAdapter } from './site-adapter';

const NAME = 'records-highlights2 [slot="primaryField"]';
/** An email field's link: the email client's own (`emailui-formatted-email-*`) or Lightning's plain one. */
const EMAIL_LINK = 'a.emailuiFormattedEmail, lightning-formatted-email a';
const EMAIL = `records-record-layout-item :is(${EMAIL_LINK})`;
/** The record's own Email field, by its API name: the same in every language and layout. */
const PRIMARY_EMAIL = ['Contact', 'Lead'].map((object) => `[data-target-selection-name="sfdc:RecordField.${object}.Email"] :is(${EMAIL_LINK})`).join(', ');

export const salesforce: SiteAdapter = {
  id: 'salesforce',
  matches: (location) => /\.(?:lightning\.force|my\.salesforce)\.com$/.test(location.hostname),
  // A contact's or a lead's record page; Lightning's other pages show no such record to check.
  checkedPaths: /^\/lightning\/r\/(?:Contact|Lead)\/\w+\/view/,
  anchors: {
    recordName: NAME,
    detailFields: 'records-record-layout-item[field-label]',
    emailField: EMAIL,
    primaryEmail: PRIMARY_EMAIL,
  },
  // The header's highlights repeat the address among the compact fields.
  ...recordReader({ name: NAME, email: EMAIL, primaryEmail: PRIMARY_EMAIL, alsoCovers: 'records-highlights2' }),
};
