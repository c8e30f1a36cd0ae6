import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Signer } from '../../shared/messages';
import { memoryArea, type StorageArea } from '../../shared/storage-area';
import { createRecentStore, type RecentSigner } from './recent';

/** The recent signers suggested in the form, remembered after each send. Without an area, none are kept. */
export function useRecentSigners(area: StorageArea | undefined) {
  const store = useMemo(() => createRecentStore(area ?? memoryArea()), [area]);
  const [recent, setRecent] = useState<RecentSigner[]>([]);
  useEffect(() => void store.load().then(setRecent), [store]);
  return {
    recent,
    remember: (signers: readonly Signer[]) => void store.remember(signers).then(setRecent),
    forget: () => {
      setRecent([]);
      void store.forget();
    },
  };
}
