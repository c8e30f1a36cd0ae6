// The signer guard's controls beside a row's fields: the confirmations a landline or a changed
// number needs, forgetting a signer's number, and the password's meter, Generate and Copy. Loaded
// apart (guard-controls.ts): the form is usable without them, and they appear a moment after it.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { generatePassword } from '../../ui/password/generate';
import { copyForAMinute, writeOnlyClipboard } from '../../ui/password/clipboard';
import { STRENGTH_BITS } from '../../ui/password/strength-levels';
import type { RowGuard } from './useSignerGuard';

const LEVEL_WORDS = [t('strength0'), t('strength1'), t('strength2'), t('strength3')];

/** Ticks for a landline and a changed number, and "Forget this signer's number". */
export function PhoneConfirmations({ guard, idPrefix }: { guard: RowGuard; idPrefix: string }) {
  const { notes, confirmed } = guard;
  return (
    <>
      {notes.landline && (
        <label class="choice confirm">
          <input type="checkbox" id={`${idPrefix}-landline-ok`} checked={confirmed.landline} onChange={(e) => guard.confirm('landline', e.currentTarget.checked)} />
          {t('guardLandlineConfirm')}
        </label>
      )}
      {notes.changed && (
        <>
          <label class="choice confirm">
            <input type="checkbox" id={`${idPrefix}-changed-ok`} checked={confirmed.changed} onChange={(e) => guard.confirm('changed', e.currentTarget.checked)} />
            {t('guardPhoneChangedConfirm')}
          </label>
          <button type="button" class="link" onClick={guard.forget}>
            {t('guardForgetSigner')}
          </button>
        </>
      )}
    </>
  );
}

type PasswordToolsProps = { guard: RowGuard; id: string; n: number; several: boolean; password: string; onPassword: (password: string) => void };

/** The strength meter, Generate (a strong, readable password) and Copy (cleared from the clipboard after a minute). */
export function PasswordTools({ guard, id, n, several, password, onPassword }: PasswordToolsProps) {
  const [copied, setCopied] = useState(false);
  const strength = guard.notes.password?.strength ?? null;
  const copy = () =>
    void copyForAMinute(password, writeOnlyClipboard(), guard.clearClipboardLater).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div class="password-tools">
      {strength && (
        <span class="strength">
          <meter id={`${id}-strength`} min={0} max={STRENGTH_BITS[3]} low={STRENGTH_BITS[2]} high={STRENGTH_BITS[3] - 1} optimum={STRENGTH_BITS[3]} value={Math.min(strength.bits, STRENGTH_BITS[3])} aria-label={t('strengthLabel', LEVEL_WORDS[strength.level]!)} />
          <span class="hint" aria-live="polite">
            {t('strengthLabel', LEVEL_WORDS[strength.level]!)}
          </span>
        </span>
      )}
      <button
        type="button"
        aria-label={several ? t('generatePasswordN', n) : undefined}
        onClick={() => {
          setCopied(false);
          onPassword(generatePassword());
        }}
      >
        {t('generatePassword')}
      </button>
      {password !== '' && (
        <button type="button" onClick={copy} aria-describedby={copied ? `${id}-copied` : undefined}>
          {t('copyPassword')}
        </button>
      )}
      <span id={`${id}-copied`} class="hint" role="status">
        {copied ? t('passwordCopied') : ''}
      </span>
    </div>
  );
}
