import { deflateSync } from 'node:zlib';
import { pdfHasActiveContent } from './pdf-safety.js';

const pdf = (body: string | Buffer) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n'), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\n%%EOF\n')]);
const stream = (content: string) =>
  Buffer.concat([Buffer.from('<< /Filter /FlateDecode >>\nstream\n'), deflateSync(Buffer.from(content)), Buffer.from('\nendstream\n')]);

describe('pdfHasActiveContent', () => {
  it('passes a plain document', () => {
    expect(pdfHasActiveContent(pdf('<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>'))).toBe(false);
    expect(pdfHasActiveContent(pdf(stream('BT /F1 12 Tf (JSON and /JSX are words) Tj ET')))).toBe(false);
  });

  it('finds JavaScript and launch actions, plain, with escaped names, or inside a compressed object stream', () => {
    expect(pdfHasActiveContent(pdf('<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>'))).toBe(true);
    expect(pdfHasActiveContent(pdf('<< /S /Launch /F (cmd.exe) >>'))).toBe(true);
    expect(pdfHasActiveContent(pdf('<< /S /J#61vaScript /J#53 (x) >>'))).toBe(true);
    expect(pdfHasActiveContent(pdf(stream('<< /Type /Action /S /JavaScript /JS (this.print()) >>')))).toBe(true);
  });

  it('inflates a compression bomb only up to its bound', () => {
    const bomb = deflateSync(Buffer.alloc(200 * 1024 * 1024));
    const file = pdf(Buffer.concat([Buffer.from('stream\n'), bomb, Buffer.from('\nendstream\n')]));
    expect(pdfHasActiveContent(file)).toBe(false);
  });
});
