// One signer: email, role, place in the signing order, and how they prove who they are.
// With one signer the labels are today's ("Signer email", "Phone number"); with several they are
// numbered ("Signer 2 email") so every control has a name of its own.
import { t } from '../../shared/i18n';
import type { SignTemplate } from '../../shared/messages';
import { FIELD, regionName, type SignerDraft, type SignFormErrors } from '../../ui/sign-form';
import type { SignerRole } from '../../shared/sign-request/limits';
import { TextField } from '../../ui/TextField';
import { MethodChoice } from './MethodChoice';
import { PasswordField } from './PasswordField';
import { SelectField } from '../../ui/SelectField';
import { ErrorAlert } from '../../ui/ErrorAlert';

export const ROLE_LABELS: Record<SignerRole, string> = {
  signer: t('roleSigner'),
  approver: t('roleApprover'),
  final_copy_reader: t('roleFinalCopyReader'),
};
const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));

export type SignerRowProps = {
  index: number;
  count: number;
  signer: SignerDraft;
  password: string;
  ordered: boolean;
  defaultCountry: string;
  errors: SignFormErrors;
  /** The template's recipient this row fills, and whether the template fixes its recipients. */
  templateRow: SignTemplate['signers'][number] | null;
  locked: boolean;
  /** Ids of the recent emails / phones datalists. */
  emailList: string;
  phoneList: string;
  onChange: (patch: Partial<SignerDraft>) => void;
  onPassword: (password: string) => void;
  onBlur: () => void;
  /** Null when the row cannot be removed (the only signer, or fixed by a template). */
  onRemove: (() => void) | null;
  emailRef: (input: HTMLInputElement | null) => void;
};

/** Input ids: the first signer keeps today's ids, the others are numbered. */
export function signerFieldId(index: number, field: string): string {
  return index === 0 ? `signer-${field}` : `signer-${index + 1}-${field}`;
}

export function SignerRow(props: SignerRowProps) {
  const { index, count, signer, errors, templateRow } = props;
  const n = index + 1;
  const several = count > 1;
  const name = (one: string, many: string) => (several ? many : one);
  const id = (field: string) => signerFieldId(index, field);
  const presetEmail = templateRow?.email ?? null;
  // A recipient the template defines with its own SMS number or password: the template's is used.
  const templateSecured = presetEmail !== null && (templateRow!.phoneRequired || templateRow!.passwordRequired);
  const reader = signer.role === 'final_copy_reader';
  const legend = templateRow?.label ? t('signerNLabel', n, templateRow.label) : t('signerN', n);

  return (
    <fieldset class={several ? 'signer several' : 'signer'} aria-label={several ? undefined : t('signerGroup')}>
      {several && <legend>{legend}</legend>}
      <TextField
        id={id('email')}
        label={name(t('signerEmail'), t('signerNEmail', n))}
        type="email"
        inputMode="email"
        autoComplete="off"
        list={props.emailList}
        value={signer.email}
        readOnly={props.locked && presetEmail !== null}
        onInput={(email) => props.onChange({ email })}
        onBlur={props.onBlur}
        hint={templateRow && presetEmail === null ? t('placeholderHint') : undefined}
        error={errors[FIELD.email(index)]}
        inputRef={props.emailRef}
      />
      <div class="signer-line">
        <SelectField
          id={id('role')}
          label={name(t('roleLabel'), t('signerNRole', n))}
          value={signer.role}
          options={ROLE_OPTIONS}
          disabled={props.locked}
          onChange={(role) => props.onChange({ role: role as SignerRole })}
          error={errors[FIELD.role(index)]}
        />
        {props.ordered && (
          <TextField
            id={id('order')}
            label={name(t('orderLabel'), t('signerNOrder', n))}
            inputMode="numeric"
            autoComplete="off"
            value={signer.order}
            disabled={props.locked}
            onInput={(order) => props.onChange({ order })}
            onBlur={props.onBlur}
            error={errors[FIELD.order(index)]}
          />
        )}
      </div>
      {reader ? (
        <p class="hint">{t('readerHint')}</p>
      ) : templateSecured ? (
        <p class="hint">{templateRow!.phoneRequired ? t('templateOwnSms', presetEmail) : t('templateOwnPassword', presetEmail)}</p>
      ) : (
        <Verification {...props} id={id} name={name} n={n} />
      )}
      {props.onRemove && (
        <button type="button" class="link remove" aria-label={t('removeSignerN', n)} onClick={props.onRemove}>
          {t('remove')}
        </button>
      )}
    </fieldset>
  );
}

type VerificationProps = SignerRowProps & { id: (field: string) => string; name: (one: string, many: string) => string; n: number };

function Verification(props: VerificationProps) {
  const { signer, errors, index, id, name, n } = props;
  const canAddPassword = signer.method === 'sms' || signer.method === 'login';
  const askPassword = signer.method === 'password' || (canAddPassword && signer.addPassword);
  return (
    <>
      <MethodChoice
        name={`method-${signer.id}`}
        legend={name(t('howProve'), t('howProveN', n))}
        method={signer.method}
        onChange={(method) => props.onChange({ method })}
      />
      {signer.method === 'sms' && (
        <TextField
          id={id('phone')}
          label={name(t('phoneLabel'), t('signerNPhone', n))}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          list={props.phoneList}
          value={signer.phone}
          onInput={(phone) => props.onChange({ phone })}
          onBlur={props.onBlur}
          hint={t('phoneHint', regionName(props.defaultCountry))}
          error={errors[FIELD.phone(index)]}
        />
      )}
      {signer.method === 'login' && <p class="hint">{t('loginHint')}</p>}
      {/* A template asks for an SMS code while another method is chosen: say so next to the choice. */}
      {signer.method !== 'sms' && <ErrorAlert message={errors[FIELD.phone(index)]} />}
      {canAddPassword && (
        <label class="choice">
          <input type="checkbox" checked={signer.addPassword} onChange={(event) => props.onChange({ addPassword: event.currentTarget.checked })} />
          {name(t('alsoPassword'), t('alsoPasswordN', n))}
        </label>
      )}
      {askPassword && (
        <PasswordField
          id={id('password')}
          label={name(t('passwordLabel'), t('signerNPassword', n))}
          value={props.password}
          onInput={props.onPassword}
          onBlur={props.onBlur}
          error={errors[FIELD.password(index)]}
        />
      )}
    </>
  );
}
