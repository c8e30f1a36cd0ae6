// The sending form: the files, the signers, the options, and Send. Checked by useSendCheck.
import { t } from '../../shared/i18n';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { SignTemplate } from '../../shared/messages';
import { FIELD, type SignerDraft, type SignFormDraft, type SignFormErrors } from '../../ui/sign-form-fields';
import { templateLocks } from '../../shared/sign-request/template-locks';
import { OptionsBody, OptionsSection } from './OptionsSection';
import type { RecentSigner } from '../signers/recent';
import { SignerList } from '../signers/SignerList';
import type { TemplateList } from './TemplateChoice';
import { whenIdle } from '../../ui/lazy';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { bulkPageUrl } from '../../shared/bulk-launch';
import { useSendCheck, type SendCheckProps } from './useSendCheck';
import type { SignerGuard } from '../signers/useSignerGuard';

export type SendFormProps = SendCheckProps & {
  onDraftChange: (draft: SignFormDraft) => void;
  onPasswordChange: (signerId: string, password: string) => void;
  /** The file picker (or the template's documents), given the form's file error to show beside the list. */
  renderFiles: (error: string | undefined) => ComponentChildren;
  templates: TemplateList;
  onChooseTemplate: (template: SignTemplate | null) => void;
  retryTemplates: () => void;
  optionsOpen: boolean;
  recent: RecentSigner[];
  onForgetRecent: () => void;
  newSigner: () => SignerDraft;
  sendError: string | null;
  /** The form field `sendError` belongs beside (Box refused that signer's verification), or null. */
  sendErrorField?: string | null;
  guard: SignerGuard;
};

const BLOCKED_ID = 'send-blocked';

export function SendForm(props: SendFormProps) {
  const { draft, template } = props;
  const check = useSendCheck(props);
  const { revalidate, submit, form, fileArea } = check;
  const { errors, sendError } = withSendError(check.errors, props.sendError, props.sendErrorField ?? null);
  // Box refused a signer's field: take the focus there, where its message now is.
  useEffect(() => {
    if (props.sendErrorField) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [props.sendError, props.sendErrorField]);
  // The collapsed Options' body: there by the time the user opens the section.
  useEffect(() => whenIdle(() => void OptionsBody.preload().catch(() => undefined)), []);
  const locks = template ? templateLocks(template) : null;
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={props.sending}>
      <div ref={fileArea}>{props.renderFiles(errors[FIELD.files])}</div>
      <SignerList
        draft={draft}
        passwords={props.passwords}
        defaultCountry={props.defaultCountry}
        policy={props.policy}
        errors={errors}
        template={template}
        locked={locks?.signers ?? false}
        recent={props.recent}
        newSigner={props.newSigner}
        onChange={props.onDraftChange}
        onPassword={props.onPasswordChange}
        onBlur={revalidate}
        guard={props.guard}
      />
      <OptionsSection
        open={props.optionsOpen}
        onToggle={props.onOptionsToggle}
        options={draft.options}
        onChange={(options) => props.onDraftChange({ ...draft, options })}
        onBlur={revalidate}
        errors={errors}
        template={template}
        locks={locks}
        templateChoice={{ list: props.templates, templateId: draft.templateId, error: errors[FIELD.template], onChoose: props.onChooseTemplate, retry: props.retryTemplates }}
        recentCount={props.recent.length}
        onForgetRecent={props.onForgetRecent}
      />
      <SendActions formError={errors['form']} blocked={props.blocked} sending={props.sending} sendError={sendError} />
      <BulkSendButton fileIds={props.fileIds} templateId={draft.templateId} />
    </form>
  );
}

/** A send error that belongs beside a field joins the form's errors there (the form's own come first) instead of the alert. */
function withSendError(errors: SignFormErrors, sendError: string | null, field: string | null): { errors: SignFormErrors; sendError: string | null } {
  if (sendError === null || field === null) return { errors, sendError };
  return { errors: { [field]: sendError, ...errors }, sendError: null };
}

/** Opens the Bulk send page (a tab of its own) with the files or template chosen here: one request per recipient. */
function BulkSendButton({ fileIds, templateId }: { fileIds: string[]; templateId: string | null }) {
  const open = () => window.open(bulkPageUrl(`${location.origin}/`, { fileIds, templateId }), '_blank');
  return (
    <div class="actions">
      <button type="button" onClick={open}>
        {t('bulkTitle')}
      </button>
    </div>
  );
}

/** Send, why it is off, and how the send went. */
function SendActions({ formError, blocked, sending, sendError }: { formError: string | undefined; blocked: string | null; sending: boolean; sendError: string | null }) {
  return (
    <>
      <ErrorAlert message={formError} />
      <div class="actions">
        <button type="submit" class="primary" disabled={sending || blocked !== null} aria-describedby={blocked === null ? undefined : BLOCKED_ID}>
          {sending ? t('sendingButton') : t('sendButton')}
        </button>
      </div>
      {blocked !== null && (
        <p class="hint" id={BLOCKED_ID}>
          {blocked}
        </p>
      )}
      <p role="status" class="hint">
        {sending ? t('sendingStatus') : ''}
      </p>
      {sendError && (
        <p class="notice danger" role="alert">
          {sendError}
        </p>
      )}
    </>
  );
}
