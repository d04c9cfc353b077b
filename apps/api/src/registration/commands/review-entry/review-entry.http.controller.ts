import { Body, Controller, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CityId } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { type EntryDecision, ReviewEntryCommand } from './review-entry.command.js';
import { ReasonedCommandDto, ReviewEntryDto, WithdrawEntryDto } from './review-entry.request.dto.js';
import { EntryAnswer } from '#contracts';

/** A city's or the province's decision on an entry, or its withdrawal: one command, ReviewEntry. */
@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class ReviewEntryHttpController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('entries/:entryId/city-approval')
  @ApiOkResponse({ type: EntryAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'approveEntryByCity', summary: 'The city union approves an entry of its city' })
  approveByCity(@Param('entryId') entryId: string, @Body() dto: ReviewEntryDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'ApproveEntryByCity', reviewerCity: caller.user.city as CityId }, dto, caller);
  }

  @Post('entries/:entryId/city-rejection')
  @ApiOkResponse({ type: EntryAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'rejectEntryByCity', summary: 'The city union rejects an entry of its city, with a reason' })
  rejectByCity(@Param('entryId') entryId: string, @Body() dto: ReasonedCommandDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'RejectEntryByCity', reviewerCity: caller.user.city as CityId, reason: dto.reason }, dto, caller);
  }

  @Post('entries/:entryId/confirmation')
  @ApiOkResponse({ type: EntryAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'confirmEntry', summary: 'The province confirms a city-approved entry' })
  confirm(@Param('entryId') entryId: string, @Body() dto: ReviewEntryDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'ConfirmEntry' }, dto, caller);
  }

  @Post('entries/:entryId/province-rejection')
  @ApiOkResponse({ type: EntryAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'rejectEntryByProvince', summary: 'The province rejects a city-approved entry, with a reason' })
  rejectByProvince(@Param('entryId') entryId: string, @Body() dto: ReasonedCommandDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'RejectEntryByProvince', reason: dto.reason }, dto, caller);
  }

  @Post('entries/:entryId/withdrawal')
  @ApiOkResponse({ type: EntryAnswer })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'withdrawEntry',
    summary: 'Withdraw an entry before the deadline and the draw (the contestant, its city, or the organiser)',
  })
  withdraw(@Param('entryId') entryId: string, @Body() dto: WithdrawEntryDto, @Caller() caller: RequestContext) {
    const { user } = caller;
    const by = { role: user.role as 'contestant' | 'city_reviewer' | 'organiser', userId: user.userId, city: user.city };
    return this.review(entryId, { type: 'WithdrawEntry', by, reason: dto.reason, at: this.clock().toISOString() }, dto, caller);
  }

  private review(entryId: string, decision: EntryDecision, dto: ReviewEntryDto, caller: RequestContext) {
    if (!/^e[\w-]{22}$/.test(entryId))
      throw new NotFoundException({ message: `Unknown entry ${entryId}`, code: 'entries.unknown', params: {} });
    return this.commands.execute(new ReviewEntryCommand(entryId, decision, dto.commandId, caller));
  }
}
