import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '#event-store';
import { createOrganiser } from '../../../../scripts/create-organiser.js';
import { activationCodeHash } from './activation-codes.js';

/** `npm run create-organiser`: an organiser without a password, a fresh one-time code each run until it is activated. */
describe('npm run create-organiser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-organiser-'));
  const SQLITE_FILE = join(dir, 'store.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the account with no password and answers a code; a second run replaces the code', async () => {
    const first = await createOrganiser('chen-jing', { SQLITE_FILE });
    const second = await createOrganiser('chen-jing', { SQLITE_FILE });
    expect(first?.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(second?.code).not.toBe(first?.code);

    const store = new SqliteEventStore(SQLITE_FILE);
    try {
      const events = await store.readStream('user-u-chen-jing');
      expect(events.map((e) => e.type)).toEqual(['UserRegistered', 'ActivationCodeIssued', 'ActivationCodeIssued']);
      expect(events[0]!.data).toMatchObject({ role: 'organiser', username: 'chen-jing' });
      expect(events[2]!.data).toMatchObject({ codeHash: activationCodeHash(second!.code) });
    } finally {
      await store.close();
    }
    await expect(createOrganiser('Not A Name', { SQLITE_FILE })).rejects.toThrow(/not a username/);
  }, 60_000);
});
