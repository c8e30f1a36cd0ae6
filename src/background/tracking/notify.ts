// The words of a "request finished" notification. Short: the browser truncates long ones.
import type { StoredRequest } from './store';

export function notificationFor(entry: StoredRequest): { title: string; message: string } {
  const file = entry.files[0]?.name ?? 'your document';
  const more = entry.files.length > 1 ? ` and ${entry.files.length - 1} more` : '';
  const what = `${file}${more}`;
  const who = entry.signerEmails.join(', ') || 'The signer';
  switch (entry.status) {
    case 'signed':
    case 'signed and downloaded':
      return { title: `Signed: ${what}`, message: `${who} signed it. The signed copy is in Box.` };
    case 'declined':
      return { title: `Declined: ${what}`, message: `${who} declined to sign it.` };
    case 'expired':
      return { title: `Expired: ${what}`, message: 'The request expired before it was signed. Send a new one if needed.' };
    default:
      return { title: `Not sent: ${what}`, message: `Box stopped this request with an error (${entry.status}). Send a new one.` };
  }
}
