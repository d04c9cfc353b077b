import { assertNever, type Decider } from '../shared/decider.js';
import { invalid } from '../shared/domain-error.js';

/** A review trade's call for achievements: the organiser sets (or moves) the submission deadline. */
export type AchievementCallEvent = { type: 'SubmissionDeadlineSet'; data: { tradeId: string; closesAt: string } };
export type AchievementCallCommand = { type: 'SetSubmissionDeadline'; tradeId: string; closesAt: string };
export interface AchievementCallState {
  closesAt?: string;
}

export function evolveAchievementCall(_state: AchievementCallState, event: AchievementCallEvent): AchievementCallState {
  switch (event.type) {
    case 'SubmissionDeadlineSet':
      return { closesAt: event.data.closesAt };
    default:
      return assertNever(event.type);
  }
}

export function decideAchievementCall(command: AchievementCallCommand, state: AchievementCallState): AchievementCallEvent[] {
  switch (command.type) {
    case 'SetSubmissionDeadline': {
      const time = Date.parse(command.closesAt);
      if (Number.isNaN(time))
        throw invalid(`${command.closesAt} is not an instant`, 'closesAt', { code: 'validation.instant', params: { field: 'closesAt' } });
      const closesAt = new Date(time).toISOString();
      if (state.closesAt === closesAt) return [];
      return [{ type: 'SubmissionDeadlineSet', data: { tradeId: command.tradeId, closesAt } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const achievementCallDecider: Decider<AchievementCallCommand, AchievementCallEvent, AchievementCallState> = {
  initialState: {},
  evolve: evolveAchievementCall,
  decide: decideAchievementCall,
};
