// A popup that received the answer to its own send has shown the result: tell the background,
// so "Last sent" on the next opening is only for sends whose popup closed before the answer.
import type { SendOutcome } from '../../shared/messages';
import type { Background } from '../deps';

export function withSendAck(background: Background): Background {
  const wrapped = (async (type, data) => {
    const answer = await background(type, data);
    if (type === 'sendSignRequest') {
      const outcome = answer as SendOutcome;
      if (outcome.outcome === 'sent') void background('ackSent', { ids: [outcome.request.id] }).catch(() => undefined);
    }
    return answer;
  }) as Background;
  return wrapped;
}
