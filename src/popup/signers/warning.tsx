// How a row's field shows the signer guard's notes (ui/signer-guard.ts) as its warning.

/** Several notes as one warning: one line each. */
export function warningOf(lines: (string | null)[]) {
  const shown = lines.filter((line): line is string => line !== null);
  if (shown.length === 0) return undefined;
  return shown.map((line) => (
    <span class="warning-line" key={line}>
      {line}
    </span>
  ));
}
