import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { StreamStateCache } from '#application';
import { type MyResultDto, tradeBoardId } from '#contracts';
import {
  appealWindowClosesAt,
  aspectsMarkedBy,
  calculateResult,
  conflictOfInterest,
  eligibleSubstitutes,
  fold,
  judgeAgreement,
  judgesOf,
  publicationStatus,
  rankedFigures,
  rankResults,
  resultChanges,
  scoreSheet,
  scoreSheetDecider,
  streams,
  tradeRankingProjection,
  conflict,
  DEFAULT_PRIZE_POLICY,
  exactScores,
  exactText,
  notFound,
  ZERO,
  type Aspect,
  type ContestantResult,
  type TradeDefinition,
  type PanelAspectMarks,
  type ScoreSheetCommand,
} from '#domain';
import { CLOCK, type Clock } from '#platform';
import type { AuthUser } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { ScoreSheetReader } from './score-sheets/score-sheet.service.js';

/** Roles that see every judge's marks and the per-aspect breakdown (a judge sees only their own, blind). */
const OVERSEERS = new Set(['organiser', 'arbitration']);

/**
 * What judges, chief judges, arbitration and spectators see of judging: score sheets (blind for
 * judges), conflicts and substitutes, corrections, judge agreement, results, and the before/after
 * preview of a correction or an appeal's remedy.
 */
