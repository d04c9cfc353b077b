import { generateDemoAchievements, generateDemoContest } from '#demo';
import { ContestApi, reviewAchievements } from '../../scripts/lib/contest-driver.js';
import { Client, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/** The demo's generated achievements (docs/achievements.md): seeded at the first start through the applicants' commands. */
describe('demo achievements (e2e)', () => {
  let server: TestServer;
  const planned = generateDemoAchievements(generateDemoContest());

  beforeAll(async () => {
    server = await startServer();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  it('seeds each planned submission, submitted with an intact PDF; the first of each trade recommended by its city', async () => {
    expect(planned.length).toBeGreaterThanOrEqual(10);
    const organiser = await new Client(server.url).login('organiser');
    const { status, body } = await organiser.get<any>('/api/achievements');
    expect(status).toBe(200);
    const items: any[] = body.items ?? body;
    expect(items).toHaveLength(planned.length);
    const byTitle = new Map(items.map((a) => [`${a.tradeId}/${a.title}`, a]));
    for (const p of planned) {
      const seen = byTitle.get(`${p.tradeId}/${p.draft.title}`);
      expect(seen).toBeDefined();
      expect(seen.status).toBe(p.recommended ? 'recommended' : 'submitted');
    }
    const one = items[0];
    const integrity = await organiser.get<any>(`/api/achievements/${one.achievementId}/integrity`);
    expect(integrity.status).toBe(200);
    expect(integrity.body.map((c: { intact: boolean }) => c.intact)).toEqual([true]);
    const full = await organiser.get<any>(`/api/achievements/${one.achievementId}`);
    const pdf = full.body.attachments.find((a: any) => a.kind === 'file');
    expect(pdf.mediaType).toBe('application/pdf');
    expect(pdf.bytes).toBeLessThan(60_000);
    const download = await organiser.download(`/api/achievements/${one.achievementId}/attachments/${pdf.attachmentId}`);
    expect(download.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets an applicant log in and see their own submission; a second start writes nothing more', async () => {
    const p = planned[0]!;
    const applicant = await new Client(server.url).login(p.applicant.username);
    const mine = await applicant.get<any>('/api/achievements/mine');
    expect(mine.status).toBe(200);
    const items: any[] = mine.body.items ?? mine.body;
    expect(items.map((a) => a.title)).toEqual([p.draft.title]);

    const head = await server.quietHead();
    const { sqliteFile } = server;
    await server.close();
    server = await startServer({}, { sqliteFile });
    expect(await server.quietHead()).toBe(head);
  });

  it("runs the simulator's two tiers: each city recommends its submitted ones, the organiser finds the recommended eligible", async () => {
    const api = new ContestApi(server.url);
    const first = await reviewAchievements(api);
    const waiting = planned.filter((a) => !a.recommended).length;
    expect(first.recommended + first.quotaFull).toBe(waiting);
    expect(first.checked).toBe(planned.length - first.quotaFull);
    expect(first.eligible).toBe(first.checked);
    const again = await reviewAchievements(api);
    expect(again).toEqual({ recommended: 0, quotaFull: first.quotaFull, eligible: 0, checked: 0 });
  });
});
