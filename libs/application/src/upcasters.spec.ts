import type { ContestantResult } from '#domain';
import type { StoredEvent } from '#event-store';
import { eventSchemas, UpcasterRegistry } from './upcasters.js';

const stored = (type: string, data: unknown, schemaVersion: number): StoredEvent => ({
  id: '6a1f7ad4-4a4e-4f5f-9a43-6bd1f1d2e001',
  streamId: 's-1',
  revision: 0,
  position: 1,
  recordedAt: '2026-11-24T09:00:00.000Z',
  type,
  data,
  metadata: {
    actor: { userId: 'system:scoring', role: 'system' },
    commandId: 'c',
    correlationId: 'c',
    causationId: 'c',
    occurredAt: '2026-11-24T09:00:00.000Z',
    schemaVersion,
  },
});

/** A result as written before scores were exact: two-decimal figures, no `exact`. */
const resultV1: ContestantResult = {
  tradeId: 't-cnc',
  competitorNumber: 3,
  sheetRevision: 7,
  theory: 81.25,
  practical: 66.67,
  total: 71.67,
  markedAspects: 4,
  totalAspects: 4,
  keyAspects: [2.5, null],
  status: 'complete',
};

describe('upcaster registry', () => {
  it('writes ResultCalculated at version 2 and any event without an upcaster at version 1', () => {
    expect(eventSchemas.currentVersion('ResultCalculated')).toBe(2);
    expect(eventSchemas.currentVersion('MarkSubmitted')).toBe(1);
  });

  it('reads a version 1 ResultCalculated without exact scores as its two-decimal figures, exactly', () => {
    const event = eventSchemas.upcast(stored('ResultCalculated', resultV1, 1));
    expect(event.metadata.schemaVersion).toBe(2);
    expect((event.data as ContestantResult).exact).toEqual({
      theory: '325/4',
      practical: '6667/100',
      total: '7167/100',
      keyAspects: ['5/2', null],
    });
    expect(event.data).toMatchObject(resultV1);
  });

  it('keeps the exact scores a version 1 result already has, and a current event as it is', () => {
    const exact = { theory: '1/3', practical: '2/3', total: '1/2', keyAspects: [] };
    const withExact = stored('ResultCalculated', { ...resultV1, keyAspects: [], exact }, 1);
    expect((eventSchemas.upcast(withExact).data as ContestantResult).exact).toEqual(exact);

    const current = stored('ResultCalculated', { ...resultV1, exact }, 2);
    expect(eventSchemas.upcast(current)).toBe(current);
    const other = stored('MarkSubmitted', { mark: 2 }, 1);
    expect(eventSchemas.upcast(other)).toBe(other);
  });

  it('chains the steps from the stored version to the current one, in order', () => {
    const registry = new UpcasterRegistry()
      .register<{ name: string }, { fullName: string }>('Renamed', 1, ({ name }) => ({ fullName: name }))
      .register<{ fullName: string }, { fullName: string; alias: string }>('Renamed', 2, (d) => ({ ...d, alias: d.fullName[0]! }));
    expect(registry.currentVersion('Renamed')).toBe(3);
    expect(registry.upcast(stored('Renamed', { name: 'Li' }, 1)).data).toEqual({ fullName: 'Li', alias: 'L' });
    expect(registry.upcast(stored('Renamed', { fullName: 'Wu' }, 2)).data).toEqual({ fullName: 'Wu', alias: 'W' });
  });

  it('refuses a second upcaster for the same step, and a gap in the chain', () => {
    const registry = new UpcasterRegistry().register('E', 1, (d) => d);
    expect(() => registry.register('E', 1, (d) => d)).toThrow(/already registered/);
    registry.register('E', 3, (d) => d);
    expect(() => registry.upcast(stored('E', {}, 1))).toThrow(/no upcaster from schema version 2/);
  });
});
