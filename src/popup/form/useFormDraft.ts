import { useMemo, useState } from 'preact/hooks';
import type { SignFormDraft } from '../../ui/sign-form-fields';
import type { StorageArea } from '../../shared/storage-area';
import { setTicked } from '../files/offer';
import type { Offer } from '../setup';
import { createDraftStore } from './draft';

export type FormDraftSource = {
  draftArea: StorageArea;
  offer: Offer;
  initialDraft: SignFormDraft;
  initialTicked: string[];
  draftKey: string;
};

/** What the user typed and ticked, kept as a draft in storage.session at every change (never the passwords). */
export function useFormDraft({ draftArea, offer, initialDraft, initialTicked, draftKey }: FormDraftSource) {
  const drafts = useMemo(() => createDraftStore(draftArea), [draftArea]);
  const [draft, setDraft] = useState(initialDraft);
  const [ticked, setTickedIds] = useState(initialTicked);
  const save = (form: SignFormDraft, ids: string[]) => void drafts.save(draftKey, form, { ticked: ids, pageChoice: offer.pageChoice });
  return {
    draft,
    ticked,
    change: (next: SignFormDraft) => {
      setDraft(next);
      save(next, ticked);
    },
    tick: (id: string, on: boolean) => {
      const next = setTicked(offer.files, ticked, id, on);
      setTickedIds(next);
      save(draft, next);
    },
    /** A fresh form after a send, not stored: the send cleared the draft (`clear`). */
    restart: setDraft,
    clear: () => drafts.clear(draftKey),
    /** After a send Box accepted: the draft waits under the request, for "Edit and send again" (Sent view). */
    keepFor: (requestId: string) => drafts.keepFor(draftKey, requestId),
  };
}
