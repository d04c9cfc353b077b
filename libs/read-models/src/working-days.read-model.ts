import type { StoredEvent } from '#event-store';
import {
  chinaWorkingDays,
  type DomainEvent,
  evolveWorkingDays,
  initialWorkingDaysState,
  type WorkingDayCalendar,
  type WorkingDaysState,
} from '#domain';

/**
 * Working days in China as the platform counts them: the announced years of the data file with the
 * organiser's corrections on top (docs/working-days.md). Used wherever working days are counted (the
 * publicity period, 公示).
 */
export class WorkingDaysReadModel {
  private state: WorkingDaysState = initialWorkingDaysState;
  private cached: WorkingDayCalendar = chinaWorkingDays;

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    if (event.type !== 'WorkingDayCorrected' && event.type !== 'WorkingDayCorrectionWithdrawn') return;
    this.state = evolveWorkingDays(this.state, event);
    this.cached = chinaWorkingDays.withCorrections(this.state.corrections.values());
  }

  calendar(): WorkingDayCalendar {
    return this.cached;
  }
}
