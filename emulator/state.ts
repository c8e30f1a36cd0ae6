import { AuthStore } from './auth-store.ts';
import { Clock } from './clock.ts';
import { ContentStore } from './content.ts';
import type { StoredSignRequest } from './sign-model.ts';
import type { AppConfig } from './types.ts';

export interface DemoUser {
  id: string;
  name: string;
  login: string;
}

/** Sliding one-minute window per user (docs rate-limits.md: Sign create + resend 100/min/user). */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Records a hit; returns seconds to wait when over the limit, else 0. */
  hit(key: string, now: number): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    }
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }
}

export class EmulatorState {
  readonly clock = new Clock();
  readonly now = (): number => this.clock.now();
  readonly content: ContentStore;
  readonly auth = new AuthStore(this.now);
  readonly signRequests: StoredSignRequest[] = [];
  readonly signRate = new RateWindow(100, 60_000);

  constructor(readonly apps: AppConfig[], readonly user: DemoUser) {
    this.content = new ContentStore(this.now, user.id);
  }

  app(clientId: string | undefined): AppConfig | undefined {
    return clientId === undefined ? undefined : this.apps.find((a) => a.clientId === clientId);
  }

  /** Box has many users; the emulator has one account, but keeps the ownership check honest. */
  userById(id: string): DemoUser | undefined {
    return id === this.user.id ? this.user : undefined;
  }
}
