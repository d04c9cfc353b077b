import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter, Gauge } from 'prom-client';
import { EVENT_STORE, type EventStore } from '#event-store';
import { collectProcessMetrics, processMetric, trackSubscriptionLag } from '#platform';
import { LiveGateway } from '../live/live.gateway.js';
import { ProjectionsService } from '../projections/projections.service.js';

/** The subscription name ProjectionsService gives the store. */
const READ_MODELS_SUBSCRIPTION = 'read-models';

const marksAccepted = () =>
  processMetric(
    'jiangxin_marks_accepted_total',
    () =>
      new Counter({
        name: 'jiangxin_marks_accepted_total',
        help: "Marks (MarkSubmitted events) this node's read models applied since the node started, from any node",
      }),
  );

/** Every /live gateway of this process (one per app; tests may run several). */
const liveGateways = new Set<LiveGateway>();
const liveSockets = () =>
  processMetric(
    'jiangxin_live_sockets',
    () =>
      new Gauge({
        name: 'jiangxin_live_sockets',
        help: 'Spectator sockets connected to this node on /live',
        collect() {
          this.set([...liveGateways].reduce((sum, gateway) => sum + gateway.connectedSockets, 0));
        },
      }),
  );

/**
 * The api node's metrics that come from its own parts: marks seen by its read models, spectator
 * sockets, and how far its read models are behind the store. (HTTP latency: http-metrics.ts.)
 */
@Injectable()
export class ApiMetrics implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly stops: Array<() => void> = [];

  constructor(
    private readonly projections: ProjectionsService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    collectProcessMetrics();
    const marks = marksAccepted();
    this.stops.push(
      this.projections.onLiveEvent((event) => {
        if (event.type === 'MarkSubmitted') marks.inc();
      }),
      trackSubscriptionLag(READ_MODELS_SUBSCRIPTION, this.store, () => this.projections.models.position),
    );

    // The gateway belongs to the app module; it is looked up rather than imported into this one.
    const gateway = this.moduleRef.get(LiveGateway, { strict: false });
    liveSockets();
    liveGateways.add(gateway);
    this.stops.push(() => liveGateways.delete(gateway));
  }

  onModuleDestroy(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
