import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateEditionDto, EditionCreatedAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { CreateEditionCommand } from './create-edition.handler.js';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('editions')
export class CreateEditionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ type: EditionCreatedAnswer })
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createEdition',
    summary: "Create an edition of the contest, empty or as a copy of an earlier edition's catalogue: the platform serves the latest one",
  })
  create(@Body() dto: CreateEditionDto, @Caller() caller: RequestContext): Promise<EditionCreatedAnswer> {
    return this.commands.execute(new CreateEditionCommand(dto, caller));
  }
}
