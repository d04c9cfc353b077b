import { createHash } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { demoEmployers } from '#demo';
import { CITIES } from '#domain';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer, until } from '../support/test-server.js';

/**
 * Resident ID numbers and phones are personal data: never public, masked for whoever logs in.
 * A contest is seeded through the API (entries in two trades, decisions, a draw, marks), then
 * every GET endpoint of the OpenAPI document is called, anonymously and with each role's token,
 * with its path parameters filled with real ids, and every payload of the live boards is kept.
 * No response may hold a full ID number or phone. The endpoints are discovered, not listed: a new
 * GET endpoint is checked as soon as it is in the OpenAPI document, and one with a path parameter
 * this test cannot fill fails the test until a value is added to `pathValues`.
 */

interface Person {
  key: string;
  name: string;
  idNumber: string;
  phone: string;
  city: string;
  tradeId: string;
  entryId?: string;
  /** A team member: the key of the captain whose entry lists them. */
  captain?: string;
}

interface Answer {
  who: string;
  url: string;
  status: number;
  text: string;
}

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: unknown[] };
}

/** Masks as the domain makes them: `2101**********1234`, `138****5678`. */
const maskedId = (id: string) => id.slice(0, 4) + '*'.repeat(10) + id.slice(14);
const maskedPhone = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;
const MASKED_ID = /^[\dX]{4}\*{10}[\dX]{4}$/;
const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;

