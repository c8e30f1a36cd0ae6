// The content script's side of the `getPageFiles` message, on the protocol's wire format (`{type, data}`
// in, an envelope out) but without zod: this runs on every Box page load, and the popup checks the
// reply against the protocol's schema (platform/messaging.ts) anyway. The sender is checked first.
import { t } from '../shared/i18n';
import type { Envelope, PageFiles } from '../shared/messages';
import { shaped } from './shaped';

/** The onMessage listener: undefined (not handled) for messages that are not ours or not from a trusted sender. */
export function answerPageFiles(
  allowSender: (sender: unknown) => boolean,
  snapshot: () => PageFiles,
): (message: unknown, sender: unknown) => Promise<Envelope> | undefined {
  return (message, sender) => {
    const { type, data } = (message ?? {}) as { type?: unknown; data?: unknown };
    if (type !== 'getPageFiles' || !allowSender(sender)) return undefined;
    return Promise.resolve(reply(data, snapshot));
  };
}

function reply(data: unknown, snapshot: () => PageFiles): Envelope {
  // The protocol's request is a strict empty object.
  if (!shaped(data, {}) || Object.keys(data as object).length > 0) {
    return { ok: false, error: { message: t('errInvalidMessage'), code: 'invalid_message' } };
  }
  try {
    return { ok: true, data: snapshot() };
  } catch {
    return { ok: false, error: { message: t('errPageUnreadable') } };
  }
}
