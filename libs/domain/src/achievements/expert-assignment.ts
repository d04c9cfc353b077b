import { invalid } from '../shared/domain-error.js';

/**
 * Which experts review which achievement (issue 18, item 3), as a pure, deterministic function:
 *
 * - every submission gets `expertsPerSubmission` (N) different experts;
 * - no expert reviews more than `maxPerExpert` (M) submissions;
 * - no expert reviews a submission from their own employer or university, nor (when the event says
 *   so) from their own city (回避);
 * - the load is balanced: the largest number of submissions any expert gets is the smallest possible
 *   under those rules.
 *
 * It is a flow problem (source → submission, capacity N; submission → expert without a conflict, 1;
 * expert → sink, the load bound c): raising c from ⌈N·S / E⌉ until the flow is full (or c = M) gives
 * the least maximum load; augmenting paths are found breadth first, in an order fixed by the ids and
 * the seed, so the same input always gives the same assignment. When no assignment satisfies the
 * rules, the largest one that does is answered with the submissions left short.
 */

export interface ExpertProfile {
  expertId: string;
  employer?: string;
  university?: string;
  city?: string;
}

export interface SubmissionProfile {
  achievementId: string;
  /** The team's employers and universities. */
  employers: readonly string[];
  universities: readonly string[];
  /** The submission's city (the city union that recommended it). */
  city: string;
}

export interface AssignmentPolicy {
  expertsPerSubmission: number;
  maxPerExpert: number;
  /** Experts of the submission's city are in conflict too. */
  sameCityConflict: boolean;
}

export interface ExpertAssignment {
  /** achievementId → its experts (sorted by id). */
  experts: ReadonlyMap<string, readonly string[]>;
  /** expertId → how many submissions they review in this assignment (the existing load not counted). */
  load: ReadonlyMap<string, number>;
  /** Submissions that could not get N experts under the rules, and how many they lack. */
  shortfall: ReadonlyArray<{ achievementId: string; missing: number }>;
}

const normalise = (text: string | undefined) => (text ?? '').replace(/\s+/g, '').toLowerCase();

/** True when the expert may not review the submission (same employer, university, or city when the event says so). */
export function inConflict(expert: ExpertProfile, submission: SubmissionProfile, sameCityConflict: boolean): boolean {
  const employer = normalise(expert.employer);
  const university = normalise(expert.university);
  if (employer && submission.employers.some((e) => normalise(e) === employer)) return true;
  if (university && submission.universities.some((u) => normalise(u) === university)) return true;
  return sameCityConflict && !!expert.city && expert.city === submission.city;
}

/** FNV-1a, 32 bits: a cheap, fixed order of the experts per submission, so that low ids are not always first. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function assignExperts(
  submissions: readonly SubmissionProfile[],
  experts: readonly ExpertProfile[],
  policy: AssignmentPolicy,
  seed = '',
  /** Submissions each expert already reviews (an earlier assignment): they count towards M and the balance. */
  existingLoad: ReadonlyMap<string, number> = new Map(),
): ExpertAssignment {
  const { expertsPerSubmission: n, maxPerExpert: m } = policy;
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(m) || m < 1)
    throw invalid('Experts per submission and submissions per expert are whole numbers of at least 1', 'policy', {
      code: 'assignment.policy',
      params: { expertsPerSubmission: n, maxPerExpert: m },
    });
  const subs = [...submissions].sort((a, b) => (a.achievementId < b.achievementId ? -1 : a.achievementId > b.achievementId ? 1 : 0));
  const exps = [...experts].sort((a, b) => (a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0));
  for (const list of [subs.map((s) => s.achievementId), exps.map((e) => e.expertId)])
    for (let i = 1; i < list.length; i++)
      if (list[i] === list[i - 1])
        throw invalid(`${list[i]} is listed twice`, 'ids', { code: 'assignment.duplicate', params: { id: list[i] ?? '' } });

  // Nodes: 0 source, 1..S submissions, S+1..S+E experts, S+E+1 sink. Edges in pairs (forward, backward).
  const S = subs.length;
  const E = exps.length;
  const sink = S + E + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const adjacency: number[][] = Array.from({ length: sink + 1 }, () => []);
  const edge = (from: number, target: number, capacity: number) => {
    adjacency[from]!.push(to.length);
    to.push(target);
    cap.push(capacity);
    adjacency[target]!.push(to.length);
    to.push(from);
    cap.push(0);
    return to.length - 2;
  };
  for (let i = 0; i < S; i++) edge(0, 1 + i, n);
  subs.forEach((submission, i) => {
    const order = exps
      .map((expert, j) => ({ j, key: fnv1a(`${seed}|${submission.achievementId}|${expert.expertId}`) }))
      .sort((a, b) => a.key - b.key || a.j - b.j);
    for (const { j } of order) if (!inConflict(exps[j]!, submission, policy.sameCityConflict)) edge(1 + i, 1 + S + j, 1);
  });
  const expertEdges = exps.map((_, j) => edge(1 + S + j, sink, 0));

  const augment = (): boolean => {
    const via = new Int32Array(sink + 1).fill(-1);
    const seen = new Uint8Array(sink + 1);
    seen[0] = 1;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const e of adjacency[node]!) {
        const next = to[e]!;
        if (cap[e]! > 0 && !seen[next]) {
          seen[next] = 1;
          via[next] = e;
          if (next === sink) {
            for (let v = sink; v !== 0; v = to[via[v]! ^ 1]!) {
              cap[via[v]!]! -= 1;
              cap[via[v]! ^ 1]! += 1;
            }
            return true;
          }
          queue.push(next);
        }
      }
    }
    return false;
  };

  const wanted = n * S;
  let flow = 0;
  const already = exps.map((expert) => existingLoad.get(expert.expertId) ?? 0);
  const total = already.reduce((a, b) => a + b, 0);
  // The least load bound that could do: every submission's N reviews (and the earlier ones) spread over all experts.
  let bound = E === 0 ? m : Math.min(m, Math.max(1, Math.ceil((wanted + total) / E)));
  // An expert's room under the bound: the bound less what they already review.
  const room = (j: number) => Math.max(0, bound - already[j]!);
  expertEdges.forEach((e, j) => {
    cap[e] = room(j);
  });
  for (;;) {
    while (flow < wanted && augment()) flow++;
    if (flow === wanted || bound >= m) break;
    const before = exps.map((_, j) => room(j));
    bound++;
    expertEdges.forEach((e, j) => {
      cap[e]! += room(j) - before[j]!;
    });
  }

  const assigned = new Map<string, string[]>();
  const load = new Map<string, number>(exps.map((e) => [e.expertId, 0]));
  subs.forEach((submission, i) => {
    const chosen: string[] = [];
    for (const e of adjacency[1 + i]!) {
      const target = to[e]!;
      // A used submission → expert edge has its capacity moved to the backward edge.
      if (target > S && target <= S + E && e % 2 === 0 && cap[e] === 0) chosen.push(exps[target - S - 1]!.expertId);
    }
    chosen.sort();
    for (const expertId of chosen) load.set(expertId, (load.get(expertId) ?? 0) + 1);
    assigned.set(submission.achievementId, chosen);
  });
  const shortfall = subs
    .map((s) => ({ achievementId: s.achievementId, missing: n - (assigned.get(s.achievementId)?.length ?? 0) }))
    .filter((s) => s.missing > 0);
  return { experts: assigned, load, shortfall };
}
