// The Recipients text area (paste rows, or drop a .csv file), the column choices, and how rows
// without a phone or password are verified.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SIGN_METHODS, type SignMethod } from '../shared/sign-request/limits';
import { FIELDS, type ColumnMap, type Field } from './columns';
import { placeholderName, type Placeholder, type TagColumns } from './placeholders';
import { words } from './words';

type Props = {
  text: string;
  onText: (text: string) => void;
  header: readonly string[] | null;
  width: number;
  columns: ColumnMap;
  onColumn: (field: Field, column: number | null) => void;
  /** The chosen template's placeholders, one column each. */
  placeholders: readonly Placeholder[];
  tags: TagColumns;
  onTag: (tagId: string, column: number | null) => void;
  method: SignMethod;
  methodLocked: boolean;
  allowedMethods: readonly SignMethod[];
  onMethod: (method: SignMethod) => void;
  generate: boolean;
  onGenerate: (on: boolean) => void;
};

const METHOD_WORDS: Record<SignMethod, string> = { sms: t('methodSms'), password: t('methodPassword'), login: t('methodLogin'), none: t('methodNone') };
const FIELD_WORDS: Record<Field, string> = { email: words.col.email, phone: words.col.phone, password: words.col.password, name: words.col.name };

export function RecipientsSection(props: Props) {
  const [dropping, setDropping] = useState(false);
  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer?.files[0];
    if (file) props.onText(await file.text());
  };
  const columnName = (index: number) => (props.header?.[index] ? words.columnOf(props.header[index], index + 1) : words.columnN(index + 1));
  return (
    <section>
      <div
        class={`field${dropping ? ' drop-active' : ''}`}
        onDragOver={(e) => (e.preventDefault(), setDropping(true))}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <label for="recipients">{words.recipients}</label>
        <textarea id="recipients" rows={10} value={props.text} spellcheck={false} autocomplete="off" aria-describedby="recipients-help" onInput={(e) => props.onText(e.currentTarget.value)} />
        <p id="recipients-help" class="hint">{words.recipientsHelp}</p>
        <label class="choice">
          <input type="file" accept=".csv,text/csv,text/tab-separated-values,.tsv,.txt" onChange={(e) => void e.currentTarget.files?.[0]?.text().then(props.onText)} /> {words.chooseFile}
        </label>
      </div>
      {props.width > 0 && (
        <fieldset class="columns">
          <legend>{words.columns}</legend>
          {FIELDS.map((field) => (
            <ColumnSelect key={field} label={FIELD_WORDS[field]} value={props.columns[field]} width={props.width} name={columnName} onChange={(column) => props.onColumn(field, column)} />
          ))}
          {props.placeholders.map((p) => (
            <ColumnSelect key={`tag-${p.tagId}`} label={placeholderName(p)} value={props.tags[p.tagId] ?? null} width={props.width} name={columnName} onChange={(column) => props.onTag(p.tagId, column)} />
          ))}
        </fieldset>
      )}
      <div class="field">
        <label for="default-method">{words.defaultMethod}</label>
        <select id="default-method" value={props.method} disabled={props.methodLocked} onChange={(e) => props.onMethod(e.currentTarget.value as SignMethod)}>
          {SIGN_METHODS.filter((method) => props.allowedMethods.includes(method)).map((method) => (
            <option key={method} value={method}>{METHOD_WORDS[method]}</option>
          ))}
        </select>
        {props.methodLocked && <p class="locked">{t('lockedByOrg')}</p>}
      </div>
      <label class="choice">
        <input type="checkbox" checked={props.generate} onChange={(e) => props.onGenerate(e.currentTarget.checked)} /> {words.generatePasswords}
      </label>
    </section>
  );
}

/** One column choice: which column of the pasted rows holds this field. */
function ColumnSelect(props: { label: string; value: number | null; width: number; name: (index: number) => string; onChange: (column: number | null) => void }) {
  return (
    <label>
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
        <option value="">{words.noColumn}</option>
        {Array.from({ length: props.width }, (_, i) => (
          <option key={i} value={i}>{props.name(i)}</option>
        ))}
      </select>
    </label>
  );
}
