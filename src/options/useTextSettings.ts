// The defaults typed as text: what the user typed stays as typed until they leave the field, then
// it is checked with the setting's schema and saved, or its error shown beside it.
import { parseBoxUrl } from '../shared/box-urls';
import { t } from '../shared/i18n';
import { SettingsFields, type EffectiveSettings, type Settings } from '../shared/settings';
import { useState } from 'preact/hooks';

/** The settings typed as text; each is checked with its field schema when the user leaves it. */
export type TextKey = 'defaultParentFolderId' | 'emailSubject' | 'emailMessage' | 'daysValid';

/** What a text field needs to save: the settings shown, and the user's own latest ones to save onto. */
type Saving = EffectiveSettings & { latest: () => Settings; save: (patch: Partial<Settings>) => void };

function toText(settings: Settings): Record<TextKey, string> {
  return {
    defaultParentFolderId: settings.defaultParentFolderId ?? '',
    emailSubject: settings.emailSubject ?? '',
    emailMessage: settings.emailMessage ?? '',
    daysValid: settings.daysValid === null ? '' : String(settings.daysValid),
  };
}

/** What the user typed, as the field's value: empty is null (Box's default); a folder link gives its ID. */
function fromText(key: TextKey, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (key === 'daysValid') return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  if (key === 'defaultParentFolderId' && /^https?:/i.test(trimmed)) {
    const place = parseBoxUrl(trimmed);
    return place.kind === 'folder' ? place.folderId : trimmed;
  }
  return trimmed;
}

export function useTextSettings() {
  const [text, setText] = useState<Record<TextKey, string> | null>(null);
  const [errors, setErrors] = useState<Partial<Record<TextKey, string>>>({});

  const commit = (key: TextKey, { settings, locked, latest, save }: Saving) => {
    if (locked[key] || text === null) return;
    const parsed = SettingsFields[key].safeParse(fromText(key, text[key]));
    if (!parsed.success) {
      setErrors((old) => ({ ...old, [key]: parsed.error.issues[0]?.message ?? t('checkValue') }));
      return;
    }
    setErrors((old) => ({ ...old, [key]: undefined }));
    setText((old) => old && { ...old, [key]: toText({ ...settings, [key]: parsed.data } as Settings)[key] });
    if (parsed.data !== latest()[key]) save({ [key]: parsed.data } as Partial<Settings>);
  };

  return {
    shown: text !== null,
    /** Fills the fields with the settings that apply (the organisation's where it sets them). */
    show: (settings: Settings) => setText(toText(settings)),
    /** The TextField props of one setting. Typing clears its error; leaving the field checks and saves it. */
    field: (key: TextKey, saving: Saving) => ({
      value: text?.[key] ?? '',
      onInput: (value: string) => {
        setText((old) => old && { ...old, [key]: value });
        if (errors[key]) setErrors((old) => ({ ...old, [key]: undefined }));
      },
      onCommit: () => commit(key, saving),
      error: errors[key],
      locked: saving.locked[key],
    }),
  };
}
