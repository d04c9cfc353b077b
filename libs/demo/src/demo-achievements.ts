/**
 * Generated achievements (成果) for the demo's achievement reviews (docs/achievements.md): per
 * review trade a few submissions from different cities, each by a generated applicant account with
 * a team (employers or, for a university transfer, universities), declared benefits and the text of
 * a one-page document. Deterministic for a given contest and seed; the API seeds them through the
 * applicants' own commands (apps/api/src/achievements/demo).
 */
import { CITIES, type CityId, type ContestDefinition } from '../../domain/src/catalogue/catalogue.types.js';
import type { AchievementCategory, AchievementDraft, AchievementMember } from '../../domain/src/achievements/achievement.js';
import { demoEmployers } from './demo-employers.js';
import { demoPerson } from './demo-people.js';
import { createRng, hashString, type Rng } from './prng.js';

/** Submissions per review trade: few, since each one is a small PDF rendered at the demo's first start. */
export const DEMO_ACHIEVEMENTS_PER_TRADE = 2;

export interface DemoApplicant {
  id: string;
  username: string;
  displayName: string;
  role: 'contestant';
  city: CityId;
}

export interface DemoAchievement {
  /** Stable key, for the seed's command ids. */
  key: string;
  tradeId: string;
  city: CityId;
  applicant: DemoApplicant;
  draft: AchievementDraft;
  /** The city union recommends it at the seed (the others stay submitted, for the reviewer to decide). */
  recommended: boolean;
  /** The attached PDF: its file name and the lines of its one page. */
  document: { filename: string; heading: string; lines: string[] };
}

const UNIVERSITIES = [
  '辽宁工业技术大学',
  '沈阳理工科技学院',
  '大连海洋工程大学',
  '辽宁石化职业技术学院',
  '鞍山钢铁冶金学院',
  '锦州医药科技大学',
];

interface Theme {
  category: AchievementCategory;
  titles: string[];
  benefits: Array<{ description: string; unit: string; min: number; max: number }>;
}

const WORKER_THEMES: Record<string, Theme> = {
  'qc-circle': {
    category: 'qc_circle',
    titles: ['降低焊接返修率', '提高数控车床一次装夹合格率', '缩短变压器检修停电时间', '降低输送带跑偏故障次数'],
    benefits: [
      { description: '年减少返修费用', unit: '万元/年', min: 5, max: 60 },
      { description: '合格率提高', unit: '百分点', min: 2, max: 12 },
    ],
  },
  'operating-methods': {
    category: 'operating_method',
    titles: ['高压带电作业“三步定位”操作法', '轧辊快速换辊操作法', '数控铣削薄壁件防变形操作法', '电梯门机故障“一听二看三测”法'],
    benefits: [
      { description: '单次作业时间缩短', unit: '分钟', min: 10, max: 90 },
      { description: '年节约工时', unit: '小时/年', min: 200, max: 3000 },
    ],
  },
  innovation: {
    category: 'technical_innovation',
    titles: [
      '数控机床刀具寿命在线预测装置',
      '变电站巡检机器人视觉识别改进',
      '锅炉余热回收换热器结构优化',
      '生产线能耗数字化监测平台',
      '管道焊缝自动打磨工装',
      '智能仓储拣选路径优化系统',
    ],
    benefits: [
      { description: '年节约成本', unit: '万元/年', min: 10, max: 300 },
      { description: '年节能', unit: '吨标煤/年', min: 20, max: 900 },
    ],
  },
  transfer: {
    category: 'university_transfer',
    titles: ['高强度轻量化铝合金构件成型技术', '锂电池极片缺陷视觉检测系统', '工业设备故障诊断大模型', '医用可降解材料制备工艺'],
    benefits: [
      { description: '转化合同金额', unit: '万元', min: 50, max: 800 },
      { description: '合作企业新增产值', unit: '万元/年', min: 100, max: 3000 },
    ],
  },
};

function themeOf(tradeId: string): Theme {
  if (tradeId.includes('qc-circle')) return WORKER_THEMES['qc-circle']!;
  if (tradeId.includes('operating-methods')) return WORKER_THEMES['operating-methods']!;
  if (tradeId.includes('transfer')) return WORKER_THEMES.transfer!;
  return WORKER_THEMES.innovation!;
}

export function generateDemoAchievements(
  contest: ContestDefinition,
  options: { seed?: number; perTrade?: number } = {},
): DemoAchievement[] {
  const rng = createRng(options.seed ?? hashString(`${contest.id}|achievements`));
  const perTrade = options.perTrade ?? DEMO_ACHIEVEMENTS_PER_TRADE;
  const reviews = new Set(contest.events.filter((e) => e.kind === 'achievement').map((e) => e.id));
  const onDay = contest.events[0]?.date ?? '2026-06-01';
  const achievements: DemoAchievement[] = [];
  let n = 0;
  for (const trade of contest.trades.filter((t) => reviews.has(t.eventId))) {
    const theme = themeOf(trade.id);
    const cities = rng.shuffle(CITIES.map((c) => c.id)).slice(0, perTrade);
    const titles = rng.shuffle(theme.titles);
    cities.forEach((city, i) => {
      n++;
      const key = `${trade.id}/${i + 1}`;
      const team = teamOf(rng, city, onDay, theme.category === 'university_transfer', rng.int(1, Math.max(1, trade.teamSize + 1)));
      const applicant: DemoApplicant = {
        id: `u-applicant-${String(n).padStart(3, '0')}`,
        username: `applicant-${String(n).padStart(3, '0')}`,
        displayName: team[0]!.name,
        role: 'contestant',
        city,
      };
      const title = titles[i % titles.length]!;
      const benefits = theme.benefits.map((b) => ({ description: b.description, unit: b.unit, figure: rng.int(b.min, b.max) }));
      const unitOf = (m: AchievementMember) => m.employer ?? m.university ?? '';
      const summary =
        `${unitOf(team[0]!)}${team.length > 1 ? `${team.length}人团队` : ''}针对生产中的实际问题，完成“${title}”。` +
        `成果已在本单位应用，${benefits.map((b) => `${b.description}${b.figure}${b.unit}`).join('，')}。`;
      achievements.push({
        key,
        tradeId: trade.id,
        city,
        applicant,
        draft: { title, category: theme.category, summary, members: team, benefits },
        recommended: i === 0,
        document: {
          filename: `${title}-成果报告.pdf`,
          heading: title,
          lines: [
            `申报项目：${trade.name}`,
            `第一完成人：${team[0]!.name}（${unitOf(team[0]!)}）`,
            `团队成员：${team.map((m) => m.name).join('、')}`,
            `成果简介：${summary}`,
            ...benefits.map((b) => `效益：${b.description} ${b.figure} ${b.unit}`),
            '（演示数据，由系统生成）',
          ],
        },
      });
    });
  }
  return achievements;
}

function teamOf(rng: Rng, city: CityId, onDay: string, university: boolean, size: number): AchievementMember[] {
  const employers = demoEmployers.filter((e) => e.city === city);
  const home = university ? rng.pick(UNIVERSITIES) : (rng.pick(employers.length > 0 ? employers : demoEmployers).name as string);
  return Array.from({ length: size }, (_, i) => {
    const person = demoPerson(rng, { city, onDay, minAge: 25, maxAge: 55 });
    // A university team brings in an engineer of the enterprise it transfers to.
    const unit =
      university && i > 0 && rng.chance(0.4)
        ? { employer: rng.pick(demoEmployers).name }
        : university
          ? { university: home }
          : { employer: home };
    return { name: person.name, idNumber: person.idNumber, phone: person.phone, ...unit };
  });
}
