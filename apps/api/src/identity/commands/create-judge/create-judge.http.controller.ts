import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateJudgeDto, JudgeCreatedAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { CreateJudgeCommand } from './create-judge.command.js';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users/judges')
export class CreateJudgeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ type: JudgeCreatedAnswer })
  @ApiOperation({
    operationId: 'createJudge',
    summary: 'Create a judge or chief judge account (employer and city for conflict-of-interest checks); it can log in at once',
  })
  createJudge(@Body() dto: CreateJudgeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CreateJudgeCommand(dto, caller));
  }
}
