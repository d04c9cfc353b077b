import {
  BadRequestException,
  Inject,
  Injectable,
  NotFoundException,
  type OnModuleDestroy,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { setImmediate as yieldToOtherWork } from 'node:timers/promises';
import { type BoardSnapshot, tradeBoardId } from '#contracts';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ReadModels } from '#read-models';
import { ProjectionsService } from '../projections/projections.service.js';
import { AuditIndexService } from './audit-index.service.js';

export interface BoardAsOf extends BoardSnapshot {
  /** The moment shown: every event up to this position, as a spectator saw the board then. */
  asOf: { position: number; occurredAt: string | null };
}

const PAGE_SIZE = 2000;
/** Replays waiting their turn beyond this are refused (each may read the whole log). */
const MAX_WAITING = 3;
/** The replayed read models are kept this long for the next request (often a later moment: replay goes on from there). */
const KEEP_REPLAY_MS = 60_000;

/**
 * Time travel: a board as it stood at a global position, or at a moment (the last event that
 * happened at or before it), computed by replaying fresh read models up to there. One replay runs
 * at a time; the last one is kept a while so that a later moment continues from it.
 */
@Injectable()
export class BoardTimeTravelService implements OnModuleDestroy {
  private replay?: { models: ReadModels; upTo: number };
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private releaseTimer?: NodeJS.Timeout;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionsService,
    private readonly index: AuditIndexService,
  ) {}

  onModuleDestroy(): void {
    clearTimeout(this.releaseTimer);
    this.replay = undefined;
  }

  async boardAt(tradeId: string, at: string): Promise<BoardAsOf> {
    if (!this.projections.models.catalogue.trades.has(tradeId)) {
      throw new NotFoundException({
        message: `Unknown trade ${tradeId}`,
        code: 'catalogue.unknown_trade',
        params: { tradeId },
        fields: { tradeId: [`Unknown trade ${tradeId}`] },
      });
    }
    await this.index.caughtUp();
    const position = await this.positionOf(at);
    if (this.waiting >= MAX_WAITING)
      throw new ServiceUnavailableException({
        message: 'Time travel is busy replaying other moments; try again shortly',
        code: 'history.busy',
        params: {},
      });
    this.waiting += 1;
    // The snapshot is taken in the replay's turn: the next replay goes on with the same read models.
    const turn = this.queue.then(async () => (await this.replayTo(position)).boards.snapshot(tradeBoardId(tradeId), 'public'));
    this.queue = turn.catch(() => undefined);
    try {
      const snapshot = await turn;
      if (!snapshot) {
        throw new NotFoundException({
          message: `Trade ${tradeId} was not defined yet at position ${position}`,
          code: 'history.trade_not_yet',
          params: { tradeId, position },
          fields: { at: ['before the trade was defined'] },
        });
      }
      return { ...snapshot, asOf: { position, occurredAt: this.index.timeline.occurredAt(position) ?? null } };
    } finally {
      this.waiting -= 1;
    }
  }

  /** `at`: a global position (whole number) or an ISO 8601 moment with a time zone. */
  private async positionOf(at: string): Promise<number> {
    const head = await this.store.headPosition();
    if (/^\d+$/.test(at)) {
      const position = Number(at);
      if (!Number.isSafeInteger(position)) throw badAt('a position must be a whole number');
      if (position > head)
        throw new UnprocessableEntityException({
          message: `at: position ${position} is after the last event (${head})`,
          code: 'history.after_last',
          params: { position, head },
          fields: { at: [`after the last event (${head})`] },
        });
      return position;
    }
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
    const moment = new Date(at);
    if (!iso.test(at) || Number.isNaN(moment.getTime()))
      throw badAt('give a global position (e.g. 1200) or an ISO 8601 moment with a time zone (e.g. 2026-11-24T10:30:00+08:00)');
    return Math.min(this.index.timeline.positionAt(moment), head);
  }

  private async replayTo(position: number): Promise<ReadModels> {
    clearTimeout(this.releaseTimer);
    if (!this.replay || this.replay.upTo > position) this.replay = { models: new ReadModels(), upTo: 0 };
    const replay = this.replay;
    while (replay.upTo < position) {
      const page = await this.store.readAll({ after: replay.upTo, maxCount: PAGE_SIZE });
      for (const event of page) {
        if (event.position > position) break;
        replay.models.apply(event);
      }
      // Positions may have gaps (KurrentDB): the replay has seen everything up to `position` once a page passes it or the log ends.
      replay.upTo = page.length === 0 || page[page.length - 1].position >= position ? position : page[page.length - 1].position;
      await yieldToOtherWork();
    }
    this.releaseTimer = setTimeout(() => (this.replay = undefined), KEEP_REPLAY_MS).unref();
    return replay.models;
  }
}

const badAt = (why: string) =>
  new BadRequestException({ message: `at: ${why}`, code: 'history.bad_position', params: { field: 'at' }, fields: { at: [why] } });
