// The clipboard's clear, a minute after a page copied a password (issue 16). The page's own timer dies
// with the popup, which closes as soon as the user clicks elsewhere to paste; an alarm survives the
// popup and the worker's stops. The password never comes here: the page writes the clipboard (it has
// the user's gesture) and only asks for the clear.
import type { OneShotAlarms } from '../../platform/background-apis';
import { CLEAR_CLIPBOARD_AFTER_MS } from '../../shared/clipboard-delay';

export const CLIPBOARD_ALARM = 'clear-clipboard';

export type ClipboardClearer = {
  /** Arms the one alarm; a later Copy re-arms it, so the clear comes a minute after the last copy. */
  schedule(): Promise<void>;
  /** The alarm handler: clears on this clearer's alarm, ignores every other. */
  onAlarm(name: string): Promise<void>;
};

export function createClipboardClearer(deps: { alarms: OneShotAlarms; clear: () => Promise<void> }): ClipboardClearer {
  return {
    schedule: async () => void (await deps.alarms.create(CLIPBOARD_ALARM, { delayInMinutes: CLEAR_CLIPBOARD_AFTER_MS / 60_000 })),
    onAlarm: async (name) => {
      if (name === CLIPBOARD_ALARM) await deps.clear();
    },
  };
}
