import type { Aspect, TradeDefinition } from '../catalogue/catalogue.types.js';
import {
  findAspect,
  isAbsent,
  isChiefJudgeOf,
  judgesOf,
  moduleOf,
  requireDefined,
  type AuditCheckpoint,
  type PanelMember,
  type TradeActor,
  type TradeState,
} from '../catalogue/trade.js';
import { aspectMarkingStatus, type AspectStatus } from '../scoring/scoring.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';

/**
 * A contestant's score sheet in one trade: every mark every judge gave, aspect by aspect, and what
 * happened to them — spreads and re-marks, corrections, sign-off of modules, appeal remedies.
 * The sheet's state keeps only the marks that count; the history is in its events.
 */

export interface JudgeMark {
  judgeId: string;
  mark: number;
}

/** How long a tablet holds a judge's aspect before another tablet may take it. */
export const ASPECT_LEASE_SECONDS = 120;
/** Judgement marks of one aspect may differ by at most this many levels; more asks for a re-mark. */
export const MAX_JUDGEMENT_SPREAD = 1;
/** A contestant's completion time (the last tie-break) is whole seconds, at most a day. */
export const MAX_COMPLETION_SECONDS = 24 * 60 * 60;

/** When a lease taken at `at` lets go by itself. */
export const leaseExpiresAt = (at: string) => new Date(Date.parse(at) + ASPECT_LEASE_SECONDS * 1000).toISOString();

export type AppealRemedy =
  | { kind: 'remark'; aspectIds: string[] }
  | { kind: 'correction'; aspectId: string; judgeId: string; mark: number };

interface SheetAddress {
  tradeId: string;
  competitorNumber: number;
}

export type ScoreSheetEvent =
  | { type: 'MarkSubmitted'; data: SheetAddress & { aspectId: string; judgeId: string; mark: number; round?: number } }
  /** The panel's marks for an aspect differ by more than 1: they stay recorded, and the panel marks it again. */
  | { type: 'SpreadFlagged'; data: SheetAddress & { aspectId: string; round: number; marks: JudgeMark[]; spread: number } }
  | { type: 'AspectOpened'; data: SheetAddress & { aspectId: string; judgeId: string; deviceId: string; expiresAt: string } }
  | { type: 'AspectReleased'; data: SheetAddress & { aspectId: string; judgeId: string; deviceId: string } }
  | { type: 'JudgeSubstituted'; data: SheetAddress & { judgeId: string; substituteId: string; reason: string } }
  | {
      type: 'CorrectionRequested';
      data: SheetAddress & {
        correctionId: string;
        aspectId: string;
        judgeId: string;
        from: number;
        to: number;
        reason: string;
        requestedBy: string;
      };
    }
  | { type: 'CorrectionApproved'; data: SheetAddress & { correctionId: string; aspectId: string; judgeId: string; to: number } }
  | { type: 'CorrectionRejected'; data: SheetAddress & { correctionId: string; reason: string } }
  | { type: 'ModuleSignedOff'; data: SheetAddress & { moduleId: string; checkpoint: AuditCheckpoint | null } }
  /** `reason`: why answers already recorded (or a score entered) are replaced; absent for the first. */
  | { type: 'TheoryAnswersRecorded'; data: SheetAddress & { answers: string[]; reason?: string } }
  /** A theory score marked elsewhere, 0–100; `previous`: the score it replaces (then with the reason), or null. It counts until answers are recorded again. */
  | { type: 'TheoryScoreRecorded'; data: SheetAddress & { score: number; previous: number | null; reason: string | null } }
  /** `previous`: the time it replaces (then with the reason), or null for the first. */
  | { type: 'CompletionTimeRecorded'; data: SheetAddress & { completionSeconds: number; previous: number | null; reason: string | null } }
  | {
      type: 'AppealRemedyApplied';
      data: SheetAddress & {
        appealId: string;
        remedy:
          | { kind: 'remark'; aspectIds: string[] }
          | { kind: 'correction'; aspectId: string; judgeId: string; from: number; to: number };
        /** Modules signed off before that the remedy opened again. */
        reopenedModules: string[];
      };
    };

