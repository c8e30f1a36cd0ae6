// What describes a labelled control to assistive tech: its hint, the organisation's lock note, a
// warning (the signer guard's: it does not stop the form, unlike an error) and its error, each with an
// id the control lists in `aria-describedby`, always in that order.
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

export type Notes = { hint?: ComponentChildren; locked?: boolean; warning?: ComponentChildren; error?: string | undefined };

/** The ids of the notes that are shown, for `aria-describedby`; undefined when there are none. */
export function describedBy(id: string, { hint, locked, warning, error }: Notes): string | undefined {
  const ids = [hint ? `${id}-hint` : null, locked ? `${id}-locked` : null, warning ? `${id}-warning` : null, error ? `${id}-error` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

export function FieldNotes({ id, hint, locked, warning, error }: Notes & { id: string }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {locked && (
        <span id={`${id}-locked`} class="locked">
          {t('lockedByOrg')}
        </span>
      )}
      {warning && (
        <span id={`${id}-warning`} class="warning">
          {warning}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="error">
          {error}
        </span>
      )}
    </>
  );
}
