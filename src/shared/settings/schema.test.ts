import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { MAX_EMAIL_MESSAGE, MAX_EMAIL_SUBJECT } from '../sign-request/limits';
import { ROOT_FOLDER_MESSAGE, SettingsFields } from '.';

describe('field rules (shared by the options page and the policy parser)', () => {
  const folder = SettingsFields.defaultParentFolderId;

  it('refuses the root folder with a message that says why', () => {
    const result = folder.safeParse('0');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([ROOT_FOLDER_MESSAGE]);
  });

  it('takes numeric folder IDs beyond 2^53 as strings, and null for Box’s choice', () => {
    expect(folder.parse('98765432109876543210')).toBe('98765432109876543210');
    expect(folder.parse(null)).toBeNull();
    for (const bad of ['', '012', '12a', ' 12', '1'.repeat(21), 12]) expect(folder.safeParse(bad).success).toBe(false);
  });

  it('bounds days valid to Box’s 0–730, whole days', () => {
    const days = SettingsFields.daysValid;
    expect(days.parse(0)).toBe(0);
    expect(days.parse(730)).toBe(730);
    expect(days.parse(null)).toBeNull();
    for (const bad of [-1, 731, 1.5, '30', Number.NaN]) expect(days.safeParse(bad).success).toBe(false);
  });

  it('keeps the subject to one line and both texts within their limits', () => {
    expect(SettingsFields.emailSubject.parse('  Please sign  ')).toBe('Please sign');
    expect(SettingsFields.emailSubject.safeParse('a\nb').success).toBe(false);
    expect(SettingsFields.emailSubject.safeParse('x'.repeat(MAX_EMAIL_SUBJECT + 1)).success).toBe(false);
    expect(SettingsFields.emailSubject.safeParse('   ').success).toBe(false);
    expect(SettingsFields.emailMessage.parse('Hi,\r\n\tsign here')).toBe('Hi,\r\n\tsign here');
    expect(SettingsFields.emailMessage.safeParse('bell\u0007').success).toBe(false);
    expect(SettingsFields.emailMessage.safeParse('x'.repeat(MAX_EMAIL_MESSAGE)).success).toBe(true);
  });

  it('offers the four verification methods', () => {
    expect(SettingsFields.defaultMethod.options).toEqual(['sms', 'password', 'login', 'none']);
  });

  it('says a folder ID is invalid in the user’s words', () => {
    const result = SettingsFields.defaultParentFolderId.safeParse('12a');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([t('folderIdInvalid')]);
    expect(t('folderIdInvalid')).not.toBe('folderIdInvalid');
  });
});
