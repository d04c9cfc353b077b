import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const marks = (leading: number, originality: number, exemplary: number, benefit: number) => [
  { criterionId: 'leading', score: leading },
  { criterionId: 'originality', score: originality },
  { criterionId: 'exemplary', score: exemplary },
  { criterionId: 'benefit', score: benefit },
];

/**
 * The expert review of a review trade (docs/achievements.md, issue 18 item 3): settings, the
 * assignment and an adjustment with a reason, blind scoring, the spread flag, the discussion and the
 * re-score, through HTTP on a real server.
 */
describe('expert review', () => {
  let server: TestServer;
  let organiser: Client;
  let tradeId: string;
  const submissions: Record<string, string> = {};
  const expertIds = new Map<string, string>();
  let assignment: Array<{ achievementId: string; expertIds: string[] }>;

  /** Experts are judge accounts of the review trade: the demo's (password jiangxin-demo) and ours. */
  const asExpert = (expertId: string) => {
    const username = expertId.replace(/^u-/, '');
    return new Client(server.url).login(username, username.startsWith('expert-') ? 'expert-password' : 'jiangxin-demo');
  };

  /** An applicant of `city` drafts, attaches, submits; the city recommends; the organiser finds it eligible. */
  const eligibleAchievement = async (city: string, employer: string, i: number): Promise<string> => {
    const username = `applicant-${city}`;
    const anonymous = new Client(server.url);
    await anonymous.post('/api/auth/sign-up', { commandId: commandId(), username, password: 'applicant-pw-1', displayName: username });
    const applicant = await anonymous.login(username, 'applicant-pw-1');
    const drafted = await applicant.post('/api/achievements', {
      commandId: commandId(),
      tradeId,
      city,
      title: `成果 ${city}`,
      category: 'technical_innovation',
      summary: '以温度场模型补偿主轴热伸长。',
      members: [
        { name: `申报人${i}`, idNumber: residentId('1980-03-12', 20 + i), phone: `1381234000${i}`, employer },
        { name: `成员${i}`, idNumber: residentId('1990-05-01', 30 + i), phone: `1391234000${i}`, university: '东北大学' },
      ],
      benefits: [{ description: '年节约成本', figure: 100 + i, unit: '万元/年' }],
    });
    expect(drafted.status).toBe(201);
    const id = drafted.body.achievementId as string;
    const file = await applicant.upload(
      `/api/achievements/${id}/attachments`,
      { name: '报告.pdf', content: PDF, type: 'application/pdf' },
      { commandId: commandId() },
    );
    expect(file.status).toBe(201);
    expect((await applicant.post(`/api/achievements/${id}/submission`, { commandId: commandId() })).status).toBe(200);
    const reviewer = await new Client(server.url).login(`reviewer-${city}`);
    expect((await reviewer.post(`/api/achievements/${id}/city-recommendation`, { commandId: commandId() })).status).toBe(200);
    expect((await organiser.post(`/api/achievements/${id}/eligibility`, { commandId: commandId() })).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    const events = (await organiser.get('/api/catalogue/events')).body as Array<{ kind?: string; tradeIds: string[] }>;
    tradeId = events.find((e) => e.kind === 'achievement')!.tradeIds[0]!;
    expect((await organiser.put(`/api/trades/${tradeId}/registration-rules`, { commandId: commandId(), quotaPerCity: 2 })).status).toBe(
      200,
    );
    expect(
      (await organiser.put(`/api/trades/${tradeId}/submission-deadline`, { commandId: commandId(), closesAt: '2099-01-01T00:00:00+08:00' }))
        .status,
    ).toBe(200);
    // Three eligible achievements from three cities.
    const teams: Array<[string, string]> = [
      ['shenyang', '沈阳机床集团'],
      ['dalian', '大连船舶重工'],
      ['anshan', '鞍钢集团'],
    ];
    for (const [i, [city, employer]] of teams.entries()) submissions[city] = await eligibleAchievement(city, employer, i);
    // Our experts: three from elsewhere, one from the Shenyang team's employer (a conflict).
    const experts: Array<[string, string, string]> = [
      ['expert-a', demoEmployers[30]!.name, 'jinzhou'],
      ['expert-b', demoEmployers[31]!.name, 'fushun'],
      ['expert-d', demoEmployers[32]!.name, 'huludao'],
      ['expert-c', '沈阳机床集团', 'jinzhou'],
    ];
    for (const [i, [username, employer, city]] of experts.entries()) {
      const created = await organiser.post('/api/users/judges', {
        commandId: commandId(),
        username,
        displayName: `专家${username}`,
        role: 'judge',
        password: 'expert-password',
        employer: { name: employer, creditCode: demoEmployers[30 + i]!.creditCode },
        city,
        tradeIds: [tradeId],
      });
      expect(created.status).toBe(201);
      expertIds.set(username, created.body.userId);
    }
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  it('reads the default settings (领先性/独创性/示范性/效益性), then the organiser sets N, M, the threshold and blindness', async () => {
    const defaults = await organiser.get(`/api/trades/${tradeId}/review-settings`);
    expect(defaults.body).toMatchObject({ explicit: false, locked: false, scoreMax: 100 });
    expect(defaults.body.criteria.map((c: { name: string }) => c.name)).toEqual(['领先性', '独创性', '示范性', '效益性']);
    const settings = {
      expertsPerSubmission: 2,
      maxPerExpert: 3,
      criteria: defaults.body.criteria,
      spreadThreshold: 10,
      blind: true,
      sameCityConflict: true,
    };
    const bad = await organiser.put(`/api/trades/${tradeId}/review-settings`, { ...settings, commandId: commandId(), maxPerExpert: 0 });
    expect(bad.status).toBe(400);
    expect((await organiser.put(`/api/trades/${tradeId}/review-settings`, { ...settings, commandId: commandId() })).status).toBe(200);
    expect((await organiser.get(`/api/trades/${tradeId}/review-settings`)).body).toMatchObject({ explicit: true, expertsPerSubmission: 2 });
  });

  it('assigns the experts: N each, none in conflict; a retry writes nothing; the settings are then locked', async () => {
    const command = { commandId: commandId() };
    const answer = await organiser.post(`/api/trades/${tradeId}/expert-assignment`, command);
    expect(answer.status).toBe(200);
    assignment = answer.body.assignments;
    expect(answer.body.shortfall).toEqual([]);
    expect(assignment.map((a) => a.achievementId).sort()).toEqual(Object.values(submissions).sort());
    for (const row of assignment) expect(row.expertIds).toHaveLength(2);
    const shenyang = assignment.find((a) => a.achievementId === submissions.shenyang)!;
    expect(shenyang.expertIds).not.toContain(expertIds.get('expert-c'));
    const head = await server.quietHead();
    expect((await organiser.post(`/api/trades/${tradeId}/expert-assignment`, command)).body).toMatchObject({ duplicate: true });
    expect((await organiser.post(`/api/trades/${tradeId}/expert-assignment`, { commandId: commandId() })).body).toMatchObject({
      code: 'review.already_assigned',
    });
    expect(await server.quietHead()).toBe(head);
    // An achievement found eligible later gets its experts in a second run, alone.
    submissions.tieling = await eligibleAchievement('tieling', '铁岭阀门', 3);
    const later = await organiser.post(`/api/trades/${tradeId}/expert-assignment`, { commandId: commandId() });
    expect(later.body).toMatchObject({ assignments: [{ achievementId: submissions.tieling }], shortfall: [] });
    assignment.push(...later.body.assignments);
    const loads = new Map<string, number>();
    for (const a of assignment) for (const e of a.expertIds) loads.set(e, (loads.get(e) ?? 0) + 1);
    expect(Math.max(...loads.values())).toBeLessThanOrEqual(3);
    const locked = await organiser.get(`/api/trades/${tradeId}/review-settings`);
    const relock = await organiser.put(`/api/trades/${tradeId}/review-settings`, {
      commandId: commandId(),
      ...Object.fromEntries(
        ['expertsPerSubmission', 'maxPerExpert', 'criteria', 'spreadThreshold', 'blind', 'sameCityConflict'].map((k) => [
          k,
          locked.body[k],
        ]),
      ),
    });
    expect(relock).toMatchObject({ status: 409, body: { code: 'review.settings_locked' } });
  });

  it('adjusts an assignment with a reason; refuses a conflicted expert, writing nothing', async () => {
    const id = submissions.shenyang!;
    const row = assignment.find((a) => a.achievementId === id)!;
    const from = row.expertIds[0]!;
    const head = await server.quietHead();
    const conflicted = await organiser.post(`/api/achievements/${id}/expert-adjustment`, {
      commandId: commandId(),
      fromExpertId: from,
      toExpertId: expertIds.get('expert-c'),
      reason: '专家出差',
    });
    expect(conflicted).toMatchObject({ status: 409, body: { code: 'review.conflict' } });
    const noReason = await organiser.post(`/api/achievements/${id}/expert-adjustment`, {
      commandId: commandId(),
      fromExpertId: from,
      toExpertId: expertIds.get('expert-a'),
      reason: '',
    });
    expect(noReason.status).toBe(400);
    expect(await server.quietHead()).toBe(head);
    const loads = new Map<string, number>();
    for (const a of assignment) for (const e of a.expertIds) loads.set(e, (loads.get(e) ?? 0) + 1);
    const to = ['expert-a', 'expert-b', 'expert-d']
      .map((u) => expertIds.get(u)!)
      .find((e) => !row.expertIds.includes(e) && (loads.get(e) ?? 0) < 3)!;
    const adjusted = await organiser.post(`/api/achievements/${id}/expert-adjustment`, {
      commandId: commandId(),
      fromExpertId: from,
      toExpertId: to,
      reason: '原专家出差，改派',
    });
    expect(adjusted.body).toMatchObject({ events: ['ExpertAssignmentAdjusted'] });
    row.expertIds = [...row.expertIds.filter((e) => e !== from), to].sort();
  });

  it("blind review: no names nor employers; another expert's scores refused before one's own; an unassigned expert refused", async () => {
    const id = submissions.shenyang!;
    const [first, second] = assignment.find((a) => a.achievementId === id)!.expertIds;
    const one = await asExpert(first!);
    const two = await asExpert(second!);
    const view = await one.get(`/api/achievements/${id}/expert-view`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ blind: true, teamSize: 2, round: 1, status: 'in_review' });
    expect(view.body.team).toBeUndefined();
    expect(JSON.stringify(view.body)).not.toMatch(/沈阳机床集团|申报人|idNumber|phone/);
    expect((await one.get(`/api/achievements/${id}/expert-scores`)).body).toMatchObject({ code: 'review.score_first' });

    // The expert reads the files; an expert not assigned does not.
    const attachmentId = view.body.attachments[0].attachmentId as string;
    const file = await one.download(`/api/achievements/${id}/attachments/${attachmentId}`);
    expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(file.body.equals(PDF)).toBe(true);
    const outsider = await asExpert(expertIds.get('expert-c')!);
    expect((await outsider.get(`/api/achievements/${id}/expert-view`)).status).toBe(403);
    expect((await outsider.download(`/api/achievements/${id}/attachments/${attachmentId}`)).status).toBe(403);
    const refused = await outsider.post(`/api/achievements/${id}/expert-scores`, {
      commandId: commandId(),
      scores: marks(80, 80, 80, 80),
      comment: '好',
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'review.not_assigned' } });

    const scored = await one.post(`/api/achievements/${id}/expert-scores`, {
      commandId: commandId(),
      scores: marks(90, 90, 90, 90),
      comment: '技术领先，效益显著',
    });
    expect(scored.body).toMatchObject({ events: ['AchievementScoredByExpert'] });
    // The other expert has not scored: the first one's score is closed to them (409 review.score_first).
    expect(await two.get(`/api/achievements/${id}/expert-scores`)).toMatchObject({ status: 409, body: { code: 'review.score_first' } });
    const own = await one.get(`/api/achievements/${id}/expert-scores`);
    expect(own.body).toEqual([expect.objectContaining({ expertId: first, weighted: '90/1', weightedFigure: 90 })]);
    const again = await one.post(`/api/achievements/${id}/expert-scores`, {
      commandId: commandId(),
      scores: marks(1, 1, 1, 1),
      comment: '改',
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'review.already_scored' } });
  });

  it('flags a spread beyond the threshold; the discussion asks for a re-score; the review score is the mean of the latest', async () => {
    const id = submissions.shenyang!;
    const [first, second] = assignment.find((a) => a.achievementId === id)!.expertIds;
    const one = await asExpert(first!);
    const two = await asExpert(second!);
    const flagged = await two.post(`/api/achievements/${id}/expert-scores`, {
      commandId: commandId(),
      scores: marks(70, 70, 70, 70),
      comment: '效益证明不足',
    });
    expect(flagged.body).toMatchObject({ events: ['AchievementScoredByExpert', 'AchievementReviewFlagged'] });
    expect((await two.get(`/api/achievements/${id}/expert-scores`)).body).toHaveLength(2);
    const overview = async () =>
      ((await organiser.get(`/api/trades/${tradeId}/expert-review`)).body as Array<Record<string, unknown>>).find(
        (r) => r.achievementId === id,
      )!;
    expect(await overview()).toMatchObject({ status: 'flagged', round: 1 });
    expect((await overview()).reviewScore).toBeUndefined();

    const discussion = await organiser.post(`/api/achievements/${id}/review-discussion`, {
      commandId: commandId(),
      discussion: '两位专家就效益证明讨论后，请重新评分',
    });
    expect(discussion.body).toMatchObject({ events: ['AchievementReviewDiscussed'] });
    // Round 2: closed again until one re-scores.
    expect((await two.get(`/api/achievements/${id}/expert-scores`)).body).toMatchObject({
      code: 'review.score_first',
      params: { round: 2 },
    });
    await one.post(`/api/achievements/${id}/expert-scores`, { commandId: commandId(), scores: marks(85, 84, 84, 84), comment: '维持领先' });
    const settled = await two.post(`/api/achievements/${id}/expert-scores`, {
      commandId: commandId(),
      scores: marks(80, 80, 80, 80),
      comment: '讨论后上调',
    });
    expect(settled.body).toMatchObject({ events: ['AchievementScoredByExpert', 'AchievementReviewSettled'] });
    // (84.3 + 80) / 2
    expect(await overview()).toMatchObject({
      status: 'settled',
      round: 2,
      reviewScore: '1643/20',
      reviewFigure: 82.15,
      discussions: [{ round: 1, discussion: '两位专家就效益证明讨论后，请重新评分' }],
    });
    const mine = (await one.get('/api/expert-reviews/mine')).body as Array<{ achievementId: string; scored: boolean }>;
    expect(mine).toContainEqual(expect.objectContaining({ achievementId: id, scored: true }));
  });
});
