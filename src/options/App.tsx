// The options page: connect a Box account, and the defaults for new requests. What the
// organisation sets by policy (storage.managed) is read first, so nothing shows and then changes.
import { useEffect, useState } from 'preact/hooks';
import { readManagedPolicy, SETTING_KEYS, type ManagedPolicy } from '../shared/settings';
import { PolicyRulesList } from './PolicyRules';
import { boxWebOrigin } from './box-web-origin';
import { t } from '../shared/i18n';
import { tNodes } from '../ui/rich';
import { ConnectionSection } from './ConnectionSection';
import { DefaultsSection } from './DefaultsSection';
import { CompanyBoxHosts } from './CompanyBoxHosts';
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
      <h1>{t('extName')}</h1>
      {policy && <OrganisationNotice policy={policy} />}
      {policy && (
        <>
          <ConnectionSection background={props.background} redirectUri={props.redirectUri} managed={policy} />
          <DefaultsSection settingsArea={props.settingsArea} policy={policy} requestNotifications={props.requestNotifications} />
          {props.hostAccess && <CompanyBoxHosts access={props.hostAccess} />}
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
    SETTING_KEYS.some((key) => policy.settings[key] !== undefined) ||
    Object.keys(policy.rules).length > 0;
  if (!managesSomething && policy.ignored.length === 0) return null;
  const origin = boxWebOrigin(policy);
  return (
    <div class="notice" aria-labelledby="organisation-title">
      <p id="organisation-title">
        <strong>{t('orgManagedTitle')}</strong> {t('orgManagedBody')}
      </p>
      {(policy.enterpriseSubdomain !== null || policy.verifiedEnterprise) && (
        <p>
          {tNodes(
            policy.verifiedEnterprise ? 'orgBoxVerified' : 'orgBox',
            <a href={origin} target="_blank" rel="noreferrer">
              {origin.replace('https://', '')}
            </a>,
          )}
        </p>
      )}
      <PolicyRulesList rules={policy.rules} />
      {policy.ignored.length > 0 && <p class="hint">{t('orgIgnored', policy.ignored.join(', '))}</p>}
    </div>
  );
}
