// Request/response helpers over any transport. Pure: the browser's runtime.sendMessage and
// onMessage are passed in by src/platform, so this is tested without a browser.
import type * as z from 'zod/mini';
import { t } from './i18n';
import {
  EnvelopeSchema,
  MessageSchema,
  type Envelope,
  type Protocol,
  type RequestOf,
  type ResponseOf,
  type UserError,
} from './messages';

/** An error that crossed a context boundary, in plain words. */
export class MessageError extends Error {
  readonly detail: UserError;
  constructor(detail: UserError) {
    super(detail.message);
    this.name = 'MessageError';
    this.detail = detail;
  }
}

export type Transport = (message: unknown) => Promise<unknown>;

export type Client<P extends Protocol> = <K extends keyof P & string>(
  type: K,
  data: RequestOf<P, K>,
) => Promise<ResponseOf<P, K>>;

export function createClient<P extends Protocol>(protocol: P, transport: Transport): Client<P> {
  return async (type, data) => {
    const route = protocol[type]!;
    // Check our own request too: a bad one fails here with a clear message, not remotely.
    const request = route.request.parse(data);
    let raw: unknown;
    try {
      raw = await transport({ type, data: request });
    } catch (cause) {
      throw new MessageError({ message: unreachableMessage(cause), code: 'unreachable' });
    }
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) throw new MessageError({ message: t('errBadReply'), code: 'bad_reply' });
    if (!envelope.data.ok) throw new MessageError(envelope.data.error);
    const response = route.response.safeParse(envelope.data.data);
    if (!response.success) throw new MessageError({ message: t('errBadReply'), code: 'bad_reply' });
    return response.data as ResponseOf<P, typeof type>;
  };
}

function unreachableMessage(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (/Receiving end does not exist|Could not establish connection/i.test(text)) {
    return t('errPageNoAnswer');
  }
  return t('errUnreachable');
}

export type Handlers<P extends Protocol, S> = {
  [K in keyof P]: (data: z.output<P[K]['request']>, sender: S) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};

export type HandlerOptions<S> = {
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
  protocol: P,
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
