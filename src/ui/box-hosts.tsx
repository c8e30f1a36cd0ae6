// The company Box domains the user granted on the options page, read once per page and handed down
// through this context to the one rule for every address an extension page opens or links
// (ui/openable.ts), so no caller can forget them. Apart from that rule: the popup's first script
// carries the provider, not the rule (shared/box-urls.ts builds its patterns as it loads).
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

const BoxHostsContext = createContext<readonly string[]>([]);

/** The company Box hosts (`acme.box.com`) links may also point at; none until they are read. */
export function BoxHostsProvider({ load, children }: { load?: (() => Promise<string[]>) | undefined; children: ComponentChildren }) {
  const [hosts, setHosts] = useState<readonly string[]>([]);
  useEffect(() => {
    let current = true;
    load?.().then((found) => current && setHosts(found), () => undefined);
    return () => void (current = false);
  }, [load]);
  return <BoxHostsContext.Provider value={hosts}>{children}</BoxHostsContext.Provider>;
}

/** The company hosts read so far. */
export function useBoxHosts(): readonly string[] {
  return useContext(BoxHostsContext);
}
