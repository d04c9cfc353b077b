import { describe, expect, it } from '@jest/globals';
import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import { CONTEST_TIME_ZONE, publicityEndsAt } from '../judging/appeal.js';
import { spec } from '../testing/decider-specification.js';
import { CHINA_OFFICIAL_CALENDAR } from './china-holidays.data.js';
import { addWorkingDays, chinaWorkingDays, isCalendarDate, WorkingDayCalendar, workingDaysDecider } from './working-days.js';

/** 10:00 (or the given time) in Shenyang (UTC+8) on a date, as the UTC instant the platform stores. */
const shenyang = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`).toISOString();
const fiveDays = { publicityWorkingDays: 5 } as TradeDefinition;

describe('working days in China: the announced holidays and make-up working days', () => {
  it('knows the State Council’s 2025 and 2026 notices', () => {
    expect(CHINA_OFFICIAL_CALENDAR.map((y) => y.year)).toEqual([2025, 2026]);
    // National Day 2026: 1–7 October off; Sunday 20 September and Saturday 10 October worked.
    for (const d of ['01', '02', '03', '04', '05', '06', '07']) expect(chinaWorkingDays.isWorkingDay(`2026-10-${d}`)).toBe(false);
    expect(chinaWorkingDays.day('2026-09-20')).toEqual({
      date: '2026-09-20',
      working: true,
      kind: 'make-up-working-day',
      label: '国庆节',
      source: 'official',
    });
    expect(chinaWorkingDays.day('2026-10-10').kind).toBe('make-up-working-day');
    // Spring Festival 2026: 15–23 February off; Saturdays 14 and 28 February worked.
    expect(chinaWorkingDays.day('2026-02-16')).toEqual({
      date: '2026-02-16',
      working: false,
      kind: 'holiday',
      label: '春节',
      source: 'official',
    });
    expect(chinaWorkingDays.isWorkingDay('2026-02-14')).toBe(true);
    expect(chinaWorkingDays.isWorkingDay('2026-02-28')).toBe(true);
    // An ordinary week: Monday to Friday worked, the weekend not.
    expect(chinaWorkingDays.day('2026-07-13')).toEqual({ date: '2026-07-13', working: true, kind: 'working-day', source: 'weekday' });
    expect(chinaWorkingDays.day('2026-07-18')).toEqual({ date: '2026-07-18', working: false, kind: 'weekend', source: 'weekday' });
  });

  it('lists every holiday and make-up day as a weekday or weekend day of its year (no date out of place)', () => {
    for (const year of CHINA_OFFICIAL_CALENDAR) {
      for (const [date] of [...year.holidays, ...year.makeUpWorkdays]) {
        expect(isCalendarDate(date)).toBe(true);
        expect(date.startsWith(`${year.year}-`)).toBe(true);
      }
      // a make-up working day is always a Saturday or a Sunday
      for (const [date] of year.makeUpWorkdays) expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });
});

describe('the publicity period (公示) with real years', () => {
  it('published just before National Day 2026: the holiday week does not count, the make-up Saturday does', () => {
    // Wednesday 30 September 2026 → Thu 8 (1), Fri 9 (2), Sat 10 make-up (3), Mon 12 (4), Tue 13 October (5).
    expect(publicityEndsAt(fiveDays, shenyang('2026-09-30'))).toBe(shenyang('2026-10-13'));
    // Counting Monday to Friday only would have ended it on Wednesday 7 October, in the middle of the holiday.
    expect(addWorkingDays(shenyang('2026-09-30'), 5, CONTEST_TIME_ZONE, new WorkingDayCalendar([]))).toBe(shenyang('2026-10-07'));
  });

  it('published before the make-up Saturday after Labour Day 2026: that Saturday is a working day', () => {
    // Wednesday 6 May 2026 → Thu 7 (1), Fri 8 (2), Sat 9 make-up (3), Mon 11 (4), Tue 12 May (5).
    expect(publicityEndsAt(fiveDays, shenyang('2026-05-06'))).toBe(shenyang('2026-05-12'));
  });

  it('published on the Friday before the make-up Sunday of National Day 2025, it ends after the holiday', () => {
    // Friday 26 September 2025 → Sun 28 make-up (1), Mon 29 (2), Tue 30 (3), [1–8 October off], Thu 9 (4), Fri 10 October (5).
    expect(publicityEndsAt(fiveDays, shenyang('2025-09-26', '16:30'))).toBe(shenyang('2025-10-10', '16:30'));
  });

  it('published on the eve of Spring Festival 2026: the make-up Saturday, then nine days off', () => {
    // Friday 13 February 2026 → Sat 14 make-up (1), [15–23 off], Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 February (5).
    expect(publicityEndsAt(fiveDays, shenyang('2026-02-13'))).toBe(shenyang('2026-02-27'));
  });

  it('published on a holiday counts from the first working day after it', () => {
    // Saturday 3 October 2026, in the holiday: Thu 8 (1) … Tue 13 (5), as if published on 30 September.
    expect(publicityEndsAt(fiveDays, shenyang('2026-10-03', '09:00'))).toBe(shenyang('2026-10-13', '09:00'));
    expect(publicityEndsAt({ publicityWorkingDays: 1 } as TradeDefinition, shenyang('2026-10-03'))).toBe(shenyang('2026-10-08'));
  });
});

describe('the organiser’s corrections', () => {
  it('win over the announced file, both ways, and fill in a year the file does not know', () => {
    const corrected = chinaWorkingDays.withCorrections([
      // a local holiday the province declared: a rest day
      { date: '2026-10-12', kind: 'rest', note: '省政府通知：补休' },
      // 2027 is not in the file yet: the organiser enters the notice's make-up Saturday
      { date: '2027-02-20', kind: 'work', note: '2027年春节调休上班' },
    ]);
    expect(corrected.day('2026-10-12')).toEqual({
      date: '2026-10-12',
      working: false,
      kind: 'holiday',
      label: '省政府通知：补休',
      source: 'correction',
    });
    expect(corrected.day('2027-02-20')).toMatchObject({ working: true, kind: 'make-up-working-day', source: 'correction' });
    // the rest of the file is kept
    expect(corrected.isWorkingDay('2026-10-01')).toBe(false);
    expect(corrected.isWorkingDay('2026-10-10')).toBe(true);
    // and the publicity period follows: 30 September → 8, 9, 10, 13, 14 October
    expect(publicityEndsAt(fiveDays, shenyang('2026-09-30'), corrected)).toBe(shenyang('2026-10-14'));
    expect(corrected.exceptions(2027).map((d) => d.date)).toEqual(['2027-02-20']);
    expect(corrected.officialNotice(2027)).toBeUndefined();
    expect(corrected.officialNotice(2026)).toBe('国务院办公厅关于2026年部分节假日安排的通知');
  });

  it('are recorded per date with a note, withdrawn back to the file, and refused when malformed', () => {
    const corrected = {
      type: 'WorkingDayCorrected' as const,
      data: { year: 2026, date: '2026-10-12', kind: 'rest' as const, note: '补休' },
    };
    spec(workingDaysDecider)
      .given([])
      .when({ type: 'CorrectWorkingDay', date: '2026-10-12', kind: 'rest', note: ' 补休 ' })
      .then([corrected]);
    spec(workingDaysDecider)
      .given([corrected])
      .when({ type: 'CorrectWorkingDay', date: '2026-10-12', kind: 'rest', note: '补休' })
      .then([]);
    spec(workingDaysDecider)
      .given([corrected])
      .when({ type: 'WithdrawWorkingDayCorrection', date: '2026-10-12' })
      .then([{ type: 'WorkingDayCorrectionWithdrawn', data: { year: 2026, date: '2026-10-12' } }]);
    spec(workingDaysDecider).given([]).when({ type: 'WithdrawWorkingDayCorrection', date: '2026-10-12' }).then([]);
    spec(workingDaysDecider)
      .given([])
      .when({ type: 'CorrectWorkingDay', date: '2026-02-30', kind: 'rest', note: 'x' })
      .thenThrows('invalid', { field: 'date', code: 'working_days.date_invalid' });
    spec(workingDaysDecider)
      .given([])
      .when({ type: 'CorrectWorkingDay', date: '2026-10-12', kind: 'holiday', note: 'x' })
      .thenThrows('invalid', { field: 'kind', code: 'working_days.kind_invalid' });
    spec(workingDaysDecider)
      .given([])
      .when({ type: 'CorrectWorkingDay', date: '2026-10-12', kind: 'work', note: '  ' })
      .thenThrows('invalid', { field: 'note', code: 'working_days.note_required' });
  });
});
