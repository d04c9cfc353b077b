import { inflateSync } from 'node:zlib';

/**
 * Active content in a PDF — JavaScript (`/JavaScript`, `/JS`) or a launch action (`/Launch`) — is
 * refused: a reviewer opens the documents on their own computer. Looked for in the file's text and in
 * its Flate-compressed streams (object streams hide dictionaries there), names with `#xx` escapes
 * decoded (`/J#61vaScript`). Bounded: at most 64 MB inflated in all, 16 MB per stream, so a
 * compression bomb costs a bounded amount of CPU and memory.
 */
const ACTIVE = /\/(JavaScript|JS|Launch)(?![A-Za-z0-9])/;
const MAX_INFLATED_TOTAL = 64 * 1024 * 1024;
const MAX_INFLATED_STREAM = 16 * 1024 * 1024;

const decodeNames = (text: string) => text.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
const hasActive = (text: string) => ACTIVE.test(text) || (text.includes('#') && ACTIVE.test(decodeNames(text)));

export function pdfHasActiveContent(bytes: Buffer): boolean {
  const text = bytes.toString('latin1');
  if (hasActive(text)) return true;
  let budget = MAX_INFLATED_TOTAL;
  const start = /stream\r?\n/g;
  for (let match = start.exec(text); match !== null && budget > 0; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const to = text.indexOf('endstream', from);
    if (to < 0) break;
    start.lastIndex = to;
    try {
      const inflated = inflateSync(bytes.subarray(from, to), { maxOutputLength: Math.min(budget, MAX_INFLATED_STREAM) });
      budget -= inflated.length;
      if (hasActive(inflated.toString('latin1'))) return true;
    } catch {
      // Not Flate data (an image, another filter), truncated, or larger than allowed: nothing readable to check.
    }
  }
  return false;
}
