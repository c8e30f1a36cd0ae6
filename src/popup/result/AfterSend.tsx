import type { SendSignRequest, SignRequestSummary, SignTemplate } from '../../shared/messages';
import type { Background } from '../deps';
import type { OfferedFile } from '../files/offer';
import type { Lookup } from '../files/useFileLookups';
import { TemplateFiles } from '../form/TemplateFiles';
import { PasswordHandoff } from './PasswordHandoff';
import { ResultView } from './ResultView';
import { SentFiles } from './SentFiles';
import { UnknownOutcome } from './UnknownOutcome';

/** How a send ended: Box accepted it, or the answer never came (it may or may not have reached Box). */
export type SendEnd =
  | { kind: 'sent'; summary: SignRequestSummary; request: SendSignRequest; template: SignTemplate | null; prepareOpened: boolean; copies: number }
  | { kind: 'unknown' };

export type AfterSendProps = {
  end: SendEnd;
  background: Background;
  /** The ticked files, sent or attempted. */
  files: OfferedFile[];
  lookups: Record<string, Lookup>;
  pollIntervalMs: number;
  onSendAnother: () => void;
  /** Back to the form as it was sent, when Box could not use the request. */
  onEditAgain: () => void;
  onBack: () => void;
};

/** What was sent (the files, or the template's documents), then Box's answer. */
export function AfterSend({ end, background, files, lookups, pollIntervalMs, onSendAnother, onEditAgain, onBack }: AfterSendProps) {
  return (
    <>
      {end.kind === 'sent' && end.request.fileIds.length === 0 ? <TemplateFiles template={end.template} /> : <SentFiles files={files} lookups={lookups} />}
      {end.kind === 'sent' && <PasswordHandoff sent={end.request} background={background} />}
      {end.kind === 'sent' ? (
        <ResultView
          background={background}
          initial={end.summary}
          sent={end.request}
          prepareOpened={end.prepareOpened}
          copies={end.copies}
          pollIntervalMs={pollIntervalMs}
          onSendAnother={onSendAnother}
          onEditAgain={onEditAgain}
        />
      ) : (
        <UnknownOutcome onBack={onBack} />
      )}
    </>
  );
}
