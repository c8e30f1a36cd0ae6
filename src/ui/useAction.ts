import { useState } from 'preact/hooks';
import { errorMessage } from './errors';

/** One async action behind a button: busy while it runs, its error in words afterwards. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    if (busy) return; // a double click must not start a second OAuth window or request
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
