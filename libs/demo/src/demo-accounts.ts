/**
 * Demo user accounts for a (demo) contest: the organiser, the arbitration committee, a reviewer per city,
 * and per trade a chief judge and a panel of judges. Deterministic for a given contest.
 */
import { CITIES, type CityId, type ContestDefinition } from '../../domain/src/catalogue/catalogue.types.js';
import { demoEmployers, type DemoEmployer } from './demo-employers.js';
import { createRng, hashString, type Rng } from './prng.js';

/** The password of every demo account (demo data only, never for a real contest). */
export const DEMO_PASSWORD = 'jiangxin-demo';

export type DemoRole = 'organiser' | 'arbitration' | 'city_reviewer' | 'chief_judge' | 'judge';

export interface DemoAccount {
  id: string;
  username: string;
  displayName: string;
  role: DemoRole;
  city?: CityId;
  tradeIds?: string[];
  employer?: { name: string; creditCode: string };
}

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹易常武乔贺龚文',
];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰志建国海波宁亮鹏辉峰晨雪斌宇浩凯红春东文博新立成'];

function personName(rng: Rng): string {
  const given = rng.chance(0.6) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

function account(username: string, rest: Omit<DemoAccount, 'id' | 'username'>): DemoAccount {
  return { id: `u-${username}`, username, ...rest };
}

function employerOf(employer: DemoEmployer): { name: string; creditCode: string } {
  return { name: employer.name, creditCode: employer.creditCode };
}

export function generateDemoAccounts(contest: ContestDefinition, options: { seed?: number } = {}): DemoAccount[] {
  const rng = createRng(options.seed ?? hashString(`${contest.id}|${contest.trades.map((t) => t.id).join(',')}`));
  const accounts: DemoAccount[] = [
    account('organiser', { displayName: '省总工会竞赛办（演示）', role: 'organiser' }),
    account('arbitration', { displayName: '大赛仲裁委员会（演示）', role: 'arbitration' }),
    ...CITIES.map((city) =>
      account(`reviewer-${city.id}`, {
        displayName: `${city.name}市总工会审核员`,
        role: 'city_reviewer',
        city: city.id,
      }),
    ),
  ];

  for (const trade of contest.trades) {
    const chiefEmployer = rng.pick(demoEmployers);
    accounts.push(
      account(`chief-${trade.id}`, {
        displayName: personName(rng),
        role: 'chief_judge',
        city: chiefEmployer.city,
        tradeIds: [trade.id],
        employer: employerOf(chiefEmployer),
      }),
    );
    // Judges of one panel come from different employers, so that substitutes exist for conflicts of interest.
    const panelEmployers = rng.shuffle(demoEmployers).slice(0, trade.panelSize);
    panelEmployers.forEach((employer, i) => {
      accounts.push(
        account(`judge-${trade.id}-${i + 1}`, {
          displayName: personName(rng),
          role: 'judge',
          city: employer.city,
          tradeIds: [trade.id],
          employer: employerOf(employer),
        }),
      );
    });
  }
  return accounts;
}
