import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../identity/auth.decorators.js';
import { assertServes } from '../judging/score-sheets/marking.controller.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { PrintingService } from './printing.service.js';
import { PrintQueryDto } from './print-query.dto.js';
import { FileDownload } from '../downloads.js';

const pdf = (content: Buffer, filename: string) =>
  new StreamableFile(content, {
    type: 'application/pdf',
    // RFC 5987: the Chinese file name for browsers, an ASCII one for the rest.
    disposition: `inline; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    length: content.length,
  });

@ApiTags('printing')
@ApiBearerAuth()
@Controller('trades/:tradeId/print')
export class PrintingQueryController {
  constructor(
    private readonly printing: PrintingService,
    private readonly projections: ProjectionsService,
  ) {}

  @Get('marking-forms.pdf')
  @FileDownload('application/pdf', 'A PDF')
  @ApiQuery({ name: 'session', required: false, type: Number })
  @ApiOperation({
    operationId: 'printMarkingForms',
    summary: 'Paper marking forms of a trade (one session, or all): per aspect its descriptors and a box per judge for each competitor',
  })
  async markingForms(@Param('tradeId') tradeId: string, @Query() { session }: PrintQueryDto, @Caller() { user }: RequestContext) {
    assertServes(user, tradeId);
    await this.projections.catchUpToHead();
    return pdf(await this.printing.markingForms(tradeId, session), `${tradeId}-marking-forms${session ? `-session-${session}` : ''}.pdf`);
  }

  @Get('results-sheet.pdf')
  @FileDownload('application/pdf', 'A PDF')
  @ApiOperation({
    operationId: 'printResultsSheet',
    summary: 'The results sheet for publicity (公示): ranks, names, employers, scores, prizes and signature lines',
  })
  async resultsSheet(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext) {
    assertServes(user, tradeId);
    await this.projections.catchUpToHead();
    return pdf(await this.printing.resultsSheet(tradeId, user), `${tradeId}-results-sheet.pdf`);
  }
}
