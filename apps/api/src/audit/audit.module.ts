import { Module } from '@nestjs/common';
import { AuditIndexService } from './audit-index.service.js';
import { AuditController } from './audit.controller.js';
import { BoardAtController } from './board-at.controller.js';
import { BoardTimeTravelService } from './board-time-travel.service.js';
import { ChainIntegrity } from './chain-integrity.service.js';
import { FeedController } from './feed.controller.js';
import { HistoryController } from './history.controller.js';
import { HistoryService } from './history.service.js';

/** History and tamper evidence: export and checkpoints, histories, time travel, the public feed. */
@Module({
  controllers: [AuditController, HistoryController, FeedController, BoardAtController],
  providers: [AuditIndexService, HistoryService, BoardTimeTravelService, ChainIntegrity],
  exports: [ChainIntegrity],
})
export class AuditModule {}
