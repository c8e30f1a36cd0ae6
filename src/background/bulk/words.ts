// Words the background puts in a batch's progress for the Bulk send page to show (locale catalogue).
import { t } from '../../shared/i18n';

export const words = {
  get passwordsLost() {
    return t('bulkPasswordsLost');
  },
};