describe('personal data (ID numbers, phones) never leave the server unmasked', () => {
  let server: TestServer;
  let organiser: Client;
  let docs: { paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };
  const people: Person[] = [];
  /** The members of an achievement (docs/achievements.md): their ID numbers and phones are sealed and masked too. */
  const achievementMembers: Array<{ key: string; idNumber: string; phone: string }> = [];
  let achievementId: string;
  let attachmentId: string;
  /** Clients by who they are: anonymous, organiser, reviewers, contestant, judges, arbitration. */
  const clients = new Map<string, Client>();
  let tradeA: string;
  let tradeB: string;
  /** A team trade: the members' ID numbers and phones are personal data too. */
  let tradeC: string;
  let contestId: string;
  const eventIds = new Set<string>();
  const judgeIds: string[] = [];
  const competitorNumbers = new Set<number>();
  let cityS: string;
  let cityD: string;
  let cityN: string;
  /** Everything the live gateway sent: event name and payload (acks included). */
  const socketPayloads: Array<{ event: string; payload: unknown }> = [];
  const sockets: Socket[] = [];
  const joinedBoards: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    docs = (await new Client(server.url).get('/api/docs-json')).body;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server.close();
    removeFilesOf(server);
  });

  it('seeds a contest through the API: entries in two trades, decisions, a draw, spectators, marks', async () => {
    contestId = (await organiser.get('/api/catalogue/contest')).body.contestId;
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{
      id: string;
      eventId: string;
      teamSize: number;
      panelSize: number;
    }>;
    const individual = trades.filter((t) => t.teamSize === 1 && t.panelSize === 3);
    [tradeA, tradeB] = [individual[0].id, individual[1].id];
    const team = trades.find((t) => t.teamSize > 1)!;
    tradeC = team.id;
    for (const t of [tradeA, tradeB, tradeC]) eventIds.add(trades.find((x) => x.id === t)!.eventId);

    // People whose employer and city no panel member shares, so that no conflict of interest stops a mark.
    const panels = new Map<string, Array<{ userId: string; role: string; city?: string; employer?: { name: string } }>>();
    for (const t of [tradeA, tradeB]) {
      panels.set(t, (await organiser.get(`/api/users/judges?tradeId=${t}`)).body);
      judgeIds.push(...panels.get(t)!.map((j) => j.userId));
    }
    const judges = [...panels.values()].flat();
    const busyCities = new Set(judges.map((j) => j.city));
    const busyEmployers = new Set(judges.map((j) => j.employer?.name));
    [cityS, cityD, cityN] = CITIES.map((c) => c.id).filter((c) => !busyCities.has(c));
    expect(cityN).toBeDefined();
    const employers = demoEmployers.filter((e) => !busyEmployers.has(e.name));
    const employer = (n: number) => {
      const e = employers[n % employers.length];
      return { name: e.name, creditCode: e.creditCode, techBased: e.techBased };
    };

    // P1 enters themself; the others are entered by their city's reviewer.
    const plan: Array<[key: string, city: string, tradeId: string]> = [
      ['P1', cityS, tradeA],
      ['P2', cityS, tradeA],
      ['P3', cityD, tradeA],
      ['P4', cityD, tradeB],
      ['P5', cityN, tradeB],
      ['P6', cityN, tradeB],
      ['P7', cityS, tradeB],
      ['P8', cityD, tradeA],
    ];
    plan.push(['P9', cityS, tradeC]);
    plan.forEach(([key, city, tradeId], i) =>
      people.push({
        key,
        city,
        tradeId,
        name: `隐私测试${i + 1}`,
        idNumber: residentId('1987-09-14', 200 + i),
        phone: `1357246${8100 + i}`,
      }),
    );
    // P9 captains a team; its members are entered with it.
    for (let m = 1; m < team.teamSize; m++) {
      people.push({
        key: `P9-M${m}`,
        captain: 'P9',
        city: cityS,
        tradeId: tradeC,
        name: `队员${m}`,
        idNumber: residentId('1992-02-29', 300 + m),
        phone: `1367246${8200 + m}`,
      });
    }

    const anonymous = new Client(server.url);
    clients.set('anonymous', anonymous);
    expect(
      (
        await anonymous.post('/api/auth/sign-up', {
          commandId: commandId(),
          username: 'pd-contestant',
          password: 'privacy-matters',
          displayName: people[0].name,
        })
      ).status,
    ).toBe(201);
    const contestant = await new Client(server.url).login('pd-contestant', 'privacy-matters');
    clients.set('contestant', contestant);
    clients.set('organiser', organiser);
    for (const city of [cityS, cityD, cityN]) clients.set(`reviewer-${city}`, await new Client(server.url).login(`reviewer-${city}`));
    clients.set('arbitration', await new Client(server.url).login('arbitration'));

    for (const [i, p] of people.entries()) {
      if (p.captain) continue;
      const by = p.key === 'P1' ? contestant : clients.get(`reviewer-${p.city}`)!;
      const { key: _key, entryId: _entryId, captain: _captain, ...details } = p;
      const members = people.filter((m) => m.captain === p.key).map(({ name, idNumber, phone }) => ({ name, idNumber, phone }));
      const answer = await by.post('/api/entries', {
        commandId: commandId(),
        ...details,
        employer: employer(i),
        skillLevel: 'level-3',
        ...(members.length > 0 ? { members } : {}),
      });
      expect({ key: p.key, status: answer.status, body: answer.body }).toMatchObject({ key: p.key, status: 201 });
      p.entryId = answer.body.entryId;
    }
    for (const m of people) if (m.captain) m.entryId = people.find((p) => p.key === m.captain)!.entryId;
    const person = (key: string) => people.find((p) => p.key === key)!;
    const decide = async (key: string, action: string, by: Client) => {
      const body = action.endsWith('rejection') ? { commandId: commandId(), reason: `不符合条件 ${key}` } : { commandId: commandId() };
      const answer = await by.post(`/api/entries/${person(key).entryId}/${action}`, body);
      expect({ key, action, status: answer.status, body: answer.body }).toMatchObject({ key, action, status: 200 });
    };
    for (const key of ['P1', 'P2', 'P3', 'P4', 'P6', 'P7', 'P9'])
      await decide(key, 'city-approval', clients.get(`reviewer-${person(key).city}`)!);
    await decide('P5', 'city-rejection', clients.get(`reviewer-${cityN}`)!);
    for (const key of ['P1', 'P2', 'P3', 'P4', 'P7', 'P9']) await decide(key, 'confirmation', organiser);
    await decide('P6', 'province-rejection', organiser);
    // P8 stays submitted.

    // An achievement of a review trade (docs/achievements.md) by the contestant, with a team of two: submitted, so its city and the organiser read it too.
    const events = (await organiser.get('/api/catalogue/events')).body as Array<{ kind?: string; tradeIds: string[] }>;
    const reviewTrade = events.find((e) => e.kind === 'achievement')!.tradeIds[0]!;
    for (let m = 0; m < 2; m++)
      achievementMembers.push({ key: `A-M${m}`, idNumber: residentId('1979-05-20', 400 + m), phone: `1377246${8300 + m}` });
    const drafted = await contestant.post('/api/achievements', {
      commandId: commandId(),
      tradeId: reviewTrade,
      city: cityS,
      title: '隐私测试成果',
      category: 'technical_innovation',
      summary: '成果简介',
      members: achievementMembers.map((m, i) => ({ name: `成果成员${i}`, idNumber: m.idNumber, phone: m.phone, employer: '隐私测试单位' })),
      benefits: [],
    });
    expect(drafted.status).toBe(201);
    achievementId = drafted.body.achievementId;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const attached = await contestant.upload(
      `/api/achievements/${achievementId}/attachments`,
      { name: 'photo.png', content: png, type: 'image/png' },
      { commandId: commandId() },
    );
    expect(attached.status).toBe(201);
    attachmentId = attached.body.attachment.attachmentId;
    expect((await contestant.post(`/api/achievements/${achievementId}/submission`, { commandId: commandId() })).status).toBe(200);

    // The draw. Commit-then-draw where the API has it (the SHA-256 of the seed first), else a direct draw.
    const commits = '/api/trades/{tradeId}/draw/commitment' in docs.paths;
    for (const tradeId of [tradeA, tradeB, tradeC]) {
      const seed = `personal-data-${tradeId}`;
      if (commits) {
        const commitment = createHash('sha256').update(seed).digest('hex');
        const committed = await organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment });
        expect({ tradeId, status: committed.status, body: committed.body }).toMatchObject({ tradeId, status: 201 });
      }
      const drawn = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed });
      expect({ tradeId, status: drawn.status, body: drawn.body }).toMatchObject({ tradeId, status: 201 });
      const numbers = (await organiser.get(`/api/trades/${tradeId}/competitors`)).body as Array<{ competitorNumber: number }>;
      expect(numbers.length).toBe({ [tradeA]: 3, [tradeB]: 2, [tradeC]: 1 }[tradeId]);
      for (const { competitorNumber } of numbers) competitorNumbers.add(competitorNumber);
    }

    // Spectators join every trade's board, and whatever other boards answer, before the marks.
    const candidates = [
      ...trades.map((t) => `trade:${t.id}`),
      ...[...eventIds].map((id) => `event:${id}`),
      ...CITIES.map((c) => `city:${c.id}`),
      'medals',
      'city-medals',
      'tech-share',
    ];
    const spectator = connect(server.url);
    const boardA = connect(server.url);
    sockets.push(spectator, boardA);
    const joins = await Promise.all(candidates.map((board) => join(spectator, board)));
    joinedBoards.push(...candidates.filter((_, i) => joins[i] !== undefined));
    expect(joinedBoards).toEqual(expect.arrayContaining(trades.map((t) => `trade:${t.id}`)));
    expect(await join(boardA, `trade:${tradeA}`)).toBeDefined();

    // Judges of both panels mark the first two aspects of every competitor: deltas flow.
    for (const tradeId of [tradeA, tradeB]) {
      const scheme = (await organiser.get(`/api/catalogue/trades/${tradeId}`)).body.scheme;
      const aspects = scheme.subCriteria.flatMap((s: { aspects: unknown[] }) => s.aspects).slice(0, 2) as Array<{
        id: string;
        type: string;
        maxMark: number;
      }>;
      const panel = panels.get(tradeId)!.filter((j) => j.role === 'judge');
      const judges = await Promise.all(panel.map(async (j) => new Client(server.url).login(j.userId.replace(/^u-/, ''))));
      clients.set(`judge-${tradeId}`, judges[0]);
      clients.set(`chief-${tradeId}`, await new Client(server.url).login(`chief-${tradeId}`));
      const numbers = ((await organiser.get(`/api/trades/${tradeId}/competitors`)).body as Array<{ competitorNumber: number }>).map(
        (c) => c.competitorNumber,
      );
      for (const competitorNumber of numbers) {
        for (const aspect of aspects) {
          const markers = aspect.type === 'judgement' ? judges : [judges[0]];
          for (const judge of markers) {
            const mark = aspect.type === 'judgement' ? 2 : aspect.maxMark;
            const answer = await judge.post(`/api/trades/${tradeId}/marks`, {
              commandId: commandId(),
              competitorNumber,
              aspectId: aspect.id,
              mark,
            });
            expect({ tradeId, competitorNumber, aspect: aspect.id, status: answer.status, body: answer.body }).toMatchObject({
              status: 201,
            });
          }
        }
      }
    }
    const deltasOf = (board: string) =>
      socketPayloads.filter((p) => p.event === 'board:delta' && (p.payload as { board?: string }).board === board);
    await until(
      () =>
        [tradeA, tradeB].every((t) =>
          deltasOf(`trade:${t}`).some((d) =>
            (d.payload as { rows: Array<{ markedAspects: number }> }).rows.some((r) => r.markedAspects >= 2),
          ),
        ),
      20_000,
      'deltas with marked aspects on both boards',
    );
  }, 60_000);

  it('no socket payload on /live holds an ID number or a phone (snapshots, deltas, acks)', () => {
    expect(socketPayloads.filter((p) => p.event === 'board:snapshot').length).toBeGreaterThanOrEqual(joinedBoards.length);
    expect(socketPayloads.filter((p) => p.event === 'board:delta').length).toBeGreaterThan(0);
    // The boards name the contestants (public), but nothing more personal.
    expect(JSON.stringify(socketPayloads)).toContain(people[0].name);
    expect(
      leaksIn(socketPayloads.map((p) => ({ who: 'spectator', url: `socket ${p.event}`, status: 0, text: JSON.stringify(p.payload) }))),
    ).toEqual([]);
  });

  it('no public GET endpoint (discovered from the OpenAPI document) holds an ID number or a phone', async () => {
    const anonymous = await callEverything(clients.get('anonymous')!, 'anonymous');
    const open = anonymous.filter((a) => a.status < 400);
    // Discovery works: the known public endpoints are among those answered.
    for (const path of [
      '/api/catalogue/trades',
      `/api/catalogue/trades/${tradeA}`,
      `/api/trades/${tradeA}/board`,
      '/api/health',
      '/api/docs-json',
      '/live',
    ]) {
      expect(open.map((a) => a.url)).toContain(path);
    }
    // Nothing protected answers without a token.
    expect(
      anonymous
        .filter((a) => a.url.startsWith('/api/entries') || a.url.startsWith('/api/users') || a.url.startsWith('/api/reports'))
        .map((a) => [a.url, a.status]),
    ).toEqual(
      anonymous
        .filter((a) => a.url.startsWith('/api/entries') || a.url.startsWith('/api/users') || a.url.startsWith('/api/reports'))
        .map((a) => [a.url, 401]),
    );
    expect(leaksIn(anonymous)).toEqual([]);
  }, 120_000);

  it('every GET endpoint masks them for each logged-in role, and the entry views show the masks', async () => {
    const answers: Answer[] = [];
    for (const [who, client] of clients) if (who !== 'anonymous') answers.push(...(await callEverything(client, who)));
    expect(leaksIn(answers)).toEqual([]);
    expect(unmaskedFieldsIn(answers)).toEqual([]);

    const text = (who: string, url: string) => answers.find((a) => a.who === who && a.url === url)!.text;
    // The organiser sees every entry, masked.
    const all = text('organiser', '/api/entries');
    for (const p of people) {
      expect(all).toContain(maskedId(p.idNumber));
      expect(all).toContain(maskedPhone(p.phone));
    }
    // A reviewer sees the entries of its city only, masked.
    for (const city of [cityS, cityD, cityN]) {
      const own = text(`reviewer-${city}`, '/api/entries');
      for (const p of people) {
        expect({ city, person: p.key, shown: own.includes(maskedId(p.idNumber)) }).toEqual({ city, person: p.key, shown: p.city === city });
      }
    }
    // The contestant sees their own entry, masked; one entry by id, for the organiser too.
    const [self] = people;
    expect(JSON.parse(text('contestant', '/api/entries/mine'))).toMatchObject({
      idNumber: maskedId(self.idNumber),
      phone: maskedPhone(self.phone),
    });
    expect(JSON.parse(text('organiser', `/api/entries/${self.entryId}`))).toMatchObject({
      idNumber: maskedId(self.idNumber),
      phone: maskedPhone(self.phone),
    });
    expect(maskedId(self.idNumber)).toMatch(/^2101\*{10}\d{3}[\dX]$/);
    // Every GET of every role, enum query values included (the desk's, the PDFs): minutes on a loaded machine.
  }, 180_000);

  /** Values for the path parameters of the documented GET endpoints. */
  function pathValues(): Record<string, string[]> {
    const entryIds = people.filter((p) => !p.captain).map((p) => p.entryId!);
    return {
      tradeId: [tradeA, tradeB, tradeC],
      entryId: entryIds,
      eventId: [...eventIds],
      city: [cityS, cityD],
      cityId: [cityS, cityD],
      competitorNumber: [...competitorNumbers].map(String),
      judgeId: judgeIds.slice(0, 2),
      userId: [judgeIds[0], 'u-pd-contestant'],
      contestId: [contestId],
      board: [`trade:${tradeA}`],
      boardId: [`trade:${tradeA}`],
      // No correction exists here: the preview answers 404, which must not leak either.
      correctionId: ['no-such-correction'],
      aspectId: ['no-such-aspect'],
      // An achievement and its attachment (docs/achievements.md).
      achievementId: [achievementId],
      attachmentId: [attachmentId],
      // The working-day calendar of a year (docs/working-days.md).
      year: ['2026'],
      // The catalogue workbook's sheets (docs/setting-up-an-edition.md).
      sheet: ['events', 'trades', 'scheme'],
      // Time travel: a moment in the middle of the setup, and now.
      at: ['5', new Date().toISOString()],
    };
  }

  /** Every documented GET path with its parameters filled, plus the pages outside the document. */
  function urls(): string[] {
    const values = pathValues();
    const found = new Set<string>(['/api/docs-json', '/api/docs', '/live']);
    for (const [template, operations] of Object.entries(docs.paths)) {
      const get = operations.get;
      if (!get) continue;
      const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const missing = names.filter((n) => !values[n]);
      if (missing.length > 0)
        throw new Error(`GET ${template}: add values for the path parameter(s) ${missing.join(', ')} to pathValues()`);
      const paths = names.reduce(
        (partial, name) => partial.flatMap((p) => values[name].map((v) => p.replace(`{${name}}`, encodeURIComponent(v)))),
        [template],
      );
      for (const path of paths) {
        found.add(path);
        for (const parameter of get.parameters ?? []) {
          if (parameter.in !== 'query') continue;
          const options = values[parameter.name] ?? (parameter.schema?.enum ?? []).map(String);
          if (options.length === 0 && parameter.required)
            throw new Error(`GET ${template}: add values for the query parameter ${parameter.name} to pathValues()`);
          for (const option of options) found.add(`${path}?${parameter.name}=${encodeURIComponent(option)}`);
        }
      }
    }
    return [...found];
  }

  async function callEverything(client: Client, who: string): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (const url of urls()) {
      const response = await fetch(client.baseUrl + url, { headers: client.token ? { authorization: `Bearer ${client.token}` } : {} });
      answers.push({ who, url, status: response.status, text: await response.text() });
    }
    expect(answers.filter((a) => a.status >= 500).map((a) => `${a.who} ${a.url} ${a.status}`)).toEqual([]);
    return answers;
  }

  /** Where a full ID number, a full phone or a password hash shows up. */
  function leaksIn(answers: Answer[]): string[] {
    const leaks: string[] = [];
    for (const a of answers) {
      for (const p of [...people, ...achievementMembers]) {
        if (a.text.includes(p.idNumber)) leaks.push(`${a.who} ${a.url}: ID number of ${p.key}`);
        if (a.text.includes(p.phone)) leaks.push(`${a.who} ${a.url}: phone of ${p.key}`);
      }
      // A password hash in the clear; the audit export carries the field sealed (`pii:1:…`), which is no leak.
      if (/"passwordHash":"(?!pii:)|\$argon2/.test(a.text)) leaks.push(`${a.who} ${a.url}: a password hash`);
    }
    return leaks;
  }

  /** Any JSON field named like an ID number or a phone whose value is not masked, anyone's. */
  function unmaskedFieldsIn(answers: Answer[]): string[] {
    const found: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) {
        for (const v of value) visit(v, where);
        return;
      }
      if (!value || typeof value !== 'object') return;
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && /id_?number/i.test(key) && !MASKED_ID.test(v)) found.push(`${where}: ${key}=${v}`);
        else if (typeof v === 'string' && /phone/i.test(key) && !MASKED_PHONE.test(v)) found.push(`${where}: ${key}=${v}`);
        else visit(v, where);
      }
    };
    for (const a of answers) {
      try {
        visit(JSON.parse(a.text), `${a.who} ${a.url}`);
      } catch {
        // Not JSON (an HTML page): the plain text search covers it.
      }
    }
    return found;
  }

  function connect(url: string): Socket {
    const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true });
    socket.onAny((event, payload) => socketPayloads.push({ event, payload }));
    return socket;
  }

  /** Joins a board; the snapshot (also kept as an ack), or undefined when the server knows no such board. */
  async function join(socket: Socket, board: string): Promise<unknown> {
    try {
      const ack = await socket.timeout(1500).emitWithAck('board:join', { board });
      if (ack !== undefined && ack !== null) socketPayloads.push({ event: 'ack board:join', payload: ack });
      // A refused join is acknowledged with the refusal ({ status, message }): not a joined board.
      const refused = typeof ack === 'object' && ack !== null && 'status' in ack && Number((ack as { status: unknown }).status) >= 400;
      return refused ? undefined : (ack ?? undefined);
    } catch {
      return undefined;
    }
  }
});
