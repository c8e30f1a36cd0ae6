// The Bulk send page: Recipients in, Check recipients, Send N requests, then the batch's progress
// from the background (polled each second while the page is open; the queue runs without it).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BulkView } from '../shared/messages';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { OptionsDraft, SignMethod } from '../ui/sign-form';
import { CheckTable } from './CheckTable';
import { checkRows, sendable, type CheckResult } from './check-rows';
import { guardAllows, guardRows, smsPairs } from './guard-rows';
import { useGuardFacts } from './useGuardFacts';
import { readColumns, type ColumnMap, type Field } from './columns';
import type { BulkDeps } from './deps';
import { BoxHostsProvider } from '../ui/box-hosts';
import { saveText } from './download';
import { parseTable } from './parse-table';
import { tagColumnsFromHeader, type Placeholder, type TagColumns } from './placeholders';
import { generatePasswords } from './passwords';
import { ProgressSection } from './ProgressSection';
import { RecipientsSection } from './RecipientsSection';
import { recipientsText, toRecipients, type Recipient } from './recipients';
import { passwordsCsv, resultsCsv } from './results';
import { useSetup } from './useSetup';
import { words } from './words';
import { copyForAMinute, writeOnlyClipboard } from '../ui/password/clipboard';

const POLL_MS = 1000;
const NO_PLACEHOLDERS: readonly Placeholder[] = [];

function optionsDraft(requirePhoneToView: boolean): OptionsDraft {
  return { ordered: false, prepare: false, folder: '', emailSubject: '', emailMessage: '', daysValid: '', reminders: false, signatureColor: '', name: '', requirePhoneToView };
}