export type ScoreSheetCommand = SheetAddress &
  (
    | { type: 'SubmitMark'; aspectId: string; judgeId: string; mark: number; deviceId?: string; at?: string }
    | { type: 'OpenAspect'; aspectId: string; judgeId: string; deviceId: string; at: string }
    | { type: 'ReleaseAspect'; aspectId: string; judgeId: string; deviceId: string }
    | { type: 'SubstituteJudge'; judgeId: string; substituteId: string; by: TradeActor }
    | { type: 'RequestCorrection'; correctionId: string; aspectId: string; judgeId: string; mark: number; reason: string; by: TradeActor }
    | { type: 'ApproveCorrection'; correctionId: string; by: TradeActor }
    | { type: 'RejectCorrection'; correctionId: string; reason: string; by: TradeActor }
    | { type: 'SignOffModule'; moduleId: string; by: TradeActor; checkpoint: AuditCheckpoint | null }
    | { type: 'RecordTheoryAnswers'; answers: readonly string[]; reason?: string }
    | { type: 'RecordTheoryScore'; score: number; reason?: string }
    | { type: 'RecordCompletionTime'; completionSeconds: number; reason?: string; by: TradeActor }
    | { type: 'ApplyAppealRemedy'; appealId: string; remedy: AppealRemedy }
  );

export interface Lease {
  deviceId: string;
  expiresAt: string;
}

export interface Correction {
  correctionId: string;
  aspectId: string;
  judgeId: string;
  from: number;
  to: number;
  reason: string;
  requestedBy: string;
  status: 'pending' | 'approved' | 'rejected';
  rejection?: string;
}

export interface ScoreSheetState {
  /** aspect id → the marks that count (the current round), in the order they arrived. */
  marks: ReadonlyMap<string, readonly JudgeMark[]>;
  /** aspect id → its current round, when re-marked (absent = round 1). */
  rounds: ReadonlyMap<string, number>;
  /** aspect id → the marks of its earlier rounds (flagged for their spread, or re-marked on appeal). */
  earlierRounds: ReadonlyMap<string, ReadonlyArray<readonly JudgeMark[]>>;
  /** `judgeId aspectId` → the tablet holding it. */
  leases: ReadonlyMap<string, Lease>;
  /** conflicted judge id → the substitute the chief judge assigned. */
  substitutes: ReadonlyMap<string, string>;
  corrections: ReadonlyMap<string, Correction>;
  signedOff: ReadonlySet<string>;
  theoryAnswers?: readonly string[];
  /** A theory score entered (marked elsewhere): it counts instead of the answers until answers are recorded again. */
  theoryScore?: number;
  /** How long the contestant took for the practical, in seconds; the last tie-break. */
  completionSeconds?: number;
}

export const initialScoreSheetState: ScoreSheetState = {
  marks: new Map(),
  rounds: new Map(),
  earlierRounds: new Map(),
  leases: new Map(),
  substitutes: new Map(),
  corrections: new Map(),
  signedOff: new Set(),
};

/** Who the contestant is, for conflicts of interest (回避): the employer(s) and city of the entry. */
export interface ContestantProfile {
  employers: readonly string[];
  city: string;
}

export interface ScoreSheetContext {
  trade: TradeState;
  contestant: ContestantProfile;
}

const leaseKey = (judgeId: string, aspectId: string) => `${judgeId} ${aspectId}`;
export const roundOf = (state: ScoreSheetState, aspectId: string) => state.rounds.get(aspectId) ?? 1;

export function evolveScoreSheet(state: ScoreSheetState, event: ScoreSheetEvent): ScoreSheetState {
  switch (event.type) {
    case 'MarkSubmitted': {
      const { aspectId, judgeId, mark } = event.data;
      const leases = new Map(state.leases);
      leases.delete(leaseKey(judgeId, aspectId));
      return { ...state, marks: withMarks(state.marks, aspectId, [...(state.marks.get(aspectId) ?? []), { judgeId, mark }]), leases };
    }
    case 'SpreadFlagged':
      return startRound(state, event.data.aspectId, event.data.round + 1);
    case 'AspectOpened': {
      const { judgeId, aspectId, deviceId, expiresAt } = event.data;
      return { ...state, leases: new Map(state.leases).set(leaseKey(judgeId, aspectId), { deviceId, expiresAt }) };
    }
    case 'AspectReleased': {
      const leases = new Map(state.leases);
      leases.delete(leaseKey(event.data.judgeId, event.data.aspectId));
      return { ...state, leases };
    }
    case 'JudgeSubstituted':
      return { ...state, substitutes: new Map(state.substitutes).set(event.data.judgeId, event.data.substituteId) };
    case 'CorrectionRequested': {
      const { tradeId: _t, competitorNumber: _c, ...correction } = event.data;
      return { ...state, corrections: new Map(state.corrections).set(correction.correctionId, { ...correction, status: 'pending' }) };
    }
    case 'CorrectionApproved': {
      const { correctionId, aspectId, judgeId, to } = event.data;
      const corrected = replaceMark(state, aspectId, judgeId, to);
      return { ...corrected, corrections: settle(state.corrections, correctionId, { status: 'approved' }) };
    }
    case 'CorrectionRejected':
      return {
        ...state,
        corrections: settle(state.corrections, event.data.correctionId, { status: 'rejected', rejection: event.data.reason }),
      };
    case 'ModuleSignedOff':
      return { ...state, signedOff: new Set(state.signedOff).add(event.data.moduleId) };
    case 'TheoryAnswersRecorded':
      return { ...state, theoryAnswers: event.data.answers, theoryScore: undefined };
    case 'TheoryScoreRecorded':
      return { ...state, theoryScore: event.data.score };
    case 'CompletionTimeRecorded':
      return { ...state, completionSeconds: event.data.completionSeconds };
    case 'AppealRemedyApplied': {
      const { remedy, reopenedModules } = event.data;
      const signedOff = new Set([...state.signedOff].filter((m) => !reopenedModules.includes(m)));
      if (remedy.kind === 'correction') return { ...replaceMark(state, remedy.aspectId, remedy.judgeId, remedy.to), signedOff };
      const remarked = remedy.aspectIds.reduce((sheet, aspectId) => startRound(sheet, aspectId, roundOf(sheet, aspectId) + 1), state);
      return { ...remarked, signedOff };
    }
    default:
      return assertNever(event);
  }
}

