// The answering side of our messages: an onMessage listener that checks the sender, then the
// request, before any handler runs, and wraps every answer in an envelope. Pure: src/platform wires
// it to the browser. The asking side is platform/messaging.ts (the pages). The content script answers
// its one message without zod, in content/answer.ts.
import type * as z from 'zod/mini';
import { t } from '../shared/i18n';
import { MessageSchema, type Envelope, type Protocol, type ResponseOf, type UserError } from '../shared/messages';

export type Handlers<P extends Protocol, S> = {
  [K in keyof P]: (data: z.output<P[K]['request']>, sender: S) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

type HandlerOptions<S> = {
  /** Sender check, run before the payload is even parsed. Fail closed. */
  allowSender: (sender: S, type: string) => boolean;
  /** Turns any thrown value into words the user can read. */
  toUserError: (error: unknown) => UserError;
};

/**
 * Builds an onMessage listener. Returns undefined (not handled) for messages that are not
 * ours or come from a sender we do not trust, so other listeners and the browser see no reply.
 */
export function createHandler<P extends Protocol, S>(
  /** A whole protocol, or its request schemas alone: answers are not checked here. */
  protocol: P | { [K in keyof P]: Pick<P[K], 'request'> },
  handlers: Handlers<P, S>,
  options: HandlerOptions<S>,
): (message: unknown, sender: S) => Promise<Envelope> | undefined {
  return (message, sender) => {
    const parsed = MessageSchema.safeParse(message);
    if (!parsed.success || !Object.hasOwn(protocol, parsed.data.type)) return undefined;
    const type = parsed.data.type as keyof P & string;
    if (!options.allowSender(sender, type)) return undefined;
    const request = protocol[type]!.request.safeParse(parsed.data.data);
    if (!request.success) {
      return Promise.resolve({ ok: false, error: { message: t('errInvalidMessage'), code: 'invalid_message' } });
    }
    return (async (): Promise<Envelope> => {
      try {
        const data = await handlers[type](request.data as never, sender);
        return { ok: true, data };
      } catch (error) {
        return { ok: false, error: options.toUserError(error) };
      }
    })();
  };
}
