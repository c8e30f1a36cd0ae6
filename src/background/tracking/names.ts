// Remembers the names of the files Box described (the popup looks up every ticked file, and a
// send checks each one's download permission), so the "Sent" list can name what was sent
// without asking Box again. Memory only, bounded: a name is a nicety, never needed.
import type { BoxClient } from '../box/client';

export type NamedFile = { id: string; name: string | null };
export type FileNames = { client: BoxClient; files(ids: readonly string[]): NamedFile[] };

const MAX_NAMES = 500;

export function fileNameCache(client: BoxClient): FileNames {
  const names = new Map<string, string>();
  const remember = <F extends { id: string; name: string }>(file: F): F => {
    names.delete(file.id);
    names.set(file.id, file.name);
    if (names.size > MAX_NAMES) names.delete(names.keys().next().value!);
    return file;
  };
  return {
    client: {
      ...client,
      getFile: async (id, options) => remember(await client.getFile(id, options)),
      resolveSharedFile: async (link) => remember(await client.resolveSharedFile(link)),
    },
    files: (ids) => [...new Set(ids)].map((id) => ({ id, name: names.get(id) ?? null })),
  };
}
