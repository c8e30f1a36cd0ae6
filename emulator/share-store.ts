import type { SharedLinkAccess } from './types.ts';

// The stored shared links, on their own: state.ts holds a ShareStore, and everything that reads or serves
// links (shares.ts, the pages, the API) depends on the state, so the store must not.

export type ItemRef = { type: 'file' | 'folder'; id: string };

export interface StoredShare {
  token: string;
  vanityName: string | null;
  access: SharedLinkAccess;
  password: string | null;
  canDownload: boolean;
  pageData: boolean;
  item: ItemRef;
}

/** One link per item (Box: an item has a single shared link; "update" changes its settings). */
export class ShareStore {
  private readonly byToken = new Map<string, StoredShare>();

  get(token: string): StoredShare | undefined {
    return this.byToken.get(token);
  }

  byVanity(name: string): StoredShare | undefined {
    return [...this.byToken.values()].find((s) => s.vanityName === name);
  }

  forItem(item: ItemRef): StoredShare | undefined {
    return [...this.byToken.values()].find((s) => s.item.type === item.type && s.item.id === item.id);
  }

  all(): StoredShare[] {
    return [...this.byToken.values()];
  }

  put(share: StoredShare): void {
    const previous = this.forItem(share.item);
    if (previous) this.byToken.delete(previous.token);
    this.byToken.set(share.token, share);
  }
}
