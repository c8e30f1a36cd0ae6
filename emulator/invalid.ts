// One refused parameter of a request body, shared by the validators (sign-validate.ts, sign-prefill.ts).

/** A failed rule: which parameter, and a message in Box's wording style. */
export interface Invalid {
  name: string;
  message: string;
}
