// The button behind one async action (useAction) and the action's error below it: busy label while
// it runs, the error as an alert afterwards. One piece for every form and box that has such a button.
import { ErrorAlert } from './ErrorAlert';

export type ActionButtonProps = {
  busy: boolean;
  error: string | null;
  label: string;
  busyLabel: string;
  /** A form's submit button, or a plain button running `onClick`. */
  onClick?: () => void;
  primary?: boolean;
};

export function ActionButton({ busy, error, label, busyLabel, onClick, primary = false }: ActionButtonProps) {
  return (
    <>
      <div class="actions">
        <button type={onClick ? 'button' : 'submit'} class={primary ? 'primary' : undefined} disabled={busy} onClick={onClick}>
          {busy ? busyLabel : label}
        </button>
      </div>
      <ErrorAlert message={error} />
    </>
  );
}
