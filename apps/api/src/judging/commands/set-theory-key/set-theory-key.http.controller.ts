import { Body, Controller, HttpCode, Param, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { TheoryKeyAnswer } from '#contracts';
import { parseAnswerKey } from '#domain';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { assertServes } from '../../score-sheets/marking.controller.js';
import { requireFile, SpreadsheetUpload } from '../../../uploads.js';
import { readTheoryRows } from '../../theory/theory-rows.js';
import { SetTheoryKeyCommand } from './set-theory-key.command.js';
import { SetTheoryKeyDto } from './set-theory-key.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId/theory-key')
export class SetTheoryKeyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'setTheoryKey',
    summary: "Set the theory exam's answer key (organiser or the trade's chief judge); locked once an answer sheet is recorded",
  })
  @ApiOkResponse({ type: TheoryKeyAnswer })
  setKey(@Param('tradeId') tradeId: string, @Body() dto: SetTheoryKeyDto, @Caller() caller: RequestContext): Promise<TheoryKeyAnswer> {
    assertServes(caller.user, tradeId);
    return this.commands.execute(new SetTheoryKeyCommand(tradeId, parseAnswerKey(dto.answerKey), caller, dto.commandId));
  }

  @Post('file')
  @SpreadsheetUpload({ file: 'CSV or XLSX: one row per question (question, answer)' })
  @ApiOperation({
    operationId: 'uploadTheoryKey',
    summary: 'Set the answer key from a CSV or XLSX file: one row per question, columns question number and answer',
  })
  @ApiOkResponse({ type: TheoryKeyAnswer })
  async uploadKey(
    @Param('tradeId') tradeId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Caller() caller: RequestContext,
  ): Promise<TheoryKeyAnswer> {
    assertServes(caller.user, tradeId);
    const rows = await readTheoryRows(requireFile(file));
    const answerKey = [...rows].sort((a, b) => a.number - b.number).map((r) => r.value.trim().toUpperCase());
    // The same key uploaded again decides nothing new (the decider answers no events).
    return this.commands.execute(new SetTheoryKeyCommand(tradeId, answerKey, caller, randomUUID()));
  }
}
