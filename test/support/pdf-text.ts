import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page, as Mozilla's PDF.js reads it (through the fonts' ToUnicode maps):
 * what a reader would copy out of it, so Chinese text that was embedded wrongly does not pass.
 */
export async function pdfText(pdf: Buffer): Promise<string[]> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  try {
    const document = await loading.promise;
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}
