import { AuthStore } from './auth-store.ts';
import { Clock } from './clock.ts';
import { ContentStore } from './content.ts';
import type { StoredSignRequest } from './sign-model.ts';
import { ShareStore } from './share-store.ts';
import type { StoredTemplate } from './sign-templates.ts';
import type { AppConfig, SignEnablement } from './types.ts';

export interface DemoUser {
  id: string;
  name: string;
  login: string;
}

export interface Enterprise {
  id: string;
  name: string;
  /** Custom subdomain (`<sub>.app.box.com`), used in the company's shared links; null without one. */
  subdomain: string | null;
}

/** The demo user's company (the same as GET /users/me reports). */
export const DEMO_ENTERPRISE: Enterprise = { id: '1000001', name: 'Example Corp', subdomain: null };

/** Another Box user, in another company: owns content the demo user only reaches through shared links. */
export const OTHER_USER: DemoUser = { id: '20000002', name: 'Grace Hopper', login: 'grace@vendor.example' };
export const OTHER_ENTERPRISE: Enterprise = { id: '1000002', name: 'Vendor Inc', subdomain: 'vendor' };

/** Sliding one-minute window per user (docs rate-limits.md: Sign create + resend 100/min/user). */
export class RateWindow {
  private readonly hits = new Map<string, number[]>();
  /** `windowMs` may be scaled for tests and the bench (Emulator.setSignRateWindow); Box's is one minute. */
  constructor(private readonly limit: number, public windowMs: number) {}

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
  /** GET sign request(s): 1,000 per minute per user (docs rate-limits.md). */
  readonly signGetRate = new RateWindow(1000, 60_000);
  readonly shares = new ShareStore();
  /** Box Sign templates of every user, in creation order. */
  readonly templates: StoredTemplate[] = [];
  readonly otherUser: DemoUser = { ...OTHER_USER };
  /** What the enterprise's plan and admin allow in Box Sign (Emulator.setSignEnablement). */
  signEnablement: SignEnablement = { signEnabled: true, boxLogin: true, smsBlockedRegions: [] };

  constructor(readonly apps: AppConfig[], readonly user: DemoUser) {
    this.content = new ContentStore(this.now, user.id, OTHER_USER.id);
  }

  /** Any Box user the emulator knows (owners of content); only `user` can hold tokens (see userById). */
  person(id: string): DemoUser {
    return id === this.otherUser.id ? this.otherUser : this.user;
  }

  enterpriseOf(userId: string): Enterprise {
    return userId === this.otherUser.id ? OTHER_ENTERPRISE : DEMO_ENTERPRISE;
  }

  app(clientId: string | undefined): AppConfig | undefined {
    return clientId === undefined ? undefined : this.apps.find((a) => a.clientId === clientId);
  }

  /** Box has many users; the emulator has one account, but keeps the ownership check honest. */
  userById(id: string): DemoUser | undefined {
    return id === this.user.id ? this.user : undefined;
  }
}
