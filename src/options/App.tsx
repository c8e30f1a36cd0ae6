// The options page: connect a Box account, and the defaults for new requests. What the
// organisation sets by policy (storage.managed) is read first, so nothing shows and then changes.
import { useEffect, useState } from 'preact/hooks';
import { boxWebOrigin, readManagedPolicy, SETTING_KEYS, type ManagedPolicy } from '../shared/settings';
import { ConnectionSection } from './ConnectionSection';
import { DefaultsSection } from './DefaultsSection';
import type { OptionsDeps } from './deps';

export function OptionsApp(props: OptionsDeps) {
  const [policy, setPolicy] = useState<ManagedPolicy | null>(null);

  useEffect(() => {
    // readManaged never rejects in the real browser; a fake that does means "no policy".
    props.readManaged().then(
      (raw) => setPolicy(readManagedPolicy(raw)),
      () => setPolicy(readManagedPolicy(undefined)),
    );
  }, [props.readManaged]);

  return (
    <main class="options">
      <h1>Secure Sign for Box</h1>
      {policy && <OrganisationNotice policy={policy} />}
      {policy && (
        <>
          <ConnectionSection background={props.background} redirectUri={props.redirectUri} managed={policy} />
          <DefaultsSection settingsArea={props.settingsArea} policy={policy} requestNotifications={props.requestNotifications} />
        </>
      )}
    </main>
  );
}

/** Says that the organisation manages the extension, and what in its policy could not be used. */
function OrganisationNotice({ policy }: { policy: ManagedPolicy }) {
  const managesSomething =
    policy.clientId !== null ||
    policy.clientSecret !== null ||
    policy.enterpriseSubdomain !== null ||
    policy.verifiedEnterprise ||
    SETTING_KEYS.some((key) => policy.settings[key] !== undefined);
  if (!managesSomething && policy.ignored.length === 0) return null;
  const origin = boxWebOrigin(policy);
  return (
    <div class="notice" aria-labelledby="organisation-title">
      <p id="organisation-title">
        <strong>Managed by your organisation.</strong> Settings it sets are marked “Set by your organisation” and cannot be
        changed here.
      </p>
      {(policy.enterpriseSubdomain !== null || policy.verifiedEnterprise) && (
        <p>
          Your organisation’s Box: <a href={origin} target="_blank" rel="noreferrer">{origin.replace('https://', '')}</a>
          {policy.verifiedEnterprise ? ' (Box Verified Enterprise: you sign in through ent.box.com).' : ''}
        </p>
      )}
      {policy.ignored.length > 0 && (
        <p class="hint">
          Your organisation’s policy has values this version cannot use, so they are ignored: {policy.ignored.join(', ')}.
          Tell your IT team.
        </p>
      )}
    </div>
  );
}
