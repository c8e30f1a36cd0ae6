// The one rule for every address an extension page opens or links (Open in Box, Box's preparation page,
// signed documents, All requests' links): https on Box's web hosts or on a company Box domain the user
// granted on the options page (shared/box-urls.ts isOpenableBoxUrl). The granted hosts are read once per
// page and handed down through this context, so no caller can forget them.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { isOpenableBoxUrl } from '../shared/box-urls';

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

/** `url` when this page may open or link it, else null (then it is shown as text, never opened). */
export function useOpenable(): (url: string | null | undefined) => string | null {
  const hosts = useContext(BoxHostsContext);
  return (url) => (isOpenableBoxUrl(url, hosts) ? url : null);
}
