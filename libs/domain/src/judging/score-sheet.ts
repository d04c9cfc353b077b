import { findAspect, isAbsent, judgesOf, requireDefined, type TradeState } from '../catalogue/trade.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';

/** A contestant's score sheet in one trade: every mark every judge gave, aspect by aspect. */

export interface JudgeMark {
  judgeId: string;
  mark: number;
}

export type ScoreSheetEvent = {
  type: 'MarkSubmitted';
  data: { tradeId: string; competitorNumber: number; aspectId: string; judgeId: string; mark: number };
};

export type ScoreSheetCommand = {
  type: 'SubmitMark';
  tradeId: string;
  competitorNumber: number;
  aspectId: string;
  judgeId: string;
  mark: number;
};

export interface ScoreSheetState {
  /** aspect id → the marks given so far, in the order they arrived. */
  marks: ReadonlyMap<string, readonly JudgeMark[]>;
}

export const initialScoreSheetState: ScoreSheetState = { marks: new Map() };

export function evolveScoreSheet(state: ScoreSheetState, event: ScoreSheetEvent): ScoreSheetState {
  switch (event.type) {
    case 'MarkSubmitted': {
      const { aspectId, judgeId, mark } = event.data;
      const marks = new Map(state.marks);
      marks.set(aspectId, [...(marks.get(aspectId) ?? []), { judgeId, mark }]);
      return { marks };
    }
    default:
      return assertNever(event.type);
  }
}

/** The trade's stream state is the context: scheme, panel and drawn competitor numbers. */
export function decideScoreSheet(command: ScoreSheetCommand, state: ScoreSheetState, trade: TradeState): ScoreSheetEvent[] {
  const definition = requireDefined(trade);
  if (!trade.competitors?.has(command.competitorNumber)) {
    throw notFound(`Competitor ${command.competitorNumber} is not drawn in ${definition.id}`, 'competitorNumber');
  }
  if (isAbsent(trade, command.competitorNumber)) {
    throw conflict(`Competitor ${command.competitorNumber} is absent: check-in closed without them`, 'competitorNumber');
  }
  const aspect = findAspect(definition, command.aspectId);
  if (!aspect) throw notFound(`Aspect ${command.aspectId} is not in the marking scheme of ${definition.id}`, 'aspectId');
  if (!judgesOf(trade).some((m) => m.judgeId === command.judgeId)) {
    throw forbidden(`You are not a judge on the panel of ${definition.id}`, 'judgeId');
  }

  if (aspect.type === 'measurement' && !(isMarkInRange(command.mark, aspect.maxMark) && hasAtMostTwoDecimals(command.mark))) {
    throw invalid(`A mark for ${aspect.id} is between 0 and ${aspect.maxMark}, with at most two decimals`, 'mark');
  }
  if (aspect.type === 'judgement' && !(Number.isInteger(command.mark) && isMarkInRange(command.mark, 3))) {
    throw invalid(`A judgement mark is a whole level from 0 to 3`, 'mark');
  }

  const given = state.marks.get(aspect.id) ?? [];
  if (given.some((m) => m.judgeId === command.judgeId)) {
    throw conflict(`You have already marked aspect ${aspect.id} for competitor ${command.competitorNumber}; a change needs a correction`, 'aspectId');
  }
  if (aspect.type === 'measurement' && given.length > 0) {
    throw conflict(`Measurement aspect ${aspect.id} is already marked for competitor ${command.competitorNumber}`, 'aspectId');
  }
  if (aspect.type === 'judgement' && given.length >= definition.panelSize) {
    throw conflict(`Aspect ${aspect.id} already has the marks of all ${definition.panelSize} judges`, 'aspectId');
  }

  const { type: _type, ...data } = command;
  return [{ type: 'MarkSubmitted', data }];
}

export const scoreSheetDecider: Decider<ScoreSheetCommand, ScoreSheetEvent, ScoreSheetState, TradeState> = {
  initialState: initialScoreSheetState,
  evolve: evolveScoreSheet,
  decide: decideScoreSheet,
};

const isMarkInRange = (mark: number, max: number) => Number.isFinite(mark) && mark >= 0 && mark <= max;
const hasAtMostTwoDecimals = (mark: number) => Math.abs(mark * 100 - Math.round(mark * 100)) < 1e-9;
