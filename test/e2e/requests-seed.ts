// Requests made in Box's web app (not by this extension) for the All requests e2e tests in Chromium and
// Firefox: a declined signer with Box's reason, a signer who viewed but has not signed, a signed request.
import type { Emulator } from '../../emulator/index';

export const DAY = 24 * 60 * 60 * 1000;
export const NDA = '1000000001';
const OFFER = '1000000002';
const PRICING = '1000000005';

/**
 * Adds the three requests (ids by `offer`, `nda`, `pricing`), plus whatever `more` adds before the
 * emulator moves them on, then lets each signer act: declined, viewed, signed and finalised.
 */
export function seedWebAppRequests(em: Emulator, more: (ids: Record<string, string>) => void = () => undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  ids['offer'] = em.addWebAppRequest({ fileIds: [OFFER], name: 'Offer letter - Grace', signers: [{ email: 'grace@example.org' }], ageMs: 3 * DAY });
  ids['nda'] = em.addWebAppRequest({
    fileIds: [NDA], name: 'NDA - Acme', ageMs: 2 * DAY,
    signers: [{ email: 'alan@example.org', order: 1, verificationPhoneNumber: '+14155552671' }, { email: 'barbara@example.org', order: 2 }],
  });
  ids['pricing'] = em.addWebAppRequest({ fileIds: [PRICING], name: 'Pricing sign-off', signers: [{ email: 'claude@example.org', role: 'approver' }], ageMs: DAY });
  more(ids);
  em.advance(3_000); // converted, sent
  em.signerDeclines(ids['offer']!, 'grace@example.org', 'The start date is wrong');
  em.signerViews(ids['nda']!, 'alan@example.org');
  em.signerSigns(ids['pricing']!, 'claude@example.org');
  em.advance(3_000); // finalized: signed, with the signing log
  return ids;
}
