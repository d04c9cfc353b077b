import { spec } from '../testing/decider-specification.js';
import { cncTrade, weldingTrade } from '../testing/fixtures.js';
import type { ContestDefinition, ContestEventDefinition } from './catalogue.types.js';
import { contestDecider, evolveContest, type ContestEvent } from './contest.js';

const classic: ContestEventDefinition = {
  id: 'event-classic',
  name: '传统工种',
  nameEn: 'Classic trades',
  category: 'classic-trades',
  organisingUnit: '辽宁省总工会',
  venue: 'Shenyang',
  date: '2026-11-24',
};
const drones: ContestEventDefinition = { ...classic, id: 'event-drones', name: '无人机', nameEn: 'Drones', category: 'drones' };

const contest: ContestDefinition = {
  id: 'contest-2026',
  name: '2026 辽宁省职工职业技能大赛',
  year: 2026,
  demo: true,
  events: [classic, drones],
  trades: [cncTrade, { ...weldingTrade, eventId: 'event-drones' }, { ...weldingTrade, id: 'trade-weld-2' }],
};

const contestDefined: ContestEvent = {
  type: 'ContestDefined',
  data: { contestId: 'contest-2026', name: contest.name, year: 2026, demo: true },
};

describe('contest decider', () => {
  it('defines the contest and each event with the ids of its trades', () => {
    spec(contestDecider)
      .given([])
      .when({ type: 'DefineContest', contest })
      .then([
        contestDefined,
        { type: 'ContestEventDefined', data: { contestId: 'contest-2026', event: classic, tradeIds: ['trade-cnc', 'trade-weld-2'] } },
        { type: 'ContestEventDefined', data: { contestId: 'contest-2026', event: drones, tradeIds: ['trade-weld'] } },
      ]);
  });

  it('defines an event without trades with an empty list', () => {
    spec(contestDecider)
      .given([])
      .when({ type: 'DefineContest', contest: { ...contest, trades: [] } })
      .then([
        contestDefined,
        { type: 'ContestEventDefined', data: { contestId: 'contest-2026', event: classic, tradeIds: [] } },
        { type: 'ContestEventDefined', data: { contestId: 'contest-2026', event: drones, tradeIds: [] } },
      ]);
  });

  it('refuses to define the contest twice', () => {
    spec(contestDecider)
      .given([contestDefined])
      .when({ type: 'DefineContest', contest })
      .thenThrows('conflict', { message: 'Contest contest-2026 is already defined', field: undefined });
  });

  it('evolves: the edition, its contest days and its deadline', () => {
    const state = [
      contestDefined,
      { type: 'ContestEventDefined', data: { contestId: 'contest-2026', event: classic, tradeIds: [] } } as ContestEvent,
    ].reduce(evolveContest, contestDecider.initialState);
    expect(state).toMatchObject({ contestId: 'contest-2026', year: 2026 });
    expect(state.eventDays.get(classic.id)).toBe(classic.date);
  });

  it('sets a registration deadline, normalised to UTC, for a defined contest only', () => {
    spec(contestDecider)
      .given([contestDefined])
      .when({ type: 'SetRegistrationDeadline', closesAt: '2026-05-31T23:59:59+08:00' })
      .then([{ type: 'RegistrationDeadlineSet', data: { contestId: 'contest-2026', closesAt: '2026-05-31T15:59:59.000Z' } }]);
    spec(contestDecider)
      .given([contestDefined])
      .when({ type: 'SetRegistrationDeadline', closesAt: 'end of May' })
      .thenThrows('invalid', { field: 'closesAt' });
    spec(contestDecider).given([]).when({ type: 'SetRegistrationDeadline', closesAt: '2026-05-31T00:00:00Z' }).thenThrows('not_found');
  });
});
