// Box objects as the protocol carries them: IDs (their patterns are in ../box-ids.ts, zod-free for the
// content script), files, the user and the connection.
import * as z from 'zod/mini';
import { FILE_ID, FOLDER_ID, SIGN_ID } from '../box-ids';
import { httpsUrl } from './url';

/** Box IDs are numeric strings that can exceed 2^53: they stay strings everywhere. */
export const FileIdSchema = z.string().check(z.regex(FILE_ID, 'not a Box file ID'));
/** A Box folder ID; '0' (the root) parses here and is refused by the request's rules with a message. */
export const FolderIdSchema = z.string().check(z.regex(FOLDER_ID, 'not a Box folder ID'));
/** Box Sign template and request IDs are UUID-like strings; nothing else reaches a Box path. */
export const SignTemplateIdSchema = z.string().check(z.regex(SIGN_ID, 'not a Box Sign template ID'));
export const SignRequestIdSchema = z.string().check(z.regex(SIGN_ID, 'not a Box sign request ID'));

/** A Box shared or vanity link (`https://<host>/s/<token>` or `/v/<name>`); parsed again where used. */
export const SharedLinkSchema = httpsUrl(2048);

export const FileInfoSchema = z.object({
  id: FileIdSchema,
  name: z.string(),
  extension: z.string(),
  size: z.nullable(z.number()),
  canDownload: z.boolean(),
  /** The file's Box classification label; null: unclassified. Absent where not asked of Box. */
  classification: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
});
export type FileInfo = z.infer<typeof FileInfoSchema>;

const UserSchema = z.object({ id: z.string(), name: z.string(), login: z.string() });
export type BoxUser = z.infer<typeof UserSchema>;

export const AuthStateSchema = z.discriminatedUnion('connected', [
  z.object({ connected: z.literal(false) }),
  z.object({
    connected: z.literal(true),
    method: z.enum(['oauth', 'developer_token']),
    user: z.nullable(UserSchema),
    /** Epoch ms; developer tokens cannot be refreshed, so the UI warns before this. */
    expiresAt: z.nullable(z.number()),
    /** Epoch ms; an OAuth connection lapses then unless renewed (60 days after Box last issued a refresh token). */
    refreshExpiresAt: z.optional(z.nullable(z.number())),
  }),
]);
export type AuthState = z.infer<typeof AuthStateSchema>;
