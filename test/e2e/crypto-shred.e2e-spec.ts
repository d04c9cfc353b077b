import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StreamStateCache } from '#application';
import { demoEmployers } from '#demo';
import { FORGOTTEN } from '#domain';
import { ChainVerifier } from '#event-store';
import { APP_CONFIG, type AppConfig, personKey } from '#platform';
import { ProjectionsService } from '../../apps/api/src/projections/projections.service.js';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Crypto-shredding: a forgotten person's ID number and phone were only ever stored encrypted with
 * their own key; once the key is deleted no trace of them is left in the SQLite files (WAL included),
 * the read models, the write-side cache, any GET endpoint or the audit export, while the rest of the
 * history stays readable and the hash chain over the stored events still verifies.
 */

interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

const person = (name: string, sequence: number, phone: string): Person => ({ name, idNumber: residentId('1989-04-12', sequence), phone });
const employer = (i: number) => ({
  name: demoEmployers[i].name,
  creditCode: demoEmployers[i].creditCode,
  techBased: demoEmployers[i].techBased,
});

/** The bytes of a SQLite database as they are on disk, the file and its WAL, after a checkpoint. */
function bytesOf(file: string): Buffer {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch {
      return Buffer.alloc(0);
    }
  };
  return Buffer.concat([read(file), read(`${file}-wal`)]);
}

/** Every string held anywhere in an object graph (maps, sets, arrays, class instances). */
function stringsIn(root: unknown): string[] {
  const found: string[] = [];
  const seen = new WeakSet<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') found.push(value);
    else if (value !== null && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
      else if (value instanceof Set || Array.isArray(value)) for (const v of value) stack.push(v);
      else for (const v of Object.values(value)) stack.push(v);
    }
  }
  return found;
}

