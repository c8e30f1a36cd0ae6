// "Company Box address": the content script runs on app.box.com, *.app.box.com and *.ent.box.com for
// everyone; a company address like acme.box.com needs the user's leave, one host at a time (an
// optional host permission). The background registers the script on what is granted.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { customBoxHost } from '../shared/custom-box-host';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

/** The company hosts the extension may run on (platform/company-hosts.ts, `companyHostAccess`). */
export interface HostAccess {
  list(): Promise<string[]>;
  /** Must be called straight from the click (a user gesture), before anything is awaited. */
  request(host: string): Promise<boolean>;
  remove(host: string): Promise<boolean>;
}

export function CompanyBoxHosts({ access }: { access: HostAccess }) {
  const [hosts, setHosts] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState<string | null>(null);
  const refresh = () => access.list().then(setHosts, () => setHosts([]));
  useEffect(() => void refresh(), [access]);

  const add = (event: Event) => {
    event.preventDefault();
    const host = customBoxHost(input);
    if (host === null) return setFieldError(t('companyHostInvalid'));
    setFieldError(undefined);
    setFailed(null);
    access.request(host).then(
      (granted) => {
        if (granted) setInput('');
        else setFailed(t('companyHostDenied', host));
        return refresh();
      },
      () => setFailed(t('companyHostDenied', host)),
    );
  };

  return (
    <section aria-labelledby="company-hosts-title">
      <h2 id="company-hosts-title">{t('companyHostTitle')}</h2>
      <p class="hint">{t('companyHostIntro')}</p>
      {hosts.length > 0 && (
        <ul aria-label={t('companyHostListLabel')}>
          {hosts.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" class="link" onClick={() => void access.remove(host).then(refresh, refresh)} aria-label={t('companyHostRemoveLabel', host)}>
                {t('companyHostRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <TextField id="company-host" label={t('companyHostLabel')} value={input} onInput={setInput} error={fieldError} hint={t('companyHostHint')} />
        <button type="submit">{t('companyHostAllow')}</button>
      </form>
      <ErrorAlert message={failed} />
    </section>
  );
}
