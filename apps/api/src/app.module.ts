import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { type AppConfig, InfrastructureModule } from '#platform';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { AchievementsModule } from './achievements/achievements.module.js';
import { ApiQueueConnections } from './admin/api-queue-connections.js';
import { FailedJobsController } from './admin/failed-jobs.controller.js';
import { AuditModule } from './audit/audit.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { DeskModule } from './desk/desk.module.js';
import { PrintingModule } from './printing/printing.module.js';
import { HealthController } from './health/health.controller.js';
import { IdentityModule } from './identity/identity.module.js';
import { JudgingModule } from './judging/judging.module.js';
import { LiveGateway } from './live/live.gateway.js';
import { LiveRedis } from './live/live-redis.js';
import { ObservabilityModule, type ObservabilityOptions } from './observability/observability.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { RegistrationModule } from './registration/registration.module.js';
import { ReportsModule } from './reports/reports.module.js';

/** The API process. In the default profile it also hosts the worker's modules (RUN_WORKER). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, observability: ObservabilityOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        ObservabilityModule.forRoot(config, observability),
        CqrsModule.forRoot(),
        ProjectionsModule,
        IdentityModule,
        CatalogueModule,
        RegistrationModule,
        JudgingModule,
        ReportsModule,
        AuditModule,
        DeskModule,
        PrintingModule,
        CalendarModule,
        AchievementsModule,
        ...(config.RUN_WORKER ? [WorkerModule.forRoot(config)] : []),
      ],
      controllers: [HealthController, FailedJobsController],
      providers: [LiveGateway, LiveRedis, ApiQueueConnections],
    };
  }
}
