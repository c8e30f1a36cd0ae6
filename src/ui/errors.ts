import { t } from '../shared/i18n';
import { MessageError } from '../platform/messaging';

/** The words to show for a failed call. The background already phrases its errors for people. */
export function errorMessage(error: unknown): string {
  if (error instanceof MessageError) return error.detail.message;
  return t('somethingWrong');
}
