import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { assertNever, type Decider } from '../shared/decider.js';
import { invalid } from '../shared/domain-error.js';
import { CHINA_OFFICIAL_CALENDAR } from './china-holidays.data.js';

/**
 * Working days in mainland China (工作日): Monday to Friday, less the public holidays (放假), plus the make-up
 * working days (调休上班, a Saturday or Sunday worked in exchange for a longer holiday), as the State Council
 * announces them each year. The announced years ship as a checked data file (china-holidays.data.ts); the
 * organiser corrects any date, or fills in a year the file does not know yet, with a correction kept in the
 * store (stream `working-days-YYYY`), which wins over the file.
 */

/** A calendar date, `YYYY-MM-DD`, in China. */
export type CalendarDate = string;

/** One year as the State Council announced it: each date with the festival it belongs to. */
export interface OfficialYear {
  year: number;
  notice: string;
  holidays: readonly (readonly [CalendarDate, string])[];
  makeUpWorkdays: readonly (readonly [CalendarDate, string])[];
}

/** An organiser's correction of one date: a rest day (休) or a working day (班), whatever the file says. */
export interface WorkingDayCorrection {
  date: CalendarDate;
  kind: 'rest' | 'work';
  note: string;
}

export type DayKind = 'working-day' | 'weekend' | 'holiday' | 'make-up-working-day';

