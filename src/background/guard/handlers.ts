// The guard's part of the background's message table, and the send wrapped by the guard: the
// organisation's rules are checked before anything is recorded or posted, and the signers'
// phones and domains are remembered once Box has accepted the request.
import type { backgroundProtocol, SendSignRequest } from '../../shared/messages';
import type { Handlers } from '../message-handler';
import type { GuardPolicy } from '../../shared/guard/policy';
import type { SenderLike } from '../../shared/senders';
import { enforceGuard } from './enforce';
import type { PhoneTypes } from './phone-types';
import type { Confusables } from '../../shared/guard/confusables';
import type { SignerMemory } from './signer-memory';

type Table = Handlers<typeof backgroundProtocol, SenderLike>;
export type GuardMessages = 'checkSignerPhones' | 'forgetSigner' | 'getGuardContext';

export type Guard = {
  memory: SignerMemory;
  /** The organisation's guard policy, read afresh for each send (policies change without a restart). */
  policy: () => Promise<GuardPolicy>;
  phoneTypes: PhoneTypes;
  /** The look-alike table, fetched when `blockLookalikeDomains` first needs it. */
  confusables: () => Promise<Confusables>;
};

export function guardHandlers({ memory, policy }: Guard): Pick<Table, GuardMessages> {
  return {
    checkSignerPhones: async ({ signers }) => ({ phones: await memory.check(signers) }),
    forgetSigner: async ({ email }) => {
      await memory.forget(email);
      return {};
    },
    getGuardContext: async () => {
      const { internalDomains, minPasswordLength } = await policy();
      return { sentDomains: await memory.domains(), internalDomains: [...internalDomains], minPasswordLength };
    },
  };
}

/** The organisation's guard rules on one request, read afresh: the popup's send and every bulk row pass here. */
export async function checkGuard(guard: Guard, request: SendSignRequest): Promise<void> {
  const { phoneTypes, confusables } = guard;
  await enforceGuard(request, { policy: await guard.policy(), sentDomains: () => guard.memory.domains(), phoneTypes, confusables });
}

/** `send` behind the guard's rules; what Box accepted is remembered (a failure to remember is not the send's). */
export function guardedSend(guard: Guard, send: Table['sendSignRequest']): Table['sendSignRequest'] {
  return async (request: SendSignRequest, sender) => {
    await checkGuard(guard, request);
    const outcome = await send(request, sender);
    await guard.memory.remember(request.signers).catch(() => undefined);
    return outcome;
  };
}
