import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubmitEntryCommand } from './submit-entry.command.js';
import { SubmitEntryDto } from './submit-entry.request.dto.js';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { EntryAnswer } from '#contracts';

@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class SubmitEntryHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('entries')
  @ApiCreatedResponse({ type: EntryAnswer })
  @ApiOperation({ operationId: 'submitEntry', summary: 'Enter a person in a trade (one person, one trade per contest)' })
  submit(@Body() dto: SubmitEntryDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SubmitEntryCommand(dto, caller));
  }
}
