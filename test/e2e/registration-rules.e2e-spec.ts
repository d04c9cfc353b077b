import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/** Registration's rules through the API: team size, age, recent champions, one person one trade, quotas, withdrawal, deadline. */
describe('registration rules', () => {
  let server: TestServer;
  let organiser: Client;
  let shenyang: Client;
  let trades: Array<{ id: string; teamSize: number; registration?: { quotaPerCity?: number } }>;
  let individual: string;
  let other: string;
  let teamTrade: { id: string; teamSize: number };
  let sequence = 100;

  const employer = demoEmployers.find((e) => e.city === 'shenyang')!;
  const person = (birth = '1990-03-07') => ({
    idNumber: residentId(birth, sequence++),
    phone: `1390000${String(sequence).padStart(4, '0')}`,
  });
  const entry = (tradeId: string, extra: Record<string, unknown> = {}) => ({
    commandId: commandId(),
    tradeId,
    name: `选手${sequence}`,
    ...person(),
    employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
    city: 'shenyang',
    skillLevel: 'level-4',
    ...extra,
  });

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    shenyang = await new Client(server.url).login('reviewer-shenyang');
    trades = (await organiser.get('/api/catalogue/trades')).body;
    const individuals = trades.filter((t) => t.teamSize === 1);
    individual = individuals[0].id;
    other = individuals[1].id;
    teamTrade = trades.find((t) => t.teamSize > 1)!;
  });
  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('takes a team as a captain and its members, and refuses a team of the wrong size', async () => {
    const members = Array.from({ length: teamTrade.teamSize - 1 }, (_, i) => ({ name: `队员${i + 1}`, ...person('1992-02-02') }));
    const ok = await shenyang.post('/api/entries', entry(teamTrade.id, { members }));
    expect(ok.status).toBe(201);
    const listed = (await shenyang.get(`/api/entries?tradeId=${teamTrade.id}`)).body;
    expect(listed[0].members).toHaveLength(teamTrade.teamSize - 1);
    expect(listed[0].members[0].idNumber).toMatch(/^2101\*{10}\d{3}[\dX]$/);

    const short = await shenyang.post('/api/entries', entry(teamTrade.id, { members: members.slice(1) }));
    expect(short).toMatchObject({
      status: 422,
      body: { message: expect.stringMatching(/Team size rule/), fields: { members: expect.any(Array) } },
    });
  });

  it('refuses a person outside the age window, naming the rule and the field', async () => {
    const tooOld = await shenyang.post('/api/entries', entry(individual, person('1960-01-01')));
    expect(tooOld).toMatchObject({ status: 422, body: { message: expect.stringMatching(/^Age rule: .* this trade takes 18–55$/) } });
    expect(Object.keys(tooOld.body.fields)).toEqual(['idNumber']);
  });

  it('applies the rules the organiser sets for a trade', async () => {
    const thirtyFive = person('1990-01-01');
    const ruled = trades.filter((t) => t.teamSize === 1)[3].id;
    const set = await organiser.put(`/api/trades/${ruled}/registration-rules`, {
      commandId: commandId(),
      ageWindow: { min: 18, max: 30 },
      quotaPerCity: 3,
    });
    expect(set.status).toBe(200);
    const refused = await shenyang.post('/api/entries', entry(ruled, thirtyFive));
    expect(refused).toMatchObject({ status: 422, body: { message: expect.stringMatching(/this trade takes 18–30$/) } });
    expect((await organiser.get(`/api/catalogue/trades/${ruled}`)).body.registration).toEqual({
      ageWindow: { min: 18, max: 30 },
      quotaPerCity: 3,
    });

    const unsound = await organiser.put(`/api/trades/${ruled}/registration-rules`, { commandId: commandId(), quotaPerCity: 0 });
    expect(unsound).toMatchObject({ status: 422, body: { fields: { quotaPerCity: expect.any(Array) } } });
    expect((await shenyang.put(`/api/trades/${ruled}/registration-rules`, { commandId: commandId(), quotaPerCity: 9 })).status).toBe(403);
  });

  it('refuses a recent first-prize winner once the organiser has recorded the prize', async () => {
    const champion = entry(individual);
    const year = (await organiser.get('/api/catalogue/contest')).body.year - 1;
    expect(
      (await organiser.post(`/api/trades/${individual}/prior-first-prizes`, { commandId: commandId(), idNumber: champion.idNumber, year }))
        .status,
    ).toBe(201);
    const refused = await shenyang.post('/api/entries', champion);
    expect(refused).toMatchObject({
      status: 422,
      body: { message: expect.stringMatching(/^Recent champion rule: .* won a first prize in this trade in \d{4}/) },
    });
    // Another trade is fine: the rule is per trade.
    expect((await shenyang.post('/api/entries', { ...champion, commandId: commandId(), tradeId: other })).status).toBe(201);
  });

  it('keeps one person in one trade, across individual and team entries, until a withdrawal frees them', async () => {
    const first = entry(individual);
    const entered = await shenyang.post('/api/entries', first);
    expect(entered.status).toBe(201);
    const again = await shenyang.post('/api/entries', { ...first, commandId: commandId(), tradeId: other });
    expect(again).toMatchObject({ status: 409, body: { message: expect.stringMatching(/already has an entry/) } });

    // The same person as a member of someone else's team.
    const asMember = entry(teamTrade.id, {
      members: [
        { name: first.name, idNumber: first.idNumber, phone: first.phone },
        ...Array.from({ length: teamTrade.teamSize - 2 }, () => ({ name: '队员', ...person() })),
      ],
    });
    const refused = await shenyang.post('/api/entries', asMember);
    expect(refused).toMatchObject({
      status: 409,
      body: { message: expect.stringMatching(/One person, one trade: .* is already entered in trade/) },
    });
    // Nobody of the refused team stays enrolled: its captain can enter alone.
    expect((await shenyang.post('/api/entries', { ...asMember, commandId: commandId(), tradeId: other, members: [] })).status).toBe(201);

    const withdrawn = await shenyang.post(`/api/entries/${entered.body.entryId}/withdrawal`, {
      commandId: commandId(),
      reason: '单位工作安排',
    });
    expect(withdrawn.status).toBe(200);
    expect((await shenyang.get(`/api/entries/${entered.body.entryId}`)).body).toMatchObject({
      status: 'withdrawn',
      reason: '单位工作安排',
    });
    expect((await shenyang.post('/api/entries', { ...first, commandId: commandId(), tradeId: other })).status).toBe(201);
  });

  it('stops a city at its quota, and frees the slot of an entry the province rejects', async () => {
    const quotaTrade = trades.filter((t) => t.teamSize === 1)[2];
    const quota = quotaTrade.registration!.quotaPerCity!;
    const ids: string[] = [];
    for (let i = 0; i <= quota; i++) ids.push((await shenyang.post('/api/entries', entry(quotaTrade.id))).body.entryId);
    for (const id of ids.slice(0, quota))
      expect((await shenyang.post(`/api/entries/${id}/city-approval`, { commandId: commandId() })).status).toBe(200);

    const before = await server.quietHead();
    const overQuota = await shenyang.post(`/api/entries/${ids[quota]}/city-approval`, { commandId: commandId() });
    expect(overQuota).toMatchObject({
      status: 409,
      body: { message: `The quota of shenyang in trade ${quotaTrade.id} is full: ${quota} entries approved` },
    });
    expect(await server.quietHead()).toBe(before);

    expect((await organiser.post(`/api/entries/${ids[0]}/province-rejection`, { commandId: commandId(), reason: '材料不全' })).status).toBe(
      200,
    );
    expect((await shenyang.post(`/api/entries/${ids[quota]}/city-approval`, { commandId: commandId() })).status).toBe(200);
  });

  it('closes registration at the deadline: no entry and no withdrawal after it', async () => {
    const open = await shenyang.post('/api/entries', entry(individual));
    expect(
      (await organiser.post('/api/registration/deadline', { commandId: commandId(), closesAt: '2020-01-01T00:00:00+08:00' })).status,
    ).toBe(200);
    const late = await shenyang.post('/api/entries', entry(individual));
    expect(late).toMatchObject({ status: 409, body: { message: 'Registration closed at 2019-12-31T16:00:00.000Z' } });
    const lateWithdrawal = await shenyang.post(`/api/entries/${open.body.entryId}/withdrawal`, { commandId: commandId() });
    expect(lateWithdrawal.status).toBe(409);
    expect((await shenyang.post('/api/registration/deadline', { commandId: commandId(), closesAt: '2030-01-01T00:00:00Z' })).status).toBe(
      403,
    );
  });
});
