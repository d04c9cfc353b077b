import type { Role } from '../identity/user.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import {
  type Aspect,
  type Honour,
  type HonoursConditions,
  type KeyAspectComparison,
  type PrizeCutOff,
  type PrizePolicy,
  type TradeDefinition,
  type TradeRegistrationRules,
} from './catalogue.types.js';
import { drawCommitment, drawList, drawLots, isCommitment, type DrawAssignment } from './draw.js';

/** A trade's stream: its definition, its judging panel, its lots and the check-in of the contest day. */

export type PanelRole = 'chief_judge' | 'judge';

export interface PanelMember {
  judgeId: string;
  role: PanelRole;
  employer: string;
  city: string;
}

export type TradeEvent =
  | { type: 'TradeDefined'; data: { contestId: string; trade: TradeDefinition } }
  | { type: 'JudgeAssigned'; data: { tradeId: string } & PanelMember }
  /** The organiser's commitment to the seed, published before the draw: SHA-256 hex of the seed. */
  | { type: 'DrawCommitted'; data: { tradeId: string; commitment: string } }
  /**
   * The seed committed to was lost before the draw: a new commitment replaces it, with the reason. The
   * replaced one stays in the history and in the published draw, so everyone sees the replacement.
   */
  | { type: 'DrawCommitmentReplaced'; data: { tradeId: string; commitment: string; replaced: string; reason: string } }
  | {
      type: 'LotsDrawn';
      data: {
        tradeId: string;
        seed: string;
        commitment: string;
        /** As the draw used them: unique and sorted. */
        confirmedEntryIds: string[];
        /** By competitor number. */
        assignments: DrawAssignment[];
      };
    }
  | { type: 'CompetitorCheckedIn'; data: { tradeId: string; competitorNumber: number } }
  /** Check-in is over: the competitors not checked in (`absent`, ascending) are absent. */
  | { type: 'CheckInClosed'; data: { tradeId: string; absent: number[] } }
  /** The organiser sets the trade's registration rules; they replace the ones before. */
  | { type: 'RegistrationRulesSet'; data: { tradeId: string; rules: TradeRegistrationRules } }
  /** The aspects a judge marks (they replace the ones before); a judge without any marks every aspect. */
  | { type: 'AspectsAssigned'; data: { tradeId: string; judgeId: string; aspectIds: string[] } }
  /** Spectators see the board as it stood now until it is revealed; organisers keep the live one. */
  | { type: 'BoardFrozen'; data: { tradeId: string; frozenAt: string } }
  | { type: 'BoardRevealed'; data: { tradeId: string; revealedAt: string } }
  /**
   * The award ceremony of a frozen board: one more result revealed to spectators, from the last place up
   * (`step` results revealed in all). Which row a step reveals is the board's: the final order, fixed at step 1.
   */
  | { type: 'CeremonyStepped'; data: { tradeId: string; step: number; at: string } }
  /**
   * Results become official; `checkpoint` is the audit chain's head when they were published.
   * `missingTheory`: published on purpose without the theory results of these present competitors, and why.
   */
  | {
      type: 'ResultsPublished';
      data: { tradeId: string; publishedAt: string; checkpoint: AuditCheckpoint | null; missingTheory?: MissingTheoryOverride };
    }
  /** The theory exam's answer key, set (or replaced while no answer sheet is graded) by the organiser or the chief judge. */
  | { type: 'TheoryAnswerKeySet'; data: { tradeId: string; answerKey: string[] } }
  /** An upheld appeal changed the results: they are provisional again until published anew. */
  | { type: 'ResultsReopened'; data: { tradeId: string; appealId: string } }
  /** The trade's definition (scheme, rules) replaced: version 2, 3, …; who is in the event's metadata, why here. */
  | { type: 'TradeRevised'; data: { tradeId: string; trade: TradeDefinition; version: number; reason: string } }
  /** After the draw a revision waits for the chief judge's approval; the organiser proposed it (and so approved it). */
  | {
      type: 'TradeRevisionProposed';
      data: { tradeId: string; trade: TradeDefinition; version: number; reason: string; proposedBy: string };
    }
  | { type: 'TradeRevisionApproved'; data: { tradeId: string; version: number; approvedBy: string } };

/** The head of the audit hash chain at a moment: the event position and its hash. */
export interface AuditCheckpoint {
  position: number;
  hash: string;
}

/** Results published without some present competitors' theory results: who, and the reason given. */
export interface MissingTheoryOverride {
  competitorNumbers: number[];
  reason: string;
}

/** Who gives a check-in command: the organiser, or the trade's chief judge. */
export interface TradeActor {
  userId: string;
  role: Role;
}