/** The trade's stream state and the contestant's profile are the context. */
export function decideScoreSheet(command: ScoreSheetCommand, state: ScoreSheetState, context: ScoreSheetContext): ScoreSheetEvent[] {
  const { trade } = context;
  const definition = requireDefined(trade);
  const address: SheetAddress = { tradeId: command.tradeId, competitorNumber: command.competitorNumber };
  if (!trade.competitors?.has(command.competitorNumber)) {
    throw notFound(`Competitor ${command.competitorNumber} is not drawn in ${definition.id}`, 'competitorNumber', {
      code: 'marks.competitor_not_drawn',
      params: { tradeId: definition.id, competitorNumber: command.competitorNumber },
    });
  }
  switch (command.type) {
    case 'SubmitMark': {
      const aspect = requireMarkable(context, state, command.competitorNumber, command.aspectId, command.judgeId);
      assertMarkValue(aspect, command.mark);
      assertNoOtherDevice(state, command);
      const given = state.marks.get(aspect.id) ?? [];
      if (given.some((m) => m.judgeId === command.judgeId)) {
        throw conflict(
          `You have already marked aspect ${aspect.id} for competitor ${command.competitorNumber}; a change needs a correction`,
          'aspectId',
          {
            code: 'marks.already_marked',
            params: { tradeId: definition.id, aspectId: aspect.id, competitorNumber: command.competitorNumber },
          },
        );
      }
      if (aspect.type === 'measurement' && given.length > 0) {
        throw conflict(`Measurement aspect ${aspect.id} is already marked for competitor ${command.competitorNumber}`, 'aspectId', {
          code: 'marks.measurement_marked',
          params: { tradeId: definition.id, aspectId: aspect.id, competitorNumber: command.competitorNumber },
        });
      }
      if (aspect.type === 'judgement' && given.length >= definition.panelSize) {
        throw conflict(`Aspect ${aspect.id} already has the marks of all ${definition.panelSize} judges`, 'aspectId', {
          code: 'marks.panel_complete',
          params: { tradeId: definition.id, aspectId: aspect.id, panelSize: definition.panelSize },
        });
      }
      const round = roundOf(state, aspect.id);
      const submitted: ScoreSheetEvent = {
        type: 'MarkSubmitted',
        data: { ...address, aspectId: aspect.id, judgeId: command.judgeId, mark: command.mark, round },
      };
      const marks = [...given, { judgeId: command.judgeId, mark: command.mark }];
      return [submitted, ...spreadCheck(address, aspect, definition, marks, round)];
    }
    case 'OpenAspect': {
      const aspect = requireMarkable(context, state, command.competitorNumber, command.aspectId, command.judgeId);
      assertNoOtherDevice(state, command);
      const expiresAt = leaseExpiresAt(command.at);
      return [
        {
          type: 'AspectOpened',
          data: { ...address, aspectId: aspect.id, judgeId: command.judgeId, deviceId: command.deviceId, expiresAt },
        },
      ];
    }
    case 'ReleaseAspect': {
      const lease = state.leases.get(leaseKey(command.judgeId, command.aspectId));
      if (!lease || lease.deviceId !== command.deviceId) return [];
      return [
        { type: 'AspectReleased', data: { ...address, aspectId: command.aspectId, judgeId: command.judgeId, deviceId: command.deviceId } },
      ];
    }
    case 'SubstituteJudge': {
      requireChief(trade, definition, command.by, 'Substitutes are assigned');
      const conflicted = conflictOfInterest(definition, memberOf(trade, command.judgeId), context.contestant);
      if (!conflicted)
        throw conflict(`${command.judgeId} has no conflict of interest with competitor ${command.competitorNumber}`, 'judgeId', {
          code: 'substitute.no_conflict',
          params: { judgeId: command.judgeId, competitorNumber: command.competitorNumber },
        });
      const standing = state.substitutes.get(command.judgeId);
      if (standing)
        throw conflict(`${standing} already stands in for ${command.judgeId} on competitor ${command.competitorNumber}`, 'judgeId', {
          code: 'substitute.already_assigned',
          params: { substituteId: standing, judgeId: command.judgeId, competitorNumber: command.competitorNumber },
        });
      if (!eligibleSubstitutes(context, state, command.judgeId).includes(command.substituteId)) {
        throw conflict(
          `${command.substituteId} cannot stand in for ${command.judgeId} on competitor ${command.competitorNumber}`,
          'substituteId',
          {
            code: 'substitute.not_eligible',
            params: { substituteId: command.substituteId, judgeId: command.judgeId, competitorNumber: command.competitorNumber },
          },
        );
      }
      return [
        {
          type: 'JudgeSubstituted',
          data: { ...address, judgeId: command.judgeId, substituteId: command.substituteId, reason: conflicted },
        },
      ];
    }
    case 'RequestCorrection': {
      const aspect = requireAspect(definition, command.aspectId);
      assertNotSignedOff(definition, state, aspect.id, 'a change goes through an appeal');
      const current = (state.marks.get(aspect.id) ?? []).find((m) => m.judgeId === command.judgeId);
      if (!current)
        throw notFound(
          `${command.judgeId} has no mark for aspect ${aspect.id} of competitor ${command.competitorNumber} to correct`,
          'judgeId',
          {
            code: 'corrections.no_mark',
            params: { judgeId: command.judgeId, tradeId: definition.id, aspectId: aspect.id, competitorNumber: command.competitorNumber },
          },
        );
      if (command.by.userId !== command.judgeId && !isChiefJudgeOf(trade, command.by.userId)) {
        throw forbidden('A judge corrects only their own marks; the chief judge may correct any', 'judgeId', {
          code: 'corrections.own_marks_only',
        });
      }
      if (command.reason.trim().length === 0) throw invalid('A correction needs a reason', 'reason', { code: 'corrections.reason_needed' });
      assertMarkValue(aspect, command.mark);
      if (command.mark === current.mark)
        throw invalid(`The mark is already ${current.mark}`, 'mark', { code: 'corrections.same_mark', params: { mark: current.mark } });
      const pending = [...state.corrections.values()].find(
        (c) => c.status === 'pending' && c.aspectId === aspect.id && c.judgeId === command.judgeId,
      );
      if (pending)
        throw conflict(`Correction ${pending.correctionId} of this mark is waiting for the chief judge`, 'aspectId', {
          code: 'corrections.already_pending',
          params: { tradeId: definition.id, aspectId: aspect.id },
        });
      return [
        {
          type: 'CorrectionRequested',
          data: {
            ...address,
            correctionId: command.correctionId,
            aspectId: aspect.id,
            judgeId: command.judgeId,
            from: current.mark,
            to: command.mark,
            reason: command.reason.trim(),
            requestedBy: command.by.userId,
          },
        },
      ];
    }
    case 'ApproveCorrection': {
      requireChief(trade, definition, command.by, 'Corrections are approved');
      const correction = requirePending(state, command.correctionId);
      assertNotSignedOff(definition, state, correction.aspectId, 'a change goes through an appeal');
      // A re-mark round or an appeal may have replaced the mark since: the correction would then land on a mark it was not asked for.
      const current = (state.marks.get(correction.aspectId) ?? []).find((m) => m.judgeId === correction.judgeId);
      if (current?.mark !== correction.from) {
        throw conflict(
          `Correction ${correction.correctionId} was asked for a mark of ${correction.from}, which has been replaced since: reject it and ask again`,
          'correctionId',
          { code: 'corrections.mark_replaced', params: { from: correction.from } },
        );
      }
      const approved: ScoreSheetEvent = {
        type: 'CorrectionApproved',
        data: {
          ...address,
          correctionId: correction.correctionId,
          aspectId: correction.aspectId,
          judgeId: correction.judgeId,
          to: correction.to,
        },
      };
      const aspect = requireAspect(definition, correction.aspectId);
      const marks = (state.marks.get(aspect.id) ?? []).map((m) => (m.judgeId === correction.judgeId ? { ...m, mark: correction.to } : m));
      return [approved, ...spreadCheck(address, aspect, definition, marks, roundOf(state, aspect.id))];
    }
    case 'RejectCorrection': {
      requireChief(trade, definition, command.by, 'Corrections are rejected');
      const correction = requirePending(state, command.correctionId);
      if (command.reason.trim().length === 0)
        throw invalid('Say why the correction is rejected', 'reason', { code: 'corrections.reject_reason_needed' });
      return [{ type: 'CorrectionRejected', data: { ...address, correctionId: correction.correctionId, reason: command.reason.trim() } }];
    }
    case 'SignOffModule': {
      requireChief(trade, definition, command.by, 'Modules are signed off');
      const module = definition.scheme.subCriteria.find((s) => s.id === command.moduleId);
      if (!module)
        throw notFound(`Module ${command.moduleId} is not in the marking scheme of ${definition.id}`, 'moduleId', {
          code: 'signoff.unknown_module',
          params: { tradeId: definition.id, moduleId: command.moduleId },
        });
      if (state.signedOff.has(module.id))
        throw conflict(`Module ${module.id} of competitor ${command.competitorNumber} is already signed off`, 'moduleId', {
          code: 'signoff.already_signed',
          params: { tradeId: definition.id, moduleId: module.id, competitorNumber: command.competitorNumber },
        });
      const open = module.aspects.filter((a) => aspectStatus(a, state, definition) !== 'marked');
      if (open.length > 0) {
        throw conflict(`Module ${module.id} cannot be signed off: not marked yet: ${open.map((a) => a.id).join(', ')}`, 'moduleId', {
          code: 'signoff.unmarked',
          params: { tradeId: definition.id, moduleId: module.id, aspectIds: open.map((a) => a.id) },
        });
      }
      const pending = [...state.corrections.values()].find((c) => c.status === 'pending' && moduleOf(definition, c.aspectId) === module.id);
      if (pending)
        throw conflict(`Module ${module.id} has a correction waiting for approval (${pending.correctionId})`, 'moduleId', {
          code: 'signoff.correction_pending',
          params: { tradeId: definition.id, moduleId: module.id },
        });
      return [{ type: 'ModuleSignedOff', data: { ...address, moduleId: module.id, checkpoint: command.checkpoint } }];
    }
    case 'RecordTheoryAnswers': {
      if (!definition.theory) {
        throw conflict(`Trade ${definition.id} has no theory answer key`, 'answers', {
          code: 'theory.no_answer_key',
          params: { tradeId: definition.id },
        });
      }
      if (command.answers.length !== definition.theory.answerKey.length) {
        throw invalid(
          `The exam has ${definition.theory.answerKey.length} questions; ${command.answers.length} answers were given`,
          'answers',
          { code: 'theory.answer_count', params: { questions: definition.theory.answerKey.length, answers: command.answers.length } },
        );
      }
      const answers = [...command.answers];
      if (state.theoryScore === undefined && state.theoryAnswers && sameAnswers(state.theoryAnswers, answers)) return [];
      const reason = reasonForTheoryChange(state, command, definition.id);
      return [{ type: 'TheoryAnswersRecorded', data: { ...address, answers, ...(reason ? { reason } : {}) } }];
    }
    case 'RecordTheoryScore': {
      const { score } = command;
      if (!(Number.isFinite(score) && score >= 0 && score <= 100 && hasAtMostTwoDecimals(score))) {
        throw invalid(`A theory score is from 0 to 100 with at most two decimals, not ${score}`, 'score', {
          code: 'theory.score_range',
          params: { score },
        });
      }
      if (state.theoryScore === score) return [];
      const reason = reasonForTheoryChange(state, command, definition.id);
      return [{ type: 'TheoryScoreRecorded', data: { ...address, score, previous: state.theoryScore ?? null, reason } }];
    }
    case 'RecordCompletionTime': {
      requireChief(trade, definition, command.by, 'Completion times are recorded');
      const { completionSeconds } = command;
      if (!Number.isInteger(completionSeconds) || completionSeconds < 1 || completionSeconds > MAX_COMPLETION_SECONDS) {
        throw invalid(`A completion time is a whole number of seconds from 1 to ${MAX_COMPLETION_SECONDS}`, 'completionSeconds', {
          code: 'completion.range',
          params: { max: MAX_COMPLETION_SECONDS },
        });
      }
      if (state.completionSeconds === completionSeconds) return [];
      if (definition.scheme.subCriteria.every((module) => state.signedOff.has(module.id))) {
        throw conflict(
          `The practical of competitor ${command.competitorNumber} is signed off: its completion time is locked`,
          'completionSeconds',
          { code: 'completion.locked', params: { competitorNumber: command.competitorNumber } },
        );
      }
      const reason = command.reason?.trim() || null;
      const previous = state.completionSeconds ?? null;
      if (previous !== null && reason === null) {
        throw invalid(
          `Competitor ${command.competitorNumber}'s completion time is already recorded (${previous} s): a change needs a reason`,
          'reason',
          { code: 'completion.change_needs_reason', params: { competitorNumber: command.competitorNumber, seconds: previous } },
        );
      }
      return [{ type: 'CompletionTimeRecorded', data: { ...address, completionSeconds, previous, reason } }];
    }
    case 'ApplyAppealRemedy':
      return [applyRemedy(address, command.appealId, command.remedy, state, definition)];
    default:
      return assertNever(command);
  }
}

