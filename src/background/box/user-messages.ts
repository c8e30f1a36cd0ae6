// Plain words for Box failures, for legal/HR users who never see an HTTP status.
// Kept apart from BoxApiError so the wording can be read (and reviewed) on its own.

/** What a Box call was about: a 404 on a file and a 404 on a sign request need different words. */
export type Resource = 'file' | 'sign_request' | 'sign_requests' | 'sign_template' | 'user' | 'oauth';

export type ErrorFacts = {
  status: number;
  code: string;
  message: string;
  resource?: Resource | undefined;
  contextInfo?: Record<string, unknown> | undefined;
  retryAfter?: number | undefined;
};

const SESSION_ENDED = 'Your Box session has ended. Reconnect on the options page.';

const BY_CODE: Record<string, string> = {
  invalid_grant: SESSION_ENDED,
  not_connected: 'The extension is not connected to Box. Connect on the options page.',
  developer_token_expired:
    'Your Box developer token has expired (they last 60 minutes and cannot be renewed). Paste a new one on the options page.',
  invalid_developer_token: 'Box did not accept this developer token. Generate a new one in the Box Developer Console and paste it again.',
  invalid_client: 'Box did not accept the client ID or client secret. Check them on the options page and connect again.',
  unauthorized_client: 'This Box app is not allowed to sign users in this way. Ask your Box admin to check the app settings.',
  redirect_uri_mismatch:
    "The Box app's redirect URI does not match this extension's. Add the redirect URI shown on the options page to the app in the Box Developer Console.",
  access_denied: 'You declined access to Box, so the extension is not connected.',
  state_mismatch: 'The Box sign-in could not be verified, so it was ignored. Connect again.',
  auth_flow_failed: 'The Box sign-in window closed before it finished. Connect again.',
  invalid_redirect: 'Box sent the sign-in back without an authorization code. Connect again.',
  insufficient_scope:
    'The Box app lacks a permission it needs (read and write all files, manage signature requests). Ask your Box admin to enable them and reconnect.',
  not_a_file: 'This shared link opens a folder, not a file. Open the file itself and try again.',
  download_not_allowed: 'You need download permission on this file to send it for signature.',
  network_error: 'Box could not be reached. Check your internet connection and try again.',
  timeout: 'Box took too long to answer. Try again in a moment.',
  malformed_response: 'Box sent an answer the extension could not read. Try again; if it keeps happening, contact support with the request ID.',
  sign_request_not_created: 'Box did not create the sign request, so nothing was sent. You can safely try again.',
  invalid_request: 'The sign request could not be prepared: some details are missing or not valid.',
};

export function userMessage(facts: ErrorFacts): string {
  if (facts.code === 'cors_origin_not_whitelisted') return corsMessage(facts.contextInfo);
  if (facts.code === 'download_not_allowed' && facts.message) return facts.message;
  // Our own check of a request against its template: the message already says what to change.
  if (facts.code === 'template_mismatch' && facts.message) return facts.message;
  return BY_CODE[facts.code] ?? byStatus(facts);
}

function byStatus(facts: ErrorFacts): string {
  const { status } = facts;
  if (status === 401) return SESSION_ENDED; // The client only gives up on 401 after one refresh and retry.
  if (status === 404) return notFound(facts.resource);
  if (status === 403) return forbidden(facts);
  if (status === 429) return busy(facts.retryAfter);
  if (status === 400) return badRequest(facts.message);
  if (status >= 500) return `Box had a problem on its side (error ${status}). Try again in a few minutes.`;
  return 'Something went wrong while talking to Box. Try again.';
}

function notFound(resource: Resource | undefined): string {
  if (resource === 'file') return 'Box could not find this file, or you do not have access to it.';
  if (resource === 'sign_request') return 'Box could not find this sign request, or you do not have access to it.';
  if (resource === 'sign_template') return 'Box could not find this template, or you do not have access to it.';
  return 'Box could not find what was asked for, or you do not have access to it.';
}

function forbidden(facts: ErrorFacts): string {
  // Box Sign needs the sender to have download permission on every source file [sign-requests.md §0].
  if (/download/i.test(facts.message)) return BY_CODE.download_not_allowed!;
  if (/sign/i.test(facts.message)) return 'Box Sign is not available for your account. Ask your Box admin to enable it.';
  return 'Box refused this request: your account does not have permission to do it.';
}

function busy(retryAfter: number | undefined): string {
  if (retryAfter !== undefined && retryAfter > 90) {
    return `Box is busy and asked to wait about ${Math.ceil(retryAfter / 60)} minutes. Try again then.`;
  }
  return 'Box is busy right now. Wait a minute and try again.';
}

function badRequest(boxMessage: string): string {
  if (/phone/i.test(boxMessage)) return "Box did not accept the signer's phone number. Check the country code and the number.";
  if (/e-?mail/i.test(boxMessage)) return "Box did not accept the signer's email address. Check it and try again.";
  if (/password/i.test(boxMessage)) return "Box did not accept the signer's password. Choose a different one.";
  // Resend is allowed once every 10 minutes [sign-requests.md §1.5].
  if (/10 minutes|too soon|recently/i.test(boxMessage)) return 'This request was resent recently. Box allows one resend every 10 minutes.';
  return boxMessage ? `Box did not accept the request: ${boxMessage}` : 'Box did not accept the request.';
}

function corsMessage(contextInfo: Record<string, unknown> | undefined): string {
  const origin = typeof contextInfo?.origin === 'string' ? ` (${contextInfo.origin})` : '';
  return (
    `Box refused the extension because its address${origin} is not on the Box app's list of allowed origins. ` +
    'Ask your Box admin to add it under CORS Domains in the Box Developer Console.'
  );
}
