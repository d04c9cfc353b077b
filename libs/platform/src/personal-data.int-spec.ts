import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FORGOTTEN, UNREADABLE } from '#domain';
import {
  type EventMetadata,
  type NewEvent,
  PersonalDataEncryptingStore,
  SqliteEventStore,
  SqlitePersonKeyStore,
  type StoredEvent,
  storedForm,
} from '#event-store';
import { personalDataPolicy, personKey } from './personal-data.js';

const SECRET = 'a-person-key-secret-for-tests';
const CAPTAIN = { name: '张伟', idNumber: '210102199003071233', phone: '13812345678' };
const MEMBER = { name: '李娜', idNumber: '21010219920815002X', phone: '13998765432' };
const OTHER = { name: '王芳', idNumber: '210102198811110017', phone: '15004151234' };

const meta = (): EventMetadata => {
  const commandId = randomUUID();
  return {
    actor: { userId: 'u-organiser', role: 'organiser' },
    commandId,
    correlationId: commandId,
    causationId: commandId,
    occurredAt: '2026-05-01T08:00:00.000Z',
    schemaVersion: 1,
  };
};

const entrySubmitted = (entryId: string, captain: typeof CAPTAIN, members: Array<typeof CAPTAIN> = []): NewEvent => ({
  id: randomUUID(),
  type: 'EntrySubmitted',
  data: {
    entryId,
    contestId: 'c2026',
    tradeId: 'trade-a',
    ...captain,
    employer: { name: '沈阳机床', creditCode: '91210100MA0000001X', techBased: true },
    city: 'shenyang',
    skillLevel: 'level-3',
    members,
  },
  metadata: meta(),
});

/** Both files, as a real deployment has them; a second instance on the same files is another process. */
function open(dir: string) {
  const file = join(dir, 'events.sqlite');
  const keys = new SqlitePersonKeyStore(`${file}.keys`);
  const store = new PersonalDataEncryptingStore(new SqliteEventStore(file, { pollIntervalMs: 10 }), keys, personalDataPolicy(SECRET));
  return { file, keys, store };
}

/** Every byte of a SQLite database as it is on disk: the file and its WAL after a checkpoint. */
function bytesOf(file: string): Buffer {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const wal = (() => {
    try {
      return readFileSync(`${file}-wal`);
    } catch {
      return Buffer.alloc(0);
    }
  })();
  return Buffer.concat([readFileSync(file), wal]);
}

const holds = (bytes: Buffer, value: string | Buffer) => bytes.includes(typeof value === 'string' ? Buffer.from(value, 'utf8') : value);

const personal = (event: StoredEvent) => {
  const data = event.data as { idNumber: string; phone: string; members: Array<{ idNumber: string; phone: string }> };
  return [data.idNumber, data.phone, ...data.members.flatMap((m) => [m.idNumber, m.phone])];
};

