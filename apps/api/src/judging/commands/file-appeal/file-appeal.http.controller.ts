import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppealFiledAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { FileAppealCommand } from './file-appeal.command.js';
import { FileAppealDto } from './file-appeal.request.dto.js';

@ApiTags('appeals')
@ApiBearerAuth()
@Controller('appeals')
export class FileAppealHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    operationId: 'fileAppeal',
    summary: "A contestant appeals their result in a trade, within the trade's window after publication",
  })
  @ApiCreatedResponse({ type: AppealFiledAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Results not published, or the window is closed' })
  file(@Body() dto: FileAppealDto, @Caller() caller: RequestContext): Promise<AppealFiledAnswer> {
    return this.commands.execute(new FileAppealCommand(dto, caller));
  }
}
