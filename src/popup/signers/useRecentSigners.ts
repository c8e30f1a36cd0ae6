// The recent signers suggested in the form. Their store (recent.ts, with the schema storage is read
// with) is loaded after the form's first render, with the first read: the suggestions come a moment
// after the fields, and the form is usable without them.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Signer } from '../../shared/messages';
import { memoryArea, type StorageArea } from '../../shared/storage-area';
import type { RecentSigner } from './recent';

type Store = ReturnType<typeof import('./recent').createRecentStore>;

/** The recent signers, remembered after each send. Without an area, none are kept. */
export function useRecentSigners(area: StorageArea | undefined) {
  const loading = useRef<Promise<Store> | null>(null);
  // The area is fixed for the popup's life.
  const store = () => (loading.current ??= import('./recent').then((m) => m.createRecentStore(area ?? memoryArea())));
  const [recent, setRecent] = useState<RecentSigner[]>([]);
  useEffect(() => void store().then((s) => s.load()).then(setRecent, () => undefined), []);
  return {
    recent,
    remember: (signers: readonly Signer[]) => void store().then((s) => s.remember(signers)).then(setRecent, () => undefined),
    forget: () => {
      setRecent([]);
      void store().then((s) => s.forget(), () => undefined);
    },
  };
}