@Injectable()
export class JudgingViews {
  constructor(
    private readonly reader: ScoreSheetReader,
    private readonly cache: StreamStateCache,
    private readonly projections: ProjectionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Everyone but a judge of the panel sees all marks; a judge sees the others' only once the panel is complete. */
  async sheet(tradeId: string, competitorNumber: number, viewer: AuthUser) {
    const { state: trade, definition } = await this.reader.trade(tradeId);
    if (!trade.competitors?.has(competitorNumber))
      throw new NotFoundException({
        message: `Competitor ${competitorNumber} is not drawn in ${tradeId}`,
        code: 'marks.competitor_not_drawn',
        params: { tradeId, competitorNumber },
      });
    const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
    const seesAll = this.overseesTrade(
      viewer,
      trade.panel.some((m) => m.role === 'chief_judge' && m.judgeId === viewer.userId),
    );
    const score = scoreSheet(definition, sheet.marks, sheet.rounds);
    const scoreOf = new Map(score.aspects.map((a) => [a.aspectId, a]));
    return {
      tradeId,
      competitorNumber,
      theoryAnswered: sheet.theoryAnswers !== undefined,
      completionSeconds: sheet.completionSeconds ?? null,
      modules: definition.scheme.subCriteria.map((module) => ({
        moduleId: module.id,
        name: module.name,
        signedOff: sheet.signedOff.has(module.id),
        aspects: module.aspects.map((aspect) => {
          const marks = sheet.marks.get(aspect.id) ?? [];
          const { status, mark } = scoreOf.get(aspect.id)!;
          const visible = seesAll || status === 'marked';
          return {
            ...describe(aspect),
            status,
            mark,
            round: sheet.rounds.get(aspect.id) ?? 1,
            myMark: marks.find((m) => m.judgeId === viewer.userId)?.mark ?? null,
            marksIn: marks.length,
            ...(visible ? { marks: [...marks] } : {}),
            ...(seesAll ? { earlierRounds: sheet.earlierRounds.get(aspect.id) ?? [] } : {}),
          };
        }),
      })),
    };
  }

  /** The trade's chief judge (a preview decides as they would). */
  async chiefOf(tradeId: string): Promise<string> {
    const { state } = await this.reader.trade(tradeId);
    const chief = state.panel.find((m) => m.role === 'chief_judge');
    if (!chief)
      throw new NotFoundException({ message: `${tradeId} has no chief judge yet`, code: 'judging.no_chief', params: { tradeId } });
    return chief.judgeId;
  }

  async myAspects(tradeId: string, judgeId: string) {
    const { state } = await this.reader.trade(tradeId);
    return { tradeId, judgeId, aspectIds: aspectsMarkedBy(state, judgeId) };
  }

  async conflicts(tradeId: string, competitorNumber: number) {
    const context = await this.reader.context(tradeId, competitorNumber);
    if (!context.trade.competitors?.has(competitorNumber))
      throw new NotFoundException({
        message: `Competitor ${competitorNumber} is not drawn in ${tradeId}`,
        code: 'marks.competitor_not_drawn',
        params: { tradeId, competitorNumber },
      });
    const { definition } = await this.reader.trade(tradeId);
    const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
    const conflicted = judgesOf(context.trade)
      .map((member) => ({ judgeId: member.judgeId, reason: conflictOfInterest(definition, member, context.contestant) }))
      .filter((c): c is { judgeId: string; reason: string } => c.reason !== undefined)
      .map((c) => ({
        ...c,
        substitutedBy: sheet.substitutes.get(c.judgeId) ?? null,
        substitutes: eligibleSubstitutes(context, sheet, c.judgeId),
      }));
    return { tradeId, competitorNumber, conflicted };
  }

  async corrections(tradeId: string) {
    const corrections = [];
    for (const competitorNumber of await this.competitors(tradeId)) {
      const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
      corrections.push(...[...sheet.corrections.values()].map((c) => ({ ...c, competitorNumber })));
    }
    return corrections;
  }

  /** One correction of the trade, with the competitor it is about. */
  async correction(tradeId: string, correctionId: string) {
    const correction = (await this.corrections(tradeId)).find((c) => c.correctionId === correctionId);
    if (!correction)
      throw new NotFoundException({ message: `No correction ${correctionId} in ${tradeId}`, code: 'corrections.unknown', params: {} });
    return correction;
  }

  async agreement(tradeId: string) {
    const { definition } = await this.reader.trade(tradeId);
    const judgement = definition.scheme.subCriteria.flatMap((s) => s.aspects).filter((a) => a.type === 'judgement');
    const marks: PanelAspectMarks[] = [];
    for (const competitorNumber of await this.competitors(tradeId)) {
      const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
      for (const aspect of judgement) {
        const rounds = [...(sheet.earlierRounds.get(aspect.id) ?? []), sheet.marks.get(aspect.id) ?? []];
        if (rounds.some((round) => round.length > 0)) marks.push({ competitorNumber, aspectId: aspect.id, rounds });
      }
    }
    return { tradeId, panelSize: definition.panelSize, ...judgeAgreement(marks, definition.panelSize) };
  }

  /**
   * The trade's results as the viewer may see them: spectators see a frozen board as of the freeze;
   * organisers, arbitration and the trade's chief judge see it live, with each contestant's aspects.
   */
  async results(tradeId: string, viewer: AuthUser | undefined) {
    const { state: trade, definition } = await this.reader.trade(tradeId);
    const isChief = viewer !== undefined && trade.panel.some((m) => m.role === 'chief_judge' && m.judgeId === viewer.userId);
    const privileged = viewer !== undefined && this.overseesTrade(viewer, isChief);
    const board = this.projections.models.boards.snapshot(tradeBoardId(tradeId), privileged ? 'live' : 'public')!;
    const ranking = (await this.cache.load(streams.ranking(tradeId), tradeRankingProjection)).state.latest;
    // Honours and the exact totals the ranking was computed on (hidden from spectators while frozen).
    const standings = new Map((board.frozen && !privileged ? [] : (ranking?.standings ?? [])).map((s) => [s.competitorNumber, s]));
    const status = publicationStatus(
      trade,
      this.clock().toISOString(),
      this.projections.models.appeals.pendingIn(tradeId),
      this.projections.models.workingDays.calendar(),
    );
    const rows = await Promise.all(
      [...board.rows]
        .sort((a, b) => placeGroup(a) - placeGroup(b) || (a.rank ?? 0) - (b.rank ?? 0) || a.competitorNumber - b.competitorNumber)
        .map(async (row) => ({
          competitorNumber: row.competitorNumber,
          name: row.name,
          city: row.city,
          theory: row.theory,
          practical: row.practical,
          total: row.total,
          exactTotal: standings.get(row.competitorNumber)?.exactTotal ?? null,
          rank: row.rank,
          prize: row.prize,
          status,
          progress: row.progress,
          standardised: row.standardised,
          medallion: standings.get(row.competitorNumber)?.medallion ?? false,
          honours: standings.get(row.competitorNumber)?.honours ?? [],
          ...(privileged ? { aspects: await this.aspectsOf(tradeId, row.competitorNumber) } : {}),
        })),
    );
    const publication = this.projections.models.boards.publication(tradeId);
    return {
      tradeId,
      name: definition.name,
      status,
      frozen: board.frozen,
      frozenAt: board.frozenAt,
      publishedAt: publication?.at ?? null,
      // Contestants may appeal until then (the appeal itself is refused after it).
      appealsCloseAt: publication ? appealWindowClosesAt(definition, publication.at) : null,
      checkpoint: publication?.checkpoint ?? null,
      // Published on purpose without these present competitors' theory results, and why.
      missingTheory: publication?.missingTheory ?? null,
      version: board.version,
      rules: resultsRules(definition),
      rows,
    };
  }

  /**
   * The contestant's own result once the trade's results are published: scores, rank, prize and the
   * marks of each module and aspect (the panel's, never a single judge's).
   */
  async myResult(tradeId: string, contestantId: string): Promise<MyResultDto> {
    const { state: trade, definition } = await this.reader.trade(tradeId);
    const entry = this.projections.models.entries.ofContestant(contestantId);
    const competitorNumber = [...(trade.competitors ?? [])].find(([, entryId]) => entryId === entry?.entryId)?.[0];
    if (competitorNumber === undefined) {
      throw notFound(`You have no competitor number in ${tradeId}`, 'tradeId', { code: 'results.not_drawn', params: { tradeId } });
    }
    const publication = trade.published;
    if (!publication) {
      throw conflict(`The results of ${tradeId} are not published yet`, undefined, { code: 'results.not_published', params: { tradeId } });
    }
    const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
    const result = (await this.reader.results(tradeId)).state.results.get(competitorNumber);
    const standing = (await this.cache.load(streams.ranking(tradeId), tradeRankingProjection)).state.latest?.standings.find(
      (s) => s.competitorNumber === competitorNumber,
    );
    const scores = result ? exactScores(result) : undefined;
    const score = scoreSheet(definition, sheet.marks, sheet.rounds);
    const aspectScores = new Map(score.aspects.map((a) => [a.aspectId, a]));
    const status = publicationStatus(
      trade,
      this.clock().toISOString(),
      this.projections.models.appeals.pendingIn(tradeId),
      this.projections.models.workingDays.calendar(),
    );
    return {
      tradeId,
      competitorNumber,
      status: status === 'final' ? 'final' : 'official',
      publishedAt: publication.publishedAt,
      appealsCloseAt: appealWindowClosesAt(definition, publication.publishedAt),
      theory: result?.theory ?? null,
      practical: result?.practical ?? 0,
      total: result?.total ?? 0,
      exact: {
        theory: scores?.theory ? exactText(scores.theory) : null,
        practical: exactText(scores?.practical ?? ZERO),
        total: exactText(scores?.total ?? ZERO),
      },
      rank: standing?.rank ?? null,
      prize: standing?.prize ?? null,
      standardised: standing?.standardised ?? null,
      honours: standing ? [...standing.honours] : [],
      modules: definition.scheme.subCriteria.map((module, i) => ({
        moduleId: module.id,
        name: module.name,
        maxMark: score.modules[i].maxMark,
        mark: score.modules[i].mark,
        exact: score.modules[i].exact,
        aspects: module.aspects.map((aspect) => ({
          aspectId: aspect.id,
          type: aspect.type,
          description: aspect.description,
          maxMark: aspect.maxMark,
          mark: aspectScores.get(aspect.id)?.mark ?? null,
          exact: aspectScores.get(aspect.id)?.exact ?? null,
        })),
      })),
    };
  }

  /** What `command` would change in the trade's results: totals, ranks and prizes before and after. */
  async preview(tradeId: string, competitorNumber: number, command: ScoreSheetCommand) {
    const { state: trade, definition } = await this.reader.trade(tradeId);
    const sheet = await this.reader.sheet(tradeId, competitorNumber);
    const events = scoreSheetDecider.decide(command, sheet.state, await this.reader.context(tradeId, competitorNumber));
    const changed = fold(scoreSheetDecider.evolve, sheet.state, events);
    const latest = (await this.reader.results(tradeId)).state.results;
    const withSheet = (state: typeof sheet.state): Map<number, ContestantResult> =>
      new Map(latest).set(competitorNumber, calculateResult(definition, competitorNumber, state, sheet.revision));
    const before = rankResults(definition, trade, withSheet(sheet.state));
    const after = rankResults(definition, trade, withSheet(changed));
    return {
      tradeId,
      competitorNumber,
      before: before.map(rankedFigures),
      after: after.map(rankedFigures),
      changes: resultChanges(before, after),
    };
  }

  private async aspectsOf(tradeId: string, competitorNumber: number) {
    const { definition } = await this.reader.trade(tradeId);
    const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
    return scoreSheet(definition, sheet.marks, sheet.rounds).aspects;
  }

  private async competitors(tradeId: string): Promise<number[]> {
    const { state } = await this.reader.trade(tradeId);
    return [...(state.competitors?.keys() ?? [])].sort((a, b) => a - b);
  }

  private overseesTrade(viewer: AuthUser, isChiefOfTrade: boolean): boolean {
    return OVERSEERS.has(viewer.role) || isChiefOfTrade;
  }
}

/** Ranked rows first, then those without a score yet, then the absent. */
const placeGroup = (row: { rank: number | null; progress: string }) => (row.progress === 'absent' ? 2 : row.rank === null ? 1 : 0);

/** The rules a trade's results follow, as the results page states them (docs/results-rules.md). */
function resultsRules(definition: TradeDefinition) {
  const prizes = definition.prizes ?? DEFAULT_PRIZE_POLICY;
  return {
    rounding: { mode: 'half_up' as const, places: 2 },
    prizes: { ...prizes, cutOff: prizes.cutOff ?? ('round_half_up' as const) },
    keyAspectComparison: definition.keyAspectComparison ?? ('in_order' as const),
    weights: definition.weights,
  };
}

function describe(aspect: Aspect) {
  return {
    aspectId: aspect.id,
    type: aspect.type,
    description: aspect.description,
    maxMark: aspect.maxMark,
    ...(aspect.type === 'judgement' ? { descriptors: [...aspect.descriptors] } : {}),
  };
}
