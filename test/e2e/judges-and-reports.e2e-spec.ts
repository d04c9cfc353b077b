import { demoEmployers } from '#demo';
import { deterministicId } from '#application';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Judge accounts made by the organiser (created, logged in at once, put on a panel with their
 * employer and city, listed without password hashes) and the registration report per city and
 * per trade, through the public API of a real server.
 */
describe('judge accounts and registration reports', () => {
  let server: TestServer;
  let organiser: Client;
  let reviewer: Client;
  let tradeA: string;
  let tradeB: string;
  /** A trade written straight into the store with an empty panel: every demo panel is full. */
  const vacantTrade = 'e2e-vacant';
  const techEmployer = demoEmployers.find((e) => e.techBased)!;
  const plainEmployer = demoEmployers.find((e) => !e.techBased)!;

  const judge = (extra: Record<string, unknown> = {}) => ({
    commandId: commandId(),
    username: 'judge-liu-wei',
    displayName: '刘伟',
    password: 'a-long-password',
    role: 'judge',
    employer: { name: techEmployer.name, creditCode: techEmployer.creditCode },
    city: 'anshan',
    tradeIds: [vacantTrade],
    ...extra,
  });

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    reviewer = await new Client(server.url).login('reviewer-shenyang');
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number; panelSize: number }>;
    const individual = trades.filter((t) => t.teamSize === 1);
    [tradeA, tradeB] = [individual[0].id, individual[1].id];

    const template = (await organiser.get(`/api/catalogue/trades/${tradeA}`)).body;
    // The public view shows how many theory questions there are, not the key: the copy has no exam.
    const { lotsDrawn: _lotsDrawn, theory: _theory, ...definition } = template;
    const contestId = (await organiser.get('/api/catalogue/contest')).body.contestId;
    const id = `e2e/${vacantTrade}`;
    await server.store.append(
      `trade-${vacantTrade}`,
      [
        {
          id: deterministicId(id),
          type: 'TradeDefined',
          data: { contestId, trade: { ...definition, id: vacantTrade, name: 'E2E 空缺裁判组' } },
          metadata: {
            actor: { userId: 'system:e2e', role: 'system' },
            commandId: id,
            correlationId: id,
            causationId: id,
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  describe('judge accounts', () => {
    let judgeId: string;
    let chiefId: string;

    it('the organiser creates a judge who can log in at once', async () => {
      const created = await organiser.post('/api/users/judges', judge());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ userId: 'u-judge-liu-wei', username: 'judge-liu-wei', role: 'judge' });
      judgeId = created.body.userId;

      const login = await new Client(server.url).post('/api/auth/login', { username: 'judge-liu-wei', password: 'a-long-password' });
      expect(login.status).toBe(200);
      expect(login.body.user).toEqual({
        userId: judgeId,
        username: 'judge-liu-wei',
        displayName: '刘伟',
        role: 'judge',
        city: 'anshan',
        tradeIds: [vacantTrade],
        employer: { name: techEmployer.name, creditCode: techEmployer.creditCode },
      });
      expect(JSON.stringify(login.body)).not.toMatch(/passwordHash|argon2/);
    });

    it('answers a retried command with the same result and writes nothing new', async () => {
      const command = judge({ username: 'judge-retry', tradeIds: [tradeA] });
      const first = await organiser.post('/api/users/judges', command);
      const head = await server.quietHead();
      const again = await organiser.post('/api/users/judges', command);
      expect([first.status, again.status]).toEqual([201, 201]);
      expect(again.body).toEqual(first.body);
      expect(await server.quietHead()).toBe(head);
    });

    it('puts the new judges on a panel; their employer and city travel into the panel', async () => {
      const chief = await organiser.post(
        '/api/users/judges',
        judge({
          username: 'chief-zhao-lei',
          displayName: '赵磊',
          role: 'chief_judge',
          city: 'dalian',
          employer: { name: plainEmployer.name, creditCode: plainEmployer.creditCode },
        }),
      );
      expect(chief.status).toBe(201);
      chiefId = chief.body.userId;

      for (const [id, role] of [
        [judgeId, 'judge'],
        [chiefId, 'chief_judge'],
      ] as const) {
        const assigned = await organiser.post(`/api/trades/${vacantTrade}/judges`, { commandId: commandId(), judgeId: id, role });
        expect({ id, status: assigned.status, body: assigned.body }).toMatchObject({ id, status: 201 });
      }
      const assignments = (await server.store.readStream(`trade-${vacantTrade}`))
        .filter((e) => e.type === 'JudgeAssigned')
        .map((e) => e.data);
      expect(assignments).toEqual([
        expect.objectContaining({ judgeId, role: 'judge', employer: techEmployer.name, city: 'anshan' }),
        expect.objectContaining({ judgeId: chiefId, role: 'chief_judge', employer: plainEmployer.name, city: 'dalian' }),
      ]);

      const newJudge = await new Client(server.url).login('judge-liu-wei', 'a-long-password');
      const panel = await newJudge.get(`/api/trades/${vacantTrade}/panel`);
      expect(panel.status).toBe(200);
      expect(panel.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ judgeId, role: 'judge', username: 'judge-liu-wei' }),
          expect.objectContaining({ judgeId: chiefId, role: 'chief_judge', username: 'chief-zhao-lei' }),
        ]),
      );
    });

    it('lists judge accounts of a trade with their panels, never a password hash', async () => {
      const list = await organiser.get(`/api/users/judges?tradeId=${vacantTrade}`);
      expect(list.status).toBe(200);
      expect(list.body).toEqual([
        {
          userId: judgeId,
          username: 'judge-liu-wei',
          displayName: '刘伟',
          role: 'judge',
          city: 'anshan',
          employer: { name: techEmployer.name, creditCode: techEmployer.creditCode },
          tradeIds: [vacantTrade],
          panels: [{ tradeId: vacantTrade, role: 'judge' }],
          active: true,
        },
        expect.objectContaining({
          userId: chiefId,
          role: 'chief_judge',
          city: 'dalian',
          panels: [{ tradeId: vacantTrade, role: 'chief_judge' }],
        }),
      ]);

      const ofTradeA = (await organiser.get(`/api/users/judges?tradeId=${tradeA}`)).body as Array<{ username: string; role: string }>;
      expect(ofTradeA.map((j) => j.username)).toEqual(expect.arrayContaining([`chief-${tradeA}`, `judge-${tradeA}-1`, 'judge-retry']));
      expect(ofTradeA.every((j) => j.role === 'judge' || j.role === 'chief_judge')).toBe(true);

      const all = await organiser.get('/api/users/judges');
      expect(all.status).toBe(200);
      expect(all.body.length).toBeGreaterThan(ofTradeA.length);
      expect(all.body.some((j: { role: string }) => j.role !== 'judge' && j.role !== 'chief_judge')).toBe(false);
      expect(JSON.stringify(all.body)).not.toMatch(/passwordHash|argon2/);
    });

    it('refuses bad requests with a 4xx that says what is wrong, and writes nothing', async () => {
      const before = await server.quietHead();
      const badCheck = techEmployer.creditCode.slice(0, 17) + (techEmployer.creditCode[17] === '0' ? '1' : '0');
      const cases: Array<[string, Client, string, unknown, number, RegExp]> = [
        [
          'credit code outside the alphabet',
          organiser,
          'POST',
          judge({ username: 'j-bad-1', employer: { name: 'x', creditCode: 'IOSVZ0000000000000' } }),
          400,
          /GB 32100/,
        ],
        [
          'credit code with a wrong check character',
          organiser,
          'POST',
          judge({ username: 'j-bad-2', employer: { name: 'x', creditCode: badCheck } }),
          422,
          /GB 32100/,
        ],
        [
          'unknown trade',
          organiser,
          'POST',
          judge({ username: 'j-bad-3', tradeIds: [tradeA, 'no-such-trade'] }),
          404,
          /Unknown trade no-such-trade/,
        ],
        ['taken username (a demo account)', organiser, 'POST', judge({ username: 'organiser' }), 409, /username organiser is taken/],
        ['taken username (made here)', organiser, 'POST', judge(), 409, /taken/],
        [
          'short password',
          organiser,
          'POST',
          judge({ username: 'j-bad-4', password: 'short' }),
          400,
          /password must be longer than or equal to 8/,
        ],
        ['no trade', organiser, 'POST', judge({ username: 'j-bad-5', tradeIds: [] }), 400, /at least one trade/],
        ['not a judge role', organiser, 'POST', judge({ username: 'j-bad-6', role: 'organiser' }), 400, /role must be one of/],
        ['unknown city', organiser, 'POST', judge({ username: 'j-bad-7', city: 'beijing' }), 400, /city must be one of/],
        ['unknown field', organiser, 'POST', judge({ username: 'j-bad-8', isAdmin: true }), 400, /property isAdmin should not exist/],
        ['a reviewer creating a judge', reviewer, 'POST', judge({ username: 'j-bad-9' }), 403, /needs the role organiser/],
        ['no login', new Client(server.url), 'POST', judge({ username: 'j-bad-10' }), 401, /Log in first/],
      ];
      for (const [what, client, method, body, status, message] of cases) {
        const answer = await client.request<any>(method, '/api/users/judges', body);
        expect({ what, status: answer.status }).toEqual({ what, status });
        expect({ what, message: answer.body.message }).toEqual({ what, message: expect.stringMatching(message) });
      }
      expect(await server.quietHead()).toBe(before);

      expect(await reviewer.get('/api/users/judges')).toMatchObject({ status: 403, body: { message: expect.stringMatching(/organiser/) } });
      expect(await organiser.get('/api/users/judges?tradeId=no-such-trade')).toMatchObject({
        status: 404,
        body: { message: 'Unknown trade no-such-trade' },
      });
    });
  });

  describe('the registration report', () => {
    const person = (n: number) => ({ idNumber: residentId('1991-05-20', 100 + n), phone: `1391234${String(5000 + n)}` });
    const entries = new Map<string, string>();

    const enter = async (key: string, client: Client, tradeId: string, city: string, techBased: boolean, n: number) => {
      const employer = techBased ? techEmployer : plainEmployer;
      const answer = await client.post('/api/entries', {
        commandId: commandId(),
        tradeId,
        name: `选手${n}`,
        ...person(n),
        employer: { name: employer.name, creditCode: employer.creditCode, techBased },
        city,
        skillLevel: 'level-4',
      });
      expect({ key, status: answer.status, body: answer.body }).toMatchObject({ key, status: 201 });
      entries.set(key, answer.body.entryId);
    };
    const decide = async (client: Client, key: string, action: string) => {
      const body =
        action.endsWith('rejection') || action === 'withdrawal'
          ? { commandId: commandId(), reason: '名额已满' }
          : { commandId: commandId() };
      const answer = await client.post(`/api/entries/${entries.get(key)}/${action}`, body);
      expect({ key, action, status: answer.status, body: answer.body }).toMatchObject({ key, action, status: 200 });
    };

    it('counts entries and decisions per city and per trade, with rates and the tech-based share', async () => {
      const dalian = await new Client(server.url).login('reviewer-dalian');
      const anshan = await new Client(server.url).login('reviewer-anshan');
      // Trade A: shenyang S1 (tech) confirmed, S2 province-rejected, S3 (tech) city-rejected; dalian D1 awaiting the province, D2 (tech) awaiting the city.
      // Trade B: dalian D3 (tech) confirmed; anshan N1 city-rejected, N2 withdrawn before any decision.
      await enter('S1', reviewer, tradeA, 'shenyang', true, 1);
      await enter('S2', reviewer, tradeA, 'shenyang', false, 2);
      await enter('S3', reviewer, tradeA, 'shenyang', true, 3);
      await enter('D1', dalian, tradeA, 'dalian', false, 4);
      await enter('D2', dalian, tradeA, 'dalian', true, 5);
      await enter('D3', dalian, tradeB, 'dalian', true, 6);
      await enter('N1', anshan, tradeB, 'anshan', false, 7);
      await enter('N2', anshan, tradeB, 'anshan', false, 8);
      for (const key of ['S1', 'S2']) await decide(reviewer, key, 'city-approval');
      await decide(reviewer, 'S3', 'city-rejection');
      for (const key of ['D1', 'D3']) await decide(dalian, key, 'city-approval');
      await decide(anshan, 'N1', 'city-rejection');
      await decide(anshan, 'N2', 'withdrawal');
      for (const key of ['S1', 'D3']) await decide(organiser, key, 'confirmation');
      await decide(organiser, 'S2', 'province-rejection');

      const report = await organiser.get('/api/reports/registration');
      expect(report.status).toBe(200);
      const stats = (s: Partial<Record<string, number | null>>) => ({ pendingCity: 0, pendingProvince: 0, withdrawn: 0, ...s });
      expect(report.body.overall).toEqual(
        stats({
          submitted: 8,
          pendingCity: 1,
          cityApproved: 4,
          cityRejected: 2,
          pendingProvince: 1,
          confirmed: 2,
          provinceRejected: 1,
          withdrawn: 1,
          cityApprovalRate: 0.6667,
          confirmationRate: 0.6667,
          techBased: 4,
          techBasedShare: 0.5,
        }),
      );

      const byCity = new Map(report.body.byCity.map((c: { city: string }) => [c.city, c]));
      expect(byCity.size).toBe(14);
      expect(byCity.get('shenyang')).toEqual({
        city: 'shenyang',
        cityName: '沈阳',
        ...stats({
          submitted: 3,
          cityApproved: 2,
          cityRejected: 1,
          confirmed: 1,
          provinceRejected: 1,
          cityApprovalRate: 0.6667,
          confirmationRate: 0.5,
          techBased: 2,
          techBasedShare: 0.6667,
        }),
      });
      expect(byCity.get('dalian')).toMatchObject(
        stats({
          submitted: 3,
          pendingCity: 1,
          cityApproved: 2,
          cityRejected: 0,
          pendingProvince: 1,
          confirmed: 1,
          provinceRejected: 0,
          cityApprovalRate: 1,
          confirmationRate: 1,
          techBased: 2,
          techBasedShare: 0.6667,
        }),
      );
      expect(byCity.get('anshan')).toMatchObject(
        stats({
          submitted: 2,
          pendingCity: 0,
          withdrawn: 1,
          cityApproved: 0,
          cityRejected: 1,
          confirmed: 0,
          cityApprovalRate: 0,
          confirmationRate: null,
          techBased: 0,
          techBasedShare: 0,
        }),
      );
      expect(byCity.get('huludao')).toMatchObject(
        stats({ submitted: 0, cityApprovalRate: null, confirmationRate: null, techBasedShare: null }),
      );

      const byTrade = new Map(report.body.byTrade.map((t: { tradeId: string }) => [t.tradeId, t]));
      const catalogue = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; name: string; eventId: string }>;
      expect(report.body.byTrade.map((t: { tradeId: string }) => t.tradeId)).toEqual(expect.arrayContaining(catalogue.map((t) => t.id)));
      const a = catalogue.find((t) => t.id === tradeA)!;
      expect(byTrade.get(tradeA)).toEqual({
        tradeId: tradeA,
        tradeName: a.name,
        eventId: a.eventId,
        ...stats({
          submitted: 5,
          pendingCity: 1,
          cityApproved: 3,
          cityRejected: 1,
          pendingProvince: 1,
          confirmed: 1,
          provinceRejected: 1,
          cityApprovalRate: 0.75,
          confirmationRate: 0.5,
          techBased: 3,
          techBasedShare: 0.6,
        }),
      });
      expect(byTrade.get(tradeB)).toMatchObject(
        stats({
          submitted: 3,
          pendingCity: 0,
          withdrawn: 1,
          cityApproved: 1,
          cityRejected: 1,
          confirmed: 1,
          provinceRejected: 0,
          cityApprovalRate: 0.5,
          confirmationRate: 1,
          techBased: 1,
          techBasedShare: 0.3333,
        }),
      );
      expect(byTrade.get(vacantTrade)).toMatchObject(stats({ submitted: 0, cityApprovalRate: null }));

      // Figures only: no name, ID number or phone of anyone.
      const text = JSON.stringify(report.body);
      for (let n = 1; n <= 8; n++) {
        expect(text).not.toContain(person(n).idNumber);
        expect(text).not.toContain(person(n).phone);
        expect(text).not.toContain(`选手${n}`);
      }
    });

    it('is for the organiser only', async () => {
      expect(await reviewer.get('/api/reports/registration')).toMatchObject({
        status: 403,
        body: { message: expect.stringMatching(/needs the role organiser/) },
      });
      const judgeClient = await new Client(server.url).login(`judge-${tradeA}-1`);
      expect((await judgeClient.get('/api/reports/registration')).status).toBe(403);
      expect(await new Client(server.url).get('/api/reports/registration')).toMatchObject({
        status: 401,
        body: { message: expect.stringMatching(/Log in first/) },
      });
    });

    it('gives the same figures after a restart (rebuilt from the store)', async () => {
      const before = (await organiser.get('/api/reports/registration')).body;
      await server.close();
      server = await startServer({}, server);
      organiser = await new Client(server.url).login('organiser');
      // The same figures; the position has moved on by the login (it records its session).
      expect((await organiser.get('/api/reports/registration')).body).toEqual({ ...before, position: before.position + 1 });
    });
  });
});
