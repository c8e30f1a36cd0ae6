// Box sign request statuses in words. Box adds statuses over time, so an unknown one is shown
// as Box wrote it rather than hidden or treated as an error.
const WORDS: Record<string, string> = {
  converting: 'Preparing the document',
  created: 'Waiting for you to prepare the document',
  sent: 'Sent to the signer',
  viewed: 'The signer has opened it',
  downloaded: 'The signer has downloaded it',
  signed: 'Signed',
  'signed and downloaded': 'Signed',
  declined: 'The signer declined',
  cancelled: 'Cancelled',
  expired: 'Expired',
  finalizing: 'Signed, Box is finishing the document',
  error_converting: 'Box could not convert the document',
  error_sending: 'Box could not send the request',
  error_finalizing: 'Box could not finish the signed document',
};

export function statusWords(status: string): string {
  if (Object.hasOwn(WORDS, status)) return WORDS[status]!;
  if (status.startsWith('error')) return `Box reported an error (${status})`;
  return status;
}

/** Box's docs: any error status means the request must be created again. */
export function isErrorStatus(status: string): boolean {
  return status.startsWith('error');
}