describe('forgetting a person (crypto-shredding)', () => {
  let server: TestServer;
  let organiser: Client;
  let shenyang: Client;
  let individualTrade: string;
  let teamTrade: { id: string; teamSize: number };
  // P is forgotten by ID number; the team (captain R, members) by entry id; Q stays.
  const P = person('郑伟', 41, '13800138041');
  const Q = person('冯敏', 42, '13800138042');
  const R = person('陈刚', 43, '13800138043');
  const members = [person('褚红', 44, '13800138044'), person('卫东', 45, '13800138045')];
  const entryIds: Record<'P' | 'Q' | 'team', string> = { P: '', Q: '', team: '' };
  const forgotten = () => [P, R, ...members];
  const secrets = (people: Person[]) => people.flatMap((p) => [p.idNumber, p.phone]);

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    shenyang = await new Client(server.url).login('reviewer-shenyang');
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number }>;
    individualTrade = trades.find((t) => t.teamSize === 1)!.id;
    teamTrade = trades.find((t) => t.teamSize > 1)!;
    const enter = async (who: Person, tradeId: string, i: number, team: Person[] = []) => {
      const answer = await shenyang.post('/api/entries', {
        commandId: commandId(),
        tradeId,
        ...who,
        employer: employer(i),
        city: 'shenyang',
        skillLevel: 'level-3',
        ...(team.length > 0 ? { members: team } : {}),
      });
      expect(answer.status).toBe(201);
      return answer.body.entryId as string;
    };
    entryIds.P = await enter(P, individualTrade, 1);
    entryIds.Q = await enter(Q, individualTrade, 2);
    entryIds.team = await enter(R, teamTrade.id, 3, members.slice(0, teamTrade.teamSize - 1));
    expect((await shenyang.post(`/api/entries/${entryIds.P}/city-approval`, { commandId: commandId() })).status).toBe(200);
  }, 60_000);

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('never stores an ID number or phone in the clear in the event store', () => {
    const bytes = bytesOf(server.sqliteFile);
    for (const secret of secrets([P, Q, R, ...members])) expect(bytes.includes(secret)).toBe(false);
    expect(bytes.includes(Buffer.from(P.name))).toBe(true);
  });

  it('refuses a forget request that names nobody or both, and writes nothing', async () => {
    const head = await server.quietHead();
    const both = await organiser.post('/api/people/forget', {
      commandId: commandId(),
      idNumber: P.idNumber,
      entryId: entryIds.P,
      reason: 'request',
    });
    expect(both.status).toBe(422);
    expect(both.body.fields).toHaveProperty('idNumber');
    expect((await organiser.post('/api/people/forget', { commandId: commandId(), reason: 'request' })).status).toBe(422);
    expect((await organiser.post('/api/people/forget', { commandId: commandId(), idNumber: '12345', reason: 'request' })).status).toBe(400);
    expect((await organiser.post('/api/people/forget', { commandId: commandId(), idNumber: P.idNumber })).body.fields).toHaveProperty(
      'reason',
    );
    expect(
      (await organiser.post('/api/people/forget', { commandId: commandId(), entryId: `e${'y'.repeat(22)}`, reason: 'request' })).status,
    ).toBe(404);
    expect((await shenyang.post('/api/people/forget', { commandId: commandId(), idNumber: P.idNumber, reason: 'request' })).status).toBe(
      403,
    );
    expect(await server.quietHead()).toBe(head);
  });

  describe('once forgotten', () => {
    let keyOfP: Buffer;

    beforeAll(async () => {
      const keys = new Database(`${server.sqliteFile}.keys`, { readonly: true });
      keyOfP = keys
        .prepare<[string], { key: Buffer }>('SELECT key FROM person_keys WHERE owner = ?')
        .get(personKey(server.app.get<AppConfig>(APP_CONFIG).PERSON_KEY_SECRET, P.idNumber))!.key;
      keys.close();
      expect(keyOfP).toHaveLength(32);

      const byId = await organiser.post('/api/people/forget', {
        commandId: commandId(),
        idNumber: P.idNumber,
        reason: 'Request of the person, 2026-05-02',
      });
      expect(byId.status).toBe(200);
      expect(byId.body.forgotten).toEqual([
        {
          personKey: personKey(server.app.get<AppConfig>(APP_CONFIG).PERSON_KEY_SECRET, P.idNumber),
          appearances: [{ entryId: entryIds.P, person: 0 }],
        },
      ]);
      const byEntry = await organiser.post('/api/people/forget', {
        commandId: commandId(),
        entryId: entryIds.team,
        reason: 'Team withdrew its consent',
      });
      expect(byEntry.status).toBe(200);
      expect(byEntry.body.forgotten.map((f: { appearances: unknown }) => f.appearances)).toEqual(
        [R, ...members.slice(0, teamTrade.teamSize - 1)].map((_, i) => [{ entryId: entryIds.team, person: i }]),
      );
    });

    it('leaves no trace of them in the SQLite files (events and keys, WAL included)', () => {
      const bytes = bytesOf(server.sqliteFile);
      for (const secret of secrets(forgotten())) expect(bytes.includes(secret)).toBe(false);
      const db = new Database(server.sqliteFile, { readonly: true });
      const rows = db.prepare<[], { data: string; metadata: string }>('SELECT data, metadata FROM events').all();
      db.close();
      const table = rows.map((r) => r.data + r.metadata).join('\n');
      for (const secret of secrets(forgotten())) expect(table).not.toContain(secret);
      expect(bytesOf(`${server.sqliteFile}.keys`).includes(keyOfP)).toBe(false);
    });

    it('leaves no trace of them in the read models or the command-side cache', () => {
      const held = [...stringsIn(server.app.get(ProjectionsService).models), ...stringsIn(server.app.get(StreamStateCache))];
      for (const secret of secrets(forgotten())) expect(held.filter((s) => s.includes(secret))).toEqual([]);
      // Q was not forgotten: their entry is still there in full, for the reviewers' masked views.
      expect(held).toContain(Q.idNumber);
    });

    it('shows the placeholder in their entries and keeps the rest of the history readable', async () => {
      const entry = (await organiser.get(`/api/entries/${entryIds.P}`)).body;
      expect(entry).toMatchObject({
        name: P.name,
        idNumber: FORGOTTEN,
        phone: FORGOTTEN,
        status: 'city_approved',
        tradeId: individualTrade,
      });
      const team = (await organiser.get(`/api/entries/${entryIds.team}`)).body;
      expect([team.idNumber, ...team.members.map((m: Person) => m.idNumber)].every((id: string) => id === FORGOTTEN)).toBe(true);
      expect((await organiser.get(`/api/entries/${entryIds.Q}`)).body.idNumber).toBe(
        Q.idNumber.slice(0, 4) + '*'.repeat(10) + Q.idNumber.slice(14),
      );
      const history = await organiser.get(`/api/history/entries/${entryIds.P}`);
      expect(history.status).toBe(200);
      expect(JSON.stringify(history.body)).toContain('EntryApprovedByCity');

      const events = await server.store.readAll();
      const record = events.find((e) => e.type === 'PersonForgotten')!;
      expect(record.metadata).toMatchObject({
        actor: { userId: 'u-organiser', role: 'organiser' },
        reason: 'Request of the person, 2026-05-02',
      });
      for (const secret of secrets(forgotten())) expect(JSON.stringify(events)).not.toContain(secret);
    });

    it('leaves no trace of them in any GET endpoint, for any role', async () => {
      const docs = (await organiser.get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
      const values: Record<string, string> = {
        tradeId: individualTrade,
        entryId: entryIds.P,
        competitorNumber: '1',
        city: 'shenyang',
        userId: 'u-organiser',
      };
      const paths = Object.entries(docs.paths)
        .filter(([, operations]) => 'get' in operations)
        .map(([template]) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'x'));
      const arbitration = await new Client(server.url).login('arbitration');
      const leaks: string[] = [];
      for (const client of [organiser, shenyang, arbitration, new Client(server.url)]) {
        for (const path of [...paths, `/api/entries/${entryIds.team}`, `/api/entries?tradeId=${teamTrade.id}`]) {
          const text = await (
            await fetch(server.url + path, { headers: client.token ? { authorization: `Bearer ${client.token}` } : {} })
          ).text();
          for (const secret of secrets(forgotten())) if (text.includes(secret)) leaks.push(`${path}: ${secret}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(paths.length).toBeGreaterThan(20);
    });

    it('exports a history without them that still verifies', async () => {
      const response = await fetch(`${server.url}/api/audit/export`, { headers: { authorization: `Bearer ${organiser.token}` } });
      expect(response.status).toBe(200);
      const text = await response.text();
      for (const secret of secrets([...forgotten(), Q])) expect(text).not.toContain(secret);
      const verifier = new ChainVerifier();
      const lines = text.trim().split('\n');
      for (const line of lines) expect(verifier.add(JSON.parse(line))).toBeUndefined();
      expect(verifier.verdict()).toMatchObject({ ok: true, events: lines.length });
      expect(lines.some((line) => line.includes('"PersonForgotten"'))).toBe(true);
    });

    it('stays forgotten after a restart (the replay reads the placeholder, never fails)', async () => {
      await server.close();
      server = await startServer({}, server);
      const client = await new Client(server.url).login('organiser');
      expect((await client.get(`/api/entries/${entryIds.P}`)).body).toMatchObject({ name: P.name, idNumber: FORGOTTEN, phone: FORGOTTEN });
      const held = stringsIn(server.app.get(ProjectionsService).models);
      for (const secret of secrets(forgotten())) expect(held.filter((s) => s.includes(secret))).toEqual([]);
      expect(held).toContain(Q.phone);
    });
  });
});
