import type { StoredEvent } from '#event-store';
import { AchievementsReadModel } from './achievements.read-model.js';
import { AppealsReadModel } from './appeals.read-model.js';
import { BoardsReadModel } from './boards.read-model.js';
import { CatalogueReadModel } from './catalogue.read-model.js';
import { DeskReadModel } from './desk.read-model.js';
import { EntriesReadModel } from './entries.read-model.js';
import { RegistrationReportReadModel } from './registration-report.read-model.js';
import { SessionsReadModel } from './sessions.read-model.js';
import { UsersReadModel } from './users.read-model.js';
import { WorkingDaysReadModel } from './working-days.read-model.js';

/**
 * Every read model of one process, fed from one subscription in global order.
 * `position` is the last event applied: an event at or below it is skipped, so a replayed
 * event changes nothing.
 */
export class ReadModels {
  readonly catalogue = new CatalogueReadModel();
  readonly users = new UsersReadModel();
  readonly sessions = new SessionsReadModel();
  readonly entries = new EntriesReadModel();
  readonly registrationReport = new RegistrationReportReadModel();
  readonly boards = new BoardsReadModel(this.entries, this.catalogue);
  readonly appeals = new AppealsReadModel();
  readonly desk = new DeskReadModel();
  readonly workingDays = new WorkingDaysReadModel();
  readonly achievements = new AchievementsReadModel();
  position = 0;

  apply(event: StoredEvent): void {
    if (event.position <= this.position) return;
    this.catalogue.apply(event);
    this.users.apply(event);
    this.sessions.apply(event);
    this.entries.apply(event);
    this.registrationReport.apply(event);
    this.boards.apply(event);
    this.appeals.apply(event);
    this.desk.apply(event);
    this.workingDays.apply(event);
    this.achievements.apply(event);
    this.position = event.position;
  }
}
