/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The browser a build is for (vite.config.ts); undefined in tests. */
  readonly BROWSER?: 'chrome' | 'firefox';
}
