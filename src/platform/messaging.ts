// The asking side of our messages, over any transport: send the request, check the reply.
// Pure: the browser's runtime.sendMessage is passed in by src/platform, so this is tested without a
// browser. The answering side is background/message-handler.ts (the service worker; the content script answers its one message in content/answer.ts),
// which checks every request it receives against the same protocol schema: the request is not
// parsed here as well (the types keep our own requests in shape, and the receiver trusts no sender).
// The reply is checked here: this side is where it is received.
import { t } from '../shared/i18n';
import { EnvelopeSchema, type Protocol, type RequestOf, type ResponseOf, type UserError } from '../shared/messages';

/** An error that crossed a context boundary, in plain words. */
export class MessageError extends Error {
  readonly detail: UserError;
  constructor(detail: UserError) {
    super(detail.message);
    this.name = 'MessageError';
    this.detail = detail;
  }
}

type Transport = (message: unknown) => Promise<unknown>;

export type Client<P extends Protocol> = <K extends keyof P & string>(
  type: K,
  data: RequestOf<P, K>,
) => Promise<ResponseOf<P, K>>;

export function createClient<P extends Protocol>(protocol: P, transport: Transport): Client<P> {
  return async (type, data) => {
    const route = protocol[type]!;
    let raw: unknown;
    try {
      raw = await transport({ type, data });
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
