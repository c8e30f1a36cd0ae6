// How one signer proves who they are: the method, the phone number for SMS, and the password.
import { t } from '../../shared/i18n';
import { FIELD, regionName } from '../../ui/sign-form';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { MethodChoice } from './MethodChoice';
import type { RowNames } from './row-names';
import type { SignerRowProps } from './row-props';

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
  const { signer, errors, index } = props;
  const { n, id, name } = props.names;
  return (
    <>
      <MethodChoice
        name={`method-${signer.id}`}
        legend={name(t('howProve'), t('howProveN', n))}
        method={signer.method}
        onChange={(method) => props.onChange({ method })}
      />
      {/* The organisation's rules about the method (see shared/policy). */}
      <ErrorAlert message={errors[FIELD.method(index)]} />
      {signer.method === 'sms' && (
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
          error={errors[FIELD.phone(index)]}
        />
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
          <input type="checkbox" checked={signer.addPassword} onChange={(event) => props.onChange({ addPassword: event.currentTarget.checked })} />
          {name(t('alsoPassword'), t('alsoPasswordN', n))}
        </label>
      )}
      {askPassword && (
        // The password the signer must type, shown on request so the sender can check it before sharing.
        <TextField
          id={id('password')}
          label={name(t('passwordLabel'), t('signerNPassword', n))}
          type="password"
          revealable
          value={props.password}
          onInput={props.onPassword}
          onBlur={props.onBlur}
          hint={t('passwordHint')}
          error={errors[FIELD.password(index)]}
        />
      )}
      {/* A password the organisation requires while none is asked: said next to the choice. */}
      {!askPassword && <ErrorAlert message={errors[FIELD.password(index)]} />}
    </>
  );
}
