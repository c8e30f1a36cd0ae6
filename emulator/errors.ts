import { requestId } from './ids.ts';
import { empty, json, type Reply } from './http.ts';

// Box "ClientError" shape (openapi components.schemas.ClientError; docs common-errors.md).
export const HELP_URL = 'https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/';

export interface ErrorExtras {
  context_info?: Record<string, unknown>;
  help_url?: string;
  headers?: Record<string, string>;
}

export function boxError(status: number, code: string, message: string, extras: ErrorExtras = {}): Reply {
  const body: Record<string, unknown> = { type: 'error', status, code };
  if (extras.context_info) body['context_info'] = extras.context_info;
  body['help_url'] = extras.help_url ?? HELP_URL;
  body['message'] = message;
  body['request_id'] = requestId();
  return json(status, body, extras.headers ?? {});
}

export const badRequest = (message: string, context?: Record<string, unknown>): Reply =>
  boxError(400, 'bad_request', message, context ? { context_info: context } : {});

export const notFound = (message = 'Not Found'): Reply => boxError(404, 'not_found', message);

export const methodNotAllowed = (): Reply => boxError(405, 'method_not_allowed', 'Method Not Allowed');

export const internalError = (): Reply => boxError(500, 'internal_server_error', 'Internal Server Error');

/** docs rate-limits.md: 429 + `retry-after` (seconds) + code rate_limit_exceeded. */
export const rateLimited = (retryAfterSeconds: number): Reply =>
  boxError(429, 'rate_limit_exceeded', 'Request rate limit exceeded, please try again later', {
    headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });

/** Box answers 403 with this body when the Origin is not in the app's CORS Domains (docs security/cors.md). */
export const corsRejected = (origin: string): Reply =>
  boxError(403, 'cors_origin_not_whitelisted',
    'Access denied - Did you forget to safelist your origin in the CORS config of your app?',
    { context_info: { origin } });

/**
 * Box answers a bad token with 401, an EMPTY body and an RFC 6750 challenge
 * (`Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."`,
 * seen in captured Box responses; docs common-errors.md lists invalid_token "The access token provided is invalid.").
 * Without any credentials RFC 6750 §3.1 says to send no error code, only the realm.
 */
export function unauthorized(hadToken: boolean): Reply {
  const challenge = hadToken
    ? 'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."'
    : 'Bearer realm="Service"';
  return empty(401, { 'www-authenticate': challenge });
}

/** OAuth2Error shape of /oauth2/token and /oauth2/revoke (openapi OAuth2Error). */
export function oauthError(error: string, description: string, status = 400): Reply {
  return json(status, { error, error_description: description });
}

/**
 * An app whose configuration lacks the scope an endpoint needs: 403 `insufficient_scope`, "The request
 * requires higher privileges than provided by the access token." (docs common-errors.md; the openapi lists
 * `insufficient_scope` among the 403 codes), with the RFC 6750 §3.1 challenge as for `invalid_token`.
 */
export function insufficientScope(): Reply {
  const message = 'The request requires higher privileges than provided by the access token.';
  return boxError(403, 'insufficient_scope', message, {
    headers: { 'www-authenticate': `Bearer realm="Service", error="insufficient_scope", error_description="${message}"` },
  });
}
