// The browser APIs the service worker's logic takes as parameters. They are declared here, in the
// platform layer that implements them (background.ts), so that layer never imports the background;
// tests pass fakes of the same shapes.

/** `declarativeNetRequest`'s session rules (the Origin rule, origin-rule.ts). */
export interface SessionRules {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: readonly object[] }): Promise<void>;
}

/** A context-menu item as the background defines it (context-menu.ts). */
export interface MenuItem {
  id: string;
  title: string;
  /** `action`: the toolbar button's own right-click menu. */
  contexts: ('link' | 'page' | 'action')[];
  documentUrlPatterns?: string[];
  targetUrlPatterns?: string[];
}

export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: MenuItem): void;
}

export interface MenuClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
}

/** The tracking alarm (tracking/). */
export type AlarmsApi = {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
};

/** A one-shot alarm (the clipboard's clear, background/guard/clipboard.ts): one of the same name replaces it. */
export type OneShotAlarms = {
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
};

export type NotifierApi = {
  /** Whether the optional `notifications` permission is granted right now. */
  permitted(): Promise<boolean>;
  show(id: string, title: string, message: string): Promise<void>;
};

/** A content script registered at run time (`scripting.registerContentScripts`). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
}

/** The part of `scripting` the background uses: the content script on the company Box hosts the user granted. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}
