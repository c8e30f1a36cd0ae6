// A data file fetched on first use and kept for the context's life (the worker's, a page's): the
// guard's phone metadata and look-alike table. A failed fetch is not kept, so the next use tries again.

/** `load`, asked once and its answer kept; asked again only after it failed. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () =>
    (kept ??= load().catch((error: unknown) => {
      kept = null;
      throw error;
    }));
}
