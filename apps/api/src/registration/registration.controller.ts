import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, NotFoundException, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CommandDto,
  EntriesQueryDto,
  PriorFirstPrizeDto,
  ReasonedCommandDto,
  RegistrationDeadlineDto,
  RegistrationRulesDto,
  SubmitEntryDto,
  WithdrawEntryDto,
} from '#contracts';
import { type CityId, maskPhone, maskResidentId } from '#domain';
import { CLOCK, type Clock } from '#platform';
import type { EntryRecord } from '#read-models';
import { type AuthUser, Caller, type RequestContext } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { type EntryDecision, ReviewEntryCommand } from './commands/review-entry/review-entry.command.js';
import { RecordPriorFirstPrizeCommand } from './commands/record-prior-first-prize/record-prior-first-prize.handler.js';
import { SetRegistrationRulesCommand } from './commands/set-registration-rules/set-registration-rules.handler.js';
import { SetRegistrationDeadlineCommand } from './commands/set-registration-deadline/set-registration-deadline.handler.js';
import { SubmitEntryCommand } from './commands/submit-entry/submit-entry.command.js';

/** ID numbers and phones leave the server masked, whoever asks: the captain's and every member's. */
const masked = (entry: EntryRecord) => ({
  ...entry,
  idNumber: maskResidentId(entry.idNumber),
  phone: maskPhone(entry.phone),
  members: entry.members.map((m) => ({ ...m, idNumber: maskResidentId(m.idNumber), phone: maskPhone(m.phone) })),
});

@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class RegistrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('registration/deadline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the instant after which registration (entries and withdrawals) is closed' })
  setDeadline(@Body() dto: RegistrationDeadlineDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SetRegistrationDeadlineCommand(dto, caller));
  }

  @Put('trades/:tradeId/registration-rules')
  @ApiOperation({ summary: "Set a trade's eligibility rules and city quota (until its lots are drawn)" })
  setRules(@Param('tradeId') tradeId: string, @Body() dto: RegistrationRulesDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SetRegistrationRulesCommand(tradeId, dto, caller));
  }

  @Post('trades/:tradeId/prior-first-prizes')
  @ApiOperation({ summary: 'Record a first prize of an earlier edition (for the recent-champion rule)' })
  recordPriorFirstPrize(@Param('tradeId') tradeId: string, @Body() dto: PriorFirstPrizeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new RecordPriorFirstPrizeCommand(tradeId, dto, caller));
  }

  @Post('entries')
  @ApiOperation({ summary: 'Enter a person in a trade (one person, one trade per contest)' })
  submit(@Body() dto: SubmitEntryDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SubmitEntryCommand(dto, caller));
  }

  @Post('entries/:entryId/city-approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'The city union approves an entry of its city' })
  approveByCity(@Param('entryId') entryId: string, @Body() dto: CommandDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'ApproveEntryByCity', reviewerCity: caller.user.city as CityId }, dto, caller);
  }

  @Post('entries/:entryId/city-rejection')
  @HttpCode(200)
  @ApiOperation({ summary: 'The city union rejects an entry of its city, with a reason' })
  rejectByCity(@Param('entryId') entryId: string, @Body() dto: ReasonedCommandDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'RejectEntryByCity', reviewerCity: caller.user.city as CityId, reason: dto.reason }, dto, caller);
  }

  @Post('entries/:entryId/confirmation')
  @HttpCode(200)
  @ApiOperation({ summary: 'The province confirms a city-approved entry' })
  confirm(@Param('entryId') entryId: string, @Body() dto: CommandDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'ConfirmEntry' }, dto, caller);
  }

  @Post('entries/:entryId/province-rejection')
  @HttpCode(200)
  @ApiOperation({ summary: 'The province rejects a city-approved entry, with a reason' })
  rejectByProvince(@Param('entryId') entryId: string, @Body() dto: ReasonedCommandDto, @Caller() caller: RequestContext) {
    return this.review(entryId, { type: 'RejectEntryByProvince', reason: dto.reason }, dto, caller);
  }

  @Post('entries/:entryId/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an entry before the deadline and the draw (the contestant, its city, or the organiser)' })
  withdraw(@Param('entryId') entryId: string, @Body() dto: WithdrawEntryDto, @Caller() caller: RequestContext) {
    const { user } = caller;
    const by = { role: user.role as 'contestant' | 'city_reviewer' | 'organiser', userId: user.userId, city: user.city };
    return this.review(entryId, { type: 'WithdrawEntry', by, reason: dto.reason, at: this.clock().toISOString() }, dto, caller);
  }

  @Get('entries')
  @ApiOperation({ summary: 'Entries (a city reviewer sees its own city); ID numbers and phones masked' })
  list(@Query() query: EntriesQueryDto, @Caller() { user }: RequestContext) {
    const city = user.role === 'city_reviewer' ? user.city : query.city;
    return this.projections.models.entries.list({ ...query, city }).map(masked);
  }

  @Get('entries/mine')
  @ApiOperation({ summary: "The contestant's own entry and its status" })
  async mine(@Caller() { user }: RequestContext) {
    await this.projections.catchUpToHead();
    const entry = this.projections.models.entries.ofContestant(user.userId);
    if (!entry) throw new NotFoundException({ message: 'You have no entry yet', code: 'entries.none_yet', params: {} });
    return masked(entry);
  }

  @Get('entries/:entryId')
  @ApiOperation({ summary: 'One entry; ID number and phone masked' })
  get(@Param('entryId') entryId: string, @Caller() { user }: RequestContext) {
    const entry = this.projections.models.entries.get(entryId);
    if (!entry || !mayRead(user, entry))
      throw new NotFoundException({ message: `Unknown entry ${entryId}`, code: 'entries.unknown', params: {} });
    return masked(entry);
  }

  private review(entryId: string, decision: EntryDecision, dto: CommandDto, caller: RequestContext) {
    if (!/^e[\w-]{22}$/.test(entryId))
      throw new NotFoundException({ message: `Unknown entry ${entryId}`, code: 'entries.unknown', params: {} });
    return this.commands.execute(new ReviewEntryCommand(entryId, decision, dto.commandId, caller));
  }
}

function mayRead(user: AuthUser, entry: EntryRecord): boolean {
  if (user.role === 'organiser') return true;
  if (user.role === 'city_reviewer') return entry.city === user.city;
  if (user.role === 'contestant') return entry.contestantUserId === user.userId;
  throw new ForbiddenException();
}
