/**
 * The ids and labels of one signer's controls. With one signer the labels are today's ("Signer email",
 * "Phone number") and so are the ids; with several, both are numbered ("Signer 2 email",
 * `signer-2-email`) so every control has a name of its own.
 */
export type RowNames = { n: number; id: (field: string) => string; name: (one: string, many: string) => string };

export function rowNames(index: number, count: number): RowNames {
  return {
    n: index + 1,
    id: (field) => (index === 0 ? `signer-${field}` : `signer-${index + 1}-${field}`),
    name: (one, many) => (count > 1 ? many : one),
  };
}
