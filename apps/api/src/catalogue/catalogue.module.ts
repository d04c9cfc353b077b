import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { CatalogueController } from './catalogue.controller.js';
import { CatalogueImporter } from './catalogue-importer.service.js';
import { CatalogueWorkbookController } from './catalogue-workbook.controller.js';
import { ApproveTradeRevisionHandler } from './commands/approve-trade-revision/approve-trade-revision.handler.js';
import { ApproveTradeRevisionHttpController } from './commands/approve-trade-revision/approve-trade-revision.http.controller.js';
import { CreateEditionHandler } from './commands/create-edition/create-edition.handler.js';
import { CreateEditionHttpController } from './commands/create-edition/create-edition.http.controller.js';
import { ImportCatalogueHandler } from './commands/import-catalogue/import-catalogue.handler.js';
import { ImportCatalogueHttpController } from './commands/import-catalogue/import-catalogue.http.controller.js';
import { ReviseTradeHandler } from './commands/revise-trade/revise-trade.handler.js';
import { ReviseTradeHttpController } from './commands/revise-trade/revise-trade.http.controller.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({
  imports: [IdentityModule],
  controllers: [
    CatalogueController,
    CatalogueWorkbookController,
    ImportCatalogueHttpController,
    CreateEditionHttpController,
    ReviseTradeHttpController,
    ApproveTradeRevisionHttpController,
  ],
  providers: [DemoSeeder, CatalogueImporter, ImportCatalogueHandler, CreateEditionHandler, ReviseTradeHandler, ApproveTradeRevisionHandler],
})
export class CatalogueModule {}
