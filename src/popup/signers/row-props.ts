// What one signer row is given; its parts (Verification.tsx) take the same.
import type { SignTemplate } from '../../shared/messages';
import type { SignerDraft, SignFormErrors } from '../../ui/sign-form-fields';
import type { RowPolicy } from './signer-policy';
import type { RowGuard } from './useSignerGuard';

export type SignerRowProps = {
  index: number;
  count: number;
  signer: SignerDraft;
  password: string;
  ordered: boolean;
  defaultCountry: string;
  errors: SignFormErrors;
  /** The template's recipient this row fills, and whether the template fixes its recipients. */
  templateRow: SignTemplate['signers'][number] | null;
  locked: boolean;
  /** What the organisation's rules allow this row; null without rules. */
  policy: RowPolicy | null;
  /** Ids of the recent emails / phones datalists. */
  emailList: string;
  phoneList: string;
  onChange: (patch: Partial<SignerDraft>) => void;
  onPassword: (password: string) => void;
  onBlur: () => void;
  /** Null when the row cannot be removed (the only signer, or fixed by a template). */
  onRemove: (() => void) | null;
  emailRef: (input: HTMLInputElement | null) => void;
  /** The signer guard's notes and confirmations for this row. */
  guard: RowGuard;
};
