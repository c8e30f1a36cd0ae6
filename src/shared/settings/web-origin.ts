// The organisation's Box web app, from its policy. For the options page only: a module of its own, so
// the build leaves it out of the chunk the service worker loads with the rest of the policy.
import type { ManagedPolicy } from './policy';

/** The Box web app the organisation uses: `https://acme.app.box.com`, `https://acme.ent.box.com`, or `https://app.box.com`. */
export function boxWebOrigin(managed: Pick<ManagedPolicy, 'enterpriseSubdomain' | 'verifiedEnterprise'>): string {
  const service = managed.verifiedEnterprise ? 'ent' : 'app';
  return `https://${managed.enterpriseSubdomain ? `${managed.enterpriseSubdomain}.` : ''}${service}.box.com`;
}
