// What an organisation's policy (storage.managed) sets, as policy.ts parses it, and the empty one:
// apart from both the parser and effective.ts, which loads the parser only when there is a policy.
import type { PolicyRules } from './policy-rules';
import type { Settings } from './schema';

export type ManagedPolicy = {
  /** The organisation's Box app: pre-filled and locked on the options page. */
  clientId: string | null;
  /** The app's client secret, if the organisation hands it out by policy (see managed_schema.json). */
  clientSecret: string | null;
  /** `acme` for `acme.app.box.com` (or `acme.ent.box.com` for a Verified Enterprise). */
  enterpriseSubdomain: string | null;
  /** Box Verified Enterprise: its users sign in through `ent.box.com` [auth.md §1]. */
  verifiedEnterprise: boolean;
  /** Defaults the organisation sets: they override the user's and are locked. */
  settings: Readonly<Partial<Settings>>;
  /** Rules the organisation enforces: the popup obeys them and the background refuses what breaks them. */
  rules: Readonly<PolicyRules>;
  /** Policy keys that were set but invalid, and so ignored (shown for support). */
  ignored: readonly string[];
};

export const NO_POLICY: ManagedPolicy = Object.freeze({
  clientId: null,
  clientSecret: null,
  enterpriseSubdomain: null,
  verifiedEnterprise: false,
  settings: Object.freeze({}),
  rules: Object.freeze({}),
  ignored: Object.freeze([]),
});
