import type { DemoAchievement } from '#demo';
import { PAGE_MARGIN, renderPdf } from '../../printing/pdf-document.js';

/** The demo achievement's report: one small page of Chinese text (the font is subset, so a few KB). */
export function demoAchievementPdf({ document }: DemoAchievement): Promise<Buffer> {
  return renderPdf({ title: document.heading }, (doc) => {
    doc.font('bold').fontSize(16).text(document.heading, { align: 'center' });
    doc.moveDown(0.8);
    doc.font('regular').fontSize(10);
    const width = doc.page.width - 2 * PAGE_MARGIN;
    for (const line of document.lines) doc.text(line, { width }).moveDown(0.3);
  });
}
