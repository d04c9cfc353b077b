import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { type AppConfig, InfrastructureModule } from '#platform';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { HealthController } from './health/health.controller.js';
import { IdentityModule } from './identity/identity.module.js';
import { JudgingModule } from './judging/judging.module.js';
import { LiveGateway } from './live/live.gateway.js';
import { LivePageController } from './live/live-page.controller.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { RegistrationModule } from './registration/registration.module.js';
import { ReportsModule } from './reports/reports.module.js';

/** The API process. In the default profile it also hosts the worker's modules (RUN_WORKER). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        CqrsModule.forRoot(),
        ProjectionsModule,
        IdentityModule,
        CatalogueModule,
        RegistrationModule,
        JudgingModule,
        ReportsModule,
        ...(config.RUN_WORKER ? [WorkerModule.forRoot(config)] : []),
      ],
      controllers: [HealthController, LivePageController],
      providers: [LiveGateway],
    };
  }
}
