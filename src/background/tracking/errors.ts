// Refusals the tracking code phrases itself (a resend too soon, a request not in the list, Box's
// reason for refusing a cancel), carried to the page as they are.
import type { UserError } from '../../shared/messages';

type TrackingErrorCode =
  | 'not_tracked'
  | 'resend_too_soon'
  | 'resend_not_allowed'
  | 'cancel_not_allowed'
  | 'setting_locked';

export class TrackingError extends Error {
  override readonly name = 'TrackingError';
  readonly code: TrackingErrorCode;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  constructor(code: TrackingErrorCode, message: string, box?: { status?: number | undefined; requestId?: string | undefined }) {
    super(message);
    this.code = code;
    this.status = box?.status;
    this.requestId = box?.requestId;
  }
}

/** The words for a TrackingError; null for anything else (the Box error mapping handles those). */
export function trackingUserError(error: unknown): UserError | null {
  if (!(error instanceof TrackingError)) return null;
  const out: UserError = { message: error.message, code: error.code };
  if (error.status) out.status = error.status;
  if (error.requestId) out.requestId = error.requestId;
  return out;
}
