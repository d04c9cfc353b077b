/**
 * Fictitious Liaoning employers for demo data and simulations. Names are invented (any likeness to a real
 * company is coincidental); their unified social credit codes are generated and pass the GB 32100 check.
 */
import type { CityId } from '../../domain/src/catalogue/catalogue.types.js';
import { makeCreditCode } from './credit-code.js';
import { createRng } from './prng.js';

export interface DemoEmployer {
  name: string;
  city: CityId;
  /** 科技型企业: tech-based enterprise flag used by the honours reports. */
  techBased: boolean;
  /** 18-character unified social credit code (valid check character). */
  creditCode: string;
}

/** Administrative division code prefixes (GB/T 2260) of the 14 prefecture-level cities. */
export const CITY_DIVISION_CODES: Record<CityId, string> = {
  shenyang: '2101',
  dalian: '2102',
  anshan: '2103',
  fushun: '2104',
  benxi: '2105',
  dandong: '2106',
  jinzhou: '2107',
  yingkou: '2108',
  fuxin: '2109',
  liaoyang: '2110',
  panjin: '2111',
  tieling: '2112',
  chaoyang: '2113',
  huludao: '2114',
};

const EMPLOYERS: readonly (readonly [name: string, city: CityId, techBased: boolean])[] = [
  ['沈阳北方重型装备有限公司', 'shenyang', true],
  ['沈阳浑南智造机器人有限公司', 'shenyang', true],
  ['沈阳盛京精密机床有限公司', 'shenyang', true],
  ['沈阳铁西电气设备制造有限公司', 'shenyang', true],
  ['沈阳东陵热力有限公司', 'shenyang', false],
  ['沈阳康乐颐养服务有限公司', 'shenyang', false],
  ['辽宁北方数据科技有限公司', 'shenyang', true],
  ['辽宁盛安信息安全技术有限公司', 'shenyang', true],
  ['辽宁通达电网运维有限公司', 'shenyang', false],
  ['沈阳浑河建设集团有限公司', 'shenyang', false],
  ['大连海湾船舶重工有限公司', 'dalian', true],
  ['大连星海软件技术有限公司', 'dalian', true],
  ['大连港湾物流集团有限公司', 'dalian', false],
  ['大连金普新能源汽车有限公司', 'dalian', true],
  ['大连滨城石化设备有限公司', 'dalian', true],
  ['大连高新区翔宇无人机科技有限公司', 'dalian', true],
  ['大连东港酒店管理有限公司', 'dalian', false],
  ['鞍山钢城冶金装备有限公司', 'anshan', true],
  ['鞍山千山建设工程有限公司', 'anshan', false],
  ['鞍山立山激光科技有限公司', 'anshan', true],
  ['鞍山汤岗康养服务有限公司', 'anshan', false],
  ['抚顺石化工程检测有限公司', 'fushun', true],
  ['抚顺东洲煤矿机械有限公司', 'fushun', false],
  ['抚顺浑河燃气有限公司', 'fushun', false],
  ['本溪太子河特钢有限公司', 'benxi', true],
  ['本溪山城文旅餐饮有限公司', 'benxi', false],
  ['丹东鸭绿江仪器仪表有限公司', 'dandong', true],
  ['丹东边城纺织服装有限公司', 'dandong', false],
  ['锦州渤海光伏新材料有限公司', 'jinzhou', true],
  ['锦州港城汽车零部件有限公司', 'jinzhou', true],
  ['营口鲅鱼圈港口机械有限公司', 'yingkou', false],
  ['营口辽河镁质材料科技有限公司', 'yingkou', true],
  ['阜新海州矿业服务有限公司', 'fuxin', false],
  ['阜新液压元件科技有限公司', 'fuxin', true],
  ['辽阳石化新材料有限公司', 'liaoyang', true],
  ['辽阳太子河建筑安装有限公司', 'liaoyang', false],
  ['盘锦辽河油田技术服务有限公司', 'panjin', true],
  ['盘锦红海滩现代农业有限公司', 'panjin', false],
  ['铁岭阀门智能制造有限公司', 'tieling', true],
  ['铁岭龙首电力工程有限公司', 'tieling', false],
  ['朝阳燕都农机装备有限公司', 'chaoyang', false],
  ['朝阳凌河电子科技有限公司', 'chaoyang', true],
  ['葫芦岛渤船重工配套有限公司', 'huludao', true],
  ['葫芦岛兴城泳装服饰有限公司', 'huludao', false],
];

const DISTRICTS = ['02', '03', '04', '05', '11', '12'] as const;

function buildEmployers(): DemoEmployer[] {
  const rng = createRng(0x4a58_0001); // fixed: the employer list never changes
  const used = new Set<string>();
  return EMPLOYERS.map(([name, city, techBased]) => {
    let creditCode: string;
    do {
      const body = String(rng.int(10_000_000, 99_999_999));
      creditCode = makeCreditCode(CITY_DIVISION_CODES[city] + rng.pick(DISTRICTS), body);
    } while (used.has(creditCode));
    used.add(creditCode);
    return { name, city, techBased, creditCode };
  });
}

/** ≈40 demo employers, in every one of the 14 cities, with tech-based flags and valid credit codes. */
export const demoEmployers: readonly DemoEmployer[] = Object.freeze(buildEmployers());
