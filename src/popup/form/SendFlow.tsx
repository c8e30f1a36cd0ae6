// The sending form, then what became of the send (see useSendFlow).
import { useEffect } from 'preact/hooks';
import { lazyComponent, whenIdle } from '../../ui/lazy';
import { newSigner, withTemplate } from './defaults';
import { FormFiles } from './FormFiles';
import { sendBlock } from './send-block';
import { SendForm } from './SendForm';
import { useSendFlow, type SendFlowProps } from './useSendFlow';
import { policyOf } from './policy-files';
import { policyBlock } from './policy-engine';

/** The result of a send: loaded after the form shows (or when a send ends), not before. */
export const AfterSend = lazyComponent(() => import('../result/AfterSend').then((m) => m.AfterSend));

export function SendFlow(props: SendFlowProps) {
  const { offer, settings } = props;
  const flow = useSendFlow(props);
  useEffect(() => whenIdle(() => void AfterSend.preload().catch(() => undefined)), []);
  const { form, files, template } = flow;
  const { draft, ticked } = form;
  if (flow.end) {
    return (
      <AfterSend
        end={flow.end}
        background={props.background}
        files={offer.files.filter((file) => ticked.includes(file.id))}
        lookups={files.lookups}
        pollIntervalMs={props.pollIntervalMs}
        onSendAnother={flow.sendAnother}
        onEditAgain={flow.editAgain}
        onBack={flow.backToForm}
      />
    );
  }

  return (
    <SendForm
      draft={draft}
      onDraftChange={(next) => {
        form.change(next);
        flow.clearFieldError();
      }}
      passwords={flow.passwords}
      onPasswordChange={flow.setPassword}
      fileIds={flow.sendsFiles ? ticked : []}
      renderFiles={(error) => (
        <FormFiles
          offer={offer}
          ticked={ticked}
          lookups={files.lookups}
          error={error}
          onTick={form.tick}
          retry={files.retry}
          templateId={draft.templateId}
          template={template}
          useFiles={flow.sendsFiles}
          onUseFiles={(on) => form.change({ ...draft, templateFiles: on })}
        />
      )}
      defaultCountry={settings.defaultCountry}
      policy={policyOf(props.rules, flow.sendsFiles ? ticked : [], files.lookups)}
      templates={flow.templates.templates}
      template={template}
      onChooseTemplate={(chosen) => form.change(chosen ? withTemplate(draft, chosen, settings) : { ...draft, templateId: null })}
      retryTemplates={flow.templates.load}
      optionsOpen={flow.optionsOpen}
      onOptionsToggle={flow.setOptionsOpen}
      recent={flow.recent.recent}
      onForgetRecent={flow.forgetRecent}
      newSigner={() => newSigner(settings)}
      blocked={policyBlock(props.rules) ?? (flow.sendsFiles ? sendBlock(ticked, files.lookups) : null) ?? flow.guard.blocked}
      guard={flow.guard}
      sending={flow.sending}
      sendError={flow.sendError}
      sendErrorField={flow.sendErrorField}
      onSend={flow.send}
    />
  );
}