export type TradeCommand =
  | { type: 'DefineTrade'; contestId: string; trade: TradeDefinition }
  | { type: 'AssignJudge'; member: PanelMember }
  | { type: 'CommitDraw'; commitment: string }
  | { type: 'ReplaceDrawCommitment'; commitment: string; reason: string }
  | { type: 'DrawLots'; seed: string; confirmedEntryIds: readonly string[] }
  | { type: 'CheckIn'; competitorNumber: number; by: TradeActor }
  | { type: 'CloseCheckIn'; by: TradeActor }
  | { type: 'SetRegistrationRules'; rules: TradeRegistrationRules }
  | { type: 'AssignAspects'; judgeId: string; aspectIds: readonly string[]; by: TradeActor }
  | { type: 'FreezeBoard'; at: string }
  | { type: 'RevealBoard'; at: string }
  /** The ceremony's next step: reveal one more result of the frozen board, from the last place up. */
  | { type: 'StepCeremony'; at: string }
  /**
   * `unsignedCompetitors`: present competitors with a module not signed off; `theoryMissing`: present
   * competitors without a theory result; both as the handler found them. `missingTheoryReason`: the
   * organiser publishes without those theory results on purpose, for this reason.
   */
  | {
      type: 'PublishResults';
      at: string;
      checkpoint: AuditCheckpoint | null;
      unsignedCompetitors: readonly number[];
      theoryMissing?: readonly number[];
      missingTheoryReason?: string;
    }
  /** `gradedSheets`: answer sheets of the trade already recorded, as the handler found them (the key is locked once there is one). */
  | { type: 'SetTheoryAnswerKey'; answerKey: readonly string[]; gradedSheets: number; by: TradeActor }
  | { type: 'ReopenResults'; appealId: string }
  /**
   * The organiser changes the trade's definition. Before the draw it applies at once; after it, it
   * needs a reason and waits for the chief judge's approval. `markedAspectIds`: aspects of the trade
   * with at least one mark, as the handler found them: a changed one refuses the revision.
   */
  | { type: 'ReviseTrade'; trade: TradeDefinition; reason: string; by: TradeActor; markedAspectIds: readonly string[] }
  | { type: 'ApproveTradeRevision'; version: number; by: TradeActor; markedAspectIds: readonly string[] };

export interface TradeState {
  contestId?: string;
  definition?: TradeDefinition;
  panel: PanelMember[];
  /** The published commitment to the draw's seed. */
  commitment?: string;
  /** competitor number → entry id, once lots are drawn. */
  competitors?: Map<number, string>;
  /** Competitor numbers checked in on the contest day. */
  checkedIn?: ReadonlySet<number>;
  /** True once check-in is closed: the drawn competitors not checked in are absent. */
  checkInClosed?: boolean;
  /** judge id → the aspects assigned; a judge not in it marks every aspect. */
  assignments?: ReadonlyMap<string, readonly string[]>;
  frozenAt?: string;
  /** Results revealed so far by the award ceremony of the frozen board. */
  ceremonyStep?: number;
  /** Set while the results are published (official); cleared when an upheld appeal reopens them. */
  published?: { publishedAt: string; checkpoint: AuditCheckpoint | null; missingTheory?: MissingTheoryOverride };
  /** Every publication, also those later reopened. */
  publications?: number;
  /** The definition's version: 1 when defined, +1 for each revision. */
  version?: number;
  /** A revision proposed after the draw, waiting for the chief judge. */
  pendingRevision?: { trade: TradeDefinition; version: number; reason: string; proposedBy: string };
}

export const initialTradeState: TradeState = { panel: [] };

export function evolveTrade(state: TradeState, event: TradeEvent): TradeState {
  switch (event.type) {
    case 'TradeDefined':
      return { ...state, contestId: event.data.contestId, definition: event.data.trade, version: 1 };
    case 'TradeRevised':
      return { ...state, definition: event.data.trade, version: event.data.version, pendingRevision: undefined };
    case 'TradeRevisionProposed': {
      const { tradeId: _tradeId, ...pending } = event.data;
      return { ...state, pendingRevision: pending };
    }
    case 'TradeRevisionApproved':
      return state;
    case 'JudgeAssigned': {
      const { tradeId: _tradeId, ...member } = event.data;
      return { ...state, panel: [...state.panel, member] };
    }
    case 'DrawCommitted':
    case 'DrawCommitmentReplaced':
      return { ...state, commitment: event.data.commitment };
    case 'LotsDrawn':
      return {
        ...state,
        competitors: new Map(event.data.assignments.map((a) => [a.competitorNumber, a.entryId])),
      };
    case 'CompetitorCheckedIn':
      return { ...state, checkedIn: new Set([...(state.checkedIn ?? []), event.data.competitorNumber]) };
    case 'CheckInClosed':
      return { ...state, checkInClosed: true };
    case 'RegistrationRulesSet':
      return state.definition ? { ...state, definition: { ...state.definition, registration: event.data.rules } } : state;
    case 'AspectsAssigned':
      return { ...state, assignments: new Map([...(state.assignments ?? []), [event.data.judgeId, event.data.aspectIds]]) };
    case 'BoardFrozen':
      return { ...state, frozenAt: event.data.frozenAt, ceremonyStep: undefined };
    case 'BoardRevealed':
      return { ...state, frozenAt: undefined, ceremonyStep: undefined };
    case 'CeremonyStepped':
      return { ...state, ceremonyStep: event.data.step };
    case 'ResultsPublished':
      return {
        ...state,
        published: {
          publishedAt: event.data.publishedAt,
          checkpoint: event.data.checkpoint,
          ...(event.data.missingTheory ? { missingTheory: event.data.missingTheory } : {}),
        },
        publications: (state.publications ?? 0) + 1,
      };
    case 'TheoryAnswerKeySet':
      return state.definition ? { ...state, definition: { ...state.definition, theory: { answerKey: event.data.answerKey } } } : state;
    case 'ResultsReopened':
      return { ...state, published: undefined };
    default:
      return assertNever(event);
  }
}

