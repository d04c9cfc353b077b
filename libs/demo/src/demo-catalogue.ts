/**
 * The demo catalogue: a generated, plausible contest (90 events, 133 trades, a marking scheme per trade),
 * labelled as demo data. Pure and deterministic: the same seed and year give the same catalogue.
 * The skeleton (event and trade ids, names, categories) is fixed; venues, dates, organisers, weights,
 * panels and marking schemes vary with the seed.
 */
import {
  CITIES,
  type Aspect,
  type CityId,
  type ContestDefinition,
  type ContestEventDefinition,
  type HonoursConditions,
  type MarkingScheme,
  type PrizePolicy,
  type SubCriterion,
  type TheoryExam,
  type TradeDefinition,
} from '../../domain/src/catalogue/catalogue.types.js';
import { EVENT_TEMPLATES, SECTOR_UNIONS, type EventTemplate, type TradeTemplate } from './catalogue-data.js';
import {
  GENERIC_SUB_CRITERIA,
  SCHEME_TEMPLATES,
  levelDescriptors,
  type SchemeKind,
  type SubCriterionTemplate,
} from './marking-templates.js';
import { createRng, hashString, type Rng } from './prng.js';

export const DEFAULT_DEMO_SEED = 20260501;
export const DEFAULT_DEMO_YEAR = 2026;
export const DEMO_EVENT_COUNT = 90;
export const DEMO_TRADE_COUNT = 133;
export const DEMO_THEORY_QUESTIONS = 50;

export interface DemoContestOptions {
  seed?: number;
  year?: number;
}

const MIN_ASPECTS = 10;
const MAX_ASPECTS = 40;
const MAX_SUB_CRITERIA = 6;
const SUB_CRITERION_LETTERS = 'ABCDEF';

const VENUE_SUFFIXES = [
  '市职工技能实训基地',
  '技师学院实训楼',
  '职业技术学院实训中心',
  '市工人文化宫',
  '市高技能人才培训基地',
  '国际会展中心',
] as const;

