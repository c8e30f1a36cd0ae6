import { useEffect, useRef, useState } from 'preact/hooks';
import type { FileInfo } from '../../shared/messages';
import { errorMessage } from '../../ui/errors';
import type { Background } from '../deps';

export type Lookup = { state: 'loading' } | { state: 'ok'; file: FileInfo } | { state: 'failed'; message: string };

/**
 * Box's view of each ticked file (name, download permission). Only ticked files are looked up,
 * since a folder can list hundreds; all at once, and each id once, so ticking back and forth
 * costs nothing. `retry` asks again for a file whose lookup failed.
 */
export function useFileLookups(background: Background, sharedLink: string | null, ticked: string[], known: FileInfo[]) {
  const [lookups, setLookups] = useState<Record<string, Lookup>>(() =>
    Object.fromEntries(known.map((file) => [file.id, { state: 'ok', file }])),
  );
  const started = useRef(new Set(known.map((file) => file.id)));
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const set = (id: string, lookup: Lookup) => {
    if (mounted.current) setLookups((all) => ({ ...all, [id]: lookup }));
  };
  const start = (id: string) => {
    started.current.add(id);
    set(id, { state: 'loading' });
    // The page's shared link only when it has one: the protocol takes a URL or nothing.
    const request = sharedLink ? { fileId: id, sharedLink } : { fileId: id };
    background('getFile', request).then(
      (file) => set(id, { state: 'ok', file }),
      (error: unknown) => set(id, { state: 'failed', message: errorMessage(error) }),
    );
  };

  useEffect(() => {
    for (const id of ticked) if (!started.current.has(id)) start(id);
  }, [ticked.join(',')]);

  return { lookups, retry: start };
}
