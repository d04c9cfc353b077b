import { Body, Controller, HttpCode, Param, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TheoryUploadReport } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { assertServes } from '../../score-sheets/marking.controller.js';
import { REASON_FIELD, requireFile, SpreadsheetUpload, textField } from '../../../uploads.js';
import { readTheoryRows } from '../../theory/theory-rows.js';
import { RecordTheoryScoresCommand } from './record-theory-scores.command.js';
import { RecordTheoryScoresDto } from './record-theory-scores.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId/theory-scores')
export class RecordTheoryScoresHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recordTheoryScores',
    summary:
      'Enter theory scores (0–100) of an exam marked elsewhere, one row per competitor; a change of a recorded result needs a reason. Each row is reported',
  })
  @ApiOkResponse({ type: TheoryUploadReport })
  record(
    @Param('tradeId') tradeId: string,
    @Body() dto: RecordTheoryScoresDto,
    @Caller() caller: RequestContext,
  ): Promise<TheoryUploadReport> {
    assertServes(caller.user, tradeId);
    const rows = dto.rows.map((r, i) => ({ row: i + 1, competitorNumber: r.competitorNumber, score: r.score }));
    return this.commands.execute(new RecordTheoryScoresCommand(tradeId, rows, dto.reason, caller));
  }

  @Post('file')
  @SpreadsheetUpload({ file: 'CSV or XLSX: competitorNumber, score', fields: { reason: REASON_FIELD } })
  @ApiOperation({ operationId: 'uploadTheoryScores', summary: 'Enter theory scores from a CSV or XLSX file (competitorNumber, score)' })
  @ApiOkResponse({ type: TheoryUploadReport })
  async upload(
    @Param('tradeId') tradeId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() body: { reason?: unknown },
    @Caller() caller: RequestContext,
  ): Promise<TheoryUploadReport> {
    assertServes(caller.user, tradeId);
    const rows = (await readTheoryRows(requireFile(file))).map(({ row, number, value }) => ({
      row,
      competitorNumber: number,
      // A decimal comma (86,5) as typed in a Chinese or German locale; an empty cell is not 0.
      score: value.trim() === '' ? Number.NaN : Number(value.trim().replace(',', '.')),
    }));
    return this.commands.execute(new RecordTheoryScoresCommand(tradeId, rows, textField(body.reason), caller));
  }
}