/** Shenyang and Dalian host more events than the other cities. */
const HOST_CITIES: readonly CityId[] = [...CITIES.map((c) => c.id), 'shenyang', 'dalian', 'shenyang'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const cityName = (id: CityId): string => CITIES.find((c) => c.id === id)?.name ?? id;

export function generateDemoContest(options: DemoContestOptions = {}): ContestDefinition {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const year = options.year ?? DEFAULT_DEMO_YEAR;
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new Error(`invalid contest year ${year}`);
  const rng = createRng(seed);

  const events: ContestEventDefinition[] = [];
  const trades: TradeDefinition[] = [];
  EVENT_TEMPLATES.forEach((eventTemplate, eventIndex) => {
    const event = buildEvent(rng, eventTemplate, eventIndex, year);
    events.push(event);
    for (const tradeTemplate of eventTemplate.trades) {
      const trade = buildTrade(rng, tradeTemplate, trades.length, event.id);
      trades.push({ ...trade, ...judgingRules(seed, trade) });
    }
  });

  return {
    id: `lnsc-${year}`,
    name: `${year}年辽宁省职工职业技能大赛（演示数据）`,
    year,
    demo: true,
    events,
    trades,
  };
}

function buildEvent(rng: Rng, template: EventTemplate, index: number, year: number): ContestEventDefinition {
  const city = rng.pick(template.cities ?? HOST_CITIES);
  const organisingUnit = rng.chance(0.45) ? `${cityName(city)}市总工会` : SECTOR_UNIONS[template.sector];
  const start = Date.UTC(year, 3, 15); // 15 April
  const end = Date.UTC(year, 9, 31); // 31 October
  const day = rng.int(0, Math.round((end - start) / 86_400_000));
  return {
    id: `e${pad(index + 1, 2)}-${template.slug}`,
    name: template.name,
    nameEn: template.nameEn,
    category: template.category,
    organisingUnit,
    venue: `${cityName(city)}${rng.pick(VENUE_SUFFIXES)}`,
    date: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
    // Innovation achievements and university transfers are reviews, not practical contests (issue 18).
    ...(ACHIEVEMENT_CATEGORIES.has(template.category) ? { kind: 'achievement' as const } : {}),
  };
}

const ACHIEVEMENT_CATEGORIES: ReadonlySet<string> = new Set(['workers-innovation', 'university-transfer']);

function buildTrade(rng: Rng, template: TradeTemplate, index: number, eventId: string): TradeDefinition {
  const id = `t${pad(index + 1, 3)}-${template.slug}`;
  const teamSize: 1 | 2 | 3 = template.team ? rng.pick([2, 3] as const) : 1;
  const weights = rng.chance(0.5) ? { theory: 30, practical: 70 } : { theory: 20, practical: 80 };
  const panelSize: 3 | 5 = rng.chance(template.kind === 'innovation' ? 0.6 : 0.2) ? 5 : 3;
  const trimmedMean = panelSize === 5 && rng.chance(0.5);
  const scheme = buildScheme(rng, template.kind, id);
  return {
    id,
    eventId,
    name: template.name,
    nameEn: template.nameEn,
    teamSize,
    weights,
    panelSize,
    trimmedMean,
    keyAspectIds: pickKeyAspects(rng, scheme),
    scheme,
    // The rules the province typically sets: working age, a few entries per city, no recent champions.
    registration: { ageWindow: { min: 18, max: 55 }, quotaPerCity: teamSize > 1 ? 2 : 5, noFirstPrizeInLastEditions: 2 },
    workstations: teamSize > 1 ? 6 : 10,
  };
}

function buildScheme(rng: Rng, kind: SchemeKind, tradeId: string): MarkingScheme {
  const chosen = chooseSubCriteria(rng, kind);
  const capacity = chosen.reduce((sum, sc) => sum + sc.aspects.length, 0);
  const total = rng.int(MIN_ASPECTS, Math.min(MAX_ASPECTS, capacity));

  // At least 2 aspects per sub-criterion, the rest spread at random within each pool's size.
  const counts = chosen.map((sc) => Math.min(2, sc.aspects.length));
  let remaining = total - counts.reduce((a, b) => a + b, 0);
  while (remaining > 0) {
    const open = counts.flatMap((count, i) => (count < (chosen[i] as SubCriterionTemplate).aspects.length ? [i] : []));
    const i = rng.pick(open);
    counts[i] = (counts[i] as number) + 1;
    remaining--;
  }

  const picked = chosen.map((sc, i) => sampleAspects(rng, sc.aspects, counts[i] as number));
  const marks = allocateMarks(
    rng,
    picked.flat().map((a) => a.startsWith('j:')),
  );

  let k = 0;
  const subCriteria: SubCriterion[] = chosen.map((sc, i) => {
    const letter = SUB_CRITERION_LETTERS.charAt(i);
    const aspects: Aspect[] = (picked[i] as string[]).map((raw, j) => {
      const id = `${tradeId}-${letter}${j + 1}`;
      const description = raw.slice(2);
      const maxMark = marks[k++] as number;
      return raw.startsWith('j:')
        ? { id, type: 'judgement', description, maxMark, descriptors: levelDescriptors(description) }
        : { id, type: 'measurement', description, maxMark };
    });
    return { id: `${tradeId}-${letter}`, name: sc.name, aspects };
  });
  return { subCriteria };
}

/**
 * The trade's judging and results rules: theory answer key, prizes, honours, standardisation,
 * conflict of interest, appeal window and publicity period. Drawn from a generator of their own
 * (seeded by the seed and the trade id), so adding them changed nothing else in the catalogue.
 */
function judgingRules(seed: number, trade: TradeDefinition): Partial<TradeDefinition> {
  const rng = createRng(hashString(`${seed}/${trade.id}/judging`));
  const individual = trade.teamSize === 1;
  return {
    theory: answerKey(rng, DEMO_THEORY_QUESTIONS),
    // Most trades share prizes out by ratio; some small or team trades give fixed numbers.
    prizes: rng.chance(individual ? 0.1 : 0.5) ? fixedPrizes(rng) : { mode: 'ratio', first: 10, second: 20, third: 30 },
    ...(rng.chance(0.85) ? { honours: honoursConditions(individual) } : {}),
    ...(rng.chance(0.07) ? { standardisation: { version: 'median700-v1' as const } } : {}),
    ...(rng.chance(0.12) ? { conflictOfInterest: { sameCity: true } } : {}),
    appealWindowMinutes: 120,
    publicityWorkingDays: 5,
  };
}

const ANSWER_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** Single-choice questions, with about one in ten multiple-choice (2–3 letters, in alphabetical order). */
function answerKey(rng: Rng, questions: number): TheoryExam {
  const key = Array.from({ length: questions }, () => {
    if (!rng.chance(0.1)) return rng.pick(ANSWER_LETTERS);
    const letters = rng.shuffle(ANSWER_LETTERS).slice(0, rng.int(2, 3));
    return letters.sort().join('');
  });
  return { answerKey: key };
}

function fixedPrizes(rng: Rng): PrizePolicy {
  return rng.pick<PrizePolicy>([
    { mode: 'count', first: 1, second: 2, third: 3 },
    { mode: 'count', first: 1, second: 3, third: 5 },
    { mode: 'count', first: 2, second: 4, third: 6 },
  ]);
}

/** The province recommends a winner only from a field large enough to mean something. */
function honoursConditions(individual: boolean): HonoursConditions {
  return individual
    ? { may_day_labour_medal: { minContestants: 30 }, technical_expert: { minContestants: 20 } }
    : { technical_expert: { minContestants: 10 } };
}

/** 3–6 sub-criteria: mostly the trade kind's own, plus 0–2 generic ones; enough aspects for ≥ 10. */
function chooseSubCriteria(rng: Rng, kind: SchemeKind): SubCriterionTemplate[] {
  const template = SCHEME_TEMPLATES[kind];
  const specificAvailable = template.specific.length;
  const genericAvailable = template.generic.length;
  const n = rng.int(3, Math.min(MAX_SUB_CRITERIA, specificAvailable + genericAvailable));
  let genericCount = genericAvailable === 0 ? 0 : Math.min(n - 2, rng.int(n >= 4 ? 1 : 0, genericAvailable));
  let specificCount = n - genericCount;
  if (specificCount > specificAvailable) {
    specificCount = specificAvailable;
    genericCount = n - specificCount;
  }
  const specificIdx = rng.shuffle(template.specific.map((_, i) => i)).slice(0, specificCount);
  const genericIdx = rng.shuffle(template.generic.map((_, i) => i)).slice(0, genericCount);
  const chosen = [
    ...template.specific.filter((_, i) => specificIdx.includes(i)),
    ...template.generic.filter((_, i) => genericIdx.includes(i)).map((key) => GENERIC_SUB_CRITERIA[key]),
  ];
  const unused = [
    ...template.specific.filter((_, i) => !specificIdx.includes(i)),
    ...template.generic.filter((_, i) => !genericIdx.includes(i)).map((key) => GENERIC_SUB_CRITERIA[key]),
  ];
  while (chosen.reduce((sum, sc) => sum + sc.aspects.length, 0) < MIN_ASPECTS && chosen.length < MAX_SUB_CRITERIA) {
    const extra = unused.shift();
    if (!extra) break;
    chosen.push(extra);
  }
  if (chosen.reduce((sum, sc) => sum + sc.aspects.length, 0) < MIN_ASPECTS) {
    throw new Error(`scheme templates for '${kind}' cannot yield ${MIN_ASPECTS} aspects`);
  }
  return chosen;
}

/** `count` aspects of a pool, in pool order, with at least one of each type when possible. */
function sampleAspects(rng: Rng, pool: readonly string[], count: number): string[] {
  const indices = pool.map((_, i) => i);
  const measurement = indices.filter((i) => pool[i]?.startsWith('m:'));
  const judgement = indices.filter((i) => pool[i]?.startsWith('j:'));
  const taken = new Set<number>();
  if (count >= 2 && measurement.length > 0 && judgement.length > 0) {
    taken.add(rng.pick(measurement));
    taken.add(rng.pick(judgement));
  }
  for (const i of rng.shuffle(indices)) {
    if (taken.size >= count) break;
    taken.add(i);
  }
  return [...taken].sort((a, b) => a - b).map((i) => pool[i] as string);
}

/**
 * Max marks summing to exactly 100: integers by weight (largest remainder, at least 1 each),
 * then for some trades a few half-mark moves (all values stay multiples of 0.5, so the sum is exact).
 */
function allocateMarks(rng: Rng, isJudgement: readonly boolean[]): number[] {
  const n = isJudgement.length;
  const weights = isJudgement.map((j) => (j ? rng.int(2, 4) : rng.int(1, 3)));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const spare = 100 - n;
  const raw = weights.map((w) => (spare * w) / weightSum);
  const marks = raw.map((r) => 1 + Math.floor(r));
  let left = 100 - marks.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const i = (byRemainder[k] as { i: number }).i;
    marks[i] = (marks[i] as number) + 1;
  }
  if (rng.chance(0.35)) {
    const moves = rng.int(1, 3);
    for (let m = 0; m < moves; m++) {
      const from = rng.int(0, n - 1);
      const to = rng.int(0, n - 1);
      if (from === to || (marks[from] as number) < 2) continue;
      marks[from] = (marks[from] as number) - 0.5;
      marks[to] = (marks[to] as number) + 0.5;
    }
  }
  const total = marks.reduce((a, b) => a + b, 0);
  if (total !== 100) throw new Error(`internal error: max marks sum to ${total}`);
  return marks;
}

/** 1–3 tie-break aspects: the heaviest, judgement aspects first. */
function pickKeyAspects(rng: Rng, scheme: MarkingScheme): string[] {
  const aspects = scheme.subCriteria.flatMap((sc) => sc.aspects);
  const ranked = aspects
    .map((aspect, order) => ({ aspect, order }))
    .sort(
      (a, b) =>
        Number(b.aspect.type === 'judgement') - Number(a.aspect.type === 'judgement') ||
        b.aspect.maxMark - a.aspect.maxMark ||
        a.order - b.order,
    );
  return ranked.slice(0, rng.int(1, 3)).map((r) => r.aspect.id);
}
