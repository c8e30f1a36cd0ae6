// The rules the organisation enforces, as the options page lists them (the key as the admin wrote it,
// the value in words), and what is wrong with them as a whole: a policy that leaves no method blocks
// sending, and is said here so the person can tell their IT team.
import { t } from '../shared/i18n';
import { methodList } from '../shared/policy';
import { RULE_KEYS, type PolicyRules, type RuleKey } from '../shared/settings';
import { policyProblems } from '../ui/policy-problems';

function valueInWords(key: RuleKey, rules: PolicyRules): string {
  switch (key) {
    case 'allowedMethods':
    case 'externalMethods':
      return methodList(rules[key] ?? []);
    case 'requirePassword':
      return rules.requirePassword ? t('policyWhyPassword') : '—';
    case 'classificationRules':
      return Object.entries(rules.classificationRules ?? {})
        .map(([label, rule]) => `${label}: ${[...(rule.methods ? [methodList(rule.methods)] : []), ...(rule.requirePassword ? [t('policyAPassword')] : [])].join(' + ') || '—'}`)
        .join('; ');
    case 'minPasswordLength':
      return String(rules.minPasswordLength ?? '—');
    case 'blockLookalikeDomains':
    case 'blockLandlineSms':
      return rules[key] ? '✓' : '—';
    default:
      return (rules[key] ?? []).join(', ') || '—';
  }
}

export function PolicyRulesList({ rules }: { rules: PolicyRules }) {
  const keys = RULE_KEYS.filter((key) => rules[key] !== undefined);
  const problems = policyProblems(rules);
  if (keys.length === 0) return null;
  return (
    <>
      <p>{t('orgRulesTitle')}</p>
      <ul class="policy-rules">
        {keys.map((key) => (
          <li key={key}>
            <code>{key}</code>: {valueInWords(key, rules)}
          </li>
        ))}
      </ul>
      {problems.map((problem) => (
        <p class="notice danger" role="alert" key={problem.message}>
          {problem.message}
        </p>
      ))}
    </>
  );
}