export const scoreSheetDecider: Decider<ScoreSheetCommand, ScoreSheetEvent, ScoreSheetState, ScoreSheetContext> = {
  initialState: initialScoreSheetState,
  evolve: evolveScoreSheet,
  decide: decideScoreSheet,
};

// ---- what the rules look at -------------------------------------------------------------------

export const aspectStatus = (aspect: Aspect, state: ScoreSheetState, trade: TradeDefinition): AspectStatus =>
  aspectMarkingStatus(aspect, state.marks.get(aspect.id) ?? [], trade, roundOf(state, aspect.id));

/** Why `member` may not mark this contestant, or undefined when they may. */
export function conflictOfInterest(
  trade: TradeDefinition,
  member: PanelMember | undefined,
  contestant: ContestantProfile,
): string | undefined {
  if (!member) return undefined;
  const employer = normaliseName(member.employer);
  if (employer && contestant.employers.some((e) => normaliseName(e) === employer)) return `same employer (${member.employer})`;
  if (trade.conflictOfInterest?.sameCity && member.city === contestant.city) return `same city (${member.city})`;
  return undefined;
}

/** The panel judges the chief judge may put in for `judgeId` on this sheet. */
export function eligibleSubstitutes(context: ScoreSheetContext, state: ScoreSheetState, judgeId: string): string[] {
  const definition = requireDefined(context.trade);
  const covered = aspectsMarkedBy(context.trade, judgeId);
  const alreadyStandingIn = new Set(state.substitutes.values());
  return judgesOf(context.trade)
    .filter((m) => m.judgeId !== judgeId && !alreadyStandingIn.has(m.judgeId))
    .filter((m) => !conflictOfInterest(definition, m, context.contestant))
    .filter((m) => {
      // A judge who already marks one of those aspects cannot give it a second mark; an unassigned
      // judge marks every aspect already, so standing in would add nothing.
      const own = context.trade.assignments?.get(m.judgeId);
      return own !== undefined && !own.some((id) => covered === 'all' || covered.includes(id));
    })
    .map((m) => m.judgeId);
}

