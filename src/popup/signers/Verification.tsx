// How one signer proves who they are: the method, the phone number for SMS, and the password.
import { useEffect } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { FIELD, regionName } from '../../ui/sign-form-fields';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { MethodChoice } from './MethodChoice';
import type { RowNames } from './row-names';
import type { SignerRowProps } from './row-props';
import { PasswordTools, PhoneConfirmations } from './guard-controls';
import { warningOf } from './warning';

type ProofProps = SignerRowProps & { names: RowNames };

/** Nothing to choose for a reader, nor for a recipient the template secures itself. */
export function Proof(props: ProofProps) {
  const { signer, templateRow } = props;
  const presetEmail = templateRow?.email ?? null;
  if (signer.role === 'final_copy_reader') return <p class="hint">{t('readerHint')}</p>;
  // A recipient the template defines with its own SMS number or password: the template's is used.
  if (presetEmail !== null && (templateRow!.phoneRequired || templateRow!.passwordRequired)) {
    return <p class="hint">{templateRow!.phoneRequired ? t('templateOwnSms', presetEmail) : t('templateOwnPassword', presetEmail)}</p>;
  }
  return <Verification {...props} />;
}

function Verification(props: ProofProps) {
  const { signer, errors, index, policy } = props;
  const { n, id, name } = props.names;
  useFollowPolicy(props);
  return (
    <>
      <MethodChoice
        name={`method-${signer.id}`}
        legend={name(t('howProve'), t('howProveN', n))}
        method={signer.method}
        onChange={(method) => props.onChange({ method })}
        allowed={policy?.methods}
      />
      {policy?.reasons.map((reason) => (
        <p class="hint" key={reason}>
          {reason}
        </p>
      ))}
      {/* The organisation's rules about the method (see shared/policy). */}
      <ErrorAlert message={errors[FIELD.method(index)]} />
      {signer.method === 'sms' && (
        <>
        <TextField
          id={id('phone')}
          label={name(t('phoneLabel'), t('signerNPhone', n))}
          type="tel"
          inputMode="tel"
          list={props.phoneList}
          value={signer.phone}
          onInput={(phone) => props.onChange({ phone })}
          onBlur={props.onBlur}
          hint={t('phoneHint', regionName(props.defaultCountry))}
          warning={warningOf([props.guard.notes.landline, props.guard.notes.changed])}
          error={errors[FIELD.phone(index)]}
        />
        <PhoneConfirmations guard={props.guard} idPrefix={id('phone')} />
        </>
      )}
      {signer.method === 'login' && <p class="hint">{t('loginHint')}</p>}
      {/* A template asks for an SMS code while another method is chosen: say so next to the choice. */}
      {signer.method !== 'sms' && <ErrorAlert message={errors[FIELD.phone(index)]} />}
      <PasswordChoice {...props} />
    </>
  );
}

/** "Also ask for a password" (with SMS or Box sign-in), and the password when one is asked. */
function PasswordChoice(props: ProofProps) {
  const { signer, errors, index } = props;
  const { n, id, name } = props.names;
  const canAddPassword = signer.method === 'sms' || signer.method === 'login';
  const askPassword = signer.method === 'password' || (canAddPassword && signer.addPassword);
  return (
    <>
      {canAddPassword && (
        <label class="choice">
          <input
            type="checkbox"
            checked={signer.addPassword}
            disabled={props.policy?.password && signer.addPassword}
            onChange={(event) => props.onChange({ addPassword: event.currentTarget.checked })}
          />
          {name(t('alsoPassword'), t('alsoPasswordN', n))}
          {props.policy?.password && <span class="hint"> ({t('lockedByOrg')})</span>}
        </label>
      )}
      {askPassword && (
        // The password the signer must type, shown on request so the sender can check it before sharing.
        <>
        <TextField
          id={id('password')}
          label={name(t('passwordLabel'), t('signerNPassword', n))}
          type="password"
          revealable
          value={props.password}
          onInput={props.onPassword}
          onBlur={props.onBlur}
          hint={t('passwordHint')}
          warning={warningOf(props.guard.notes.password?.issues ?? [])}
          error={errors[FIELD.password(index)]}
        />
        <PasswordTools guard={props.guard} id={id('password')} n={n} several={props.count > 1} password={props.password} onPassword={props.onPassword} />
        </>
      )}
      {/* A password the organisation requires while none is asked: said next to the choice. */}
      {!askPassword && <ErrorAlert message={errors[FIELD.password(index)]} />}
    </>
  );
}

/**
 * Keeps the row within what the organisation allows as it changes (an external email typed, a
 * Confidential file ticked): a method no longer allowed gives way to the first allowed one, and a
 * required password is ticked. The reasons are shown beside the choice.
 */
function useFollowPolicy({ signer, policy, onChange }: ProofProps) {
  const first = policy?.methods[0];
  const methodGone = first !== undefined && !policy!.methods.includes(signer.method);
  const needsPassword = (policy?.password ?? false) && !signer.addPassword && signer.method !== 'password';
  useEffect(() => {
    if (methodGone) onChange({ method: first, ...(policy!.password ? { addPassword: true } : {}) });
    else if (needsPassword) onChange({ addPassword: true });
  }, [methodGone, needsPassword, first]);
}
