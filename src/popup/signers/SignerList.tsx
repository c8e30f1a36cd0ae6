// The signers: one row each, "Add signer", the signing order switch, and the request-level
// "SMS code before viewing", which only means something while a signer uses SMS.
import { t } from '../../shared/i18n';
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SignTemplate } from '../../shared/messages';
import { FIELD, MAX_SIGNERS, type Passwords, type SignerDraft, type SignFormDraft, type SignFormContext, type SignFormErrors } from '../../ui/sign-form-fields';
import type { RecentSigner } from './recent';
import type { SignerGuard } from './useSignerGuard';
import { SignerRow } from './SignerRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { rowPolicy } from '../form/policy-engine';
import { whenIdle } from '../../ui/lazy';
import { preloadGuardControls } from './guard-controls';

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
  /** The organisation's rules and the files' labels; null without rules. */
  policy: SignFormContext['policy'] | null;
  guard: SignerGuard;
};

const EMAILS = 'recent-emails';
const PHONES = 'recent-phones';

export function SignerList(props: SignerListProps) {
  const { draft, errors, locked } = props;
  const { signers, options } = draft;
  const focus = useRowFocus();
  const edit = signerEdits(props, focus);
  useEffect(() => whenIdle(() => void preloadGuardControls().catch(() => undefined)), []);
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
          locked={locked && index < (props.template?.signers.length ?? 0)}
          policy={rowPolicy(props.policy ?? null, signer.email)}
          emailList={EMAILS}
          phoneList={PHONES}
          onChange={(change) => edit.patch(signer.id, change)}
          onPassword={(password) => props.onPassword(signer.id, password)}
          onBlur={props.onBlur}
          onRemove={signers.length > 1 && !locked ? () => edit.remove(signer.id) : null}
          emailRef={focus.emailRef(signer.id)}
          guard={props.guard.row(signer)}
        />
      ))}
      <ErrorAlert message={errors[FIELD.signers]} />
      <ListChoices draft={draft} locked={locked} onChange={props.onChange} edit={edit} addButton={focus.addButton} />
      <RecentLists recent={props.recent} />
    </div>
  );
}

type ListChoicesProps = Pick<SignerListProps, 'draft' | 'locked' | 'onChange'> & {
  edit: ReturnType<typeof signerEdits>;
  addButton: Ref<HTMLButtonElement>;
};

/** "SMS code before viewing" (only while a signer uses SMS), "Add signer", and "Sign in order". */
function ListChoices({ draft, locked, onChange, edit, addButton }: ListChoicesProps) {
  const { signers, options } = draft;
  const anySms = signers.some((s) => s.role !== 'final_copy_reader' && s.method === 'sms');
  return (
    <>
      {anySms && (
        <label class="choice">
          <input
            type="checkbox"
            checked={options.requirePhoneToView}
            onChange={(event) => onChange({ ...draft, options: { ...options, requirePhoneToView: event.currentTarget.checked } })}
          />
          {signers.length > 1 ? t('requirePhoneToViewMany') : t('requirePhoneToViewOne')}
        </label>
      )}
      <div class="signer-actions">
        {!locked && signers.length < MAX_SIGNERS && (
          <button type="button" ref={addButton} onClick={edit.add}>
            {t('addSigner')}
          </button>
        )}
        {(signers.length > 1 || options.ordered) && !locked && (
          <label class="choice">
            <input type="checkbox" checked={options.ordered} onChange={(event) => edit.setOrdered(event.currentTarget.checked)} />
            {t('signInOrder')}
          </label>
        )}
      </div>
    </>
  );
}

type RowFocus = ReturnType<typeof useRowFocus>;

/** After a row is added its email takes the focus; after one is removed, "Add signer" does. */
function useRowFocus() {
  const emailInputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ id: string | null; n: number }>({ id: null, n: 0 });
  useEffect(() => {
    if (focus.n === 0) return;
    if (focus.id) emailInputs.current.get(focus.id)?.focus();
    else addButton.current?.focus();
  }, [focus]);
  return {
    addButton,
    emailRef: (id: string) => (input: HTMLInputElement | null) => (input ? emailInputs.current.set(id, input) : emailInputs.current.delete(id)),
    focusEmail: (id: string) => setFocus((f) => ({ id, n: f.n + 1 })),
    focusAdd: () => setFocus((f) => ({ id: null, n: f.n + 1 })),
  };
}

function signerEdits(props: SignerListProps, focus: RowFocus) {
  const { draft } = props;
  const { signers, options } = draft;
  const setSigners = (next: SignerDraft[]) => props.onChange({ ...draft, signers: next });
  return {
    patch: (id: string, change: Partial<SignerDraft>) => {
      const next = signers.map((s) => (s.id === id ? { ...s, ...change } : s));
      // A recent signer picked from the suggestions brings their phone number along.
      if (change.email !== undefined) {
        const known = props.recent.find((r) => r.email.toLowerCase() === change.email!.trim().toLowerCase());
        const row = next.find((s) => s.id === id)!;
        if (known?.phone && row.phone === '') Object.assign(row, { phone: known.phone });
      }
      setSigners(next);
    },
    add: () => {
      const signer = props.newSigner();
      if (options.ordered) signer.order = String(signers.length + 1);
      setSigners([...signers, signer]);
      focus.focusEmail(signer.id);
    },
    remove: (id: string) => {
      setSigners(signers.filter((s) => s.id !== id));
      focus.focusAdd();
    },
    setOrdered: (ordered: boolean) => {
      // Turning the order on numbers the signers as listed; each number can then be changed.
      const numbered = signers.map((s, i) => (ordered && s.order.trim() === '' ? { ...s, order: String(i + 1) } : s));
      props.onChange({ ...draft, signers: numbered, options: { ...options, ordered } });
    },
  };
}

/** The recent signers' emails and phone numbers, suggested in the email and phone fields. */
function RecentLists({ recent }: { recent: RecentSigner[] }) {
  return (
    <>
      <datalist id={EMAILS}>
        {recent.map((r) => (
          <option key={r.email} value={r.email} />
        ))}
      </datalist>
      <datalist id={PHONES}>
        {[...new Set(recent.flatMap((r) => (r.phone ? [r.phone] : [])))].map((phone) => (
          <option key={phone} value={phone} />
        ))}
      </datalist>
    </>
  );
}