/** The aspects a judge marks by assignment: a list, or 'all' when the judge has none. */
export function aspectsMarkedBy(trade: TradeState, judgeId: string): readonly string[] | 'all' {
  return trade.assignments?.get(judgeId) ?? 'all';
}

// ---- helpers ----------------------------------------------------------------------------------

/** A sheet with a theory result (answers or a score) changes it only with a reason: the history keeps both. */
function reasonForTheoryChange(
  state: ScoreSheetState,
  command: { competitorNumber: number; reason?: string },
  tradeId: string,
): string | null {
  const reason = command.reason?.trim() || null;
  if (hasTheoryResult(state) && reason === null) {
    throw invalid(`Competitor ${command.competitorNumber} already has a theory result: a change needs a reason`, 'reason', {
      code: 'theory.change_needs_reason',
      params: { tradeId, competitorNumber: command.competitorNumber },
    });
  }
  return reason;
}

/** Answers recorded or a score entered: the sheet's theory counts as graded. */
export const hasTheoryResult = (state: ScoreSheetState): boolean => state.theoryAnswers !== undefined || state.theoryScore !== undefined;

function requireMarkable(
  context: ScoreSheetContext,
  state: ScoreSheetState,
  competitorNumber: number,
  aspectId: string,
  judgeId: string,
): Aspect {
  const { trade } = context;
  const definition = requireDefined(trade);
  if (isAbsent(trade, competitorNumber)) {
    throw conflict(`Competitor ${competitorNumber} is absent: check-in closed without them`, 'competitorNumber', {
      code: 'marks.competitor_absent',
      params: { competitorNumber },
    });
  }
  const aspect = requireAspect(definition, aspectId);
  const member = judgesOf(trade).find((m) => m.judgeId === judgeId);
  if (!member)
    throw forbidden(`You are not a judge on the panel of ${definition.id}`, 'judgeId', {
      code: 'marks.not_on_panel',
      params: { tradeId: definition.id },
    });
  const conflicted = conflictOfInterest(definition, member, context.contestant);
  if (conflicted) {
    throw forbidden(
      `You may not mark competitor ${competitorNumber}: ${conflicted}. The chief judge assigns a substitute`,
      'competitorNumber',
      { code: 'marks.conflict_of_interest', params: { competitorNumber } },
    );
  }
  if (!mayMarkAspect(trade, state, judgeId, aspect.id)) {
    throw forbidden(`Aspect ${aspect.id} is not assigned to you`, 'aspectId', {
      code: 'marks.aspect_not_assigned',
      params: { tradeId: definition.id, aspectId: aspect.id },
    });
  }
  assertNotSignedOff(definition, state, aspect.id, 'a change goes through an appeal');
  return aspect;
}

