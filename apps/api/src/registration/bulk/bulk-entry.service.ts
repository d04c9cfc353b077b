import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { ConcurrencyConflictError, deterministicId, StreamStateCache } from '#application';
import { type BulkRowResult, type BulkRowStatus, type BulkUploadReport, SubmitEntryDto } from '#contracts';
import { DomainError, entryDecider, isActive, type RefusalCode, type RefusalParams, streams } from '#domain';
import { EventIdConflictError } from '#event-store';
import type { RequestContext } from '../../identity/auth.decorators.js';
import { ProjectionsService } from '../../projections/projections.service.js';
import { SubmitEntryCommand } from '../commands/submit-entry/submit-entry.command.js';
import { RegistrationContext } from '../registration-context.service.js';
import { TradeResolver } from './bulk-columns.js';
import { type EntryGroup, parseBulkFile } from './bulk-rows.js';
import { readSpreadsheet, type UploadedSpreadsheet } from './spreadsheet-reader.js';
import { codedRefusalOf, refusalsOfValidation } from '../../refusals.js';

/** Entries submitted at once: enough to overlap the store's round trips, few enough to stay fair to other requests. */
const CONCURRENCY = 4;

/** A refusal of one entry, at the row and column it is about. */
interface Refusal {
  message: string;
  code: RefusalCode;
  params: RefusalParams;
  /** The DTO's or the domain's path: `idNumber`, `employer.creditCode`, `members.1.phone`, … */
  path?: string;
  /** The person already has an entry (another command): maybe this very entry, entered otherwise. */
  personTaken?: boolean;
}

/**
 * A city's spreadsheet of entries: every row read, validated (class-validator on the DTO built
 * from it), then submitted through the CommandBus as the command a form would send, so that every
 * rule of registration applies. Each entry's commandId derives from the contest, city, trade and
 * the person's keyed hash: the same file uploaded again maps to the same commands, which the executor answers as
 * already applied, so nothing is entered twice.
 */
@Injectable()
export class BulkEntryService {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
    private readonly registration: RegistrationContext,
    private readonly cache: StreamStateCache,
  ) {}

  async upload(file: UploadedSpreadsheet, caller: RequestContext): Promise<BulkUploadReport> {
    const sheets = await readSpreadsheet(file);
    const contestId = this.registration.contestId;
    const trades = new TradeResolver(this.projections.models.catalogue.currentTrades().map((t) => t.definition));
    const parsed = parseBulkFile(sheets, trades);

    const rows: BulkRowResult[] = parsed.refusals.map(({ row, message, field, code, params, problems, name }) => ({
      row,
      status: 'refused',
      message,
      code,
      params,
      ...(problems ? { problems } : {}),
      ...(name ? { name } : {}),
      ...(field ? { field } : {}),
    }));
    const submitted = await mapConcurrently(parsed.groups, CONCURRENCY, (group) => this.submit(group, contestId, caller));
    rows.push(...submitted.flat());
    rows.sort((a, b) => a.row - b.row);
    // The uploader's next read (GET /api/entries) sees what was entered.
    await this.projections.catchUpToHead();

    const count = (status: BulkRowStatus) => rows.filter((r) => r.status === status).length;
    return {
      file: file.originalname,
      rows,
      entered: count('entered'),
      alreadyEntered: count('already_entered'),
      refused: count('refused'),
      ...(parsed.ignoredColumns.length > 0 ? { ignoredColumns: parsed.ignoredColumns } : {}),
    };
  }

  /** One entry (an individual's row or a team's rows) through validation and the command. */
  private async submit(group: EntryGroup, contestId: string, caller: RequestContext): Promise<BulkRowResult[]> {
    const { fields } = group;
    const { user } = caller;
    if (user.role === 'city_reviewer' && fields.city !== user.city) {
      return refusedRows(group, {
        message: `A reviewer of ${user.city} enters people of ${user.city} only; this row is of ${fields.city}`,
        code: 'entries.reviewer_own_city',
        params: { city: user.city ?? null, rowCity: fields.city },
        path: 'city',
      });
    }
    // From the person's keyed hash, not the ID number itself: a command id (stored with every event)
    // derived from the bare number could be brute-forced back to it, even after the person is forgotten.
    const commandId = deterministicId(
      `bulk/${contestId}/${fields.city}/${fields.tradeId}/${this.registration.personKey(fields.idNumber, contestId)}`,
    );
    const dto = plainToInstance(SubmitEntryDto, { commandId, ...fields });
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) return refusedRows(group, refusalOfValidation(errors));

    const entryId = this.registration.personKey(dto.idNumber, contestId);
    const streamId = streams.entry(entryId);
    const before = await this.cache.load(streamId, entryDecider);
    const appliedBefore = before.commands.has(commandId);
    try {
      await this.commands.execute(new SubmitEntryCommand(dto, caller));
      if (!appliedBefore) return rowsWithStatus(group, 'entered', entryId);
      // Entered by an earlier upload. It stays as it is now: a re-upload never enters a withdrawn or rejected entry again.
      const { status, details } = before.state;
      const now =
        details && details.tradeId !== fields.tradeId
          ? `the person's entry is now in ${details.tradeId} (${status})`
          : status && status !== 'submitted'
            ? `the entry is now ${status}`
            : undefined;
      return rowsWithStatus(
        group,
        'already_entered',
        entryId,
        now
          ? {
              message: `Entered by an earlier upload; ${now}`,
              code: 'bulk.earlier_upload',
              params: { tradeId: details?.tradeId ?? fields.tradeId, status: status ?? null },
            }
          : undefined,
      );
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal.personTaken) {
        // Entered in this trade for this city already, by a form or another file: nothing to do.
        const { state } = await this.cache.load(streamId, entryDecider);
        if (isActive(state.status) && state.details?.tradeId === fields.tradeId && state.details.city === fields.city) {
          return rowsWithStatus(group, 'already_entered', entryId, {
            message: `Already entered in ${fields.tradeId} (${state.status}), not from this file`,
            code: 'bulk.entered_otherwise',
            params: { tradeId: fields.tradeId, status: state.status ?? null },
          });
        }
      }
      return refusedRows(group, refusal);
    }
  }
}

