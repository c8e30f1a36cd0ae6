// The Box API calls the extension makes, typed and parsed. Retry rules live in request.ts.
import * as z from 'zod/mini';
import type { BoxUser, FileInfo } from '../../shared/messages';
import { BoxApiError, redactSecrets } from './box-error';
import { createRequester, type RequesterDeps } from './request';
import {
  BoxFileSchema,
  BoxFolderPathSchema,
  BoxUserSchema,
  SignRequestSchema,
  SignRequestsSchema,
  SignTemplateSchema,
  SignTemplatesSchema,
  checkSignRequestCreate,
  parseResponse,
  type BoxFile,
  type BoxSignTemplate,
  type BoxSignTemplates,
  type SignRequest,
  type SignRequestCreate,
  type SignRequests,
} from './schemas';

export type { TokenProvider } from './request';
type BoxClientDeps = RequesterDeps;

export type BoxClient = {
  createSignRequest(payload: SignRequestCreate): Promise<SignRequest>;
  getSignRequest(id: string): Promise<SignRequest>;
  listSignRequests(options?: { marker?: string; limit?: number }): Promise<SignRequests>;
  cancelSignRequest(id: string, reason?: string): Promise<SignRequest>;
  resendSignRequest(id: string): Promise<void>;
  listSignTemplates(options?: { marker?: string; limit?: number }): Promise<BoxSignTemplates>;
  getSignTemplate(id: string): Promise<BoxSignTemplate>;
  /** `sharedLink`: the link the user reached the file through, for files shared with them only that way. */
  getFile(id: string, options?: { sharedLink?: string }): Promise<FileInfo>;
  /** The file behind a shared link (GET /shared_items); a folder link is refused with code `not_a_file`. */
  resolveSharedFile(sharedLink: string): Promise<FileInfo>;
  /** The IDs of the folders above a folder, the root first (`path_collection`). */
  getFolderAncestors(id: string): Promise<string[]>;
  getMe(): Promise<BoxUser>;
};

const SIGN_REQUESTS = '/2.0/sign_requests';
const SIGN_TEMPLATES = '/2.0/sign_templates';
// `classification`: the organisation's rules may depend on the file's label (shared/policy).
const FILE_FIELDS = 'name,extension,size,permissions,classification';

/** `BoxApi: shared_link=<link>` gives access to items reached through a shared link [sign-requests.md §1.7]. */
function boxApiHeader(sharedLink: string | undefined): Record<string, string> | undefined {
  return sharedLink ? { BoxApi: `shared_link=${sharedLink}` } : undefined;
}

function toFileInfo(file: BoxFile): FileInfo {
  const info: FileInfo = { id: file.id, name: file.name, extension: file.extension ?? '', size: file.size ?? null, canDownload: file.permissions.can_download };
  // No label (null, or not in the answer) means unclassified.
  return { ...info, classification: file.classification?.name ?? null };
}

// One method per Box endpoint, each a request and a parse: one table of twelve short entries reads better than
// twelve functions passing `request` around, though it runs past 60 lines.
export function createBoxClient(deps: BoxClientDeps): BoxClient {
  const request = createRequester(deps);
  const signRequestPath = (id: string) => `${SIGN_REQUESTS}/${encodeURIComponent(id)}`;

  return {
    async createSignRequest(payload) {
      // A payload from buildSignRequestPayload was checked as it was built and is not parsed again.
      const body = checkSignRequestCreate(payload);
      const passwords = body.signers.flatMap((signer) => (signer.password ? [signer.password] : []));
      try {
        const raw = await request({ method: 'POST', path: SIGN_REQUESTS, body, resource: 'sign_request' });
        return parseResponse(SignRequestSchema, raw, 'sign_request');
      } catch (error) {
        throw error instanceof BoxApiError ? redactSecrets(error, passwords) : error;
      }
    },
    async getSignRequest(id) {
      const raw = await request({ method: 'GET', path: signRequestPath(id), resource: 'sign_request' });
      return parseResponse(SignRequestSchema, raw, 'sign_request');
    },
    async listSignRequests({ marker, limit } = {}) {
      const raw = await request({ method: 'GET', path: SIGN_REQUESTS, query: { marker, limit }, resource: 'sign_requests' });
      return parseResponse(SignRequestsSchema, raw, 'sign_requests');
    },
    async cancelSignRequest(id, reason) {
      const body = reason === undefined ? {} : { reason };
      const raw = await request({ method: 'POST', path: `${signRequestPath(id)}/cancel`, body, resource: 'sign_request' });
      return parseResponse(SignRequestSchema, raw, 'sign_request');
    },
    async resendSignRequest(id) {
      // 202 with an empty body: the emails go out asynchronously.
      await request({ method: 'POST', path: `${signRequestPath(id)}/resend`, resource: 'sign_request' });
    },
    async listSignTemplates({ marker, limit } = {}) {
      const raw = await request({ method: 'GET', path: SIGN_TEMPLATES, query: { marker, limit }, resource: 'sign_template' });
      return parseResponse(SignTemplatesSchema, raw, 'sign_template');
    },
    async getSignTemplate(id) {
      const raw = await request({ method: 'GET', path: `${SIGN_TEMPLATES}/${encodeURIComponent(id)}`, resource: 'sign_template' });
      return parseResponse(SignTemplateSchema, raw, 'sign_template');
    },
    async getFile(id, options = {}) {
      const path = `/2.0/files/${encodeURIComponent(id)}`;
      const raw = await request({ method: 'GET', path, query: { fields: FILE_FIELDS }, headers: boxApiHeader(options.sharedLink), resource: 'file' });
      return toFileInfo(parseResponse(BoxFileSchema, raw, 'file'));
    },
    async resolveSharedFile(sharedLink) {
      const raw = await request({ method: 'GET', path: '/2.0/shared_items', query: { fields: FILE_FIELDS }, headers: boxApiHeader(sharedLink), resource: 'file' });
      // The same endpoint answers folder links with a folder [sign-requests.md §1.9].
      const item = parseResponse(z.looseObject({ type: z.string() }), raw, 'file');
      if (item.type !== 'file') {
        throw new BoxApiError({ status: raw.status, code: 'not_a_file', message: `The shared link points to a ${item.type}, not a file`, resource: 'file' });
      }
      return toFileInfo(parseResponse(BoxFileSchema, raw, 'file'));
    },
    async getFolderAncestors(id) {
      const path = `/2.0/folders/${encodeURIComponent(id)}`;
      const raw = await request({ method: 'GET', path, query: { fields: 'path_collection' }, resource: 'folder' });
      return parseResponse(BoxFolderPathSchema, raw, 'folder').path_collection.entries.map((entry) => entry.id);
    },
    async getMe() {
      const raw = await request({ method: 'GET', path: '/2.0/users/me', query: { fields: 'id,name,login' }, resource: 'user' });
      const { id, name, login } = parseResponse(BoxUserSchema, raw, 'user');
      return { id, name, login };
    },
  };
}
