import { Body, Controller, Param, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { invalid } from '#domain';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { requireFile, SpreadsheetUpload, textField } from '../../../uploads.js';
import { CATALOGUE_UPLOAD_LIMITS } from '../../workbook/catalogue-xlsx.js';
import { ReviseTradeCommand } from './revise-trade.handler.js';
import { TradeRevisionAnswer } from '#contracts';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue/trades/:tradeId/revisions')
export class ReviseTradeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOkResponse({ type: TradeRevisionAnswer })
  @SpreadsheetUpload({
    file: "A workbook with the trade's row and its scheme rows",
    fields: { commandId: { format: 'uuid' }, reason: { description: 'Why it changes (required after the draw)' } },
    required: ['commandId'],
    limits: CATALOGUE_UPLOAD_LIMITS,
  })
  @ApiOperation({
    operationId: 'reviseTrade',
    summary: "Change a trade's scheme and rules: at once before its draw; after it with a reason and the chief judge's approval",
  })
  revise(
    @Param('tradeId') tradeId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Body() body: Record<string, unknown>,
    @Caller() caller: RequestContext,
  ) {
    const commandId = body?.commandId;
    if (typeof commandId !== 'string' || !isUUID(commandId))
      throw invalid('commandId must be a UUID', 'commandId', { code: 'validation.uuid', params: { field: 'commandId' } });
    return this.commands.execute(new ReviseTradeCommand(tradeId, requireFile(file), textField(body?.reason) ?? '', commandId, caller));
  }
}
