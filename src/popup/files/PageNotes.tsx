import { t } from '../../shared/i18n';

/**
 * Why something the user pointed at is not offered (a Box Note, a folder, a shared link Box
 * could not open), so a missing item is explained rather than silently left out.
 */
export function PageNotes({ notes, resolveError }: { notes: string[]; resolveError: string | null }) {
  return (
    <>
      {resolveError && (
        <p class="notice warn" role="alert">
          {resolveError}
        </p>
      )}
      {notes.length > 0 && (
        <div class="page-notes hint">
          <p>{t('notOffered')}</p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
