import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import { assignExperts, inConflict, type AssignmentPolicy, type ExpertProfile, type SubmissionProfile } from './expert-assignment.js';

const EMPLOYERS = ['鞍钢', '华晨', '沈鼓', '大连船舶'];
const UNIVERSITIES = ['东北大学', '大连理工', '辽宁大学'];
const CITIES = ['shenyang', 'dalian', 'anshan'];

const expertsArb = (max: number) =>
  fc
    .array(
      fc.record({
        employer: fc.option(fc.constantFrom(...EMPLOYERS), { nil: undefined }),
        university: fc.option(fc.constantFrom(...UNIVERSITIES), { nil: undefined }),
        city: fc.constantFrom(...CITIES),
      }),
      { maxLength: max },
    )
    .map((list): ExpertProfile[] => list.map((e, i) => ({ expertId: `x${String(i).padStart(2, '0')}`, ...e })));

const submissionsArb = (max: number) =>
  fc
    .array(
      fc.record({
        employers: fc.subarray(EMPLOYERS, { maxLength: 2 }),
        universities: fc.subarray(UNIVERSITIES, { maxLength: 1 }),
        city: fc.constantFrom(...CITIES),
      }),
      { maxLength: max },
    )
    .map((list): SubmissionProfile[] => list.map((s, i) => ({ achievementId: `a${String(i).padStart(2, '0')}`, ...s })));

const policyArb = (maxN: number, maxM: number) =>
  fc.record({
    expertsPerSubmission: fc.integer({ min: 1, max: maxN }),
    maxPerExpert: fc.integer({ min: 1, max: maxM }),
    sameCityConflict: fc.boolean(),
  });

/** k-element subsets of a list, in order. */
function subsets<T>(list: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (list.length < k) return [];
  const [first, ...rest] = list;
  return [...subsets(rest, k - 1).map((s) => [first!, ...s]), ...subsets(rest, k)];
}

/** The least maximum load of any full assignment within the rules, by trying them all; undefined when there is none. */
function bruteForceLeastMaxLoad(subs: SubmissionProfile[], experts: ExpertProfile[], policy: AssignmentPolicy): number | undefined {
  const options = subs.map((s) =>
    subsets(
      experts.filter((e) => !inConflict(e, s, policy.sameCityConflict)).map((e) => e.expertId),
      policy.expertsPerSubmission,
    ),
  );
  let best: number | undefined;
  const load = new Map<string, number>();
  const walk = (i: number) => {
    if (i === subs.length) {
      const max = Math.max(0, ...load.values());
      if (best === undefined || max < best) best = max;
      return;
    }
    for (const choice of options[i]!) {
      if (choice.some((x) => (load.get(x) ?? 0) >= policy.maxPerExpert)) continue;
      for (const x of choice) load.set(x, (load.get(x) ?? 0) + 1);
      walk(i + 1);
      for (const x of choice) load.set(x, load.get(x)! - 1);
    }
  };
  walk(0);
  return best;
}

