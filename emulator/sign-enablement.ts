// What the enterprise's Box plan and admin settings allow in Box Sign: switches for the errors real users
// hit. Box documents that Sign must be enabled for the enterprise (auth.md: "an enterprise must have Sign
// enabled"), that Box login needs Enterprise Plus or Advanced (support 4406861109907), and that SMS works
// only for some countries; it documents no error body for any of them, so the bodies below are
// [inference] (README "Assumptions beyond Box's documentation").
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { boxError } from './errors.ts';
import type { Reply } from './http.ts';
import { isRecord } from './is-record.ts';
import type { SignEnablement } from './types.ts';

const paramError = (name: string, message: string): Reply =>
  boxError(400, 'bad_request', 'Bad Request', { context_info: { errors: [{ reason: 'invalid_parameter', name, message }] } });

/** POST /2.0/sign_requests when the enterprise has no Box Sign: 403 `forbidden` [inference: body]. */
export function signDisabled(enablement: SignEnablement): Reply | null {
  if (enablement.signEnabled) return null;
  return boxError(403, 'forbidden', 'Box Sign is not enabled for this enterprise');
}

/** A signer verification the plan or Box's SMS coverage does not allow: 400 naming the field [inference: body]. */
export function unavailableVerification(enablement: SignEnablement, body: Record<string, unknown>): Reply | null {
  const signers = Array.isArray(body['signers']) ? body['signers'] : [];
  for (const [i, signer] of signers.entries()) {
    if (!isRecord(signer)) continue;
    if (signer['login_required'] === true && !enablement.boxLogin) {
      return paramError(`signers[${i}].login_required`, "Box login verification is not available on this enterprise's plan");
    }
    const region = regionOf(signer['verification_phone_number']);
    if (region !== null && enablement.smsBlockedRegions.includes(region)) {
      return paramError(`signers[${i}].verification_phone_number`, `Box Sign cannot send text messages to phone numbers in region '${region}'`);
    }
  }
  return null;
}

function regionOf(phone: unknown): string | null {
  return typeof phone === 'string' && phone !== '' ? (parsePhoneNumberFromString(phone)?.country ?? null) : null;
}
