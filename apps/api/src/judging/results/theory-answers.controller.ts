import { Body, Controller, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { deterministicId } from '#application';
import { TheoryAnswersDto, TheoryUploadReport } from '#contracts';
import { conflict, parseAnswers } from '#domain';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../registration/bulk/spreadsheet-reader.js';
import { assertServes } from '../score-sheets/marking.controller.js';
import { ScoreSheetReader } from '../score-sheets/score-sheet.service.js';
import { SheetCommand } from '../score-sheets/sheet-command.js';
import { requireFile, SPREADSHEET_UPLOAD_LIMITS, textField } from '../../uploads.js';
import { readTheoryRows, runTheoryRows } from '../theory/theory-rows.js';

interface AnswerRow {
  row: number;
  competitorNumber: number;
  answers: string;
}

/**
 * Theory answer sheets of a trade, one row per contestant, as JSON or as a CSV/XLSX file
 * (`competitorNumber,answers`). Each row is recorded on the contestant's score sheet and a scoring
 * job grades it against the key. Good rows are recorded despite bad ones; the same upload again
 * records nothing new; a row that changes a recorded theory result needs the upload's reason.
 */
@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId/theory-answers')
export class TheoryAnswersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reader: ScoreSheetReader,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recordTheoryAnswers',
    summary: 'Record theory answer sheets (JSON); each row is reported: recorded, unchanged or refused with the reason',
  })
  @ApiOkResponse({ type: TheoryUploadReport })
  uploadJson(@Param('tradeId') tradeId: string, @Body() dto: TheoryAnswersDto, @Caller() caller: RequestContext) {
    return this.record(
      tradeId,
      dto.rows.map((r, i) => ({ row: i + 1, ...r })),
      dto.reason,
      caller,
    );
  }

  @Post('file')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', SPREADSHEET_UPLOAD_LIMITS))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'CSV or XLSX: header competitorNumber,answers' },
        reason: { type: 'string', description: 'Why recorded results change (for such rows only)' },
      },
    },
  })
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
  ) {
    const rows = (await readTheoryRows(requireFile(file))).map(({ row, number, value }) => ({
      row,
      competitorNumber: number,
      answers: value,
    }));
    return this.record(tradeId, rows, textField(body.reason), caller);
  }

  private async record(tradeId: string, rows: readonly AnswerRow[], reason: string | undefined, caller: RequestContext) {
    assertServes(caller.user, tradeId);
    const { definition } = await this.reader.trade(tradeId);
    const questions = definition.theory?.answerKey.length ?? 0;
    return runTheoryRows(tradeId, questions, rows, ({ competitorNumber, answers }) => {
      if (questions === 0) {
        throw conflict(`Trade ${tradeId} has no theory answer key`, 'answers', { code: 'theory.no_answer_key', params: { tradeId } });
      }
      const parsed = parseAnswers(answers, questions);
      const commandId = deterministicId(`theory/${tradeId}/${competitorNumber}/${parsed.join('|')}${reason ? `/${reason}` : ''}`);
      return this.commands.execute(
        new SheetCommand({ type: 'RecordTheoryAnswers', tradeId, competitorNumber, answers: parsed, reason }, caller, commandId, reason),
      );
    });
  }
}
