import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tradeBoardId } from '#contracts';
import { ChainVerifier, type StoredEvent, storedForm } from '#event-store';
import { ReadModels } from '#read-models';
import { aspectsOf, ContestApi, ORGANISER, planTradeMarks, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { checkExport, main as verifyAuditCli } from '../../scripts/verify-audit.js';
import { main as verifyResultsCli, verifyResults } from '../../scripts/verify-results.js';
import { Client, removeFilesOf, startServer, type TestServer, until } from '../support/test-server.js';

/**
 * History and tamper evidence through the public API: one trade marked, corrected, signed off and
 * published; its history exported and verified, boards shown as they stood, histories of an entry,
 * a mark and a result, the public feed; then one event edited in the SQLite file is named by verify:audit.
 */
describe('audit: export, verification, time travel, histories, feed', () => {
  let server: TestServer;
  let api: ContestApi;
  let tablets: ContestApi;
  let prepared: PreparedTrade;
  let tradeId: string;
  let chief: string;
  /** Position after the first half of the marks, and the board then. */
  let midway: number;
  let midwayBoard: any;
  let corrected: { competitorNumber: number; aspectId: string; judge: string };

  const PASSWORD = 'jiangxin-demo';
  /** Logged-in clients, one per user (logins are throttled per user). */
  const sessions = new Map<string, Promise<Client>>();
  const as = (username: string) => {
    if (!sessions.has(username)) sessions.set(username, new Client(server.url).login(username));
    return sessions.get(username)!;
  };
  const organiser = () => as('organiser');
  const readAll = () => server.store.readAll();

  beforeAll(async () => {
    server = await startServer();
    api = new ContestApi(server.url, { deviceId: 'office-pc-1' });
    tablets = new ContestApi(server.url, { deviceId: 'tablet-7' });
    [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 3, seed: 6 });
    tradeId = prepared.trade.id;
    const panel = await api.panel(tradeId);
    chief = panel.find((m) => m.role === 'chief_judge')!.username;

    const marks = planTradeMarks(prepared, 6);
    const half = Math.floor(marks.length / 2);
    for (const mark of marks.slice(0, half)) await tablets.postMark(mark);
    await server.quietHead();
    midway = await server.store.headPosition();
    midwayBoard = await api.board(tradeId);
    for (const mark of marks.slice(half)) await tablets.postMark(mark);

    // A judge asks to correct one of their marks; the chief judge refuses, with a reason.
    const judgement = marks.find((m) => aspectsOf(prepared.trade).find((a) => a.id === m.aspectId)!.type === 'judgement')!;
    corrected = { competitorNumber: judgement.competitorNumber, aspectId: judgement.aspectId, judge: judgement.judge };
    const judgeId = (await tablets.login(judgement.judge)).user.userId;
    const { correctionId } = await tablets.postAs<{ correctionId: string }>(judgement.judge, `/api/trades/${tradeId}/corrections`, {
      commandId: randomUUID(),
      competitorNumber: judgement.competitorNumber,
      aspectId: judgement.aspectId,
      judgeId,
      mark: judgement.mark === 3 ? 2 : judgement.mark + 1,
      reason: 'typed the wrong level',
    });
    const desk = new ContestApi(server.url, { deviceId: 'chief-desk' });
    await desk.postAs(chief, `/api/trades/${tradeId}/corrections/${correctionId}/reject`, {
      commandId: randomUUID(),
      reason: 'the photo shows the level given',
    });

    for (const { competitorNumber } of prepared.competitors) {
      for (const module of prepared.trade.scheme.subCriteria) {
        await desk.postAs(chief, `/api/trades/${tradeId}/competitors/${competitorNumber}/sign-off`, {
          commandId: randomUUID(),
          moduleId: module.id,
        });
      }
    }
    await server.quietHead();
    await api.postAs(ORGANISER, `/api/trades/${tradeId}/publish`, {
      commandId: randomUUID(),
      missingTheoryReason: 'audit test: no theory exam held',
    });
    await server.quietHead();
  }, 120_000);

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  async function exportText(client: Client): Promise<{ status: number; text: string; head: string | null }> {
    const response = await fetch(`${server.url}/api/audit/export`, {
      headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
    });
    return { status: response.status, text: await response.text(), head: response.headers.get('x-audit-chain-head') };
  }

  it('exports the whole history as NDJSON that verifies, against the published checkpoints too', async () => {
    const { status, text, head } = await exportText(await organiser());
    expect(status).toBe(200);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const stored = await readAll();
    expect(lines.map((l) => l.position)).toEqual(stored.map((e) => e.position));
    expect(Object.keys(lines[0])).toEqual(['position', 'streamId', 'revision', 'id', 'type', 'data', 'metadata', 'prevHash', 'hash']);
    expect(head).toBe(`${lines.at(-1).position} ${lines.at(-1).hash}`);
    // As stored: personal data encrypted at rest, never decrypted for the export.
    for (const { contestant } of prepared.competitors) {
      expect(text).toContain(contestant!.name);
      expect(text).not.toContain(contestant!.idNumber);
      expect(text).not.toContain(contestant!.phone);
    }

    const checkpoints = (await new Client(server.url).get('/api/audit/checkpoints')).body;
    const verdict = await checkExport(text.split('\n'), { checkpoints });
    expect(verdict).toMatchObject({ ok: true });
    expect((verdict as { summary: string }).summary).toMatch(
      new RegExp(
        `^OK: ${lines.length} events, chain head at position ${lines.at(-1).position} .*; ${checkpoints.length} checkpoint\\(s\\) match$`,
      ),
    );

    // The command line, on a file and on the server.
    const file = join(server.sqliteFile, '..', 'export.ndjson');
    writeFileSync(file, text);
    const printed: string[] = [];
    expect(await verifyAuditCli([file], {}, (line) => printed.push(line))).toBe(0);
    expect(await verifyAuditCli([server.url, '--user', 'arbitration', '--password', PASSWORD], {}, (line) => printed.push(line))).toBe(0);
    expect(printed[1]).toMatch(/^OK: \d+ events, chain head at position \d+ \([0-9a-f]{64}\); [1-9]\d* checkpoint\(s\) match$/);
  });

  it('recomputes the published trade from its raw marks exactly as published, and names a figure changed', async () => {
    const { text } = await exportText(await organiser());
    const lines = text.split('\n');
    const [verdict] = await verifyResults(lines);
    expect(verdict).toEqual({ tradeId, contestants: prepared.competitors.length, legacy: [], differences: [] });
    const printed: string[] = [];
    expect(await verifyResultsCli([server.url, '--user', 'arbitration', '--password', PASSWORD], {}, (line) => printed.push(line))).toBe(0);
    expect(printed).toEqual([`OK ${tradeId}: ${prepared.competitors.length} contestants, scores, ranks and prizes as published`]);

    // One published result's exact total changed by 1/1000 (its rounded figure may not even move): named.
    const last = lines.map((l) => (l ? JSON.parse(l) : null)).findLastIndex((e) => e?.type === 'ResultCalculated');
    const edited = JSON.parse(lines[last]);
    const [n, d] = edited.data.exact.total.split('/').map(BigInt);
    edited.data.exact.total = `${n * 1000n + d}/${d * 1000n}`;
    const tampered = [...lines.slice(0, last), JSON.stringify(edited), ...lines.slice(last + 1)];
    const [changed] = await verifyResults(tampered);
    expect(changed.differences).toEqual([
      `competitor ${edited.data.competitorNumber}: exact.total recomputed ${n}/${d}, published ${edited.data.exact.total}`,
    ]);
  });

  it('lets only the organiser and arbitration export', async () => {
    expect((await exportText(await as('arbitration'))).status).toBe(200);
    expect((await exportText(await as(prepared.judges[0]))).status).toBe(403);
    expect((await exportText(await as(chief))).status).toBe(403);
    expect((await exportText(new Client(server.url))).status).toBe(401);
  });

  it('lists publicly every checkpoint that sign-offs and publication recorded, each matching the chain', async () => {
    const stored = await readAll();
    const recorded = stored.filter(
      (e) => ['ModuleSignedOff', 'ResultsPublished'].includes(e.type) && (e.data as { checkpoint?: unknown }).checkpoint,
    );
    // Every module of every competitor, and the publication.
    expect(recorded).toHaveLength(prepared.competitors.length * prepared.trade.scheme.subCriteria.length + 1);
    const listed = (await new Client(server.url).get('/api/audit/checkpoints')).body as Array<{
      position: number;
      hash: string;
      recordedAt: { position: number; type: string };
    }>;
    expect(listed.map((c) => c.recordedAt.position)).toEqual(recorded.map((e) => e.position));
    const hashAt = new Map(stored.map((e) => [e.position, e.hash]));
    for (const checkpoint of listed) {
      expect(checkpoint.position).toBeLessThan(checkpoint.recordedAt.position);
      expect(checkpoint.hash).toBe(hashAt.get(checkpoint.position));
    }
    const results = (await new Client(server.url).get(`/api/trades/${tradeId}/results`)).body;
    expect(results.checkpoint).toEqual({ position: listed.at(-1)!.position, hash: listed.at(-1)!.hash });
  });

  describe('time travel', () => {
    /** The board a spectator saw at `position`, by replaying fresh read models from the store here. */
    async function replayedBoard(position: number) {
      const models = new ReadModels();
      for (const event of await readAll()) if (event.position <= position) models.apply(event);
      return models.boards.snapshot(tradeBoardId(tradeId), 'public');
    }

    it('shows a board at a past position exactly as a replay up to it, and not as it is now', async () => {
      const { status, body } = await new Client(server.url).get(`/api/trades/${tradeId}/board/at?at=${midway}`);
      expect(status).toBe(200);
      const { asOf, ...board } = body;
      expect(asOf.position).toBe(midway);
      expect(board).toEqual(await replayedBoard(midway));
      expect(board.rows).toEqual(midwayBoard.rows);
      const now = (await new Client(server.url).get(`/api/trades/${tradeId}/board`)).body;
      expect(board.rows).not.toEqual(now.rows);
      expect(board.version).toBeLessThan(now.version);
    });

    it('turns a moment into the last event that happened at or before it', async () => {
      const stored = await readAll();
      const moment = stored.find((e) => e.position === midway)!.metadata.occurredAt;
      const expected = Math.max(...stored.filter((e) => e.metadata.occurredAt <= moment).map((e) => e.position));
      const { status, body } = await new Client(server.url).get(`/api/trades/${tradeId}/board/at?at=${encodeURIComponent(moment)}`);
      expect(status).toBe(200);
      const { asOf, ...board } = body;
      expect(asOf).toEqual({ position: expected, occurredAt: stored.find((e) => e.position === expected)!.metadata.occurredAt });
      expect(board).toEqual(await replayedBoard(expected));
      // Before the trade was defined there was no board.
      const before = await new Client(server.url).get(`/api/trades/${tradeId}/board/at?at=2000-01-01T00:00:00Z`);
      expect(before).toMatchObject({ status: 404, body: { message: `Trade ${tradeId} was not defined yet at position 0` } });
    });

    it('refuses a moment it cannot read, or a position after the last event, naming `at`', async () => {
      const client = new Client(server.url);
      const head = await server.quietHead();
      const cases: Array<[string, number]> = [
        ['yesterday', 400],
        ['2026-13-45T00:00:00Z', 400],
        ['2026-11-24 10:00', 400],
        [String(head + 1), 422],
      ];
      for (const [at, status] of cases) {
        const answer = await client.get(`/api/trades/${tradeId}/board/at?at=${encodeURIComponent(at)}`);
        expect({ at, status: answer.status }).toEqual({ at, status });
        expect(Object.keys(answer.body.fields)).toEqual(['at']);
      }
      expect((await client.get(`/api/trades/no-such-trade/board/at?at=1`)).status).toBe(404);
    });
  });

  describe('histories', () => {
    it('of a mark: marks, the correction asked for and refused, sign-off — who, role, device, when, why', async () => {
      const { competitorNumber, aspectId } = corrected;
      const path = `/api/history/marks/${tradeId}/${competitorNumber}/${aspectId}`;
      const { status, body } = await (await organiser()).get(path);
      expect(status).toBe(200);
      const types = body.events.map((e: { type: string }) => e.type);
      expect(types.filter((t: string) => t === 'MarkSubmitted').length).toBeGreaterThanOrEqual(1);
      expect(types).toEqual(expect.arrayContaining(['CorrectionRequested', 'CorrectionRejected', 'ModuleSignedOff']));
      const mark = body.events.find((e: { type: string }) => e.type === 'MarkSubmitted');
      expect(mark).toMatchObject({ actor: { role: 'judge' }, device: 'tablet-7', reason: null, summary: { aspectId, competitorNumber } });
      expect(Number.isNaN(Date.parse(mark.occurredAt))).toBe(false);
      expect(body.events.find((e: { type: string }) => e.type === 'CorrectionRequested')).toMatchObject({
        actor: { role: 'judge' },
        device: 'tablet-7',
        reason: 'typed the wrong level',
      });
      expect(body.events.find((e: { type: string }) => e.type === 'CorrectionRejected')).toMatchObject({
        actor: { role: 'chief_judge' },
        device: 'chief-desk',
        reason: 'the photo shows the level given',
      });
      const positions = body.events.map((e: { position: number }) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // Only events of that aspect: its module's sign-off, and the rejection of a correction asked for it.
      const { correctionId } = body.events.find((e: { type: string }) => e.type === 'CorrectionRequested').summary;
      for (const event of body.events) {
        if (event.type === 'CorrectionRejected') expect(event.summary.correctionId).toBe(correctionId);
        else if (event.type !== 'ModuleSignedOff') expect(event.summary.aspectId).toBe(aspectId);
      }

      expect((await (await as('arbitration')).get(path)).status).toBe(200);
      expect((await (await as(chief)).get(path)).status).toBe(200);
      const otherChief = (await api.trades()).find((t) => t.id !== tradeId)!.id;
      expect((await (await as(`chief-${otherChief}`)).get(path)).status).toBe(403);
      expect((await (await as(prepared.judges[0])).get(path)).status).toBe(403);
      expect((await new Client(server.url).get(path)).status).toBe(401);
      const client = await organiser();
      expect((await client.get(`/api/history/marks/${tradeId}/${competitorNumber}/NO-SUCH-ASPECT`)).body.fields).toHaveProperty('aspectId');
      expect((await client.get(`/api/history/marks/${tradeId}/seven/${aspectId}`)).status).toBe(400);
      expect((await client.get(`/api/history/marks/${tradeId}/99/${aspectId}`)).status).toBe(404);
    });

    it('of an entry: from submission to the draw, with ID numbers and phones masked', async () => {
      const competitor = prepared.competitors[0];
      const { status, body } = await (await organiser()).get(`/api/history/entries/${competitor.entryId}`);
      expect(status).toBe(200);
      expect(body.events.map((e: { type: string }) => e.type)).toEqual(
        expect.arrayContaining(['EntrySubmitted', 'QuotaSlotTaken', 'EntryApprovedByCity', 'EntryConfirmed', 'LotsDrawn']),
      );
      const submitted = body.events.find((e: { type: string }) => e.type === 'EntrySubmitted');
      expect(submitted).toMatchObject({ actor: { role: 'city_reviewer' }, device: 'office-pc-1' });
      expect(submitted.summary.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(submitted.summary.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      const text = JSON.stringify(body);
      expect(text).not.toContain(competitor.contestant!.idNumber);
      expect(text).not.toContain(competitor.contestant!.phone);
      expect(body.events.find((e: { type: string }) => e.type === 'LotsDrawn').summary).toMatchObject({
        entryId: competitor.entryId,
        competitorNumber: competitor.competitorNumber,
      });
      expect((await (await organiser()).get('/api/history/entries/no-such-entry')).status).toBe(404);
    });

    it('of a result: results calculated, sign-offs and the publication', async () => {
      const { competitorNumber } = prepared.competitors[1];
      const { status, body } = await (await as('arbitration')).get(`/api/history/results/${tradeId}/${competitorNumber}`);
      expect(status).toBe(200);
      const types = new Set(body.events.map((e: { type: string }) => e.type));
      expect([...types]).toEqual(expect.arrayContaining(['ResultCalculated', 'ModuleSignedOff', 'ResultsPublished']));
      for (const event of body.events.filter((e: { type: string }) => e.type === 'ResultCalculated'))
        expect(event.summary.competitorNumber).toBe(competitorNumber);
      expect(body.events.find((e: { type: string }) => e.type === 'ResultsPublished')).toMatchObject({
        actor: { role: 'organiser' },
        device: 'office-pc-1',
      });
    });
  });

  describe('the public feed', () => {
    async function feed(query = ''): Promise<any[]> {
      const response = await fetch(`${server.url}/api/feed${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      return (await response.text())
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    }

    it('gives trades by name and the published results, never personal data or marks', async () => {
      const items = await feed();
      const tokens = items.map((i) => Number(i.token));
      expect([...tokens].sort((a, b) => a - b)).toEqual(tokens);
      expect(items.filter((i) => i.type === 'trades')).toHaveLength((await api.trades()).length);
      const results = items.filter((i) => i.type === 'results' && i.id === tradeId).at(-1);
      expect(results.data).toMatchObject({
        status: 'official',
        checkpoint: { position: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(results.data.rows.map((r: { competitorNumber: number }) => r.competitorNumber)).toEqual(
        prepared.competitors.map((c) => c.competitorNumber),
      );
      const text = JSON.stringify(items);
      for (const { contestant } of prepared.competitors) {
        expect(text).toContain(contestant!.name);
        expect(text).not.toContain(contestant!.idNumber);
        expect(text).not.toContain(contestant!.phone);
      }
      for (const secret of ['answerKey', 'idNumber', 'phone', 'judgeId', 'aspectId', 'passwordHash']) expect(text).not.toContain(secret);
    });

    it('resumes after a token, and follows new events on a stream', async () => {
      const items = await feed();
      const middle = items[Math.floor(items.length / 2)];
      expect(await feed(`?since=${middle.token}`)).toEqual(items.slice(items.indexOf(middle) + 1));
      expect(await feed(`?since=${items.at(-1).token}`)).toEqual([]);
      expect((await fetch(`${server.url}/api/feed?since=abc`)).status).toBe(400);

      // Follow: the board is frozen while the stream is open; the stream delivers it, then the client leaves.
      const controller = new AbortController();
      const response = await fetch(`${server.url}/api/feed?stream=true&since=${items.at(-1).token}`, { signal: controller.signal });
      const reader = response.body!.getReader();
      let received = '';
      const reading = (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          received += Buffer.from(value).toString('utf8');
        }
      })().catch(() => undefined);
      await api.postAs(ORGANISER, `/api/trades/${tradeId}/freeze`, { commandId: randomUUID() });
      await until(() => received.includes('\n'), 10_000, 'a feed line on the stream');
      const [line] = received
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      expect(line).toMatchObject({ type: 'boards', id: tradeId, data: { frozen: true } });
      expect(Number(line.token)).toBeGreaterThan(Number(items.at(-1).token));
      controller.abort();
      await reading;
    });
  });

  it('names exactly the event edited in the SQLite file while the server was down', async () => {
    const stored = await storedForm(server.store).readAll();
    const target = stored.filter((e) => e.type === 'MarkSubmitted')[3];
    // A spectator still following the feed does not hold the shutdown up: the server ends the stream.
    const following = await fetch(`${server.url}/api/feed?stream=true`);
    const ended = following.text();
    await server.close();
    expect((await ended).split('\n').filter(Boolean).length).toBeGreaterThan(0);

    const db = new Database(server.sqliteFile);
    const data = { ...(target.data as Record<string, unknown>), mark: (target.data as { mark: number }).mark === 0 ? 1 : 0 };
    db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), target.position);
    db.close();

    server = await startServer({}, server);
    const printed: string[] = [];
    expect(await verifyAuditCli([server.url, '--user', 'organiser', '--password', PASSWORD], {}, (line) => printed.push(line))).toBe(1);
    expect(printed).toEqual([
      `MISMATCH at position ${target.position} (line ${stored.indexOf(target) + 1}), event ${target.id} MarkSubmitted: ` +
        `its content does not match its hash (changed after it was stored); expected ${recomputedHash(stored, target, data)}, found ${target.hash}`,
    ]);
  }, 60_000);
});

/** The hash of the edited event as it now is: what the verifier expects to find. */
function recomputedHash(stored: StoredEvent[], target: StoredEvent, data: unknown): string {
  const verifier = new ChainVerifier();
  let prevHash = '0'.repeat(64);
  for (const event of stored) {
    const line = { ...event, data: event === target ? data : event.data, prevHash, hash: event.hash };
    const mismatch = verifier.add(line);
    if (mismatch) return mismatch.expected;
    prevHash = event.hash!;
  }
  throw new Error('the edit changed nothing');
}
