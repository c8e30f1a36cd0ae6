// The organisation's Box web app, from its policy: where the options page sends people to find their files.
import type { ManagedPolicy } from '../shared/settings';

/** The Box web app the organisation uses: `https://acme.app.box.com`, `https://acme.ent.box.com`, or `https://app.box.com`. */
export function boxWebOrigin(managed: Pick<ManagedPolicy, 'enterpriseSubdomain' | 'verifiedEnterprise'>): string {
  const service = managed.verifiedEnterprise ? 'ent' : 'app';
  return `https://${managed.enterpriseSubdomain ? `${managed.enterpriseSubdomain}.` : ''}${service}.box.com`;
}
