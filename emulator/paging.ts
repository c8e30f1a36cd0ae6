import { isRecord } from './is-record.ts';

// Marker-based pagination (Box "marker"/"limit"; the markers are opaque strings to clients).

/** Offset encoded in a marker; 0 for none; null when the marker is not one of ours. */
export function parseMarker(marker: string | undefined): number | null {
  if (marker === undefined || marker === '') return 0;
  try {
    const parsed = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8')) as unknown;
    return isRecord(parsed) && Number.isInteger(parsed['o']) && (parsed['o'] as number) >= 0 ? (parsed['o'] as number) : null;
  } catch {
    return null;
  }
}

export function encodeMarker(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}
