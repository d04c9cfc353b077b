import { BadRequestException, Body, Controller, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { deterministicId } from '#application';
import { TheoryAnswersDto } from '#contracts';
import { DomainError, parseAnswers } from '#domain';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { readSpreadsheet, type UploadedSpreadsheet } from '../../registration/bulk/spreadsheet-reader.js';
import { assertServes } from '../score-sheets/marking.controller.js';
import { ScoreSheetReader } from '../score-sheets/score-sheet.service.js';
import { SheetCommand } from '../score-sheets/sheet-command.js';

interface AnswerRow {
  row: number;
  competitorNumber: number;
  answers: string;
}

interface AnswerRowReport {
  row: number;
  competitorNumber: number;
  status: 'recorded' | 'unchanged' | 'refused';
  message?: string;
  field?: string;
}

/**
 * Theory answer sheets of a trade, one row per contestant, as JSON or as a CSV/XLSX file
 * (`competitorNumber,answers`). Each row is recorded on the contestant's score sheet and a scoring
 * job grades it against the key. Good rows are recorded despite bad ones; the same upload again
 * records nothing new.
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
  @ApiOperation({ summary: 'Record theory answer sheets (JSON); each row is reported: recorded, unchanged or refused with the reason' })
  uploadJson(@Param('tradeId') tradeId: string, @Body() dto: TheoryAnswersDto, @Caller() caller: RequestContext) {
    return this.record(
      tradeId,
      dto.rows.map((r, i) => ({ row: i + 1, ...r })),
      caller,
    );
  }

  @Post('file')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'CSV or XLSX: header competitorNumber,answers' } },
    },
  })
  @ApiOperation({ summary: 'Record theory answer sheets from a CSV or XLSX file (header row: competitorNumber, answers)' })
  async uploadFile(
    @Param('tradeId') tradeId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Caller() caller: RequestContext,
  ) {
    if (!file?.buffer)
      throw new BadRequestException({
        statusCode: 400,
        error: 'bad_request',
        message: 'Upload one CSV or XLSX file in the multipart field `file`',
        fields: { file: ['missing'] },
      });
    const [sheet] = await readSpreadsheet(file);
    const rows = (sheet?.rows ?? [])
      .slice(1)
      .map(({ row, cells }) => ({ row, competitorNumber: Number(cells[0]?.text), answers: cells[1]?.text ?? '' }));
    return this.record(tradeId, rows, caller);
  }

  private async record(tradeId: string, rows: readonly AnswerRow[], caller: RequestContext) {
    assertServes(caller.user, tradeId);
    const { definition } = await this.reader.trade(tradeId);
    const questions = definition.theory?.answerKey.length ?? 0;
    const report: AnswerRowReport[] = [];
    for (const { row, competitorNumber, answers } of rows) {
      try {
        if (!Number.isInteger(competitorNumber) || competitorNumber < 1)
          throw new DomainError('invalid', 'A competitor number is a whole number from 1', 'competitorNumber');
        const parsed = parseAnswers(answers, questions);
        const commandId = deterministicId(`theory/${tradeId}/${competitorNumber}/${parsed.join('|')}`);
        const result = await this.commands.execute(
          new SheetCommand({ type: 'RecordTheoryAnswers', tradeId, competitorNumber, answers: parsed }, caller, commandId),
        );
        report.push({ row, competitorNumber, status: result.events.length > 0 ? 'recorded' : 'unchanged' });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        report.push({ row, competitorNumber, status: 'refused', message: error.message, field: error.field });
      }
    }
    return { tradeId, questions, recorded: report.filter((r) => r.status === 'recorded').length, rows: report };
  }
}
