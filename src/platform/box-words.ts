// Plain words for Box failures, for legal/HR users who never see an HTTP status. The service worker
// sends the facts of a failure (shared/box-facts.ts) and the pages put them into words here: the worker
// has a size budget and does not need the words to enforce anything. The popup loads this module only
// when an error shows (messaging.ts); the Bulk send and All requests pages word the errors they store.
import { t, type PlainKey } from '../shared/i18n';
import { readBoxFacts, type BoxFacts, type Resource } from '../shared/box-facts';
import type { UserError } from '../shared/wire';

/**
 * An answer's error with its Box facts (`box`) in words, and the form field they blame; an error without
 * facts (the worker's own words: a policy's refusal, a bad message) as it came.
 */
export function inWords(error: UserError): UserError {
  const facts = readBoxFacts(error.box);
  if (!facts) return error;
  const { box: _box, ...rest } = error;
  const field = userField(facts);
  return { ...rest, message: userMessage(facts), ...(field ? { field } : {}) };
}

/** A stored error (a Bulk send row's, the All requests walk's): words as they are, Box facts put into words. */
export function errorWords(error: string | BoxFacts): string {
  return typeof error === 'string' ? error : userMessage(error);
}

/** Our error codes and Box's, with the message key for each. */
const BY_CODE: Record<string, PlainKey> = {
  invalid_grant: 'errSessionEnded',
  not_connected: 'errNotConnected',
  connection_changed: 'errConnectionChanged',
  developer_token_expired: 'errDevTokenExpired',
  invalid_developer_token: 'errInvalidDevToken',
  invalid_client: 'errInvalidClient',
  unauthorized_client: 'errUnauthorizedClient',
  redirect_uri_mismatch: 'errRedirectMismatch',
  access_denied: 'errAccessDenied',
  state_mismatch: 'errStateMismatch',
  auth_flow_failed: 'errAuthFlowFailed',
  invalid_redirect: 'errInvalidRedirect',
  insufficient_scope: 'errInsufficientScope',
  not_a_file: 'errNotAFile',
  download_not_allowed: 'errDownloadNotAllowed',
  network_error: 'errNetwork',
  timeout: 'errTimeout',
  malformed_response: 'errMalformed',
  sign_request_not_created: 'errNotCreated',
  invalid_request: 'errInvalidRequest',
};

export function userMessage(facts: BoxFacts): string {
  if (facts.code === 'cors_origin_not_whitelisted') return corsMessage(facts.contextInfo);
  if (facts.code === 'download_not_allowed' && facts.message) return facts.message;
  // Our own check of a request against its template: the message already says what to change.
  if (facts.code === 'template_mismatch' && facts.message) return facts.message;
  const key = Object.hasOwn(BY_CODE, facts.code) ? BY_CODE[facts.code] : undefined;
  return key ? t(key) : byStatus(facts);
}

type Blame = { name: string; message: string };

/** What Box's `context_info.errors[0]` blames: the request field (`signers[1].login_required`, `file`) and why. */
function blamed(contextInfo: Record<string, unknown> | undefined): Blame {
  const errors = contextInfo?.['errors'];
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const entry = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { name: text(entry['name']), message: text(entry['message']) };
}

/**
 * The form field (the popup's `signers.<i>.verification` / `.method` paths) a refusal of one signer's
 * verification belongs beside, so the popup can show it there. Box's signers are the request's, in order.
 */
export function userField(facts: BoxFacts): string | undefined {
  if (facts.status !== 400) return undefined;
  const match = /^signers\[(\d+)\]\.(verification_phone_number|login_required)$/.exec(blamed(facts.contextInfo).name);
  if (!match) return undefined;
  return `signers.${match[1]}.${match[2] === 'login_required' ? 'method' : 'verification'}`;
}

function byStatus(facts: BoxFacts): string {
  const { status } = facts;
  if (status === 401) return t('errSessionEnded'); // The client only gives up on 401 after one refresh and retry.
  // A create names the source file it could not find (deleted, or out of the user's reach).
  if (status === 404) return notFound(blamed(facts.contextInfo).name === 'file' ? 'file' : facts.resource);
  if (status === 403) return forbidden(facts);
  if (status === 429) return busy(facts.retryAfter);
  if (status === 400) return badRequest(facts.message, blamed(facts.contextInfo));
  if (status >= 500) return t('errBoxServer', status);
  return t('errTalkingToBox');
}

function notFound(resource: Resource | undefined): string {
  if (resource === 'file') return t('errNotFoundFile');
  if (resource === 'sign_request') return t('errNotFoundSignRequest');
  if (resource === 'sign_template') return t('errNotFoundTemplate');
  return t('errNotFound');
}

function forbidden(facts: BoxFacts): string {
  // Box Sign needs the sender to have download permission on every source file [sign-requests.md §0].
  if (/download/i.test(facts.message) || blamed(facts.contextInfo).name === 'file') return t('errDownloadNotAllowed');
  // A plain 403 on Box Sign itself, with the scopes in place: the enterprise has no Box Sign (auth.md §5:
  // "an enterprise must have Sign enabled"; Box documents no body, so the code and the resource decide).
  if (facts.code === 'forbidden' && (facts.resource === 'sign_request' || facts.resource === 'sign_requests')) return t('errSignDisabled');
  if (/sign/i.test(facts.message)) return t('errSignUnavailable');
  return t('errForbidden');
}

function busy(retryAfter: number | undefined): string {
  if (retryAfter !== undefined && retryAfter > 90) {
    return t('errBusyMinutes', Math.ceil(retryAfter / 60));
  }
  return t('errBusy');
}

function badRequest(boxMessage: string, field: Blame): string {
  // The plan has no Box login for signers (Enterprise Plus/Advanced only), or Box cannot text that
  // country [box-sign-docs.md, support 4406861109907]: Box names the signer field it refused.
  if (field.name.endsWith('login_required')) return t('errSignerLoginUnavailable');
  if (field.name.endsWith('verification_phone_number') && /countr|region/i.test(field.message)) return t('errSmsCountry');
  if (/phone/i.test(boxMessage) || field.name.endsWith('verification_phone_number')) return t('errBadPhone');
  if (/e-?mail/i.test(boxMessage) || field.name.endsWith('.email')) return t('errBadEmail');
  if (/password/i.test(boxMessage)) return t('errBadPassword');
  // Resend is allowed once every 10 minutes [sign-requests.md §1.5].
  if (/10 minutes|too soon|recently/i.test(boxMessage)) return t('errResentRecently');
  return boxMessage ? t('errNotAcceptedBecause', boxMessage) : t('errNotAccepted');
}

function corsMessage(contextInfo: Record<string, unknown> | undefined): string {
  return typeof contextInfo?.origin === 'string' ? t('errCorsOrigin', contextInfo.origin) : t('errCors');
}
