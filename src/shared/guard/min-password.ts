// The shortest signer password the guard lets pass without a warning when the organisation sets none.
// A module of its own: the popup's first script needs the number (guard/policy.ts), not the checks
// (passwords.ts), which load with the guard's notes.
export const MIN_PASSWORD_LENGTH = 8;
