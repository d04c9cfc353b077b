import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { deterministicId } from '#application';
import { AssignJudgeDto, CreateJudgeDto, type JudgeImportReport, type JudgeImportRow } from '#contracts';
import { DomainError, userIdFor } from '#domain';
import { AssignJudgeCommand } from '../../../judging/commands/assign-judge/assign-judge.command.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { TradeResolver } from '../../../registration/bulk/bulk-columns.js';
import { readSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import type { RequestContext } from '../../auth.decorators.js';
import { CreateJudgeCommand } from '../create-judge/create-judge.command.js';
import { ImportJudgesCommand } from './import-judges.command.js';
import { type JudgeRow, readJudgeSheets } from './judge-rows.js';
import { codedRefusalOf, refusalsOfValidation } from '../../../refusals.js';

type PanelReport = NonNullable<JudgeImportRow['panels']>[number];

/**
 * Each row through the same command as the /admin form (CreateJudge, no password: the account is
 * activated with a one-time code), then onto its trades' panels when asked (AssignJudge, with the
 * account's employer and city for conflicts of interest). Command ids derive from the username and
 * trade, and a row whose account already exists as the row says is `unchanged`: the same file
 * twice changes nothing. Good rows go in despite bad ones.
 */
@CommandHandler(ImportJudgesCommand)
export class ImportJudgesHandler implements ICommandHandler<ImportJudgesCommand> {
  constructor(
    private readonly commands: CommandBus,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ file, caller }: ImportJudgesCommand): Promise<JudgeImportReport> {
    await this.projections.catchUpToHead();
    const trades = new TradeResolver(this.projections.models.catalogue.currentTrades().map((t) => t.definition));
    const rows: JudgeImportRow[] = [];
    for (const read of readJudgeSheets(await readSpreadsheet(file), trades)) {
      // The embedded store answers synchronously: let other requests in between rows.
      await new Promise<void>((resolve) => setImmediate(resolve));
      rows.push('refused' in read ? { row: read.row, status: 'refused', ...read.refused } : await this.importRow(read.judge, caller));
    }
    const count = (status: JudgeImportRow['status']) => rows.filter((r) => r.status === status).length;
    return { file: file.originalname, rows, created: count('created'), unchanged: count('unchanged'), refused: count('refused') };
  }

  private async importRow(judge: JudgeRow, caller: RequestContext): Promise<JudgeImportRow> {
    const { row, username, panel: _panel, ...account } = judge;
    const dto = plainToInstance(CreateJudgeDto, { commandId: deterministicId(`judge-import/${username}`), username, ...account });
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      const first = errors[0]!;
      const constraint = first.constraints ?? first.children?.[0]?.constraints ?? {};
      const [coded] = refusalsOfValidation(errors);
      return {
        row,
        status: 'refused',
        username,
        field: first.property,
        message: Object.values(constraint).join('; '),
        ...(coded ? { code: coded.code, params: coded.params } : {}),
      };
    }
    const userId = userIdFor(username);
    const existing = this.projections.models.users.findById(userId)?.profile;
    let status: 'created' | 'unchanged';
    if (existing) {
      const same =
        existing.displayName === judge.displayName &&
        existing.role === judge.role &&
        existing.city === judge.city &&
        existing.employer?.creditCode === judge.employer.creditCode &&
        [...(existing.tradeIds ?? [])].sort().join() === [...judge.tradeIds].sort().join();
      if (!same) {
        return {
          row,
          status: 'refused',
          username,
          field: 'username',
          message:
            existing.displayName === judge.displayName
              ? `The account ${username} already exists with other details: an import creates accounts, it does not change them`
              : `The username ${username} is taken by another account (${existing.displayName}): give this judge another username`,
          ...(existing.displayName === judge.displayName
            ? { code: 'judges.import_differs', params: { username } }
            : { code: 'accounts.username_taken', params: { username } }),
        };
      }
      status = 'unchanged';
    } else {
      try {
        await this.commands.execute(new CreateJudgeCommand(dto, caller));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return {
          row,
          status: 'refused',
          username,
          message: error.message,
          code: error.code,
          params: { ...error.params },
          ...(error.field ? { field: error.field } : {}),
        };
      }
      status = 'created';
    }
    const panels = judge.panel ? await this.assignPanels(userId, judge, caller) : undefined;
    return { row, status, userId, username, ...(panels ? { panels } : {}) };
  }

  private async assignPanels(userId: string, judge: JudgeRow, caller: RequestContext): Promise<PanelReport[]> {
    const reports: PanelReport[] = [];
    for (const tradeId of judge.tradeIds) {
      await this.projections.catchUpToHead();
      const member = this.projections.models.catalogue.trades.get(tradeId)?.panel.find((m) => m.judgeId === userId);
      if (member) {
        reports.push(
          member.role === judge.role
            ? { tradeId, status: 'unchanged' }
            : {
                tradeId,
                status: 'refused',
                message: `Already on the panel of ${tradeId} as ${member.role}`,
                code: 'panel.other_role',
                params: { tradeId, role: member.role },
              },
        );
        continue;
      }
      const dto = plainToInstance(AssignJudgeDto, {
        commandId: deterministicId(`judge-import/${judge.username}/panel/${tradeId}`),
        judgeId: userId,
        role: judge.role,
      });
      try {
        await this.commands.execute(new AssignJudgeCommand(tradeId, dto, caller));
        reports.push({ tradeId, status: 'assigned' });
      } catch (error) {
        if (!(error instanceof DomainError) && !(error instanceof Error && 'getStatus' in error)) throw error;
        const coded = codedRefusalOf(error);
        reports.push({
          tradeId,
          status: 'refused',
          message: (error as Error).message,
          ...(coded ? { code: coded.code, params: coded.params } : {}),
        });
      }
    }
    return reports;
  }
}
