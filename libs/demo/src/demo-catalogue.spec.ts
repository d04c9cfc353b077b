import type { ContestDefinition, EventCategory, TradeDefinition } from '../../domain/src/catalogue/catalogue.types.js';
import { CITIES } from '../../domain/src/catalogue/catalogue.types.js';
import { decideTrade, initialTradeState } from '../../domain/src/catalogue/trade.js';
import { gradeTheory, normaliseAnswer } from '../../domain/src/scoring/theory.js';
import { DEMO_PASSWORD, demoEmployers, generateDemoAccounts, generateDemoContest } from './index.js';

/** GB 32100 check, written independently of the generator. */
function isValidCreditCode(code: string): boolean {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (!/^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charset.indexOf(code[i]!) * weights[i]!;
  return charset[(31 - (sum % 31)) % 31] === code[17];
}

const CATEGORIES: EventCategory[] = [
  'iot',
  'cloud-computing',
  'big-data',
  '5g-smart-innovation',
  'drones',
  'network-security',
  'workers-innovation',
  'university-transfer',
  'classic-trades',
];

const aspectsOf = (trade: TradeDefinition) => trade.scheme.subCriteria.flatMap((sc) => sc.aspects);
const duplicates = (xs: readonly string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('generateDemoContest', () => {
  const contest: ContestDefinition = generateDemoContest();

  it('is a labelled demo contest of the default year', () => {
    expect(contest.id).toBe('lnsc-2026');
    expect(contest.year).toBe(2026);
    expect(contest.demo).toBe(true);
    expect(contest.name).toContain('演示数据');
    expect(generateDemoContest({ year: 2027 }).id).toBe('lnsc-2027');
  });

  it('has exactly 90 events and 133 trades', () => {
    expect(contest.events).toHaveLength(90);
    expect(contest.trades).toHaveLength(133);
  });

  it('covers every category', () => {
    const present = new Set(contest.events.map((e) => e.category));
    for (const category of CATEGORIES) expect(present).toContain(category);
    expect(contest.events.filter((e) => e.category === 'classic-trades').length).toBeGreaterThan(30);
  });

  it('declares the innovation and university-transfer events achievement reviews, every other event practical', () => {
    const achievements = contest.events.filter((e) => e.kind === 'achievement');
    expect(achievements.length).toBeGreaterThanOrEqual(5);
    for (const event of contest.events) {
      const review = event.category === 'workers-innovation' || event.category === 'university-transfer';
      expect(event.kind === 'achievement').toBe(review);
      if (!review) expect(event).not.toHaveProperty('kind');
    }
  });

  it('gives every event at least one trade and every trade a known event', () => {
    const eventIds = new Set(contest.events.map((e) => e.id));
    for (const trade of contest.trades) expect(eventIds).toContain(trade.eventId);
    for (const event of contest.events) {
      const count = contest.trades.filter((t) => t.eventId === event.id).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    }
    expect(contest.events.some((e) => contest.trades.filter((t) => t.eventId === e.id).length > 1)).toBe(true);
  });

  it('has unique URL-safe ids for events, trades, sub-criteria and aspects', () => {
    const eventIds = contest.events.map((e) => e.id);
    const tradeIds = contest.trades.map((t) => t.id);
    const subCriterionIds = contest.trades.flatMap((t) => t.scheme.subCriteria.map((sc) => sc.id));
    const aspectIds = contest.trades.flatMap(aspectsOf).map((a) => a.id);
    for (const ids of [eventIds, tradeIds, subCriterionIds, aspectIds]) {
      expect(duplicates(ids)).toEqual([]);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/i);
    }
    expect(duplicates(contest.trades.map((t) => t.name))).toEqual([]);
  });

  it('gives events plausible names, organisers, venues in a city and dates in the contest year', () => {
    const cityNames = CITIES.map((c) => c.name);
    for (const event of contest.events) {
      expect(event.name).toMatch(/[\u4e00-\u9fa5]/);
      expect(event.nameEn).toMatch(/[A-Za-z]/);
      expect(event.organisingUnit).toMatch(/工会|工作部|劳动保护部/);
      expect(cityNames.some((name) => event.venue.startsWith(name))).toBe(true);
      expect(event.date).toMatch(/^2026-\d\d-\d\d$/);
      expect(Number.isNaN(Date.parse(event.date))).toBe(false);
    }
  });

  it('builds marking schemes of 3–6 sub-criteria and 10–40 aspects whose max marks sum to exactly 100', () => {
    for (const trade of contest.trades) {
      expect(trade.scheme.subCriteria.length).toBeGreaterThanOrEqual(3);
      expect(trade.scheme.subCriteria.length).toBeLessThanOrEqual(6);
      const aspects = aspectsOf(trade);
      expect(aspects.length).toBeGreaterThanOrEqual(10);
      expect(aspects.length).toBeLessThanOrEqual(40);
      for (const aspect of aspects) {
        expect(aspect.maxMark).toBeGreaterThan(0);
        expect(Number.isInteger(aspect.maxMark * 2)).toBe(true);
        expect(aspect.description.length).toBeGreaterThan(0);
      }
      // Sum in half-mark units (integers): no float tolerance needed.
      expect(aspects.reduce((sum, a) => sum + a.maxMark * 2, 0)).toBe(200);
      expect(aspects.reduce((sum, a) => sum + a.maxMark, 0)).toBe(100);
      expect(aspects.some((a) => a.type === 'measurement')).toBe(true);
      expect(aspects.some((a) => a.type === 'judgement')).toBe(true);
    }
    expect(contest.trades.flatMap(aspectsOf).some((a) => !Number.isInteger(a.maxMark))).toBe(true);
  });

  it('gives judgement aspects 4 level descriptors', () => {
    for (const aspect of contest.trades.flatMap(aspectsOf)) {
      if (aspect.type !== 'judgement') continue;
      expect(aspect.descriptors).toHaveLength(4);
      for (const text of aspect.descriptors) expect(text.length).toBeGreaterThan(0);
    }
  });

  it('uses 30/70 or 20/80 weights, panels of 3 or 5, trimmed means only with 5, team sizes 1–3', () => {
    for (const trade of contest.trades) {
      expect(trade.weights.theory + trade.weights.practical).toBe(100);
      expect([30, 20]).toContain(trade.weights.theory);
      expect([3, 5]).toContain(trade.panelSize);
      if (trade.trimmedMean) expect(trade.panelSize).toBe(5);
      expect([1, 2, 3]).toContain(trade.teamSize);
    }
    const trades = contest.trades;
    expect(trades.filter((t) => t.teamSize === 1).length).toBeGreaterThan(trades.length / 2);
    expect(trades.some((t) => t.teamSize > 1)).toBe(true);
    expect(trades.filter((t) => t.panelSize === 3).length).toBeGreaterThan(trades.length / 2);
    expect(trades.some((t) => t.panelSize === 5 && t.trimmedMean)).toBe(true);
    expect(trades.some((t) => t.panelSize === 5 && !t.trimmedMean)).toBe(true);
  });

  it('picks 1–3 key aspects of the trade itself', () => {
    for (const trade of contest.trades) {
      expect(trade.keyAspectIds.length).toBeGreaterThanOrEqual(1);
      expect(trade.keyAspectIds.length).toBeLessThanOrEqual(3);
      const own = new Set(aspectsOf(trade).map((a) => a.id));
      for (const id of trade.keyAspectIds) expect(own).toContain(id);
      expect(duplicates([...trade.keyAspectIds])).toEqual([]);
    }
  });

  it('gives every trade a 50-question theory answer key of letters A–D, some multiple-choice, written normalised', () => {
    for (const trade of contest.trades) {
      const key = trade.theory!.answerKey;
      expect(key).toHaveLength(50);
      for (const answer of key) {
        expect(answer).toMatch(/^A?B?C?D?$/);
        expect(answer.length).toBeGreaterThanOrEqual(1);
        expect(normaliseAnswer(answer)).toBe(answer);
      }
      expect(gradeTheory(key, key).score).toBe(100);
    }
    const answers = contest.trades.flatMap((t) => t.theory!.answerKey);
    expect(answers.filter((a) => a.length > 1).length).toBeGreaterThan(answers.length / 20);
    expect(answers.filter((a) => a.length > 1).length).toBeLessThan(answers.length / 5);
    expect(new Set(contest.trades.map((t) => t.theory!.answerKey.join(''))).size).toBe(contest.trades.length);
  });

  it('shares prizes by 10/20/30 % in most trades and by fixed counts in a few', () => {
    const byRatio = contest.trades.filter((t) => t.prizes?.mode === 'ratio');
    const byCount = contest.trades.filter((t) => t.prizes?.mode === 'count');
    expect(byRatio.length + byCount.length).toBe(contest.trades.length);
    for (const trade of byRatio) expect(trade.prizes).toEqual({ mode: 'ratio', first: 10, second: 20, third: 30 });
    for (const { prizes } of byCount) {
      expect(prizes!.first).toBeGreaterThanOrEqual(1);
      expect(prizes!.second).toBeGreaterThanOrEqual(prizes!.first);
      expect(prizes!.third).toBeGreaterThanOrEqual(prizes!.second);
    }
    expect(byRatio.length).toBeGreaterThan(contest.trades.length * 0.7);
    expect(byCount.length).toBeGreaterThanOrEqual(3);
  });

  it('sets honours conditions on most trades, the May Day Labour Medal only for individual trades', () => {
    const honoured = contest.trades.filter((t) => t.honours);
    expect(honoured.length).toBeGreaterThan(contest.trades.length * 0.7);
    expect(honoured.length).toBeLessThan(contest.trades.length);
    for (const trade of honoured) {
      expect(trade.honours!.technical_expert!.minContestants).toBeGreaterThanOrEqual(10);
      if (trade.teamSize === 1) expect(trade.honours!.may_day_labour_medal).toEqual({ minContestants: 30 });
      else expect(trade.honours!.may_day_labour_medal).toBeUndefined();
    }
  });

  it('standardises a handful of trades and applies same-city conflict of interest in a few', () => {
    const standardised = contest.trades.filter((t) => t.standardisation);
    expect(standardised.length).toBeGreaterThanOrEqual(3);
    expect(standardised.length).toBeLessThanOrEqual(15);
    for (const trade of standardised) expect(trade.standardisation).toEqual({ version: 'median700-v1' });
    const sameCity = contest.trades.filter((t) => t.conflictOfInterest);
    expect(sameCity.length).toBeGreaterThanOrEqual(3);
    expect(sameCity.length).toBeLessThan(contest.trades.length / 4);
    for (const trade of sameCity) expect(trade.conflictOfInterest).toEqual({ sameCity: true });
  });

  it('gives every trade a 2-hour appeal window and 5 working days of publicity', () => {
    for (const trade of contest.trades) {
      expect(trade.appealWindowMinutes).toBe(120);
      expect(trade.publicityWorkingDays).toBe(5);
    }
  });

  it('defines trades the domain accepts', () => {
    for (const seed of [20260501, 7]) {
      for (const trade of generateDemoContest({ seed }).trades) {
        expect(decideTrade({ type: 'DefineTrade', contestId: contest.id, trade }, initialTradeState)).toHaveLength(1);
      }
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(generateDemoContest()).toEqual(contest);
    expect(generateDemoContest({ seed: 7 })).toEqual(generateDemoContest({ seed: 7 }));
    expect(generateDemoContest({ seed: 7 })).not.toEqual(contest);
  });

  it('keeps its invariants for other seeds too', () => {
    for (const seed of [1, 2, 3, 42, 99_999]) {
      const other = generateDemoContest({ seed });
      expect(other.events).toHaveLength(90);
      expect(other.trades).toHaveLength(133);
      for (const trade of other.trades) {
        const aspects = aspectsOf(trade);
        expect(aspects.length).toBeGreaterThanOrEqual(10);
        expect(aspects.length).toBeLessThanOrEqual(40);
        expect(aspects.reduce((sum, a) => sum + a.maxMark * 2, 0)).toBe(200);
        expect(trade.theory!.answerKey).toHaveLength(50);
        expect(['ratio', 'count']).toContain(trade.prizes!.mode);
      }
    }
  });
});

describe('generateDemoAccounts', () => {
  const contest = generateDemoContest();
  const accounts = generateDemoAccounts(contest);
  const byRole = (role: string) => accounts.filter((a) => a.role === role);

  it('exports the demo password', () => {
    expect(DEMO_PASSWORD).toBe('jiangxin-demo');
  });

  it('creates the expected number of accounts per role', () => {
    const judges = contest.trades.reduce((sum, t) => sum + t.panelSize, 0);
    expect(byRole('organiser')).toHaveLength(1);
    expect(byRole('arbitration')).toHaveLength(1);
    expect(byRole('city_reviewer')).toHaveLength(14);
    expect(byRole('chief_judge')).toHaveLength(133);
    expect(byRole('judge')).toHaveLength(judges);
    expect(accounts).toHaveLength(2 + 14 + 133 + judges);
  });

  it('has unique, stable ids and usernames', () => {
    expect(duplicates(accounts.map((a) => a.id))).toEqual([]);
    expect(duplicates(accounts.map((a) => a.username))).toEqual([]);
    const usernames = new Set(accounts.map((a) => a.username));
    expect(usernames).toContain('organiser');
    expect(usernames).toContain('arbitration');
    for (const city of CITIES) expect(usernames).toContain(`reviewer-${city.id}`);
    for (const trade of contest.trades) {
      expect(usernames).toContain(`chief-${trade.id}`);
      for (let n = 1; n <= trade.panelSize; n++) expect(usernames).toContain(`judge-${trade.id}-${n}`);
    }
    for (const a of accounts) expect(a.id).toBe(`u-${a.username}`);
    expect(generateDemoAccounts(contest)).toEqual(accounts);
  });

  it('gives reviewers their city and judges a trade, a city and an employer with a valid credit code', () => {
    for (const reviewer of byRole('city_reviewer')) expect(reviewer.username).toBe(`reviewer-${reviewer.city}`);
    const tradeIds = new Set(contest.trades.map((t) => t.id));
    for (const judge of [...byRole('judge'), ...byRole('chief_judge')]) {
      expect(judge.tradeIds).toHaveLength(1);
      expect(tradeIds).toContain(judge.tradeIds![0]);
      expect(CITIES.map((c) => c.id)).toContain(judge.city);
      expect(judge.employer!.name.length).toBeGreaterThan(0);
      expect(isValidCreditCode(judge.employer!.creditCode)).toBe(true);
    }
  });
});

describe('demoEmployers', () => {
  it('lists about 40 employers across the 14 cities with valid, unique credit codes', () => {
    expect(demoEmployers.length).toBeGreaterThanOrEqual(35);
    expect(new Set(demoEmployers.map((e) => e.city)).size).toBe(14);
    expect(demoEmployers.some((e) => e.techBased)).toBe(true);
    expect(demoEmployers.some((e) => !e.techBased)).toBe(true);
    for (const employer of demoEmployers) expect(isValidCreditCode(employer.creditCode)).toBe(true);
    expect(duplicates(demoEmployers.map((e) => e.creditCode))).toEqual([]);
    expect(duplicates(demoEmployers.map((e) => e.name))).toEqual([]);
  });

  it('the independent check rejects a corrupted code', () => {
    const code = demoEmployers[0]!.creditCode;
    const last = code[17] === '0' ? '1' : '0';
    expect(isValidCreditCode(code.slice(0, 17) + last)).toBe(false);
  });
});
