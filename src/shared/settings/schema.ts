// One settings schema with defaults. Reads are repaired field by field (`.catch`), so a bad or old
// stored value never breaks the popup; the options page and the policy parser check values with the
// same field schemas. Stored by store.ts; migrated by migrations.ts; overridden by policy.ts.
import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { FOLDER_ID, ROOT_FOLDER_ID } from '../box-ids';
import { t } from '../i18n';
import { typedText } from '../schemas/text';
import { wholeCheck } from '../schemas/whole';
import { MAX_DAYS_VALID, SIGN_METHODS } from '../sign-request/limits';
import { TEXT_RULES } from '../sign-request/text-rules';

export const ROOT_FOLDER_MESSAGE = t('rootFolder');

const FolderIdSchema = z.string().check(
  z.regex(FOLDER_ID, t('folderIdInvalid')),
  z.refine((id) => id !== ROOT_FOLDER_ID, ROOT_FOLDER_MESSAGE),
);


/**
 * What a valid value of each field is, without repair. The options page validates what the user
 * types with these (their messages are shown beside the fields) and the policy parser checks what
 * an organisation sets; `SettingsSchema` below wraps each one with its default and repair.
 */
export const SettingsFields = {
  /** ISO 3166 region used to read phone numbers typed without a +country code. */
  defaultCountry: z.string().check(z.regex(/^[A-Z]{2}$/, t('chooseCountry'))),
  /** Which verification the popup selects first: SMS code, password, Box sign-in (`login_required`), or none. */
  defaultMethod: z.enum(SIGN_METHODS, t('chooseVerification')),
  /** Pre-ticks "require the SMS code before the signer can view the document". */
  requirePhoneToView: z.boolean(),
  /** Where Box puts the signed copy and signing log; null: Box's choice (the first file's folder, else "My Sign Requests"). */
  defaultParentFolderId: z.nullable(FolderIdSchema),
  /** Subject of Box's email to signers; null: Box's default. */
  emailSubject: z.nullable(typedText(TEXT_RULES.emailSubject, t('subjectEmpty'))),
  /** Message in Box's email to signers; null: Box's default. */
  emailMessage: z.nullable(typedText(TEXT_RULES.emailMessage, t('messageEmpty'))),
  /** Days until an unsigned request expires; null: it never expires (Box's default). */
  daysValid: z.nullable(
    z
      .number(t('daysWhole', MAX_DAYS_VALID))
      .check(
        wholeCheck(t('daysWhole', MAX_DAYS_VALID)),
        z.minimum(0, t('daysWhole', MAX_DAYS_VALID)),
        z.maximum(MAX_DAYS_VALID, t('daysMax', MAX_DAYS_VALID)),
      ),
  ),
  /** Box reminds outstanding signers on days 3, 8, 13 and 18 (`are_reminders_enabled`). */
  remindersEnabled: z.boolean(),
  /** Tell the sender when a request is finished (read by request tracking, which asks for its own permission). */
  notifyOnFinish: z.boolean(),
} as const;

/**
 * A field's value when valid, else (missing or damaged in storage) its default. `catch` alone covers a
 * missing field too (undefined is not valid): no zod `default` kind in the service worker.
 */
function orDefault<T extends z.ZodMiniType>(field: T, fallback: util.NoUndefined<z.output<T>>) {
  return z.catch(field, fallback);
}

export const SettingsSchema = z.object({
  defaultCountry: orDefault(SettingsFields.defaultCountry, 'US'),
  defaultMethod: orDefault(SettingsFields.defaultMethod, 'sms'),
  requirePhoneToView: orDefault(SettingsFields.requirePhoneToView, true),
  defaultParentFolderId: orDefault(SettingsFields.defaultParentFolderId, null),
  emailSubject: orDefault(SettingsFields.emailSubject, null),
  emailMessage: orDefault(SettingsFields.emailMessage, null),
  daysValid: orDefault(SettingsFields.daysValid, null),
  remindersEnabled: orDefault(SettingsFields.remindersEnabled, false),
  notifyOnFinish: orDefault(SettingsFields.notifyOnFinish, false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];