describe('personal data encrypted in the event store (SQLite, the contest policy)', () => {
  let dir: string;
  let opened: ReturnType<typeof open>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jiangxin-pii-'));
    opened = open(dir);
  });
  afterEach(async () => {
    await opened.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores ID numbers and phones sealed, and reads them back in the clear through every read', async () => {
    const { store, file } = opened;
    const event = entrySubmitted('e-team', CAPTAIN, [MEMBER]);
    const original = structuredClone(event);
    await store.append('entry-e-team', [event], 'no_stream');
    expect(event).toEqual(original); // the caller's event is not changed

    const stored = (await storedForm(store).readStream('entry-e-team'))[0];
    for (const value of personal(stored)) expect(value).toMatch(/^pii:1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored.data).toMatchObject({ name: CAPTAIN.name, city: 'shenyang', employer: { techBased: true } });

    const clear = [CAPTAIN.idNumber, CAPTAIN.phone, MEMBER.idNumber, MEMBER.phone];
    expect(personal((await store.readStream('entry-e-team'))[0])).toEqual(clear);
    expect(personal((await store.readAll())[0])).toEqual(clear);
    const seen: StoredEvent[] = [];
    const subscription = store.subscribeToAll((e) => void seen.push(e), { name: 'test' });
    await subscription.caughtUp();
    await subscription.stop();
    expect(personal(seen[0])).toEqual(clear);

    const bytes = bytesOf(file);
    for (const value of clear) expect(holds(bytes, value)).toBe(false);
    expect(holds(bytes, CAPTAIN.name)).toBe(true); // the rest of the event is stored as it was
  });

  it('encrypts each person with their own key, the same across their events', async () => {
    const { store, keys } = opened;
    await store.append('entry-1', [entrySubmitted('e-1', CAPTAIN, [MEMBER])], 'no_stream');
    await store.append('entry-2', [entrySubmitted('e-2', CAPTAIN)], 'no_stream');
    const [first, second] = await storedForm(store).readAll();
    const keyIdOf = (value: string) => value.split(':')[2];
    const [captainId, , memberId] = personal(first).map(keyIdOf);
    expect(captainId).not.toBe(memberId);
    expect(keyIdOf(personal(second)[0])).toBe(captainId);
    expect((await keys.keyFor(personKey(SECRET, CAPTAIN.idNumber))).keyId).toBe(captainId);
  });

  it('forgets a person when their key is deleted: their fields read as a placeholder, everything else as before', async () => {
    const { store, keys, file } = opened;
    await store.append('entry-team', [entrySubmitted('e-team', CAPTAIN, [MEMBER])], 'no_stream');
    await store.append('entry-other', [entrySubmitted('e-other', OTHER)], 'no_stream');
    const captainKey = (await keys.keyFor(personKey(SECRET, CAPTAIN.idNumber))).key;
    const storedBefore = await storedForm(store).readAll();
    expect(holds(bytesOf(`${file}.keys`), captainKey)).toBe(true);

    expect(await keys.forget(personKey(SECRET, CAPTAIN.idNumber))).toBe(true);
    expect(await keys.forget(personKey(SECRET, CAPTAIN.idNumber))).toBe(false);

    const [team, other] = await store.readAll();
    expect(personal(team)).toEqual([FORGOTTEN, FORGOTTEN, MEMBER.idNumber, MEMBER.phone]);
    expect(team.data).toMatchObject({ name: CAPTAIN.name, entryId: 'e-team' });
    expect(personal(other)).toEqual([OTHER.idNumber, OTHER.phone]);
    // The log itself did not change: a hash chain over it still verifies.
    expect(await storedForm(store).readAll()).toEqual(storedBefore);
    // The key's bytes are gone from the key file and its WAL.
    expect(holds(bytesOf(`${file}.keys`), captainKey)).toBe(false);
  });

  it('gives a person who enters again after being forgotten a new key; the old events stay forgotten', async () => {
    const { store, keys } = opened;
    await store.append('entry-a', [entrySubmitted('e-a', CAPTAIN)], 'no_stream');
    await keys.forget(personKey(SECRET, CAPTAIN.idNumber));
    await store.append('entry-b', [entrySubmitted('e-b', CAPTAIN)], 'no_stream');
    const [before, after] = await store.readAll();
    expect(personal(before)).toEqual([FORGOTTEN, FORGOTTEN]);
    expect(personal(after)).toEqual([CAPTAIN.idNumber, CAPTAIN.phone]);
  });

  it('reads an altered or moved ciphertext as unreadable instead of failing the replay', async () => {
    const { store, file } = opened;
    await store.append('entry-1', [entrySubmitted('e-1', CAPTAIN)], 'no_stream');
    await store.append('entry-2', [entrySubmitted('e-2', OTHER)], 'no_stream');
    const db = new Database(file);
    const rows = db.prepare<[], { position: number; data: string }>('SELECT position, data FROM events ORDER BY position').all();
    const [one, two] = rows.map((row) => JSON.parse(row.data));
    // Event 1: the last character of its sealed phone changed. Event 2: event 1's sealed ID number copied in.
    one.phone = one.phone.slice(0, -1) + (one.phone.endsWith('A') ? 'B' : 'A');
    two.idNumber = JSON.parse(rows[0].data).idNumber;
    const update = db.prepare('UPDATE events SET data = ? WHERE position = ?');
    update.run(JSON.stringify(one), rows[0].position);
    update.run(JSON.stringify(two), rows[1].position);
    db.close();

    const [first, second] = await store.readAll();
    expect(personal(first)).toEqual([CAPTAIN.idNumber, UNREADABLE]);
    expect(personal(second)).toEqual([UNREADABLE, OTHER.phone]);
  });

  it('shares keys between two processes on the same files, and a forget in one holds in the other', async () => {
    const other = open(dir);
    try {
      await opened.store.append('entry-1', [entrySubmitted('e-1', CAPTAIN)], 'no_stream');
      expect(personal((await other.store.readStream('entry-1'))[0])).toEqual([CAPTAIN.idNumber, CAPTAIN.phone]);
      await other.keys.forget(personKey(SECRET, CAPTAIN.idNumber));
      expect(personal((await opened.store.readStream('entry-1'))[0])).toEqual([FORGOTTEN, FORGOTTEN]);
    } finally {
      await other.store.close();
    }
  });

  it("seals an account's password hash, so that an export of the log does not carry it", async () => {
    const { store } = opened;
    const registered: NewEvent = {
      id: randomUUID(),
      type: 'UserRegistered',
      data: {
        userId: 'u-judge-1',
        username: 'judge-1',
        displayName: '刘伟',
        role: 'judge',
        tradeIds: ['t'],
        passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      },
      metadata: meta(),
    };
    await store.append('user-u-judge-1', [registered], 'no_stream');
    const stored = (await storedForm(store).readAll())[0].data as { passwordHash: string; username: string };
    expect(stored.passwordHash).toMatch(/^pii:1:/);
    expect(stored.username).toBe('judge-1');
    expect((await store.readAll())[0].data).toEqual(registered.data);
  });

  it('leaves events without personal data as they are', async () => {
    const { store } = opened;
    const marked: NewEvent = {
      id: randomUUID(),
      type: 'MarkSubmitted',
      data: { tradeId: 't', competitorNumber: 3, aspectId: 'a1', judgeId: 'u-j', mark: 2 },
      metadata: meta(),
    };
    await store.append('scoresheet-t-3', [marked], 'no_stream');
    expect((await storedForm(store).readAll())[0].data).toEqual(marked.data);
    expect((await store.readAll())[0].data).toEqual(marked.data);
  });
});
