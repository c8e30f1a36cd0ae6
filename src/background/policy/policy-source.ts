// The organisation's policy as the background sees it: read from storage.managed once, then kept
// until the browser says it changed (`storage.onChanged` for `managed`), so an admin's new policy
// applies to the very next send. A worker that stops simply reads it again when it wakes.
import { readManagedPolicy, type ManagedPolicy } from '../../shared/settings';

export type PolicySource = { current(): Promise<ManagedPolicy>; changed(): void };

export function createPolicySource(readManaged: () => Promise<unknown>): PolicySource {
  let cached: Promise<ManagedPolicy> | null = null;
  return {
    current() {
      cached ??= readManaged().then(readManagedPolicy, () => readManagedPolicy(undefined));
      return cached;
    },
    changed() {
      cached = null;
    },
  };
}
