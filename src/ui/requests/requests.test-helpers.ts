// A listed request for page tests. Only *.test.ts(x) files import this.
import type { ListedRequest } from '../../shared/requests-cache';
import { DAY } from './model';

export const NOW = Date.UTC(2026, 0, 5, 9);

export function listed(over: Partial<ListedRequest> = {}): ListedRequest {
  return {
    id: 'r1', name: 'NDA.pdf', status: 'sent', createdAt: NOW - DAY, finishedAt: null, expiresAt: null,
    files: [{ id: '1', name: 'NDA.docx' }], signFiles: [{ id: '2', name: 'NDA.pdf' }], signFilesReady: true, signingLog: null,
    parentFolderId: '5', prepareUrl: null, senderEmail: 'ada@example.com', lastSentAt: NOW - DAY,
    signers: [
      { email: 'ada@example.com', role: 'final_copy_reader', order: 0, state: 'waiting', reason: null, decidedAt: null, method: 'email', inPerson: false },
      { email: 'grace@example.org', role: 'signer', order: 0, state: 'viewed', reason: null, decidedAt: null, method: 'sms', inPerson: false },
    ],
    ...over,
  };
}

