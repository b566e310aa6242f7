/**
 * Whether an address is under a domain reserved for examples (RFC 2606 and
 * RFC 6761): example.com, .org and .net and their subdomains, and the .example
 * and .test top-level domains. No real person can have one, so the demo data
 * uses them alone, and the demo page shows nobody else.
 */
const RESERVED = /(^|\.)(example\.(com|org|net)|example|test)$/;

export function isExampleAddress(email: string): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && RESERVED.test(email.slice(at + 1).toLowerCase());
}
