// A TokenProvider for one known token, e.g. to check a pasted developer token with
// GET /users/me before saving it: a 401 then means "this token is no good", not "refresh".
import { BoxApiError } from '../box/box-error';
import type { TokenProvider } from '../box/request';

export function fixedTokenProvider(token: string): TokenProvider {
  return {
    getAccessToken: async () => token,
    refresh: async () => {
      throw new BoxApiError({ status: 401, code: 'invalid_developer_token', message: 'Box did not accept the token', resource: 'oauth' });
    },
  };
}
