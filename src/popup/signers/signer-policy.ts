// What the organisation's rules allow one signer row, for the form to offer only that and say why.
import { t } from '../../shared/i18n';
import { allowedByConstraints, methodList, signerConstraints, type Constraint, type PolicyFile } from '../../shared/policy';
import type { PolicyRules } from '../../shared/settings';
import type { SignMethod } from '../../ui/sign-form-fields';

export type RowPolicy = {
  /** The methods the row may offer, in the usual order. */
  methods: SignMethod[];
  /** A password is required (shown ticked and locked). */
  password: boolean;
  /** Why, in plain words: one sentence a rule that narrows the choice. */
  reasons: string[];
};

/** null without rules. An email not typed yet is not held to the rule for external signers until it is. */
export function rowPolicy(policy: { rules: PolicyRules; files: readonly PolicyFile[] } | null, email: string): RowPolicy | null {
  if (!policy) return null;
  const constraints = signerConstraints(email.includes('@') ? email.trim() : null, policy.files, policy.rules);
  const { methods, password } = allowedByConstraints(constraints);
  return { methods, password, reasons: constraints.flatMap(reason) };
}

function reason({ because, methods, password }: Constraint): string[] {
  if (because.kind === 'requirePassword') return [t('policyWhyPassword')];
  if (because.kind === 'externalMethods') return [t('policyWhyExternal', methodList(methods ?? []))];
  if (because.kind === 'classificationRules') {
    const needs = [...(methods ? [methodList(methods)] : []), ...(password ? [t('policyAPassword')] : [])].join(' + ');
    return [t('policyWhyLabel', because.label, because.files.map((file) => `“${file.name}”`).join(', '), needs)];
  }
  return [];
}