export function BulkApp(deps: BulkDeps) {
  const setup = useSetup(deps);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Partial<ColumnMap>>({});
  const [chosenTags, setChosenTags] = useState<TagColumns>({});
  const [method, setMethod] = useState<SignMethod | null>(null);
  const [generate, setGenerate] = useState(false);
  const [generated, setGenerated] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [view, setView] = useState<BulkView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [withPasswords, setWithPasswords] = useState(false);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const facts = useGuardFacts(deps.background, setup.guard, checked ? smsPairs(checked.rows) : []);

  useEffect(() => setView(setup.batch), [setup.batch]);
  const running = view !== null && (view.state === 'running' || view.rows.some((r) => r.status === 'sending'));
  useEffect(() => {
    if (!running || !view) return;
    const timer = setInterval(() => void deps.background('bulkStatus', { id: view.id }).then((v) => v && setView(v), () => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [running, view?.id]);

  const table = useMemo(() => readColumns(parseTable(text)), [text]);
  const columns: ColumnMap = { ...table.columns, ...chosen };
  const width = Math.max(0, ...[table.header ?? [], ...table.rows].map((row) => row.length));
  const placeholders = setup.template?.placeholders ?? NO_PLACEHOLDERS;
  const tags: TagColumns = { ...tagColumnsFromHeader(table.header, placeholders), ...chosenTags };
  const recipients = useMemo(() => toRecipients(table.rows, columns, placeholders, tags), [table, JSON.stringify(columns), JSON.stringify(tags), placeholders]);
  const effectiveMethod = setup.methodLocked || method === null ? setup.settings.defaultMethod : method;

  const runCheck = (people: Recipient[] = recipients, gen = generate) => {
    let passwords = generated;
    if (gen) {
      const missing = people.filter((p) => p.password === '' && !passwords[p.key]).map((p) => p.key);
      passwords = { ...passwords, ...generatePasswords(missing) };
      setGenerated(passwords);
    }
    const ctx = { fileIds: deps.launch.fileIds, templateId: deps.launch.templateId, template: setup.template, defaultCountry: setup.settings.defaultCountry, defaultMethod: effectiveMethod, options: optionsDraft(setup.settings.requirePhoneToView), generated: gen ? passwords : {} };
    setChecked(checkRows(people, ctx));
  };

  const onFix = (key: string, field: 'email' | 'phone' | 'password', value: string) => {
    const people = recipients.map((p) => (p.key === key ? { ...p, [field]: value } : p));
    setChosen({});
    setChosenTags({});
    setText(recipientsText(people, columns.password !== null || field === 'password', placeholders));
    runCheck(people);
  };

  // The guard's notes beside each row; a refused or unconfirmed row is not sent.
  const guards = useMemo(() => (checked ? guardRows(checked, facts) : new Map()), [checked, facts]);
  const rows = checked ? sendable(checked).filter((row) => guardAllows(guards.get(row.id), confirmed)) : [];
  const send = async () => {
    if (!checked?.base || rows.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      setView(await deps.background('bulkStart', { name: null, base: checked.base, rows }));
      setChecked(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const control = async (action: 'pause' | 'resume' | 'cancel' | 'retry-failed', passwords?: Record<string, string>) => {
    if (!view) return;
    setBusy(true);
    try {
      setView(await deps.background('bulkControl', { id: view.id, action, ...(passwords ? { passwords } : {}) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const newPasswords = () => {
    if (!view) return;
    const fresh = generatePasswords(view.rows.filter((r) => r.status === 'needs-password').map((r) => r.id));
    setGenerated((old) => ({ ...old, ...fresh }));
    void control('resume', fresh);
  };

  const hasGenerated = Object.keys(generated).length > 0;
  const noSource = deps.launch.fileIds.length === 0 && deps.launch.templateId === null;
  return (
    <BoxHostsProvider load={deps.companyHosts}>
      <main class="bulk">
        <h1>{words.title}</h1>
        <ErrorAlert message={setup.error} />
        <p>
          {words.files}: {setup.template ? (setup.template.name ?? setup.template.id) : setup.files.map((f) => f.name).join(', ') || (noSource ? words.noSource : '')}
        </p>
        <RecipientsSection
          text={text}
          onText={(value) => (setText(value), setChosen({}), setChosenTags({}), setChecked(null))}
          header={table.header}
          width={width}
          columns={columns}
          onColumn={(field: Field, column) => (setChosen({ ...chosen, [field]: column }), setChecked(null))}
          placeholders={placeholders}
          tags={tags}
          onTag={(tagId, column) => (setChosenTags({ ...chosenTags, [tagId]: column }), setChecked(null))}
          method={effectiveMethod}
          methodLocked={setup.methodLocked}
          allowedMethods={setup.allowedMethods}
          onMethod={(m) => (setMethod(m), setChecked(null))}
          generate={generate}
          onGenerate={(on) => (setGenerate(on), checked && runCheck(recipients, on))}
        />
        <div class="row-actions">
          <button type="button" disabled={!setup.ready} onClick={() => runCheck()}>{words.checkRecipients}</button>
          <button type="button" class="primary" disabled={busy || rows.length === 0 || running} onClick={() => void send()}>
            {busy ? words.sending : words.send(rows.length)}
          </button>
        </div>
        <ErrorAlert message={error} />
        {checked && (
          <section aria-labelledby="check-heading">
            <h2 id="check-heading">{words.checkTitle}</h2>
            {[...checked.batch, ...Object.values(checked.shared)].map((message) => (
              <p key={message} class="error" role="alert">{message}</p>
            ))}
            {generate && hasGenerated && <GeneratedActions recipients={recipients} generated={generated} clearLater={() => deps.background('clearClipboardLater', {})} />}
            <CheckTable
              rows={checked.rows}
              generated={generate ? generated : {}}
              onFix={onFix}
              guards={guards}
              confirmed={confirmed}
              onConfirm={(key, on) => setConfirmed((all) => (on ? new Set([...all, key]) : new Set([...all].filter((k) => k !== key))))}
            />
          </section>
        )}
        {view && (
          <ProgressSection
            view={view}
            busy={busy}
            onControl={(action) => void control(action)}
            onNewPasswords={newPasswords}
            onDownload={() => saveText(`bulk-send-results.csv`, resultsCsv(view, generated, withPasswords && hasGenerated))}
            hasGenerated={hasGenerated}
            withPasswords={withPasswords}
            onWithPasswords={setWithPasswords}
          />
        )}
      </main>
    </BoxHostsProvider>
  );
}

type GeneratedActionsProps = { recipients: Recipient[]; generated: Record<string, string>; clearLater: () => Promise<unknown> };

/** The generated passwords, copied (off the clipboard a minute later, as in the popup) or downloaded. */
function GeneratedActions({ recipients, generated, clearLater }: GeneratedActionsProps) {
  const csv = () => passwordsCsv(recipients, generated);
  return (
    <div>
      <p class="hint">{words.passwordsOnce}</p>
      <div class="row-actions">
        <button type="button" onClick={() => void copyForAMinute(csv(), writeOnlyClipboard(), clearLater).catch(() => undefined)}>{words.copyPasswords}</button>
        <button type="button" onClick={() => saveText('bulk-send-passwords.csv', csv())}>{words.downloadPasswords}</button>
      </div>
    </div>
  );
}
