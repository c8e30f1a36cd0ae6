import type { FileInfo } from '../shared/messages';

/** The file about to be sent, and why it cannot be sent when the user lacks download rights. */
export function FileCard({ file }: { file: FileInfo }) {
  return (
    <div class="file">
      <p>
        <span class="hint">File</span>
        <br />
        <strong>{file.name}</strong>
      </p>
      {!file.canDownload && (
        <p class="notice warn" id="file-warning">
          You can't send this file: Box Sign needs permission to download it. Ask the file's owner for
          download access, or send a copy you own.
        </p>
      )}
    </div>
  );
}
