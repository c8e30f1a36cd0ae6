// The table beside Check recipients: each row, its problem in plain words, and the fields to fix it
// in place (the text area is rewritten from the fixed rows). Generated passwords are shown here once.
import { t } from '../shared/i18n';
import type { CheckedRow, RowField } from './check-rows';
import { guardAllows, type RowGuard } from './guard-rows';
import type { Recipient } from './recipients';
import { words } from './words';

type Props = {
  rows: CheckedRow[];
  generated: Readonly<Record<string, string>>;
  onFix: (key: string, field: Exclude<RowField, 'row'>, value: string) => void;
  /** The signer guard's notes by recipient key, and the confirmations ticked (by their tie key). */
  guards: ReadonlyMap<string, RowGuard>;
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, on: boolean) => void;
};

const CONFIRM_WORDS = { landline: () => t('guardLandlineConfirm'), changed: () => t('guardPhoneChangedConfirm') };

const FIXABLE: Exclude<RowField, 'row'>[] = ['email', 'phone', 'password'];

export function CheckTable({ rows, generated, onFix, guards, confirmed, onConfirm }: Props) {
  return (
    <table aria-label={words.checkTitle}>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{words.col.email}</th>
          <th scope="col">{words.col.phone}</th>
          <th scope="col">{words.col.password}</th>
          <th scope="col">{words.col.problem}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ recipient, problems }, index) => {
          const bad = new Set(problems.map((p) => p.field));
          const problemId = `problem-${recipient.key}`;
          return (
            <tr key={recipient.key}>
              <td>{index + 1}</td>
              {FIXABLE.map((field) => (
                <td key={field}>{bad.has(field) ? <FixInput recipient={recipient} field={field} row={index + 1} describedBy={problemId} onFix={onFix} /> : shown(recipient, field, generated)}</td>
              ))}
              <td id={problemId} class={problems.length ? 'problem' : 'ok'}>
                {problems.length ? problems.map((p) => p.message).join(' ') : <GuardNotes guard={guards.get(recipient.key)} row={index + 1} confirmed={confirmed} onConfirm={onConfirm} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function shown(recipient: Recipient, field: Exclude<RowField, 'row'>, generated: Readonly<Record<string, string>>) {
  if (field !== 'password') return recipient[field];
  if (recipient.password) return '••••••';
  const password = generated[recipient.key];
  return password ? <span class="password">{password}</span> : '';
}

function FixInput(props: { recipient: Recipient; field: Exclude<RowField, 'row'>; row: number; describedBy: string; onFix: Props['onFix'] }) {
  const { recipient, field } = props;
  return (
    <input
      type="text"
      inputMode={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
      aria-label={words.fix(field, props.row)}
      aria-invalid="true"
      aria-describedby={props.describedBy}
      autocomplete="off"
      defaultValue={recipient[field]}
      onChange={(e) => props.onFix(recipient.key, field, e.currentTarget.value)}
    />
  );
}

/** The guard's words beside a row: a refusal, the ticks a landline or a changed number needs, warnings. */
function GuardNotes({ guard, row, confirmed, onConfirm }: { guard: RowGuard | undefined; row: number; confirmed: ReadonlySet<string>; onConfirm: Props['onConfirm'] }) {
  if (!guard || (guard.refusal === null && guard.confirm.length === 0 && guard.warnings.length === 0)) return <>{words.noProblem}</>;
  return (
    <>
      {guard.refusal !== null && <span class="problem warning-line">{guard.refusal}</span>}
      {guard.confirm.map((c) => (
        <span key={c.key} class="warning-line">
          <span class="warning">{c.message}</span>
          {guard.refusal === null && (
            <label class="choice confirm">
              <input type="checkbox" aria-label={words.onRow(CONFIRM_WORDS[c.kind](), row)} checked={confirmed.has(c.key)} onChange={(e) => onConfirm(c.key, e.currentTarget.checked)} />
              {CONFIRM_WORDS[c.kind]()}
            </label>
          )}
        </span>
      ))}
      {guard.warnings.map((w) => (
        <span key={w} class="warning warning-line">{w}</span>
      ))}
      {guard.refusal === null && guardAllows(guard, confirmed) && <span class="ok warning-line">{words.noProblem}</span>}
    </>
  );
}
