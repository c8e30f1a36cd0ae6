// Each person on a request: state (waiting, viewed, signed, declined with the reason Box gives),
// role, how Box checks who they are, and their place in the order.
import { t } from '../shared/i18n';
import type { ListedSigner } from '../shared/requests-cache';
import { formatDate, methodLabel, roleLabel, signerState } from './words';

export function SignerTable({ signers }: { signers: readonly ListedSigner[] }) {
  if (signers.length === 0) return <p class="muted">{t('reqNoSigners')}</p>;
  const ordered = new Set(signers.map((s) => s.order)).size > 1;
  return (
    <table class="signers">
      <caption class="visually-hidden">{t('reqSignersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reqColSigner')}</th>
          <th scope="col">{t('reqColState')}</th>
          <th scope="col">{t('reqColRole')}</th>
          <th scope="col">{t('reqColMethod')}</th>
          <th scope="col">{t('reqColOrder')}</th>
        </tr>
      </thead>
      <tbody>
        {signers.map((s, i) => (
          <tr key={i} class={`signer-${s.state}`}>
            <th scope="row">{s.email || '—'}</th>
            <td>
              {signerState(s.state)}
              {s.decidedAt !== null && <span class="muted"> · {formatDate(s.decidedAt)}</span>}
              {s.state === 'declined' && (
                <div class="decline-reason">{s.reason ? t('reqDeclineReason', s.reason) : t('reqDeclineNoReason')}</div>
              )}
            </td>
            <td>{roleLabel(s.role)}{s.inPerson ? ` · ${t('reqInPerson')}` : ''}</td>
            <td>{methodLabel(s.method)}</td>
            <td>{ordered ? s.order : t('reqOrderAny')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