/** The person of each row of an entry: the captain's row first, then the members' in order. */
function nameOfRow(group: EntryGroup, row: number): string | undefined {
  const index = group.rows.indexOf(row);
  if (index === 0) return group.fields.name;
  return group.fields.members?.[index - 1]?.name;
}

function rowsWithStatus(
  group: EntryGroup,
  status: BulkRowStatus,
  entryId: string,
  note?: { message: string; code: RefusalCode; params: RefusalParams },
): BulkRowResult[] {
  const [captain] = group.rows;
  return group.rows.map((row) => {
    const name = nameOfRow(group, row);
    return {
      row,
      status,
      entryId,
      ...(name ? { name } : {}),
      ...(row === captain
        ? note
          ? note
          : {}
        : {
            message: `Member of team ${group.team}, whose captain is in row ${captain}${note ? `. ${note.message}` : ''}`,
            code: 'bulk.team_member',
            params: { team: group.team ?? '', row: captain ?? 0 },
          }),
    };
  });
}

/** The row the refusal is about gets the message and the column; the other rows of a team say why they are not entered. */
function refusedRows(group: EntryGroup, refusal: Refusal): BulkRowResult[] {
  const { row: at, field } = locate(group, refusal.path);
  return group.rows.map((row) => {
    const name = nameOfRow(group, row);
    return row === at
      ? {
          row,
          status: 'refused',
          message: refusal.message,
          code: refusal.code,
          params: refusal.params,
          ...(name ? { name } : {}),
          ...(field ? { field } : {}),
        }
      : {
          row,
          status: 'refused',
          message: `Not entered with team ${group.team} (row ${at}: ${refusal.message})`,
          code: 'bulk.team_not_entered',
          params: { team: group.team ?? '', row: at },
          ...(name ? { name } : {}),
        };
  });
}

const COLUMN_OF_PATH: Record<string, string> = {
  'employer.name': 'employer',
  'employer.creditCode': 'creditCode',
  'employer.techBased': 'techBased',
  employer: 'employer',
  members: 'team',
};

/** A DTO or domain path → the spreadsheet row and column it names. */
function locate(group: EntryGroup, path: string | undefined): { row: number; field?: string } {
  const captain = group.rows[0]!;
  if (!path) return { row: captain };
  const member = /^members\.(\d+)\.(\w+)$/.exec(path);
  if (member) {
    const row = group.rows[1 + Number(member[1])];
    return row === undefined ? { row: captain, field: 'team' } : { row, field: member[2] };
  }
  return { row: captain, field: COLUMN_OF_PATH[path] ?? path };
}

function refusalOfValidation(errors: readonly ValidationError[]): Refusal {
  const found: Array<{ path: string; messages: string[] }> = [];
  const collect = (list: readonly ValidationError[], prefix: string) => {
    for (const error of list) {
      const path = prefix ? `${prefix}.${error.property}` : error.property;
      if (error.constraints) found.push({ path, messages: Object.values(error.constraints) });
      if (error.children?.length) collect(error.children, path);
    }
  };
  collect(errors, '');
  const [first] = refusalsOfValidation(errors);
  return {
    message: found.flatMap((f) => f.messages).join('; '),
    code: first?.code ?? 'validation.invalid',
    params: first?.params ?? {},
    path: found[0]?.path,
  };
}

/** A refusal answered by the command (4xx); anything else (the store is down, a bug) fails the whole upload. */
function refusalOf(error: unknown): Refusal {
  if (error instanceof DomainError) {
    return {
      message: error.message,
      code: error.code,
      params: error.params,
      path: error.field,
      personTaken: error.kind === 'conflict' && error.field === 'idNumber',
    };
  }
  const coded = codedRefusalOf(error);
  if (coded) return coded;
  if (error instanceof ConcurrencyConflictError)
    return {
      message: `${error.message} (upload the file again: entered rows are not entered twice)`,
      code: 'request.concurrent',
      params: {},
    };
  if (error instanceof EventIdConflictError)
    return { message: 'This row maps to a command already used for a different change', code: 'request.command_id_reused', params: {} };
  throw error;
}

/**
 * Runs `work` over `items` with at most `limit` at once; results in the items' order. Each worker
 * yields to the event loop before each item: the embedded store answers synchronously, so without
 * it a whole file would run as one chain of microtasks and hold every other request (and timer)
 * until the last row.
 */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const index = next++;
      if (index >= items.length) break;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
