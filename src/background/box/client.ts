// The Box API calls the extension makes, typed and parsed. Retry rules live in request.ts.
import type { BoxUser, FileInfo } from '../../shared/messages';
import { BoxApiError, redactSecrets } from './box-error';
import { createRequester, type RequesterDeps } from './request';
import {
  BoxFileSchema,
  BoxUserSchema,
  SignRequestSchema,
  SignRequestsSchema,
  checkSignRequestCreate,
  parseResponse,
  type SignRequest,
  type SignRequestCreate,
  type SignRequests,
} from './schemas';

export type { TokenProvider } from './request';
export type BoxClientDeps = RequesterDeps;

export type BoxClient = {
  createSignRequest(payload: SignRequestCreate): Promise<SignRequest>;
  getSignRequest(id: string): Promise<SignRequest>;
  listSignRequests(options?: { marker?: string; limit?: number }): Promise<SignRequests>;
  cancelSignRequest(id: string, reason?: string): Promise<SignRequest>;
  resendSignRequest(id: string): Promise<void>;
  getFile(id: string): Promise<FileInfo>;
  getMe(): Promise<BoxUser>;
};

const SIGN_REQUESTS = '/2.0/sign_requests';

export function createBoxClient(deps: BoxClientDeps): BoxClient {
  const request = createRequester(deps);
  const signRequestPath = (id: string) => `${SIGN_REQUESTS}/${encodeURIComponent(id)}`;

  return {
    async createSignRequest(payload) {
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
    async getFile(id) {
      const path = `/2.0/files/${encodeURIComponent(id)}`;
      const raw = await request({ method: 'GET', path, query: { fields: 'name,extension,size,permissions' }, resource: 'file' });
      const file = parseResponse(BoxFileSchema, raw, 'file');
      return { id: file.id, name: file.name, extension: file.extension, size: file.size ?? null, canDownload: file.permissions.can_download };
    },
    async getMe() {
      const raw = await request({ method: 'GET', path: '/2.0/users/me', query: { fields: 'id,name,login' }, resource: 'user' });
      const { id, name, login } = parseResponse(BoxUserSchema, raw, 'user');
      return { id, name, login };
    },
  };
}
