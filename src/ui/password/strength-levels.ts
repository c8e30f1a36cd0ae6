// The strength meter's levels, apart from the estimate (strength.ts), which the popup loads after its
// first render with the rest of the signer guard (ui/form-checks-loader.ts).
export type Strength = { bits: number; level: 0 | 1 | 2 | 3 };

/** From "Too weak" to "Strong"; the popup shows the words, the Generate button always reaches 3. */
export const STRENGTH_BITS = [0, 40, 60, 80] as const;
