import { randomUUID } from 'node:crypto';
import { ContestApi, planTradeMarks, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * The theory exam run by the organiser through the API of a real server: the answer key, answer
 * sheets uploaded as a file (reported row by row), scores entered where the exam was marked
 * elsewhere, a wrong score corrected with a reason (history kept), the missing competitors listed,
 * and publication refused while one is missing, then published with a reason shown with the results.
 */
describe('the theory exam, from the answer key to publication', () => {
  const SEED = 4242;
  let server: TestServer;
  let api: ContestApi;
  let organiser: Client;
  let prepared: PreparedTrade;
  let tradeId: string;
  let numbers: number[];

  beforeAll(async () => {
    server = await startServer();
    api = new ContestApi(server.url, { deviceId: 'theory-e2e' });
    [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 4, seed: SEED });
    tradeId = prepared.trade.id;
    numbers = prepared.competitors.map((c) => c.competitorNumber);
    organiser = await new Client(server.url).login('organiser');
    for (const mark of planTradeMarks(prepared, SEED)) await api.postMark(mark);
    const chief = (await api.panel(tradeId)).find((m) => m.role === 'chief_judge')!.username;
    for (const competitorNumber of numbers) {
      for (const module of prepared.trade.scheme.subCriteria) {
        await api.postAs(chief, `/api/trades/${tradeId}/competitors/${competitorNumber}/sign-off`, {
          commandId: randomUUID(),
          moduleId: module.id,
        });
      }
    }
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  const theory = async () => (await organiser.get(`/api/trades/${tradeId}/theory`)).body;

  it('sets the answer key', async () => {
    const set = await organiser.post(`/api/trades/${tradeId}/theory-key`, { commandId: commandId(), answerKey: 'A, BD, C, D, A' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ tradeId, questions: 5, changed: true });
    expect(await theory()).toMatchObject({ questions: 5, keyOpen: true, missing: numbers });
    // The catalogue says how many questions there are, never the key.
    expect((await new Client(server.url).get(`/api/catalogue/trades/${tradeId}`)).body.theory).toEqual({ questions: 5 });
  });

  it('records answer sheets from a file, row by row; the same file again records nothing', async () => {
    const [first, second] = numbers;
    const csv = ['competitorNumber,answers', `${first},A|BD|C|D|A`, `${second},ABCDB`, '99,ABCDA', `${second + 100},AB`].join('\n');
    const file = { name: 'answers.csv', content: csv, type: 'text/csv' };
    const upload = await organiser.upload(`/api/trades/${tradeId}/theory-answers/file`, file);
    expect(upload.status).toBe(200);
    expect(upload.body.rows).toEqual([
      { row: 2, competitorNumber: first, status: 'recorded' },
      { row: 3, competitorNumber: second, status: 'recorded' },
      expect.objectContaining({ row: 4, competitorNumber: 99, status: 'refused', field: 'competitorNumber' }),
      expect.objectContaining({ row: 5, status: 'refused', field: 'answers', message: 'Expected 5 answers, got 2' }),
    ]);
    const again = await organiser.upload(`/api/trades/${tradeId}/theory-answers/file`, file);
    expect(again.body.rows.slice(0, 2).map((r: { status: string }) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.body.recorded).toBe(0);

    const status = await theory();
    expect(status.keyOpen).toBe(false);
    expect(status.competitors.slice(0, 2)).toEqual([
      expect.objectContaining({ competitorNumber: first, source: 'answers', score: 100, correct: 5 }),
      expect.objectContaining({ competitorNumber: second, source: 'answers', score: 60, correct: 3 }),
    ]);
  });

  it('locks the key once answer sheets are graded against it', async () => {
    const refused = await organiser.post(`/api/trades/${tradeId}/theory-key`, { commandId: commandId(), answerKey: 'ABCDE' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'theory.key_locked', params: { tradeId, sheets: 2 } });
  });

  it('enters a score marked elsewhere, corrects it only with a reason, and keeps the history', async () => {
    const third = numbers[2]!;
    const entered = await organiser.post(`/api/trades/${tradeId}/theory-scores`, { rows: [{ competitorNumber: third, score: 78 }] });
    expect(entered.body.rows).toEqual([{ row: 1, competitorNumber: third, status: 'recorded' }]);

    const unexplained = await organiser.post(`/api/trades/${tradeId}/theory-scores`, { rows: [{ competitorNumber: third, score: 87 }] });
    expect(unexplained.status).toBe(200);
    expect(unexplained.body.rows).toEqual([
      expect.objectContaining({
        competitorNumber: third,
        status: 'refused',
        field: 'reason',
        code: 'theory.change_needs_reason',
        params: { tradeId, competitorNumber: third },
      }),
    ]);
    const fixed = await organiser.upload(
      `/api/trades/${tradeId}/theory-scores/file`,
      { name: 'scores.csv', content: `考号,成绩\n${third},87\n`, type: 'text/csv' },
      { reason: 'digits swapped when typing' },
    );
    expect(fixed.body.rows).toEqual([{ row: 2, competitorNumber: third, status: 'recorded' }]);

    const row = (await theory()).competitors.find((c: { competitorNumber: number }) => c.competitorNumber === third);
    expect(row).toMatchObject({ source: 'score', score: 87 });
    expect(row.history).toEqual([
      expect.objectContaining({ kind: 'score', score: 78, reason: null, by: 'u-organiser' }),
      expect.objectContaining({ kind: 'score', score: 87, reason: 'digits swapped when typing', by: 'u-organiser' }),
    ]);
  });

  it('refuses to publish while a present competitor has no theory result, naming who', async () => {
    const fourth = numbers[3]!;
    expect((await theory()).missing).toEqual([fourth]);
    await server.quietHead();
    const refused = await organiser.post(`/api/trades/${tradeId}/publish`, { commandId: commandId() });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'results.theory_missing',
      params: { tradeId, competitorNumbers: [fourth] },
      fields: { missingTheoryReason: [expect.stringContaining(`${fourth}`)] },
    });
    expect((await organiser.get(`/api/trades/${tradeId}/results`)).body.publishedAt).toBeNull();
  });

  it('publishes with a reason, which the results show to everyone', async () => {
    const fourth = numbers[3]!;
    const reason = 'Competitor fell ill during the theory exam; the jury decided to rank on the practical';
    const published = await organiser.post(`/api/trades/${tradeId}/publish`, { commandId: commandId(), missingTheoryReason: reason });
    expect(published.status).toBe(200);
    await server.quietHead();

    const results = (await new Client(server.url).get(`/api/trades/${tradeId}/results`)).body;
    expect(results.status).toBe('official');
    expect(results.missingTheory).toEqual({ competitorNumbers: [fourth], reason });
    const theoryOf = new Map(results.rows.map((r: { competitorNumber: number; theory: number | null }) => [r.competitorNumber, r.theory]));
    expect(numbers.map((n) => theoryOf.get(n))).toEqual([100, 60, 87, null]);
  });
});