export interface DayInfo {
  date: CalendarDate;
  working: boolean;
  kind: DayKind;
  /** The festival (from the file) or the organiser's note (from a correction). */
  label?: string;
  source: 'weekday' | 'official' | 'correction';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function isWeekend(date: CalendarDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

export class WorkingDayCalendar {
  private readonly holidays = new Map<CalendarDate, string>();
  private readonly makeUp = new Map<CalendarDate, string>();
  private readonly corrections = new Map<CalendarDate, WorkingDayCorrection>();
  private readonly officialYears = new Map<number, string>();

  constructor(official: readonly OfficialYear[], corrections: Iterable<WorkingDayCorrection> = []) {
    for (const year of official) {
      this.officialYears.set(year.year, year.notice);
      for (const [date, name] of year.holidays) this.holidays.set(date, name);
      for (const [date, name] of year.makeUpWorkdays) this.makeUp.set(date, name);
    }
    for (const correction of corrections) this.corrections.set(correction.date, correction);
  }

  /** The same official years with these corrections on top. */
  withCorrections(corrections: Iterable<WorkingDayCorrection>): WorkingDayCalendar {
    const official = [...this.officialYears].map(([year, notice]) => ({
      year,
      notice,
      holidays: [...this.holidays].filter(([d]) => d.startsWith(`${year}-`)),
      makeUpWorkdays: [...this.makeUp].filter(([d]) => d.startsWith(`${year}-`)),
    }));
    return new WorkingDayCalendar(official, corrections);
  }

  day(date: CalendarDate): DayInfo {
    const correction = this.corrections.get(date);
    if (correction) {
      const working = correction.kind === 'work';
      const kind: DayKind = working ? (isWeekend(date) ? 'make-up-working-day' : 'working-day') : isWeekend(date) ? 'weekend' : 'holiday';
      return { date, working, kind, label: correction.note, source: 'correction' };
    }
    const holiday = this.holidays.get(date);
    if (holiday) return { date, working: false, kind: 'holiday', label: holiday, source: 'official' };
    const makeUp = this.makeUp.get(date);
    if (makeUp) return { date, working: true, kind: 'make-up-working-day', label: makeUp, source: 'official' };
    return isWeekend(date)
      ? { date, working: false, kind: 'weekend', source: 'weekday' }
      : { date, working: true, kind: 'working-day', source: 'weekday' };
  }

  isWorkingDay(date: CalendarDate): boolean {
    return this.day(date).working;
  }

  /** The notice the file follows for this year, if the file knows the year. */
  officialNotice(year: number): string | undefined {
    return this.officialYears.get(year);
  }

  /** Every date of the year that is not an ordinary weekday or weekend: holidays, make-up days, corrections. */
  exceptions(year: number): DayInfo[] {
    const dates = new Set<CalendarDate>();
    for (const map of [this.holidays, this.makeUp, this.corrections]) {
      for (const date of map.keys()) if (date.startsWith(`${year}-`)) dates.add(date);
    }
    return [...dates].sort().map((date) => this.day(date));
  }

  correctionsIn(year: number): WorkingDayCorrection[] {
    return [...this.corrections.values()].filter((c) => c.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
  }
}

/** The announced years with no correction: what the platform uses until the organiser corrects a date. */
export const chinaWorkingDays = new WorkingDayCalendar(CHINA_OFFICIAL_CALENDAR);

/**
 * The instant `workingDays` working days after `from`, counted in `timeZone`: the same clock time on the
 * n-th working day after the day of `from` (published on a rest day, the first working day after it is day 1).
 */
export function addWorkingDays(
  from: string,
  workingDays: number,
  timeZone: string,
  calendar: WorkingDayCalendar = chinaWorkingDays,
): string {
  let day = new TZDate(from, timeZone);
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(format(day, 'yyyy-MM-dd'))) counted += 1;
  }
  return new Date(day.getTime()).toISOString();
}

// ---- the organiser's corrections, one stream per year ----

export type WorkingDaysEvent =
  | { type: 'WorkingDayCorrected'; data: { year: number; date: CalendarDate; kind: 'rest' | 'work'; note: string } }
  | { type: 'WorkingDayCorrectionWithdrawn'; data: { year: number; date: CalendarDate } };

export type WorkingDaysCommand =
  | { type: 'CorrectWorkingDay'; date: string; kind: string; note: string }
  | { type: 'WithdrawWorkingDayCorrection'; date: string };

export interface WorkingDaysState {
  corrections: ReadonlyMap<CalendarDate, WorkingDayCorrection>;
}

export const initialWorkingDaysState: WorkingDaysState = { corrections: new Map() };

export function evolveWorkingDays(state: WorkingDaysState, event: WorkingDaysEvent): WorkingDaysState {
  const corrections = new Map(state.corrections);
  switch (event.type) {
    case 'WorkingDayCorrected':
      corrections.set(event.data.date, { date: event.data.date, kind: event.data.kind, note: event.data.note });
      return { corrections };
    case 'WorkingDayCorrectionWithdrawn':
      corrections.delete(event.data.date);
      return { corrections };
    default:
      return assertNever(event);
  }
}

export function decideWorkingDays(command: WorkingDaysCommand, state: WorkingDaysState): WorkingDaysEvent[] {
  if (!isCalendarDate(command.date)) {
    throw invalid('The date is not a calendar date (YYYY-MM-DD)', 'date', {
      code: 'working_days.date_invalid',
      params: { date: command.date },
    });
  }
  const year = Number(command.date.slice(0, 4));
  const current = state.corrections.get(command.date);
  switch (command.type) {
    case 'CorrectWorkingDay': {
      if (command.kind !== 'rest' && command.kind !== 'work') {
        throw invalid('A date is corrected to a rest day (rest) or a working day (work)', 'kind', {
          code: 'working_days.kind_invalid',
          params: { kind: command.kind },
        });
      }
      const note = command.note.trim();
      if (note.length === 0 || note.length > 200) {
        throw invalid('Say why the date is corrected (the notice or the reason), in at most 200 characters', 'note', {
          code: 'working_days.note_required',
        });
      }
      if (current && current.kind === command.kind && current.note === note) return [];
      return [{ type: 'WorkingDayCorrected', data: { year, date: command.date, kind: command.kind, note } }];
    }
    case 'WithdrawWorkingDayCorrection':
      return current ? [{ type: 'WorkingDayCorrectionWithdrawn', data: { year, date: command.date } }] : [];
    default:
      return assertNever(command);
  }
}

export const workingDaysDecider: Decider<WorkingDaysCommand, WorkingDaysEvent, WorkingDaysState> = {
  initialState: initialWorkingDaysState,
  evolve: evolveWorkingDays,
  decide: decideWorkingDays,
};
