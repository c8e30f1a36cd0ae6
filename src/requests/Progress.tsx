// One mark per signer, coloured and shaped by state (so colour is never the only cue), with the same
// in words for screen readers: a list of 200 requests can be scanned at a glance.
import { t } from '../shared/i18n';
import type { ListedSigner } from '../shared/requests-cache';

const MARK = { waiting: '○', viewed: '◐', signed: '✓', declined: '✕' } as const;

export function progressWords(signers: readonly ListedSigner[]): string {
  const count = (state: ListedSigner['state']) => signers.filter((s) => s.state === state).length;
  const parts = [t('reqProgressSigned', count('signed'), signers.length)];
  if (count('declined')) parts.push(t('reqProgressDeclined', count('declined')));
  if (count('viewed')) parts.push(t('reqProgressViewed', count('viewed')));
  if (count('waiting')) parts.push(t('reqProgressWaiting', count('waiting')));
  return parts.join(', ');
}

export function Progress({ signers }: { signers: readonly ListedSigner[] }) {
  if (signers.length === 0) return null;
  return (
    <span class="progress" role="img" aria-label={progressWords(signers)}>
      {signers.map((s, i) => (
        <span key={i} class={`mark mark-${s.state}`} aria-hidden="true">{MARK[s.state]}</span>
      ))}
    </span>
  );
}
