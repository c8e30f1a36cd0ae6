/** The send may or may not have reached Box. Never re-sent automatically: a duplicate would
 *  reach the signer, so the user checks Box first. */
export function UnknownOutcome({ onBack }: { onBack: () => void }) {
  return (
    <section class="notice warn" role="alert" aria-labelledby="unknown-title">
      <h2 id="unknown-title">We could not confirm the request</h2>
      <p>
        Box may or may not have created it. Nothing will be sent again automatically. Check <strong>Sign</strong> in
        Box (Sent requests) before you try again.
      </p>
      <button type="button" onClick={onBack}>
        Back to the form
      </button>
    </section>
  );
}
