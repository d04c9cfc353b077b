import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { CatalogueController } from './catalogue.controller.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ imports: [IdentityModule], controllers: [CatalogueController], providers: [DemoSeeder] })
export class CatalogueModule {}
