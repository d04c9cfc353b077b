import { Injectable, NotFoundException } from '@nestjs/common';
import { tradeBoardId } from '#contracts';
import { type Aspect, CITIES, type Prize } from '#domain';
import type { AuthUser } from '../identity/auth.decorators.js';
import { JudgingViews } from '../judging/judging-views.service.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { type Column, drawTable, PAGE_MARGIN, type Pdf, renderPdf, signatureLines } from './pdf-document.js';

const PRIZE: Record<Prize, string> = { first: '一等奖', second: '二等奖', third: '三等奖' };
const STATUS: Record<string, string> = { provisional: '临时成绩', official: '正式成绩', final: '最终成绩' };
const CITY = new Map<string, string>(CITIES.map((c) => [c.id, c.name]));

/** Beijing time to the minute, as the federation writes it. */
const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const score = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/**
 * The printable fallbacks of a trade: marking forms for paper marking when tablets fail (as CIS
 * prints them: per aspect, its descriptors and a box per judge for each competitor of the session)
 * and the results sheet for publicity (公示), signed by the chief judge and the organiser.
 */
@Injectable()
export class PrintingService {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly views: JudgingViews,
  ) {}

  /** Marking forms of one session (or of every competitor when `session` is left out). */
  async markingForms(tradeId: string, session?: number): Promise<Buffer> {
    const { definition, draw } = this.trade(tradeId);
    const assignments = (draw.assignments ?? []).filter((a) => session === undefined || a.session === session);
    if (draw.assignments && assignments.length === 0)
      throw new NotFoundException({
        message: `${tradeId} has no session ${session}`,
        code: 'printing.no_session',
        params: { tradeId, session },
      });
    const numbers = assignments.map((a) => a.competitorNumber).sort((a, b) => a - b);
    const contest = this.projections.models.catalogue.contest?.name ?? '';
    const title = `${definition.name} 评分表${session === undefined ? '' : ` 第${session}场`}`;
    return renderPdf({ title }, (doc) => {
      definition.scheme.subCriteria.forEach((module, index) => {
        if (index > 0) doc.addPage();
        heading(doc, contest, `${title} · 模块 ${module.id} ${module.name}`);
        doc
          .fontSize(9)
          .text(
            numbers.length > 0
              ? `选手号：${numbers.join('、')}　　每名裁判独立评分，评价分（J）按 0–3 级填写，测量分（M）填写得分。`
              : '尚未抽签：选手号请手写。',
          );
        doc.moveDown(0.5);
        for (const aspect of module.aspects) this.aspectForm(doc, aspect, definition.panelSize, numbers);
        signatureLines(doc, ['裁判签名', '裁判长签名', '日期']);
      });
    });
  }

  /** The results sheet (公示名单): ranks, names, employers, scores, prizes, signature lines. */
  async resultsSheet(tradeId: string, viewer: AuthUser): Promise<Buffer> {
    const { definition } = this.trade(tradeId);
    const results = await this.views.results(tradeId, viewer);
    const employers = new Map(
      (this.projections.models.boards.snapshot(tradeBoardId(tradeId), 'live')?.rows ?? []).map((r) => [r.competitorNumber, r.employer]),
    );
    const contest = this.projections.models.catalogue.contest?.name ?? '';
    type Row = (typeof results.rows)[number];
    const columns: Column<Row>[] = [
      {
        header: '名次',
        width: 36,
        align: 'center',
        value: (r) => (r.progress === 'absent' ? '缺考' : r.rank === null ? '—' : String(r.rank)),
      },
      { header: '考号', width: 36, align: 'center', value: (r) => String(r.competitorNumber) },
      { header: '姓名', width: 70, value: (r) => r.name },
      { header: '工作单位', width: 150, value: (r) => employers.get(r.competitorNumber) ?? '' },
      { header: '城市', width: 40, value: (r) => CITY.get(r.city) ?? r.city },
      { header: '理论', width: 44, align: 'right', value: (r) => score(r.theory) },
      { header: '实操', width: 44, align: 'right', value: (r) => score(r.practical) },
      { header: '总分', width: 44, align: 'right', value: (r) => score(r.total) },
      { header: '奖项', width: 51, align: 'center', value: (r) => (r.prize ? PRIZE[r.prize] : '') },
    ];
    const title = `${definition.name} 成绩公示`;
    return renderPdf({ title }, (doc) => {
      heading(doc, contest, title);
      doc
        .fontSize(9)
        .text(
          [
            `成绩状态：${STATUS[results.status] ?? results.status}`,
            results.publishedAt ? `发布时间：${beijing(results.publishedAt)}（北京时间）` : '尚未发布',
            results.appealsCloseAt ? `申诉截止：${beijing(results.appealsCloseAt)}` : '',
            `理论 ${definition.weights.theory}% · 实操 ${definition.weights.practical}%`,
          ]
            .filter(Boolean)
            .join('　　'),
        );
      if (results.missingTheory) {
        doc
          .moveDown(0.3)
          .text(`缺少理论成绩发布：${results.missingTheory.competitorNumbers.join('、')} 号选手。原因：${results.missingTheory.reason}`);
      }
      doc.moveDown(0.5);
      drawTable(doc, columns, results.rows);
      if (results.checkpoint) {
        doc
          .moveDown(0.5)
          .fontSize(7)
          .fillColor('#555')
          .text(`审计校验点 #${results.checkpoint.position} ${results.checkpoint.hash}`)
          .fillColor('black');
      }
      signatureLines(doc, ['裁判长签名', '监督签名', '组委会（盖章）']);
      doc.fontSize(10).text('日期：　　　年　　月　　日', PAGE_MARGIN, doc.y + 6);
    });
  }

  private aspectForm(doc: Pdf, aspect: Aspect, panelSize: number, numbers: readonly number[]): void {
    const kind = aspect.type === 'judgement' ? 'J 评价' : 'M 测量';
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.font('bold').fontSize(10).text(`${aspect.id}　[${kind}]　${aspect.description}　（满分 ${aspect.maxMark}）`);
    doc.font('regular').fontSize(8);
    if (aspect.type === 'judgement') {
      aspect.descriptors.forEach((descriptor, level) => {
        doc.text(`${level} 级：${descriptor}`, { indent: 12 });
      });
    }
    doc.moveDown(0.3);
    // One row per competitor (blank rows when the numbers are not drawn yet): a box per judge, or one for the measured mark.
    const rows = numbers.length > 0 ? numbers : Array.from({ length: 10 }, () => 0);
    const boxes: Column<number>[] =
      aspect.type === 'judgement'
        ? Array.from({ length: panelSize }, (_, i) => ({ header: `裁判 ${i + 1}`, width: 60, align: 'center', value: () => '' }))
        : [
            { header: '得分', width: 80, align: 'center', value: () => '' },
            { header: '测量值 / 备注', width: 160, value: () => '' },
          ];
    drawTable(doc, [{ header: '选手号', width: 50, align: 'center', value: (n) => (n > 0 ? String(n) : '') }, ...boxes], rows);
    doc.moveDown(0.6);
  }

  private trade(tradeId: string) {
    const trade = this.projections.models.catalogue.trades.get(tradeId);
    if (!trade) throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });
    return trade;
  }
}

function heading(doc: Pdf, contest: string, title: string): void {
  doc.font('regular').fontSize(10).text(contest, { align: 'center' });
  doc.font('bold').fontSize(15).text(title, { align: 'center' });
  doc.font('regular').moveDown(0.5);
}
