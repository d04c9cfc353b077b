import { Module } from '@nestjs/common';
import { JudgingModule } from '../judging/judging.module.js';
import { PrintingQueryController } from './printing.query.controller.js';
import { PrintingService } from './printing.service.js';

@Module({ imports: [JudgingModule], controllers: [PrintingQueryController], providers: [PrintingService] })
export class PrintingModule {}
