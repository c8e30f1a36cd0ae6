// The signers: one row each, "Add signer", the signing order switch, and the request-level
// "SMS code before viewing", which only means something while a signer uses SMS.
import { t } from '../../shared/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SignTemplate } from '../../shared/messages';
import { FIELD, MAX_SIGNERS, type Passwords, type SignerDraft, type SignFormDraft, type SignFormErrors } from '../../ui/sign-form';
import type { RecentSigner } from './recent';
import { SignerRow } from './SignerRow';
import { ErrorAlert } from '../../ui/ErrorAlert';

export type SignerListProps = {
  draft: SignFormDraft;
  passwords: Passwords;
  defaultCountry: string;
  errors: SignFormErrors;
  template: SignTemplate | null;
  /** The template fixes its recipients: no rows added or removed, no order changed. */
  locked: boolean;
  recent: RecentSigner[];
  newSigner: () => SignerDraft;
  onChange: (draft: SignFormDraft) => void;
  onPassword: (id: string, password: string) => void;
  onBlur: () => void;
};

const EMAILS = 'recent-emails';
const PHONES = 'recent-phones';

export function SignerList(props: SignerListProps) {
  const { draft, errors } = props;
  const { signers, options } = draft;
  const emailInputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ id: string | null; n: number }>({ id: null, n: 0 });
  useEffect(() => {
    if (focus.n === 0) return;
    if (focus.id) emailInputs.current.get(focus.id)?.focus();
    else addButton.current?.focus();
  }, [focus]);

  const setSigners = (next: SignerDraft[]) => props.onChange({ ...draft, signers: next });
  const patch = (id: string, change: Partial<SignerDraft>) => {
    const next = signers.map((s) => (s.id === id ? { ...s, ...change } : s));
    // A recent signer picked from the suggestions brings their phone number along.
    if (change.email !== undefined) {
      const known = props.recent.find((r) => r.email.toLowerCase() === change.email!.trim().toLowerCase());
      const row = next.find((s) => s.id === id)!;
      if (known?.phone && row.phone === '') Object.assign(row, { phone: known.phone });
    }
    setSigners(next);
  };
  const add = () => {
    const signer = props.newSigner();
    if (options.ordered) signer.order = String(signers.length + 1);
    setSigners([...signers, signer]);
    setFocus((f) => ({ id: signer.id, n: f.n + 1 }));
  };
  const remove = (id: string) => {
    setSigners(signers.filter((s) => s.id !== id));
    setFocus((f) => ({ id: null, n: f.n + 1 }));
  };
  const setOrdered = (ordered: boolean) => {
    // Turning the order on numbers the signers as listed; each number can then be changed.
    const numbered = signers.map((s, i) => (ordered && s.order.trim() === '' ? { ...s, order: String(i + 1) } : s));
    props.onChange({ ...draft, signers: numbered, options: { ...options, ordered } });
  };

  const anySms = signers.some((s) => s.role !== 'final_copy_reader' && s.method === 'sms');
  const canAdd = !props.locked && signers.length < MAX_SIGNERS;
  return (
    <div class="signers">
      {signers.map((signer, index) => (
        <SignerRow
          key={signer.id}
          index={index}
          count={signers.length}
          signer={signer}
          password={props.passwords[signer.id] ?? ''}
          ordered={options.ordered}
          defaultCountry={props.defaultCountry}
          errors={errors}
          templateRow={props.template?.signers[index] ?? null}
          locked={props.locked && index < (props.template?.signers.length ?? 0)}
          emailList={EMAILS}
          phoneList={PHONES}
          onChange={(change) => patch(signer.id, change)}
          onPassword={(password) => props.onPassword(signer.id, password)}
          onBlur={props.onBlur}
          onRemove={signers.length > 1 && !props.locked ? () => remove(signer.id) : null}
          emailRef={(input) => (input ? emailInputs.current.set(signer.id, input) : emailInputs.current.delete(signer.id))}
        />
      ))}
      <ErrorAlert message={errors[FIELD.signers]} />
      {anySms && (
        <label class="choice">
          <input
            type="checkbox"
            checked={options.requirePhoneToView}
            onChange={(event) => props.onChange({ ...draft, options: { ...options, requirePhoneToView: event.currentTarget.checked } })}
          />
          {signers.length > 1 ? t('requirePhoneToViewMany') : t('requirePhoneToViewOne')}
        </label>
      )}
      <div class="signer-actions">
        {canAdd && (
          <button type="button" ref={addButton} onClick={add}>
            {t('addSigner')}
          </button>
        )}
        {(signers.length > 1 || options.ordered) && !props.locked && (
          <label class="choice">
            <input type="checkbox" checked={options.ordered} onChange={(event) => setOrdered(event.currentTarget.checked)} />
            {t('signInOrder')}
          </label>
        )}
      </div>
      <datalist id={EMAILS}>
        {props.recent.map((r) => (
          <option key={r.email} value={r.email} />
        ))}
      </datalist>
      <datalist id={PHONES}>
        {[...new Set(props.recent.flatMap((r) => (r.phone ? [r.phone] : [])))].map((phone) => (
          <option key={phone} value={phone} />
        ))}
      </datalist>
    </div>
  );
}
