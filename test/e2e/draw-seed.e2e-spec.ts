import { createHash } from 'node:crypto';
import { CITY_IDS } from '#domain';
import { demoEmployers } from '#demo';
import { verifyPublishedDraw } from '../../scripts/verify-draw.js';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * The draw's seed never depends on one browser (docs/draw-seed.md): a seed lost before the draw is
 * replaced by a new commitment with a recorded reason; both commitments and the reason are public,
 * the lost seed no longer draws, the new one does, and the public checker still verifies the draw.
 */
describe('a lost draw seed', () => {
  let server: TestServer;
  let organiser: Client;
  let tradeId: string;
  const lost = 'e2e lost seed 4b1d';
  const fresh = 'e2e new seed 77ac';
  const sha = (seed: string) => createHash('sha256').update(seed, 'utf8').digest('hex');
  const reason = '种子卡遗失，原浏览器已清空';
  const publicDraw = async () => (await new Client(server.url).get(`/api/trades/${tradeId}/draw`)).body;

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number }>;
    tradeId = trades.find((t) => t.teamSize === 1)!.id;
    for (let i = 0; i < 3; i++) {
      const city = CITY_IDS[i];
      const reviewer = await new Client(server.url).login(`reviewer-${city}`);
      const employer = demoEmployers[i % demoEmployers.length];
      const submitted = await reviewer.post('/api/entries', {
        commandId: commandId(),
        tradeId,
        name: `选手${i + 1}`,
        idNumber: residentId('1990-03-12', i + 1),
        phone: `1381234${String(i).padStart(4, '0')}`,
        employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
        city,
        skillLevel: 'level-3',
      });
      expect(submitted.status).toBe(201);
      const entryId = submitted.body.entryId as string;
      expect((await reviewer.post(`/api/entries/${entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);
      expect((await organiser.post(`/api/entries/${entryId}/confirmation`, { commandId: commandId() })).status).toBe(200);
    }
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  it('is replaced by a new commitment with a reason; both commitments are public and the draw verifies', async () => {
    expect((await organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment: sha(lost) })).status).toBe(
      201,
    );
    const first = await publicDraw();
    expect(first).toMatchObject({ commitment: sha(lost), replacedCommitments: [] });

    const replacement = `/api/trades/${tradeId}/draw/commitment/replacement`;
    // Refused: without a reason (nothing written), by someone else than the organiser, with the same commitment.
    const noReason = await organiser.post(replacement, { commandId: commandId(), commitment: sha(fresh), reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('draw.replacement_reason');
    const chief = await new Client(server.url).login(`chief-${tradeId}`);
    expect((await chief.post(replacement, { commandId: commandId(), commitment: sha(fresh), reason })).status).toBe(403);
    const same = await organiser.post(replacement, { commandId: commandId(), commitment: sha(lost), reason });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('draw.same_commitment');
    expect((await publicDraw()).commitment).toBe(sha(lost));

    const replaced = await organiser.post(replacement, { commandId: commandId(), commitment: sha(fresh), reason });
    expect(replaced.status).toBe(201);
    const published = await publicDraw();
    expect(published).toMatchObject({ commitment: sha(fresh), seed: null });
    expect(published.replacedCommitments).toEqual([
      { commitment: sha(lost), committedAt: first.committedAt, replacedAt: published.committedAt, reason },
    ]);
    // The replacement is in the history with who and why.
    const events = (await server.store.readAll()).filter((e) => e.type === 'DrawCommitmentReplaced');
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toEqual({ tradeId, commitment: sha(fresh), replaced: sha(lost), reason });
    expect(events[0]!.metadata).toMatchObject({ reason, actor: { role: 'organiser' } });

    // The lost seed (were it found again) no longer draws; the new one does.
    const wrong = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed: lost });
    expect(wrong.status).toBe(422);
    const drawn = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed: fresh });
    expect(drawn.status).toBe(201);
    const after = await publicDraw();
    expect(after).toMatchObject({ commitment: sha(fresh), seed: fresh, verified: true });
    expect(after.replacedCommitments.map((r: { commitment: string }) => r.commitment)).toEqual([sha(lost)]);
    const check = await verifyPublishedDraw(server.url, tradeId);
    expect(check.ok).toBe(true);
    expect(check.ok && check.summary).toContain(`earlier commitments replaced before the draw: ${sha(lost)}`);

    // After the draw nothing is replaced any more.
    const late = await organiser.post(replacement, { commandId: commandId(), commitment: sha('later'), reason });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('draw.already_drawn');
  }, 120_000);
});
