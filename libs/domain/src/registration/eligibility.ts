import type { TradeRegistrationRules } from '../catalogue/catalogue.types.js';
import { invalid } from '../shared/domain-error.js';
import { birthDateOfResidentId } from '../shared/identifiers.js';

/** Whole years of age on a day (both ISO dates): a birthday on that day counts. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface EligibilityFacts {
  rules: TradeRegistrationRules | undefined;
  /** ISO date of the contest day of the trade's event. */
  contestDay: string;
  contestYear: number;
  /** Years in which this person won a first prize in this trade. */
  firstPrizeYears: (idNumber: string) => readonly number[];
}

/** Refuses, naming the rule, a person the trade's rules keep out. `field` says which person's field. */
export function assertEligible(person: { name: string; idNumber: string }, facts: EligibilityFacts, field: string): void {
  const { rules } = facts;
  if (!rules) return;
  if (rules.ageWindow) {
    const birthDate = birthDateOfResidentId(person.idNumber);
    const age = birthDate ? ageOn(birthDate, facts.contestDay) : NaN;
    const { min, max } = rules.ageWindow;
    if (!(age >= min && age <= max)) {
      throw invalid(`Age rule: ${person.name} is ${age} on the contest day (${facts.contestDay}); this trade takes ${min}–${max}`, field, {
        code: 'entries.age_rule',
        params: { person: person.name, age: Number.isNaN(age) ? null : age, contestDay: facts.contestDay, min, max },
      });
    }
  }
  if (rules.noFirstPrizeInLastEditions) {
    const since = facts.contestYear - rules.noFirstPrizeInLastEditions;
    const recent = facts.firstPrizeYears(person.idNumber).filter((year) => year >= since && year < facts.contestYear);
    if (recent.length > 0) {
      throw invalid(
        `Recent champion rule: ${person.name} won a first prize in this trade in ${recent.join(', ')}; ` +
          `winners of the last ${rules.noFirstPrizeInLastEditions} editions may not enter`,
        field,
        { code: 'entries.recent_champion', params: { person: person.name, years: recent, editions: rules.noFirstPrizeInLastEditions } },
      );
    }
  }
}