function mayMarkAspect(trade: TradeState, state: ScoreSheetState, judgeId: string, aspectId: string): boolean {
  const own = aspectsMarkedBy(trade, judgeId);
  if (own === 'all' || own.includes(aspectId)) return true;
  // A substitute marks the aspects of the judge they stand in for.
  return [...state.substitutes].some(([conflicted, substitute]) => {
    if (substitute !== judgeId) return false;
    const theirs = aspectsMarkedBy(trade, conflicted);
    return theirs === 'all' || theirs.includes(aspectId);
  });
}

function assertNoOtherDevice(state: ScoreSheetState, command: { judgeId: string; aspectId: string; deviceId?: string; at?: string }): void {
  const lease = state.leases.get(leaseKey(command.judgeId, command.aspectId));
  if (!lease || lease.deviceId === command.deviceId) return;
  if (command.at !== undefined && Date.parse(lease.expiresAt) <= Date.parse(command.at)) return;
  throw conflict(
    `Aspect ${command.aspectId} is open on another tablet (${lease.deviceId}) until ${lease.expiresAt.slice(11, 19)} UTC: close it there or wait`,
    'aspectId',
    { code: 'marking.aspect_open_elsewhere', params: { aspectId: command.aspectId, until: lease.expiresAt } },
  );
}

