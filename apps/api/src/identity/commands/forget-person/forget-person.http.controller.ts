import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { ForgetPersonCommand } from './forget-person.command.js';
import { ForgetPersonDto } from './forget-person.request.dto.js';
import { ForgetPersonAnswer } from '#contracts';

/** Personal data of the people in the contest (who may call each endpoint: permissions.ts). */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('people')
export class ForgetPersonHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('forget')
  @ApiOkResponse({ type: ForgetPersonAnswer })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'forgetPerson',
    summary:
      'Forget a person (by ID number) or everyone of an entry: their key is deleted, so their ID number and phone read as ' +
      '"[forgotten]" everywhere in the history, which otherwise stays readable and verifiable',
  })
  forget(@Body() dto: ForgetPersonDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new ForgetPersonCommand(dto, caller));
  }
}
