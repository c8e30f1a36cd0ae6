// Defaults for new sign requests, saved to storage.sync as soon as each one changes. Values the
// organisation sets by policy are shown, disabled, with "Set by your organisation"; the user's own
// value stays stored underneath and returns if the policy goes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { effectiveSettings, loadSettings, readSettings, saveSettings, type ManagedPolicy, type Settings } from '../shared/settings';
import { unverifiedFields } from '../ui/settings-guard';
import type { StorageArea } from '../shared/storage-area';
import { ErrorAlert } from '../ui/ErrorAlert';
import { RequestDefaults } from './RequestDefaults';
import { SignerDefaults } from './SignerDefaults';
import { useTextSettings } from './useTextSettings';

export type DefaultsSectionProps = { settingsArea: StorageArea; policy: ManagedPolicy; requestNotifications: () => Promise<boolean> };

export function DefaultsSection({ settingsArea, policy, requestNotifications }: DefaultsSectionProps) {
  const text = useTextSettings();
  const { user, latest, save, saveState } = useStoredSettings(settingsArea, policy, (loaded) => text.show(effectiveSettings(loaded, policy).settings));
  const unverified = useUnverified(settingsArea);
  if (user === null || !text.shown) return null;
  const shown = effectiveSettings(user, policy);
  const unconfirmed = unverified.length > 0 && saveState === 'idle';
  const saving = { ...shown, latest, save };

  return (
    <section aria-labelledby="defaults-title">
      <h2 id="defaults-title">{t('defaultsTitle')}</h2>
      <p class="hint">{t('defaultsIntro')}</p>
      {unconfirmed ? <p class="notice" role="note">{t('settingsNotConfirmed')}</p> : null}
      <SignerDefaults {...shown} userMethod={user.defaultMethod} save={save} />
      <RequestDefaults {...shown} save={save} textField={(key) => text.field(key, saving)} requestNotifications={requestNotifications} />
      <p role="status" class="ok">
        {saveState === 'saved' ? t('saved') : ''}
      </p>
      <ErrorAlert message={saveState === 'failed' ? t('saveFailed') : null} />
    </section>
  );
}

/** The user's own settings, read once, and `save`, which writes every change, in order. */
function useStoredSettings(settingsArea: StorageArea, policy: ManagedPolicy, onLoad: (settings: Settings) => void) {
  const [user, setUser] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<'idle' | 'saved' | 'failed'>('idle');
  // The latest user settings, so two quick changes never save from a stale copy.
  const current = useRef<Settings | null>(null);
  const latest = () => (current.current ?? user)!;

  useEffect(() => {
    const show = (settings: Settings) => {
      current.current = settings;
      setUser(settings);
      onLoad(settings);
    };
    loadSettings(settingsArea).then(show, () => show(readSettings(undefined)));
  }, [settingsArea, policy]);

  const save = (patch: Partial<Settings>) => {
    const next = { ...latest(), ...patch };
    current.current = next;
    setUser(next);
    setSaveState('idle'); // so a second "Saved" is announced again
    // Every change is written, in order; only non-default values are stored (saveSettings).
    saveSettings(settingsArea, next).then(
      () => setSaveState('saved'),
      () => setSaveState('failed'),
    );
  };
  return { user, latest, save, saveState };
}

/** Signer-protecting defaults this computer could not confirm (settings/guard.ts): the page says why they were reset. */
function useUnverified(settingsArea: StorageArea): string[] {
  const [fields, setFields] = useState<string[]>([]);
  useEffect(() => {
    unverifiedFields(settingsArea).then(setFields, () => setFields([]));
  }, [settingsArea]);
  return fields;
}
