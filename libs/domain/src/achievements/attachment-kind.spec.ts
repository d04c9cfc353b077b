import { sniffMediaType } from './attachment-kind.js';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('sniffMediaType', () => {
  it('knows PDF, PNG, JPEG, WebP, MP4 and WebM by their first bytes', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffMediaType(bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]))).toBe('video/mp4');
    expect(sniffMediaType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toBe('video/webm');
  });

  it('knows nothing else, whatever the file is called: an executable, a ZIP, a text, an empty or truncated file', () => {
    expect(sniffMediaType(bytes('MZ', [0x90, 0, 3, 0]))).toBeUndefined(); // a Windows executable
    expect(sniffMediaType(bytes([0x7f], 'ELF', [2, 1, 1]))).toBeUndefined();
    expect(sniffMediaType(bytes('PK', [3, 4, 20, 0]))).toBeUndefined();
    expect(sniffMediaType(bytes('hello %PDF-1.7'))).toBeUndefined();
    expect(sniffMediaType(bytes())).toBeUndefined();
    expect(sniffMediaType(bytes('%PD'))).toBeUndefined();
    expect(sniffMediaType(bytes([0, 0, 0, 0x20], 'ftypXXXX'))).toBeUndefined();
  });
});
