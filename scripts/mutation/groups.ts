// The modules that protect signers and their data, in the groups `npm run mutation` runs one at a
// time (the machine is shared: one Stryker run with one or two test workers at a time).
export interface MutationGroup {
  name: string;
  /** What the group guards, as the report names it. */
  title: string;
  files: string[];
}

export const MUTATION_GROUPS: MutationGroup[] = [
  {
    name: 'senders',
    title: 'Sender checks and the message handler',
    files: ['src/shared/senders.ts', 'src/shared/message-handler.ts', 'src/background/listener.ts'],
  },
  {
    name: 'sign-request',
    title: 'Sign-request rules and phone normalisation',
    files: ['src/shared/sign-request/rules.ts', 'src/shared/schemas/sign-request.ts', 'src/ui/phone/phone.ts'],
  },
  {
    name: 'payload',
    title: 'Payload builder and Box response schemas',
    files: ['src/background/box/payload.ts', 'src/background/box/schemas.ts'],
  },
  {
    name: 'box-send',
    title: 'Box request/retry and send recovery',
    files: ['src/background/box/request.ts', 'src/background/box/send.ts', 'src/background/box/lookup.ts'],
  },
  {
    name: 'tokens',
    title: 'Token handling',
    files: ['src/background/auth/token-store.ts', 'src/background/auth/token-provider.ts'],
  },
  { name: 'drafts', title: 'Drafts', files: ['src/popup/form/draft.ts'] },
  { name: 'box-urls', title: 'Box URL parsing', files: ['src/shared/box-urls.ts'] },
  {
    name: 'settings',
    title: 'Settings and policy',
    files: [
      'src/shared/settings/schema.ts',
      'src/shared/settings/policy.ts',
      'src/shared/settings/policy-rules.ts',
      'src/shared/settings/store.ts',
      'src/shared/settings/migrations.ts',
    ],
  },
  {
    name: 'policy',
    title: 'Organisation policy rules and their enforcement',
    files: ['src/shared/policy/rules.ts', 'src/shared/policy/requirements.ts', 'src/shared/policy/signers.ts', 'src/background/policy/enforce.ts'],
  },
  {
    name: 'guard',
    title: 'Signer identity guard',
    files: [
      'src/shared/guard/lookalike.ts',
      'src/shared/guard/punycode.ts',
      'src/shared/guard/passwords.ts',
      'src/shared/guard/policy.ts',
      'src/background/guard/enforce.ts',
      'src/background/guard/signer-memory.ts',
    ],
  },
  {
    name: 'bulk-queue',
    title: 'Bulk send queue',
    files: ['src/background/bulk/queue.ts', 'src/background/bulk/pacer.ts', 'src/background/bulk/enforce.ts'],
  },
];