describe('expert assignment (property)', () => {
  it('with an earlier load (a later run): no expert over M counting it, no conflict, N each or a stated shortfall', () => {
    fc.assert(
      fc.property(
        submissionsArb(15),
        expertsArb(10),
        policyArb(3, 6),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 10, maxLength: 10 }),
        (subs, experts, policy, earlier) => {
          const existing = new Map(experts.map((e, i) => [e.expertId, Math.min(earlier[i]!, policy.maxPerExpert)]));
          const result = assignExperts(subs, experts, policy, '', existing);
          const byId = new Map(experts.map((e) => [e.expertId, e]));
          for (const s of subs) {
            const chosen = result.experts.get(s.achievementId)!;
            const missing = result.shortfall.find((x) => x.achievementId === s.achievementId)?.missing ?? 0;
            expect(chosen.length + missing).toBe(policy.expertsPerSubmission);
            for (const x of chosen) expect(inConflict(byId.get(x)!, s, policy.sameCityConflict)).toBe(false);
          }
          for (const e of experts)
            expect((result.load.get(e.expertId) ?? 0) + existing.get(e.expertId)!).toBeLessThanOrEqual(policy.maxPerExpert);
          // A shortfall only when no expert without a conflict has room left.
          for (const { achievementId } of result.shortfall) {
            const s = subs.find((x) => x.achievementId === achievementId)!;
            const chosen = result.experts.get(achievementId)!;
            const free = experts.filter(
              (e) =>
                !chosen.includes(e.expertId) &&
                !inConflict(e, s, policy.sameCityConflict) &&
                (result.load.get(e.expertId) ?? 0) + existing.get(e.expertId)! < policy.maxPerExpert,
            );
            expect(free).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never breaks a rule: N different experts or a stated shortfall, no conflict, no expert over M, the load as counted', () => {
    fc.assert(
      fc.property(submissionsArb(25), expertsArb(15), policyArb(4, 8), fc.string(), (subs, experts, policy, seed) => {
        const result = assignExperts(subs, experts, policy, seed);
        const byId = new Map(experts.map((e) => [e.expertId, e]));
        const counted = new Map<string, number>();
        for (const s of subs) {
          const chosen = result.experts.get(s.achievementId)!;
          expect(new Set(chosen).size).toBe(chosen.length);
          const missing = result.shortfall.find((x) => x.achievementId === s.achievementId)?.missing ?? 0;
          expect(chosen.length).toBe(policy.expertsPerSubmission - missing);
          for (const x of chosen) {
            expect(inConflict(byId.get(x)!, s, policy.sameCityConflict)).toBe(false);
            counted.set(x, (counted.get(x) ?? 0) + 1);
          }
        }
        for (const e of experts) {
          expect(result.load.get(e.expertId)).toBe(counted.get(e.expertId) ?? 0);
          expect(result.load.get(e.expertId)).toBeLessThanOrEqual(policy.maxPerExpert);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a full assignment whenever one exists, with the least possible maximum load (checked against every assignment on small cases)', () => {
    fc.assert(
      fc.property(submissionsArb(4), expertsArb(5), policyArb(2, 3), (subs, experts, policy) => {
        const result = assignExperts(subs, experts, policy);
        const least = bruteForceLeastMaxLoad(subs, experts, policy);
        expect(result.shortfall.length === 0).toBe(least !== undefined);
        if (least !== undefined) expect(Math.max(0, ...result.load.values())).toBe(least);
      }),
      { numRuns: 400 },
    );
  });

  it('spreads the load evenly when nobody is in conflict: nobody reviews more than ⌈N·S / E⌉', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (s, e, n) => {
        fc.pre(n <= e);
        const subs = Array.from({ length: s }, (_, i) => ({
          achievementId: `a${i}`,
          employers: ['甲'],
          universities: [],
          city: 'shenyang',
        }));
        const experts = Array.from({ length: e }, (_, i) => ({ expertId: `x${i}`, employer: '乙', city: 'dalian' }));
        const result = assignExperts(subs, experts, { expertsPerSubmission: n, maxPerExpert: 100, sameCityConflict: true });
        expect(result.shortfall).toEqual([]);
        const loads = [...result.load.values()];
        expect(Math.max(0, ...loads)).toBe(s === 0 ? 0 : Math.ceil((n * s) / e));
      }),
    );
  });

  it('is deterministic: the same people in any order give the same assignment', () => {
    fc.assert(
      fc.property(
        submissionsArb(15),
        expertsArb(10),
        policyArb(3, 6),
        fc.string(),
        fc.integer(),
        (subs, experts, policy, seed, shuffle) => {
          const shuffled = <T>(list: T[]) =>
            list
              .map((item, i) => ({ item, key: Math.imul(i + 1, shuffle | 1) >>> 0 }))
              .sort((a, b) => a.key - b.key)
              .map((x) => x.item);
          const a = assignExperts(subs, experts, policy, seed);
          const b = assignExperts(shuffled(subs), shuffled(experts), policy, seed);
          expect([...b.experts].sort()).toEqual([...a.experts].sort());
          expect(b.shortfall).toEqual(a.shortfall);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('expert assignment (examples)', () => {
  const expert = (expertId: string, employer: string, city: string, university?: string): ExpertProfile => ({
    expertId,
    employer,
    city,
    ...(university ? { university } : {}),
  });

  it("keeps an expert off their own employer's, university's and (when the event says so) city's submissions", () => {
    const subs: SubmissionProfile[] = [{ achievementId: 'a1', employers: ['鞍钢 '], universities: ['东北大学'], city: 'anshan' }];
    const experts = [
      expert('x1', '鞍钢', 'shenyang'),
      expert('x2', '华晨', 'dalian', '东北大学'),
      expert('x3', '沈鼓', 'anshan'),
      expert('x4', '沈鼓', 'dalian'),
    ];
    expect(assignExperts(subs, experts, { expertsPerSubmission: 1, maxPerExpert: 1, sameCityConflict: true }).experts.get('a1')).toEqual([
      'x4',
    ]);
    const withoutCity = assignExperts(subs, experts, { expertsPerSubmission: 2, maxPerExpert: 1, sameCityConflict: false });
    expect(withoutCity.experts.get('a1')).toEqual(['x3', 'x4']);
  });

  it('answers the largest assignment and the shortfall when the rules cannot all be met', () => {
    const subs: SubmissionProfile[] = ['a1', 'a2', 'a3'].map((achievementId) => ({
      achievementId,
      employers: [],
      universities: [],
      city: 'dalian',
    }));
    const result = assignExperts(subs, [expert('x1', '甲', 'shenyang'), expert('x2', '乙', 'shenyang')], {
      expertsPerSubmission: 2,
      maxPerExpert: 2,
      sameCityConflict: false,
    });
    expect([...result.load.values()]).toEqual([2, 2]);
    expect(result.shortfall.reduce((sum, s) => sum + s.missing, 0)).toBe(2);
  });

  it('refuses a policy that is not whole numbers of at least 1, and an id listed twice', () => {
    expect(() => assignExperts([], [], { expertsPerSubmission: 0, maxPerExpert: 3, sameCityConflict: false })).toThrow(DomainError);
    expect(() =>
      assignExperts([], [expert('x1', '甲', 'dalian'), expert('x1', '乙', 'dalian')], {
        expertsPerSubmission: 1,
        maxPerExpert: 3,
        sameCityConflict: false,
      }),
    ).toThrow(expect.objectContaining({ code: 'assignment.duplicate' }));
  });

  it('assigns 500 submissions to 60 experts, 5 each, the load even', () => {
    const subs: SubmissionProfile[] = Array.from({ length: 500 }, (_, i) => ({
      achievementId: `a${String(i).padStart(3, '0')}`,
      employers: [EMPLOYERS[i % 4]!],
      universities: [],
      city: CITIES[i % 3]!,
    }));
    const experts: ExpertProfile[] = Array.from({ length: 60 }, (_, i) => ({
      expertId: `x${i}`,
      employer: EMPLOYERS[i % 4],
      city: CITIES[(i + 1) % 3],
    }));
    const result = assignExperts(subs, experts, { expertsPerSubmission: 5, maxPerExpert: 60, sameCityConflict: true });
    expect(result.shortfall).toEqual([]);
    expect(Math.max(...result.load.values())).toBe(Math.ceil((5 * 500) / 60));
  });
});
