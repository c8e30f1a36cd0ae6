// The one rule for every address an extension page opens or links (Open in Box, Box's preparation page,
// signed documents, All requests' links): https on Box's web hosts or on a company Box domain the user
// granted (shared/box-urls.ts isOpenableBoxUrl, with the hosts of ui/box-hosts.tsx).
import { isOpenableBoxUrl } from '../shared/box-urls';
import { useBoxHosts } from './box-hosts';

type Openable = (url: string | null | undefined) => string | null;

/** `url` when it may be opened or linked with these company hosts, else null (then it is shown as text, never opened). */
export function openableWith(hosts: readonly string[]): Openable {
  return (url) => (isOpenableBoxUrl(url, hosts) ? url : null);
}

/** The rule with this page's company hosts. */
export function useOpenable(): Openable {
  return openableWith(useBoxHosts());
}