function assertNotSignedOff(trade: TradeDefinition, state: ScoreSheetState, aspectId: string, why: string): void {
  const module = moduleOf(trade, aspectId);
  if (module && state.signedOff.has(module))
    throw conflict(`Module ${module} is signed off: ${why}`, 'aspectId', {
      code: 'marks.module_signed_off',
      params: { tradeId: trade.id, moduleId: module },
    });
}

function assertMarkValue(aspect: Aspect, mark: number): void {
  if (aspect.type === 'measurement' && !(isMarkInRange(mark, aspect.maxMark) && hasAtMostTwoDecimals(mark))) {
    throw invalid(`A mark for ${aspect.id} is between 0 and ${aspect.maxMark}, with at most two decimals`, 'mark', {
      code: 'marks.measurement_range',
      params: { aspectId: aspect.id, max: aspect.maxMark },
    });
  }
  if (aspect.type === 'judgement' && !(Number.isInteger(mark) && isMarkInRange(mark, 3))) {
    throw invalid(`A judgement mark is a whole level from 0 to 3`, 'mark', { code: 'marks.judgement_range' });
  }
}

/** Once a judgement panel is complete, a spread over 1 level flags the aspect for a re-mark. */
function spreadCheck(
  address: SheetAddress,
  aspect: Aspect,
  trade: TradeDefinition,
  marks: readonly JudgeMark[],
  round: number,
): ScoreSheetEvent[] {
  if (aspect.type !== 'judgement' || marks.length < trade.panelSize) return [];
  const levels = marks.map((m) => m.mark);
  const spread = Math.max(...levels) - Math.min(...levels);
  if (spread <= MAX_JUDGEMENT_SPREAD) return [];
  return [{ type: 'SpreadFlagged', data: { ...address, aspectId: aspect.id, round, marks: [...marks], spread } }];
}

