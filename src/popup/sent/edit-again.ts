// "Edit and send again" from the Sent view, for a request Box could not use (error_converting): the
// draft the send moved aside (form/draft.ts keepFor) goes back to its page. The popup (App) does that
// and says where the form now is; the Sent tabs switch to the form when it is this page's.
import { createContext } from 'preact';

/** `here`: the form on this popup's page now holds it; `elsewhere`: it waits on its own Box page; `none`: nothing was kept. */
export type EditAgainResult = 'here' | 'elsewhere' | 'none';
export type EditAgain = (requestId: string) => Promise<EditAgainResult>;

export const EditAgainContext = createContext<EditAgain | null>(null);
