// A component whose code is loaded the first time it is rendered (a dynamic import), for views a
// page does not show as it opens: the popup's "Sent" list and the result of a send. Their code then
// stays out of what the popup loads before its form is usable; `preload` fetches it once the page is
// idle, so it is there by the time the user gets to it.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyComponent<P> = ComponentType<P> & { preload: () => Promise<unknown> };

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // tried again on the next render
        throw error;
      },
    ));
  function Lazy(props: P) {
    const [component, setComponent] = useState(() => loaded);
    useEffect(() => {
      if (component) return;
      let current = true;
      preload().then((c) => current && setComponent(() => c), () => undefined);
      return () => void (current = false);
    }, []);
    const Component = component;
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}

/** Runs `task` when the page has nothing else to do (after the first paint). */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback;
  if (idle) idle(task);
  else setTimeout(task, 0);
}
