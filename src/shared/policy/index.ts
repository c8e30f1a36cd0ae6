// The organisation's rules applied to a sign request: the engine (rules.ts), what they demand of each
// signer (requirements.ts), and who a signer is to them (signers.ts).
export { allowedByConstraints, signerConstraints, type Because, type Constraint } from './requirements';
export { policyRefusals, RULE_SETS, type PolicyFile, type PolicyFolder, type PolicyRequest, type PolicySigner, type Refusal, type RuleSet } from './rules';
export { emailDomain, isInternalEmail, policySigners, signerMethod } from './signers';
export { methodList, methodName } from './words';
