import { Controller, ForbiddenException, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntriesQueryDto, EntryView } from '#contracts';
import { maskPhone, maskResidentId } from '#domain';
import type { EntryRecord } from '#read-models';
import { type AuthUser, Caller, type RequestContext } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';

/** ID numbers and phones leave the server masked, whoever asks: the captain's and every member's. */
const masked = (entry: EntryRecord) => ({
  ...entry,
  idNumber: maskResidentId(entry.idNumber),
  phone: maskPhone(entry.phone),
  members: entry.members.map((m) => ({ ...m, idNumber: maskResidentId(m.idNumber), phone: maskPhone(m.phone) })),
});

/** Entries as read, masked (the commands of registration: commands/). */
@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class RegistrationController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get('entries')
  @ApiOkResponse({ type: [EntryView] })
  @ApiOperation({ operationId: 'listEntries', summary: 'Entries (a city reviewer sees its own city); ID numbers and phones masked' })
  list(@Query() query: EntriesQueryDto, @Caller() { user }: RequestContext): EntryView[] {
    const city = user.role === 'city_reviewer' ? user.city : query.city;
    return this.projections.models.entries.list({ ...query, city }).map(masked);
  }

  @Get('entries/mine')
  @ApiOkResponse({ type: EntryView })
  @ApiOperation({ operationId: 'getMyEntry', summary: "The contestant's own entry and its status" })
  async mine(@Caller() { user }: RequestContext): Promise<EntryView> {
    await this.projections.catchUpToHead();
    const entry = this.projections.models.entries.ofContestant(user.userId);
    if (!entry) throw new NotFoundException({ message: 'You have no entry yet', code: 'entries.none_yet', params: {} });
    return masked(entry);
  }

  @Get('entries/:entryId')
  @ApiOkResponse({ type: EntryView })
  @ApiOperation({ operationId: 'getEntry', summary: 'One entry; ID number and phone masked' })
  get(@Param('entryId') entryId: string, @Caller() { user }: RequestContext): EntryView {
    const entry = this.projections.models.entries.get(entryId);
    if (!entry || !mayRead(user, entry))
      throw new NotFoundException({ message: `Unknown entry ${entryId}`, code: 'entries.unknown', params: {} });
    return masked(entry);
  }
}

function mayRead(user: AuthUser, entry: EntryRecord): boolean {
  if (user.role === 'organiser') return true;
  if (user.role === 'city_reviewer') return entry.city === user.city;
  if (user.role === 'contestant') return entry.contestantUserId === user.userId;
  throw new ForbiddenException();
}
