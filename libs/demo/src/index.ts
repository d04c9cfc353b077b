export {
  generateDemoContest,
  DEFAULT_DEMO_SEED,
  DEFAULT_DEMO_YEAR,
  DEMO_EVENT_COUNT,
  DEMO_TRADE_COUNT,
  type DemoContestOptions,
} from './demo-catalogue.js';
export { generateDemoAccounts, DEMO_PASSWORD, type DemoAccount, type DemoRole } from './demo-accounts.js';
export { demoEmployers, CITY_DIVISION_CODES, type DemoEmployer } from './demo-employers.js';
export { creditCodeCheckChar, organisationCodeCheckChar, makeCreditCode } from './credit-code.js';
export { createRng, hashString, type Rng } from './prng.js';
export {
  chineseName,
  residentIdCheckChar,
  residentIdNumber,
  birthDateForAge,
  mobilePhone,
  demoPerson,
  type DemoPerson,
  type DemoPersonOptions,
} from './demo-people.js';
export {
  generateDemoAchievements,
  DEMO_ACHIEVEMENTS_PER_TRADE,
  type DemoAchievement,
  type DemoApplicant,
} from './demo-achievements.js';
