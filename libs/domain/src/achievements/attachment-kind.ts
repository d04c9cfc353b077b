/**
 * What an uploaded attachment is, read from its first bytes (its "magic number"), never from its name
 * or the type the browser claims: an executable renamed `report.pdf` is not a PDF. Pure: bytes in.
 */

export type AttachmentMediaType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp' | 'video/mp4' | 'video/webm';
export type AttachmentClass = 'document' | 'image' | 'video';

export const CLASS_OF_MEDIA_TYPE: Record<AttachmentMediaType, AttachmentClass> = {
  'application/pdf': 'document',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/webp': 'image',
  'video/mp4': 'video',
  'video/webm': 'video',
};

/** Largest file of each class, in bytes. The upload itself stops at the largest of them (video). */
export const ATTACHMENT_MAX_BYTES: Record<AttachmentClass, number> = {
  document: 20 * 1024 * 1024,
  image: 10 * 1024 * 1024,
  video: 100 * 1024 * 1024,
};
export const LARGEST_ATTACHMENT_BYTES = Math.max(...Object.values(ATTACHMENT_MAX_BYTES));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The media type the bytes are, or undefined for anything else (an executable, an archive, a text, an empty file). */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // ISO base media (MP4, MOV, M4V): a box `ftyp` at offset 4 with a known brand.
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (/^(isom|iso[2-9]|mp4[12]|avc1|M4V |qt {2}|mmp4|dash)$/.test(brand)) return 'video/mp4';
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  return undefined;
}
