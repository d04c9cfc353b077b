import type { WorkingDaysYearDto } from '#contracts';
import { Client, commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/** Working days in China through the API: anyone checks a year, the organiser corrects a date (docs/working-days.md). */
describe('working days', () => {
  let server: TestServer;
  let organiser: Client;
  let anonymous: Client;

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    anonymous = new Client(server.url);
  });
  /** The year as the read model answers it once it has applied the command (read models follow the store). */
  async function yearOnceRead(year: number, ready: (body: WorkingDaysYearDto) => boolean): Promise<WorkingDaysYearDto> {
    for (let attempt = 0; ; attempt++) {
      const { body } = await anonymous.get<WorkingDaysYearDto>(`/api/working-days/${year}`);
      if (ready(body) || attempt >= 200) return body;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('shows a year as the State Council announced it: National Day 2026 and its make-up working days', async () => {
    const { status, body } = await anonymous.get('/api/working-days/2026');
    expect(status).toBe(200);
    expect(body.officialNotice).toBe('国务院办公厅关于2026年部分节假日安排的通知');
    expect(body.corrections).toEqual([]);
    const day = (date: string) => body.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-10-01')).toEqual({ date: '2026-10-01', working: false, kind: 'holiday', label: '国庆节', source: 'official' });
    expect(day('2026-10-10')).toEqual({
      date: '2026-10-10',
      working: true,
      kind: 'make-up-working-day',
      label: '国庆节',
      source: 'official',
    });
    expect(day('2026-09-20')).toMatchObject({ working: true, kind: 'make-up-working-day' });
  });

  it('lets the organiser fill in a year the data file does not know, once per command, and withdraw it', async () => {
    expect((await anonymous.get('/api/working-days/2027')).body).toEqual({ year: 2027, officialNotice: null, days: [], corrections: [] });

    const correction = { commandId: commandId(), kind: 'rest', note: '2027年国庆节放假' };
    const first = await organiser.put('/api/working-days/2027-10-01', correction);
    expect(first.status).toBe(200);
    expect(first.body.position).toBeGreaterThan(0);
    const head = await server.quietHead();
    // the same command again writes nothing
    expect((await organiser.put('/api/working-days/2027-10-01', correction)).status).toBe(200);
    expect(await server.quietHead()).toBe(head);

    let year = await yearOnceRead(2027, (y) => y.corrections.length > 0);
    expect(year.corrections).toEqual([{ date: '2027-10-01', kind: 'rest', note: '2027年国庆节放假' }]);
    expect(year.days).toEqual([{ date: '2027-10-01', working: false, kind: 'holiday', label: '2027年国庆节放假', source: 'correction' }]);

    const withdrawn = await organiser.post('/api/working-days/2027-10-01/correction-withdrawal', { commandId: commandId() });
    expect(withdrawn.status).toBe(200);
    year = await yearOnceRead(2027, (y) => y.corrections.length === 0);
    expect(year).toEqual({ year: 2027, officialNotice: null, days: [], corrections: [] });
  });

  it('refuses a malformed date, kind, note or year with a clear 4xx and writes nothing', async () => {
    const head = await server.quietHead();
    const bad = await organiser.put('/api/working-days/2026-02-30', { commandId: commandId(), kind: 'rest', note: '补休' });
    expect(bad).toMatchObject({ status: 422, body: { code: 'working_days.date_invalid', params: { date: '2026-02-30' } } });
    expect((await organiser.put('/api/working-days/2026-10-12', { commandId: commandId(), kind: 'holiday', note: 'x' })).status).toBe(400);
    const blank = await organiser.put('/api/working-days/2026-10-12', { commandId: commandId(), kind: 'rest', note: '   ' });
    expect(blank).toMatchObject({ status: 422, body: { code: 'working_days.note_required' } });
    expect(await anonymous.get('/api/working-days/26')).toMatchObject({ status: 422, body: { code: 'working_days.year_invalid' } });
    expect(await server.quietHead()).toBe(head);
  });

  it('lets only the organiser correct', async () => {
    const correction = { commandId: commandId(), kind: 'work', note: '调休' };
    expect((await anonymous.put('/api/working-days/2026-10-11', correction)).status).toBe(401);
    const reviewer = await new Client(server.url).login('reviewer-shenyang');
    expect((await reviewer.put('/api/working-days/2026-10-11', correction)).status).toBe(403);
    expect((await reviewer.post('/api/working-days/2026-10-11/correction-withdrawal', { commandId: commandId() })).status).toBe(403);
  });
});
