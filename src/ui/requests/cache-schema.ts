// The "All requests" cache as a page reads it from storage.local. The worker wrote it, but storage is a
// boundary: each request is checked, and one that does not fit is left out rather than breaking the list.
import * as z from 'zod/mini';
import type { ListedRequest, RequestsCache } from '../../shared/requests-cache';

const FileSchema = z.object({ id: z.string(), name: z.string() });
const SignerSchema = z.object({
  email: z.string(),
  role: z.string(),
  order: z.number(),
  state: z.enum(['waiting', 'viewed', 'signed', 'declined']),
  reason: z.nullable(z.string()),
  decidedAt: z.nullable(z.number()),
  method: z.enum(['sms', 'login', 'email']),
  inPerson: z.boolean(),
});
const RequestSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  createdAt: z.number(),
  finishedAt: z.nullable(z.number()),
  expiresAt: z.nullable(z.number()),
  files: z.array(FileSchema),
  signFiles: z.array(FileSchema),
  signFilesReady: z.boolean(),
  signingLog: z.nullable(FileSchema),
  parentFolderId: z.nullable(z.string()),
  prepareUrl: z.nullable(z.string()),
  senderEmail: z.nullable(z.string()),
  signers: z.array(SignerSchema),
  lastSentAt: z.number(),
});

export function parseCache(raw: unknown): RequestsCache {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof RequestsCache, unknown>>;
  const requests: ListedRequest[] = [];
  if (record.version === 1 && Array.isArray(record.requests)) {
    for (const entry of record.requests) {
      const parsed = RequestSchema.safeParse(entry);
      if (parsed.success) requests.push(parsed.data);
    }
  }
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    version: 1,
    refreshedAt: typeof record.refreshedAt === 'number' ? record.refreshedAt : null,
    requests,
    error: typeof record.error === 'string' ? record.error : null,
    backoffUntil: num(record.backoffUntil, 0),
    limited: num(record.limited, 0),
  };
}
