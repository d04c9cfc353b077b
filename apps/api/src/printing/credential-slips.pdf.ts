import type { CredentialSlip } from '#contracts';
import { PAGE_MARGIN, renderPdf } from './pdf-document.js';

const ROLE = { judge: '裁判', chief_judge: '裁判长' } as const;
const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Credential slips, five to a page, to cut along the dashed lines and hand to each judge in person. */
export function credentialSlipsPdf(slips: readonly CredentialSlip[]): Promise<Buffer> {
  return renderPdf({ title: '裁判账号凭证' }, (doc) => {
    const height = (doc.page.height - 2 * PAGE_MARGIN - 20) / 5;
    const width = doc.page.width - 2 * PAGE_MARGIN;
    slips.forEach((slip, index) => {
      if (index > 0 && index % 5 === 0) doc.addPage();
      const top = PAGE_MARGIN + (index % 5) * height;
      doc
        .save()
        .dash(4, { space: 4 })
        .rect(PAGE_MARGIN, top, width, height - 6)
        .stroke()
        .restore();
      const x = PAGE_MARGIN + 12;
      doc
        .font('bold')
        .fontSize(12)
        .text(`裁判账号凭证 · ${slip.displayName}（${ROLE[slip.role]}）`, x, top + 10);
      doc.font('regular').fontSize(10);
      doc.text(`用户名：${slip.username}　　工种：${slip.tradeIds.join('、')}`, x, top + 32);
      if (slip.code && slip.expiresAt) {
        doc
          .font('bold')
          .fontSize(16)
          .text(`激活码：${slip.code}`, x, top + 52);
        doc
          .font('regular')
          .fontSize(9)
          .text(
            `有效期至 ${beijingDate(slip.expiresAt)}（北京时间），仅可使用一次。请在登录页选择“激活账号”，输入用户名、激活码并设置密码。请勿转交他人。`,
            x,
            top + 78,
            { width: width - 24 },
          );
      } else {
        doc.text('该账号已激活，请用已设置的密码登录。', x, top + 56);
      }
    });
  });
}