export function decideTrade(command: TradeCommand, state: TradeState): TradeEvent[] {
  if (command.type === 'DefineTrade') {
    if (state.definition)
      throw conflict(`Trade ${command.trade.id} is already defined`, undefined, {
        code: 'catalogue.trade_defined',
        params: { tradeId: command.trade.id },
      });
    assertTradeIsSound(command.trade);
    return [{ type: 'TradeDefined', data: { contestId: command.contestId, trade: command.trade } }];
  }
  const trade = requireDefined(state);
  switch (command.type) {
    case 'AssignJudge': {
      const { member } = command;
      if (state.panel.some((m) => m.judgeId === member.judgeId)) {
        throw conflict(`Judge ${member.judgeId} is already on the panel of ${trade.id}`, 'judgeId', {
          code: 'panel.already_member',
          params: { judgeId: member.judgeId, tradeId: trade.id },
        });
      }
      if (member.role === 'chief_judge' && state.panel.some((m) => m.role === 'chief_judge')) {
        throw conflict(`Trade ${trade.id} already has a chief judge`, 'role', { code: 'panel.has_chief', params: { tradeId: trade.id } });
      }
      const maxJudges = trade.panelSize * 2;
      if (member.role === 'judge' && judgesOf(state).length >= maxJudges) {
        throw conflict(
          `The panel of ${trade.id} is full: ${maxJudges} judges (${trade.panelSize} per aspect, the others substitutes)`,
          'judgeId',
          { code: 'panel.full', params: { tradeId: trade.id, maxJudges, panelSize: trade.panelSize } },
        );
      }
      return [{ type: 'JudgeAssigned', data: { tradeId: trade.id, ...member } }];
    }
    case 'CommitDraw': {
      if (state.competitors)
        throw conflict(`Lots for ${trade.id} have already been drawn: a commitment comes before the draw`, undefined, {
          code: 'draw.already_drawn',
          params: { tradeId: trade.id },
        });
      if (state.commitment)
        throw conflict(`The draw of ${trade.id} is already committed to ${state.commitment}`, 'commitment', {
          code: 'draw.already_committed',
          params: { tradeId: trade.id },
        });
      if (!isCommitment(command.commitment)) {
        throw invalid('A commitment is the SHA-256 of the seed: 64 lowercase hex digits', 'commitment', { code: 'draw.commitment_format' });
      }
      return [{ type: 'DrawCommitted', data: { tradeId: trade.id, commitment: command.commitment } }];
    }
    case 'ReplaceDrawCommitment': {
      if (state.competitors) {
        throw conflict(
          `Lots for ${trade.id} have already been drawn with the seed committed to: it can no longer be replaced`,
          'commitment',
          {
            code: 'draw.already_drawn',
            params: { tradeId: trade.id },
          },
        );
      }
      if (!state.commitment)
        throw conflict(`The draw of ${trade.id} has no commitment to replace: publish one first`, 'commitment', {
          code: 'draw.no_commitment',
          params: { tradeId: trade.id },
        });
      if (!isCommitment(command.commitment)) {
        throw invalid('A commitment is the SHA-256 of the seed: 64 lowercase hex digits', 'commitment', { code: 'draw.commitment_format' });
      }
      if (command.commitment === state.commitment) {
        throw invalid('The new commitment is the one already published: replacing a lost seed needs a new seed', 'commitment', {
          code: 'draw.same_commitment',
          params: { tradeId: trade.id },
        });
      }
      const reason = command.reason.trim();
      if (reason.length === 0) {
        throw invalid('Replacing a commitment needs a reason: it is published with both commitments', 'reason', {
          code: 'draw.replacement_reason',
          params: { tradeId: trade.id },
        });
      }
      return [
        { type: 'DrawCommitmentReplaced', data: { tradeId: trade.id, commitment: command.commitment, replaced: state.commitment, reason } },
      ];
    }
    case 'DrawLots': {
      if (state.competitors)
        throw conflict(`Lots for ${trade.id} have already been drawn`, undefined, {
          code: 'draw.already_drawn',
          params: { tradeId: trade.id },
        });
      if (!state.commitment) {
        throw conflict(
          `Publish a commitment to the seed of ${trade.id} first: lots are drawn only with a seed committed to before`,
          undefined,
          {
            code: 'draw.no_commitment',
            params: { tradeId: trade.id },
          },
        );
      }
      if (command.confirmedEntryIds.length === 0)
        throw invalid(`Trade ${trade.id} has no confirmed entries to draw`, undefined, {
          code: 'draw.no_entries',
          params: { tradeId: trade.id },
        });
      if (command.seed.trim().length === 0) throw invalid('A draw needs a seed', 'seed', { code: 'draw.seed_needed' });
      const hashed = drawCommitment(command.seed);
      if (hashed !== state.commitment) {
        throw invalid(`The seed does not match the commitment: its SHA-256 is ${hashed}, the commitment is ${state.commitment}`, 'seed', {
          code: 'draw.seed_mismatch',
          params: { tradeId: trade.id },
        });
      }
      const confirmedEntryIds = drawList(command.confirmedEntryIds);
      return [
        {
          type: 'LotsDrawn',
          data: {
            tradeId: trade.id,
            seed: command.seed,
            commitment: state.commitment,
            confirmedEntryIds,
            assignments: drawLots(command.seed, confirmedEntryIds, trade.workstations),
          },
        },
      ];
    }
    case 'CheckIn': {
      const competitors = requireCheckInOpen(state, trade, command.by);
      const { competitorNumber } = command;
      if (!competitors.has(competitorNumber)) {
        throw notFound(`Competitor ${competitorNumber} is not drawn in ${trade.id}`, 'competitorNumber', {
          code: 'marks.competitor_not_drawn',
          params: { tradeId: trade.id, competitorNumber },
        });
      }
      if (state.checkedIn?.has(competitorNumber)) {
        throw conflict(`Competitor ${competitorNumber} is already checked in`, 'competitorNumber', {
          code: 'checkin.already',
          params: { competitorNumber },
        });
      }
      return [{ type: 'CompetitorCheckedIn', data: { tradeId: trade.id, competitorNumber } }];
    }
    case 'CloseCheckIn': {
      const competitors = requireCheckInOpen(state, trade, command.by);
      const absent = [...competitors.keys()].filter((n) => !state.checkedIn?.has(n)).sort((a, b) => a - b);
      return [{ type: 'CheckInClosed', data: { tradeId: trade.id, absent } }];
    }
    case 'SetRegistrationRules': {
      if (state.competitors)
        throw conflict(`Lots for ${trade.id} have already been drawn: its registration is over`, undefined, {
          code: 'draw.already_drawn',
          params: { tradeId: trade.id },
        });
      assertRulesAreSound(command.rules);
      return [{ type: 'RegistrationRulesSet', data: { tradeId: trade.id, rules: command.rules } }];
    }
    case 'AssignAspects': {
      requireChiefOrOrganiser(state, trade, command.by, 'Aspects are assigned');
      if (!judgesOf(state).some((m) => m.judgeId === command.judgeId)) {
        throw notFound(`${command.judgeId} is not a judge on the panel of ${trade.id}`, 'judgeId', {
          code: 'panel.not_member',
          params: { judgeId: command.judgeId, tradeId: trade.id },
        });
      }
      if (command.aspectIds.length === 0) throw invalid('Assign at least one aspect', 'aspectIds', { code: 'panel.aspects_needed' });
      const unknown = command.aspectIds.find((id) => !findAspect(trade, id));
      if (unknown)
        throw notFound(`Aspect ${unknown} is not in the marking scheme of ${trade.id}`, 'aspectIds', {
          code: 'appeal.unknown_aspect',
          params: { tradeId: trade.id, aspectId: unknown },
        });
      const aspectIds = [...new Set(command.aspectIds)];
      return [{ type: 'AspectsAssigned', data: { tradeId: trade.id, judgeId: command.judgeId, aspectIds } }];
    }
    case 'FreezeBoard':
      if (state.frozenAt)
        throw conflict(`The board of ${trade.id} has been frozen since ${state.frozenAt}`, undefined, {
          code: 'board.already_frozen',
          params: { tradeId: trade.id, frozenAt: state.frozenAt },
        });
      return [{ type: 'BoardFrozen', data: { tradeId: trade.id, frozenAt: command.at } }];
    case 'RevealBoard':
      if (!state.frozenAt)
        throw conflict(`The board of ${trade.id} is not frozen: there is nothing to reveal`, undefined, {
          code: 'board.not_frozen',
          params: { tradeId: trade.id },
        });
      return [{ type: 'BoardRevealed', data: { tradeId: trade.id, revealedAt: command.at } }];
    case 'StepCeremony': {
      if (!state.frozenAt) {
        throw conflict(`The board of ${trade.id} is not frozen: a ceremony reveals a frozen board`, undefined, {
          code: 'ceremony.not_frozen',
          params: { tradeId: trade.id },
        });
      }
      const total = state.competitors?.size ?? 0;
      const step = state.ceremonyStep ?? 0;
      if (step >= total) {
        throw conflict(`Every result of ${trade.id} is revealed: reveal the board to end the ceremony`, undefined, {
          code: 'ceremony.all_revealed',
          params: { tradeId: trade.id, total },
        });
      }
      return [{ type: 'CeremonyStepped', data: { tradeId: trade.id, step: step + 1, at: command.at } }];
    }
    case 'PublishResults': {
      if (!state.competitors)
        throw conflict(`Lots for ${trade.id} have not been drawn: there are no results to publish`, undefined, {
          code: 'draw.not_drawn',
          params: { tradeId: trade.id },
        });
      if (state.published)
        throw conflict(`The results of ${trade.id} were published at ${state.published.publishedAt}`, undefined, {
          code: 'results.already_published',
          params: { tradeId: trade.id, publishedAt: state.published.publishedAt },
        });
      if (command.unsignedCompetitors.length > 0) {
        const listed = command.unsignedCompetitors.slice(0, 10).join(', ');
        throw conflict(
          `Not every module is signed off: competitor${command.unsignedCompetitors.length > 1 ? 's' : ''} ${listed}${command.unsignedCompetitors.length > 10 ? ', …' : ''}`,
          undefined,
          { code: 'results.unsigned', params: { tradeId: trade.id, competitorNumbers: command.unsignedCompetitors.slice(0, 10) } },
        );
      }
      const missingTheory = trade.weights.theory > 0 ? [...(command.theoryMissing ?? [])].sort((a, b) => a - b) : [];
      const reason = command.missingTheoryReason?.trim() ?? '';
      if (missingTheory.length > 0 && reason === '') {
        const listed = missingTheory.slice(0, 20).join(', ') + (missingTheory.length > 20 ? ', …' : '');
        throw conflict(
          `Theory results are missing for competitor${missingTheory.length > 1 ? 's' : ''} ${listed}: record them, or publish with a reason`,
          'missingTheoryReason',
          { code: 'results.theory_missing', params: { tradeId: trade.id, competitorNumbers: missingTheory } },
        );
      }
      return [
        {
          type: 'ResultsPublished',
          data: {
            tradeId: trade.id,
            publishedAt: command.at,
            checkpoint: command.checkpoint,
            ...(missingTheory.length > 0 ? { missingTheory: { competitorNumbers: missingTheory, reason } } : {}),
          },
        },
      ];
    }
    case 'SetTheoryAnswerKey': {
      requireChiefOrOrganiser(state, trade, command.by, 'The theory answer key is set');
      if (command.gradedSheets > 0) {
        throw conflict(
          `Answer sheets of ${command.gradedSheets} competitors are already graded against the key of ${trade.id}: it can no longer change`,
          'answerKey',
          { code: 'theory.key_locked', params: { tradeId: trade.id, sheets: command.gradedSheets } },
        );
      }
      const answerKey = [...command.answerKey];
      assertAnswerKeyIsSound(answerKey);
      const current = trade.theory?.answerKey;
      if (current && current.length === answerKey.length && current.every((a, i) => a === answerKey[i])) return [];
      return [{ type: 'TheoryAnswerKeySet', data: { tradeId: trade.id, answerKey } }];
    }
    case 'ReopenResults':
      if (!state.published) return [];
      return [{ type: 'ResultsReopened', data: { tradeId: trade.id, appealId: command.appealId } }];
    case 'ReviseTrade':
      return reviseTrade(command, state, trade);
    case 'ApproveTradeRevision': {
      const pending = state.pendingRevision;
      if (!pending || pending.version !== command.version) {
        throw notFound(`No revision ${command.version} of ${trade.id} waits for approval`, 'version', {
          code: 'catalogue.no_pending_revision',
          params: { tradeId: trade.id, version: command.version },
        });
      }
      if (!isChiefJudgeOf(state, command.by.userId)) {
        throw forbidden(`A revision of ${trade.id} after the draw is approved by its chief judge`, undefined, {
          code: 'catalogue.revision_needs_chief_judge',
          params: { tradeId: trade.id },
        });
      }
      assertNoMarkedAspectChanges(trade, pending.trade, command.markedAspectIds);
      return [
        { type: 'TradeRevisionApproved', data: { tradeId: trade.id, version: pending.version, approvedBy: command.by.userId } },
        { type: 'TradeRevised', data: { tradeId: trade.id, trade: pending.trade, version: pending.version, reason: pending.reason } },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const tradeDecider: Decider<TradeCommand, TradeEvent, TradeState> = {
  initialState: initialTradeState,
  evolve: evolveTrade,
  decide: decideTrade,
};

export function requireDefined(state: TradeState): TradeDefinition {
  if (!state.definition) throw notFound('Unknown trade', 'tradeId', { code: 'catalogue.unknown_trade', params: { tradeId: null } });
  return state.definition;
}

export const isChiefJudgeOf = (state: TradeState, userId: string) =>
  state.panel.some((m) => m.role === 'chief_judge' && m.judgeId === userId);

function requireChiefOrOrganiser(state: TradeState, trade: TradeDefinition, by: TradeActor, what: string): void {
  if (by.role !== 'organiser' && !isChiefJudgeOf(state, by.userId)) {
    throw forbidden(`${what} for ${trade.id} by the organiser or the trade's chief judge`, undefined, {
      code: 'judging.organiser_or_chief',
      params: { tradeId: trade.id },
    });
  }
}

/** Check-in is run by the organiser or the trade's chief judge, after the draw and until it is closed. */
function requireCheckInOpen(state: TradeState, trade: TradeDefinition, by: TradeActor): Map<number, string> {
  requireChiefOrOrganiser(state, trade, by, 'Check-in is run');
  if (!state.competitors)
    throw conflict(`Lots for ${trade.id} have not been drawn: there is nobody to check in yet`, undefined, {
      code: 'draw.not_drawn',
      params: { tradeId: trade.id },
    });
  if (state.checkInClosed)
    throw conflict(`Check-in for ${trade.id} is closed`, undefined, { code: 'checkin.closed', params: { tradeId: trade.id } });
  return state.competitors;
}

/** Absent: drawn, not checked in, and check-in is closed. */
export const isAbsent = (state: TradeState, competitorNumber: number): boolean =>
  state.checkInClosed === true && state.competitors?.has(competitorNumber) === true && !state.checkedIn?.has(competitorNumber);

export const judgesOf = (state: TradeState) => state.panel.filter((m) => m.role === 'judge');

/** Sub-criteria are the practical modules: the chief judge signs a contestant's module off as a whole. */
export function moduleOf(trade: TradeDefinition, aspectId: string): string | undefined {
  return trade.scheme.subCriteria.find((s) => s.aspects.some((a) => a.id === aspectId))?.id;
}

export const aspectsOf = (trade: TradeDefinition): Aspect[] => trade.scheme.subCriteria.flatMap((s) => [...s.aspects]);

export function findAspect(trade: TradeDefinition, aspectId: string): Aspect | undefined {
  for (const subCriterion of trade.scheme.subCriteria) {
    const aspect = subCriterion.aspects.find((a) => a.id === aspectId);
    if (aspect) return aspect;
  }
  return undefined;
}

/** Max marks in hundredths, so that sums of halves and decimals are exact. */
const hundredths = (value: number) => Math.round(value * 100);
const hasAtMostTwoDecimals = (value: number) => Number.isFinite(value) && Math.abs(value * 100 - hundredths(value)) <= 1e-6;
const isWholeAtLeast = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min;

/** The aspects of `before` that `after` removes or changes. */
export function changedAspectIds(before: TradeDefinition, after: TradeDefinition): string[] {
  const text = (a: Aspect | undefined) => (a ? JSON.stringify({ ...a, markingDay: undefined }) : '');
  return aspectsOf(before)
    .filter((a) => text(a) !== text(findAspect(after, a.id)))
    .map((a) => a.id);
}

function assertNoMarkedAspectChanges(before: TradeDefinition, after: TradeDefinition, marked: readonly string[]): void {
  const touched = changedAspectIds(before, after).filter((id) => marked.includes(id));
  if (touched.length > 0) {
    throw conflict(`Aspects ${touched.join(', ')} of ${before.id} already have marks: they can no longer change`, 'scheme', {
      code: 'catalogue.aspect_marked',
      params: { tradeId: before.id, aspectIds: touched },
    });
  }
}

function reviseTrade(command: Extract<TradeCommand, { type: 'ReviseTrade' }>, state: TradeState, trade: TradeDefinition): TradeEvent[] {
  if (command.by.role !== 'organiser') {
    throw forbidden(`The organiser changes the definition of ${trade.id}`, undefined, {
      code: 'catalogue.revision_by_organiser',
      params: { tradeId: trade.id },
    });
  }
  if (command.trade.id !== trade.id)
    throw invalid(`A revision of ${trade.id} cannot rename it to ${command.trade.id}`, 'id', {
      code: 'catalogue.revision_rename',
      params: { tradeId: trade.id, newId: command.trade.id },
    });
  // The answer key has its own command (locked once sheets are graded): a revision without one keeps it.
  const next: TradeDefinition = command.trade.theory || !trade.theory ? command.trade : { ...command.trade, theory: trade.theory };
  if (JSON.stringify(sortedKeys(next)) === JSON.stringify(sortedKeys(trade))) return [];
  assertTradeIsSound(next);
  assertNoMarkedAspectChanges(trade, next, command.markedAspectIds);
  const reason = command.reason.trim();
  const version = (state.pendingRevision?.version ?? state.version ?? 1) + 1;
  if (!state.competitors) return [{ type: 'TradeRevised', data: { tradeId: trade.id, trade: next, version, reason } }];
  if (reason === '') {
    throw invalid(`Lots of ${trade.id} are drawn: a change needs a reason`, 'reason', {
      code: 'catalogue.change_needs_reason',
      params: { tradeId: trade.id },
    });
  }
  return [{ type: 'TradeRevisionProposed', data: { tradeId: trade.id, trade: next, version, reason, proposedBy: command.by.userId } }];
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Every rule of a trade's definition and scheme; the import and the deciders share it. */
export function assertTradeIsSound(trade: TradeDefinition): void {
  const aspects = aspectsOf(trade);
  if (aspects.length === 0)
    throw invalid(`Trade ${trade.id} has no aspects`, 'scheme', { code: 'scheme.no_aspects', params: { tradeId: trade.id } });
  const unmarkable = aspects.find((a) => !(a.maxMark > 0 && hasAtMostTwoDecimals(a.maxMark)));
  if (unmarkable)
    throw invalid(`Aspect ${unmarkable.id}: a max mark is positive, with at most two decimals`, 'scheme', {
      code: 'scheme.max_mark',
      params: { aspectId: unmarkable.id },
    });
  const total = aspects.reduce((sum, a) => sum + hundredths(a.maxMark), 0);
  if (total !== 10_000)
    throw invalid(`The max marks of ${trade.id} sum to ${total / 100}, not 100`, 'scheme', {
      code: 'scheme.total',
      params: { tradeId: trade.id, total: total / 100 },
    });
  if (new Set(aspects.map((a) => a.id)).size !== aspects.length) {
    throw invalid(`Trade ${trade.id} has duplicate aspect ids`, 'scheme', {
      code: 'scheme.duplicate_aspects',
      params: { tradeId: trade.id },
    });
  }
  const vague = aspects.find((a) => a.type === 'judgement' && (a.descriptors?.length !== 4 || a.descriptors.some((d) => !d?.trim())));
  if (vague) {
    throw invalid(`Judgement aspect ${vague.id} needs the four descriptors of levels 0–3`, 'scheme', {
      code: 'catalogue.descriptors_missing',
      params: { aspectId: vague.id, level: 0 },
    });
  }
  const { theory, practical } = trade.weights;
  const isPercent = (value: number) => typeof value === 'number' && value >= 0 && hasAtMostTwoDecimals(value);
  // Percents with at most two decimals: the total weighs them exactly (docs/results-rules.md).
  if (!isPercent(theory) || !isPercent(practical) || hundredths(theory) + hundredths(practical) !== 10_000) {
    throw invalid(`The weights of ${trade.id} do not sum to 100`, 'weights', { code: 'scheme.weights', params: { tradeId: trade.id } });
  }
  const unknownKey = trade.keyAspectIds.find((id) => !aspects.some((a) => a.id === id));
  if (unknownKey)
    throw invalid(`Key aspect ${unknownKey} is not in the scheme of ${trade.id}`, 'keyAspectIds', {
      code: 'scheme.unknown_key_aspect',
      params: { tradeId: trade.id, aspectId: unknownKey },
    });
  if (trade.keyAspectComparison !== undefined && !KEY_ASPECT_COMPARISONS.includes(trade.keyAspectComparison)) {
    throw invalid(
      `Key aspects are compared ${KEY_ASPECT_COMPARISONS.join(' or ')}, not ${String(trade.keyAspectComparison)}`,
      'keyAspectComparison',
      {
        code: 'scheme.one_of',
        params: { field: 'keyAspectComparison', allowed: [...KEY_ASPECT_COMPARISONS], value: String(trade.keyAspectComparison) },
      },
    );
  }
  if (trade.workstations !== undefined && !isWholeAtLeast(trade.workstations, 1)) {
    throw invalid(`Trade ${trade.id} needs a whole number of workstations, at least 1`, 'workstations', {
      code: 'scheme.whole_at_least',
      params: { field: 'workstations', min: 1 },
    });
  }
  if (trade.theory !== undefined) assertAnswerKeyIsSound(trade.theory.answerKey);
  if (trade.prizes !== undefined) assertPrizesAreSound(trade.prizes);
  if (trade.honours !== undefined) assertHonoursAreSound(trade.honours);
  if (trade.standardisation !== undefined && trade.standardisation.version !== 'median700-v1') {
    throw invalid(
      `Unknown standardisation version ${String(trade.standardisation.version)}: the known one is median700-v1`,
      'standardisation.version',
      { code: 'results.unknown_standardisation', params: { version: String(trade.standardisation.version) } },
    );
  }
  if (trade.conflictOfInterest !== undefined && typeof trade.conflictOfInterest.sameCity !== 'boolean') {
    throw invalid('conflictOfInterest.sameCity is true or false', 'conflictOfInterest.sameCity', {
      code: 'scheme.boolean',
      params: { field: 'conflictOfInterest.sameCity' },
    });
  }
  if (trade.appealWindowMinutes !== undefined && !isWholeAtLeast(trade.appealWindowMinutes, 1)) {
    throw invalid('The appeal window is a whole number of minutes, at least 1', 'appealWindowMinutes', {
      code: 'scheme.whole_at_least',
      params: { field: 'appealWindowMinutes', min: 1 },
    });
  }
  if (trade.publicityWorkingDays !== undefined && !(isWholeAtLeast(trade.publicityWorkingDays, 0) && trade.publicityWorkingDays <= 60)) {
    throw invalid('The publicity period is a whole number of working days, 0 or more and at most 60', 'publicityWorkingDays', {
      code: 'scheme.whole_between',
      params: { field: 'publicityWorkingDays', min: 0, max: 60 },
    });
  }
}

/** One answer per question: one or more distinct capital letters ('A', 'BD'). */
function assertAnswerKeyIsSound(answerKey: readonly string[]): void {
  if (!Array.isArray(answerKey) || answerKey.length === 0) {
    throw invalid('The theory exam needs an answer key of at least one question', 'theory.answerKey', { code: 'theory.no_questions' });
  }
  const wrong = answerKey.findIndex(
    (answer) => typeof answer !== 'string' || !/^[A-Z]+$/.test(answer) || new Set(answer).size !== answer.length,
  );
  if (wrong >= 0) {
    throw invalid(
      `Answer ${wrong + 1} of the key (${String(answerKey[wrong])}) is not one or more distinct letters A–Z`,
      'theory.answerKey',
      { code: 'theory.answer_letters', params: { question: wrong + 1, answer: String(answerKey[wrong]) } },
    );
  }
}

const PRIZES = ['first', 'second', 'third'] as const;
const KEY_ASPECT_COMPARISONS: readonly KeyAspectComparison[] = ['in_order', 'sum'];
const PRIZE_CUT_OFFS: readonly PrizeCutOff[] = ['round_half_up', 'not_exceeding'];

/** Ratios: percents with at most two decimals, summing to at most 100. Counts: whole numbers. */
function assertPrizesAreSound(prizes: PrizePolicy): void {
  if (prizes.mode !== 'ratio' && prizes.mode !== 'count') {
    throw invalid(`Prizes are given by 'ratio' or by 'count', not ${String((prizes as { mode: unknown }).mode)}`, 'prizes.mode', {
      code: 'scheme.one_of',
      params: { field: 'prizes.mode', allowed: ['ratio', 'count'], value: String((prizes as { mode: unknown }).mode) },
    });
  }
  for (const prize of PRIZES) {
    const value = prizes[prize];
    if (prizes.mode === 'count' && !isWholeAtLeast(value, 0)) {
      throw invalid(`The number of ${prize} prizes is a whole number, 0 or more`, `prizes.${prize}`, {
        code: 'scheme.whole_at_least',
        params: { field: `prizes.${prize}`, min: 0 },
      });
    }
    if (prizes.mode === 'ratio' && !(typeof value === 'number' && value >= 0 && hasAtMostTwoDecimals(value))) {
      throw invalid(`The ${prize} prize ratio is a percent of 0 or more, with at most two decimals`, `prizes.${prize}`, {
        code: 'scheme.percent',
        params: { field: `prizes.${prize}` },
      });
    }
  }
  if (prizes.cutOff !== undefined && !PRIZE_CUT_OFFS.includes(prizes.cutOff)) {
    throw invalid(`Prize cut-offs are ${PRIZE_CUT_OFFS.join(' or ')}, not ${String(prizes.cutOff)}`, 'prizes.cutOff', {
      code: 'scheme.one_of',
      params: { field: 'prizes.cutOff', allowed: [...PRIZE_CUT_OFFS], value: String(prizes.cutOff) },
    });
  }
  if (prizes.mode === 'ratio') {
    const percent = PRIZES.reduce((sum, prize) => sum + hundredths(prizes[prize]), 0);
    if (percent > 10_000)
      throw invalid(`The prize ratios sum to ${percent / 100} %, more than 100 %`, 'prizes', {
        code: 'scheme.prize_ratios',
        params: { percent: percent / 100 },
      });
  }
}

/** Checked against the `Honour` type: adding an honour there without here does not compile. */
const KNOWN_HONOURS: Record<Honour, true> = { may_day_labour_medal: true, technical_expert: true };

function assertHonoursAreSound(honours: HonoursConditions): void {
  for (const [honour, condition] of Object.entries(honours)) {
    if (!Object.hasOwn(KNOWN_HONOURS, honour)) {
      throw invalid(`Unknown honour ${honour}: the known ones are ${Object.keys(KNOWN_HONOURS).join(', ')}`, 'honours', {
        code: 'scheme.one_of',
        params: { field: 'honours', allowed: Object.keys(KNOWN_HONOURS), value: honour },
      });
    }
    if (!isWholeAtLeast(condition?.minContestants, 1)) {
      throw invalid(`${honour} needs a whole number of at least 1 contestant`, `honours.${honour}.minContestants`, {
        code: 'scheme.whole_at_least',
        params: { field: `honours.${honour}.minContestants`, min: 1 },
      });
    }
  }
}

function assertRulesAreSound({ ageWindow, quotaPerCity, noFirstPrizeInLastEditions }: TradeRegistrationRules): void {
  if (ageWindow && !(isWholeAtLeast(ageWindow.min, 14) && isWholeAtLeast(ageWindow.max, ageWindow.min) && ageWindow.max <= 100)) {
    throw invalid('An age window is whole years, from at least 14, with min ≤ max ≤ 100', 'ageWindow', { code: 'rules.age_window' });
  }
  if (quotaPerCity !== undefined && !isWholeAtLeast(quotaPerCity, 1))
    throw invalid('A quota is a whole number of at least 1', 'quotaPerCity', {
      code: 'scheme.whole_at_least',
      params: { field: 'quotaPerCity', min: 1 },
    });
  if (noFirstPrizeInLastEditions !== undefined && !isWholeAtLeast(noFirstPrizeInLastEditions, 1)) {
    throw invalid('The recent-champion rule counts at least 1 edition', 'noFirstPrizeInLastEditions', {
      code: 'scheme.whole_at_least',
      params: { field: 'noFirstPrizeInLastEditions', min: 1 },
    });
  }
}
