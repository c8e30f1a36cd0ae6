// The popup's first module asks the user's tab for its files as soon as the tab is known
// (popup-early.ts), before the popup's other scripts are evaluated: the content script answers
// meanwhile. Its raw reply is checked here as every reply is, by a content client.
import type { PageFiles } from '../shared/messages';
import { contentProtocol } from '../shared/wire';
import { createClient } from './messaging';

/** A tab's files, from its content script; rejects as the content client does (MessageError). */
export type AskPage = (tabId: number) => Promise<PageFiles>;

/** Answers from the reply already asked for when it is that tab's; otherwise (or if asking failed to start) `askNow`. */
export function answeredEarly(asked: Promise<{ tabId: number; reply: Promise<unknown> } | null>, askNow: AskPage): AskPage {
  return async (tabId) => {
    const early = await asked.catch(() => null);
    if (early?.tabId !== tabId) return askNow(tabId);
    return createClient(contentProtocol, () => early.reply)('getPageFiles', {});
  };
}
