/** Completion times as the chief judge types and reads them: `h:mm:ss`, `m:ss`, or whole seconds. */

/** Whole seconds from `3:00:30`, `45:10` or `10830`; undefined when the text is none of these. */
export function parseDuration(text: string): number | undefined {
  const parts = text.trim().split(/[:：]/);
  if (parts.length > 3 || parts.some((part) => !/^\d+$/.test(part))) return undefined;
  // The fields after the first are minutes and seconds: at most 59.
  if (parts.slice(1).some((part) => Number(part) > 59)) return undefined;
  return parts.reduce((seconds, part) => seconds * 60 + Number(part), 0);
}

/** `10830` → `3:00:30`. */
export function formatDuration(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
