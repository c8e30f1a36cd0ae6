// The asking side of our messages, over any transport: send the request, check the reply.
// Pure: the browser's runtime.sendMessage is passed in by src/platform, so this is tested without a
// browser. The answering side is background/message-handler.ts (the service worker; the content script answers its one message in content/answer.ts),
// which checks every request it receives against the same protocol schema: the request is not
// parsed here as well (the types keep our own requests in shape, and the receiver trusts no sender).
// The reply is checked here: this side is where it is received.
import { t } from '../shared/i18n';
import type { Protocol, RequestOf, ResponseOf } from '../shared/messages';
import { EnvelopeSchema, type UserError } from '../shared/wire';

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

/**
 * `protocol`, or a function that loads it: then it is loaded once, when the first message is sent,
 * while the message travels (the popup's form does not wait for every answer's schema, see
 * platform/index.ts). A failed load is tried again by the next message.
 */
export function createClient<P extends Protocol>(protocol: P | (() => Promise<P>), transport: Transport): Client<P> {
  const routes = typeof protocol === 'function' ? once(protocol) : () => Promise.resolve(protocol);
  return async (type, data) => {
    const loading = routes();
    loading.catch(() => undefined); // awaited below, once the reply is there; not "unhandled" meanwhile
    let raw: unknown;
    try {
      raw = await transport({ type, data });
    } catch (cause) {
      throw new MessageError({ message: unreachableMessage(cause), code: 'unreachable' });
    }
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) throw new MessageError({ message: t('errBadReply'), code: 'bad_reply' });
    if (!envelope.data.ok) throw new MessageError(await inWords(envelope.data.error));
    const response = (await loading)[type]!.response.safeParse(envelope.data.data);
    if (!response.success) throw new MessageError({ message: t('errBadReply'), code: 'bad_reply' });
    return response.data as ResponseOf<P, typeof type>;
  };
}

/** `load`'s promise, shared by every call until it fails. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** A Box failure's facts in words: the wording is loaded only when one shows (the popup's start does not carry it). */
async function inWords(error: UserError): Promise<UserError> {
  if (error.box === undefined) return error;
  return (await import('./box-words')).inWords(error);
}

function unreachableMessage(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (/Receiving end does not exist|Could not establish connection/i.test(text)) {
    return t('errPageNoAnswer');
  }
  return t('errUnreachable');
}
