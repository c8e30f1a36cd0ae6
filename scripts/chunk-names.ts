// File names for the build's chunks (vite.config.ts, `chunkFileNames`). Pure, so it is tested alone.

/** What Rolldown tells `chunkFileNames` about a chunk (the fields used here). */
export interface ChunkInfo {
  /** Vite's own name: the entry's, or the first module's. */
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  moduleIds: readonly string[];
}

/**
 * Vite names a shared chunk after its first module, which can hide what it holds: zod's chunk was
 * "browser-polyfill", then "box-urls", in the size tables. A shared chunk with npm packages in it is
 * named after them (most modules first), with "-shared" when modules of ours ride along; entries,
 * chunks loaded on demand and chunks of ours alone keep Vite's name.
 */
export function chunkName(chunk: ChunkInfo): string {
  if (chunk.isEntry || chunk.isDynamicEntry) return chunk.name;
  const counts = new Map<string, number>();
  let ours = false;
  for (const id of chunk.moduleIds) {
    const pkg = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];
    if (pkg) counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
    else if (!id.startsWith('\0')) ours = true;
  }
  if (counts.size === 0) return chunk.name;
  const packages = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([pkg]) => pkg.replace('@', '').replace(/[\\/]/g, '-'));
  return [...packages, ...(ours ? ['shared'] : [])].join('-');
}
