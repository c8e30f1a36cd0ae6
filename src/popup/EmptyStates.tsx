// What the popup shows when it cannot offer the form yet, each with the one step that fixes it.
/** `reasons`: why what the page points at cannot be sent (a Box Note, a folder link…), when known. */
export function NoFile({ reasons = [] }: { reasons?: string[] }) {
  return (
    <section class="notice" aria-labelledby="no-file-title">
      <h2 id="no-file-title">Open a Box file first</h2>
      {reasons.length > 0 && (
        <ul class="reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p>Open the file in Box in this window, then click the Secure Sign button in the toolbar.</p>
    </section>
  );
}

export function ConnectAccount({ openOptionsPage }: { openOptionsPage: () => Promise<void> }) {
  return (
    <section class="notice" aria-labelledby="connect-title">
      <h2 id="connect-title">Connect your Box account</h2>
      <p>Requests are sent from your Box account. Connect it once in the extension's settings.</p>
      <button type="button" class="primary" onClick={() => void openOptionsPage()}>
        Connect your Box account
      </button>
    </section>
  );
}

export function LoadFailed({ message, retry }: { message: string; retry: () => void }) {
  return (
    <section class="notice danger" role="alert">
      <p>{message}</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