function applyRemedy(
  address: SheetAddress,
  appealId: string,
  remedy: AppealRemedy,
  state: ScoreSheetState,
  trade: TradeDefinition,
): ScoreSheetEvent {
  if (remedy.kind === 'correction') {
    const aspect = requireAspect(trade, remedy.aspectId);
    assertMarkValue(aspect, remedy.mark);
    const current = (state.marks.get(aspect.id) ?? []).find((m) => m.judgeId === remedy.judgeId);
    if (!current)
      throw notFound(`${remedy.judgeId} has no mark for aspect ${aspect.id} to correct`, 'judgeId', {
        code: 'corrections.no_mark',
        params: { judgeId: remedy.judgeId, tradeId: trade.id, aspectId: aspect.id, competitorNumber: address.competitorNumber },
      });
    return {
      type: 'AppealRemedyApplied',
      data: {
        ...address,
        appealId,
        remedy: { kind: 'correction', aspectId: aspect.id, judgeId: remedy.judgeId, from: current.mark, to: remedy.mark },
        // A corrected mark stays signed off: the arbitration committee's decision stands for the sign-off.
        reopenedModules: [],
      },
    };
  }
  if (remedy.aspectIds.length === 0)
    throw invalid('A re-mark names at least one aspect', 'aspectIds', { code: 'appeal.remark_needs_aspect' });
  const aspectIds = [...new Set(remedy.aspectIds.map((id) => requireAspect(trade, id).id))];
  const modules = new Set(aspectIds.map((id) => moduleOf(trade, id)!));
  return {
    type: 'AppealRemedyApplied',
    data: {
      ...address,
      appealId,
      remedy: { kind: 'remark', aspectIds },
      reopenedModules: [...modules].filter((m) => state.signedOff.has(m)),
    },
  };
}

function requireAspect(trade: TradeDefinition, aspectId: string): Aspect {
  const aspect = findAspect(trade, aspectId);
  if (!aspect)
    throw notFound(`Aspect ${aspectId} is not in the marking scheme of ${trade.id}`, 'aspectId', {
      code: 'appeal.unknown_aspect',
      params: { tradeId: trade.id, aspectId },
    });
  return aspect;
}

function requireChief(trade: TradeState, definition: TradeDefinition, by: TradeActor, what: string): void {
  if (!isChiefJudgeOf(trade, by.userId))
    throw forbidden(`${what} by the chief judge of ${definition.id}`, undefined, {
      code: 'judging.chief_only',
      params: { tradeId: definition.id },
    });
}

function requirePending(state: ScoreSheetState, correctionId: string): Correction {
  const correction = state.corrections.get(correctionId);
  if (!correction) throw notFound(`No correction ${correctionId} on this score sheet`, 'correctionId', { code: 'corrections.unknown' });
  if (correction.status !== 'pending')
    throw conflict(`Correction ${correctionId} is already ${correction.status}`, 'correctionId', {
      code: 'corrections.already_decided',
      params: { status: correction.status },
    });
  return correction;
}

const memberOf = (trade: TradeState, judgeId: string) => trade.panel.find((m) => m.judgeId === judgeId);

function withMarks(marks: ReadonlyMap<string, readonly JudgeMark[]>, aspectId: string, next: readonly JudgeMark[]) {
  return new Map(marks).set(aspectId, next);
}

/** The aspect's current marks become an earlier round; the panel marks it afresh. */
function startRound(state: ScoreSheetState, aspectId: string, round: number): ScoreSheetState {
  const earlier = [...(state.earlierRounds.get(aspectId) ?? []), state.marks.get(aspectId) ?? []];
  return {
    ...state,
    marks: withMarks(state.marks, aspectId, []),
    rounds: new Map(state.rounds).set(aspectId, round),
    earlierRounds: new Map(state.earlierRounds).set(aspectId, earlier),
  };
}

function replaceMark(state: ScoreSheetState, aspectId: string, judgeId: string, mark: number): ScoreSheetState {
  const marks = (state.marks.get(aspectId) ?? []).map((m) => (m.judgeId === judgeId ? { judgeId, mark } : m));
  return { ...state, marks: withMarks(state.marks, aspectId, marks) };
}

function settle(corrections: ReadonlyMap<string, Correction>, correctionId: string, change: Partial<Correction>) {
  const correction = corrections.get(correctionId);
  return correction ? new Map(corrections).set(correctionId, { ...correction, ...change }) : corrections;
}

const normaliseName = (name: string) => name.replace(/\s+/g, '').toLowerCase();
const sameAnswers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const isMarkInRange = (mark: number, max: number) => Number.isFinite(mark) && mark >= 0 && mark <= max;
const hasAtMostTwoDecimals = (mark: number) => Math.abs(mark * 100 - Math.round(mark * 100)) < 1e-9;
