import { FileCard } from './FileCard';
import { FileList } from './FileList';
import { singleFile, type Offer } from '../setup';
import type { Lookup } from './useFileLookups';

export type FilePickerProps = {
  offer: Offer;
  ticked: string[];
  lookups: Record<string, Lookup>;
  error: string | undefined;
  onTick: (id: string, on: boolean) => void;
  retry: (id: string) => void;
};

/**
 * One file the page points at: shown as today, nothing to choose. Anything else (several
 * files, or a folder with nothing selected) is a list to tick.
 */
export function FilePicker(props: FilePickerProps) {
  const { offer, ticked } = props;
  const only = singleFile(offer);
  if (only) return <FileCard file={only} lookup={props.lookups[only.id]} retry={() => props.retry(only.id)} />;
  return (
    <FileList
      files={offer.files}
      ticked={ticked}
      lookups={props.lookups}
      omitted={offer.omitted}
      error={props.error}
      onTick={props.onTick}
      retry={props.retry}
    />
  );
}
