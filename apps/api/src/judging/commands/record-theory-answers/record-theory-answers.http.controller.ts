import { Body, Controller, HttpCode, Param, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TheoryUploadReport } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { REASON_FIELD, requireFile, SpreadsheetUpload, textField } from '../../../uploads.js';
import { assertServes } from '../../score-sheets/marking.controller.js';
import { readTheoryRows } from '../../theory/theory-rows.js';
import { RecordTheoryAnswersCommand } from './record-theory-answers.command.js';
import { TheoryAnswersDto } from './record-theory-answers.request.dto.js';

/**
 * Theory answer sheets of a trade, one row per contestant, as JSON or as a CSV/XLSX file
 * (`competitorNumber,answers`). Each row is recorded on the contestant's score sheet and a scoring
 * job grades it against the key. Good rows are recorded despite bad ones; the same upload again
 * records nothing new; a row that changes a recorded theory result needs the upload's reason.
 */
@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId/theory-answers')
export class RecordTheoryAnswersHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recordTheoryAnswers',
    summary: 'Record theory answer sheets (JSON); each row is reported: recorded, unchanged or refused with the reason',
  })
  @ApiOkResponse({ type: TheoryUploadReport })
  uploadJson(
    @Param('tradeId') tradeId: string,
    @Body() dto: TheoryAnswersDto,
    @Caller() caller: RequestContext,
  ): Promise<TheoryUploadReport> {
    assertServes(caller.user, tradeId);
    const rows = dto.rows.map((r, i) => ({ row: i + 1, ...r }));
    return this.commands.execute(new RecordTheoryAnswersCommand(tradeId, rows, dto.reason, caller));
  }

  @Post('file')
  @SpreadsheetUpload({ file: 'CSV or XLSX: header competitorNumber,answers', fields: { reason: REASON_FIELD } })
  @ApiOperation({
    operationId: 'uploadTheoryAnswers',
    summary: 'Record theory answer sheets from a CSV or XLSX file (header row: competitorNumber, answers)',
  })
  @ApiOkResponse({ type: TheoryUploadReport })
  async uploadFile(
    @Param('tradeId') tradeId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() body: { reason?: unknown },
    @Caller() caller: RequestContext,
  ): Promise<TheoryUploadReport> {
    assertServes(caller.user, tradeId);
    const rows = (await readTheoryRows(requireFile(file))).map(({ row, number, value }) => ({
      row,
      competitorNumber: number,
      answers: value,
    }));
    return this.commands.execute(new RecordTheoryAnswersCommand(tradeId, rows, textField(body.reason), caller));
  }
}
