/** The fixed skeleton of the demo catalogue: 90 events and their 133 trades. Generated details vary by seed. */
import type { CityId, EventCategory } from '../../domain/src/catalogue/catalogue.types.js';
import type { SchemeKind } from './marking-templates.js';

export type Sector =
  | 'it'
  | 'machinery'
  | 'metallurgy'
  | 'energy'
  | 'power'
  | 'construction'
  | 'transport'
  | 'railway'
  | 'service'
  | 'health'
  | 'agriculture'
  | 'innovation'
  | 'education'
  | 'safety';

export interface TradeTemplate {
  slug: string;
  name: string;
  nameEn: string;
  kind: SchemeKind;
  /** Competed by teams of 2–3. */
  team: boolean;
}

export interface EventTemplate {
  slug: string;
  name: string;
  nameEn: string;
  category: EventCategory;
  sector: Sector;
  /** Cities where the event is usually held (defaults to any). */
  cities?: readonly CityId[];
  trades: readonly TradeTemplate[];
}

/** Industry unions that organise events of a sector. */
export const SECTOR_UNIONS: Record<Sector, string> = {
  it: '辽宁省信息通信业工会',
  machinery: '辽宁省机械冶金工会',
  metallurgy: '辽宁省机械冶金工会',
  energy: '辽宁省能源化学工会',
  power: '国网辽宁省电力有限公司工会',
  construction: '辽宁省建设工会',
  transport: '辽宁省交通运输工会',
  railway: '中国铁路沈阳局集团有限公司工会',
  service: '辽宁省财贸轻纺工会',
  health: '辽宁省教科文卫体工会',
  agriculture: '辽宁省农林水利工会',
  innovation: '辽宁省总工会劳动和经济工作部',
  education: '辽宁省教科文卫体工会',
  safety: '辽宁省总工会劳动保护部',
};

const t = (slug: string, name: string, nameEn: string, kind: SchemeKind, team = false): TradeTemplate => ({
  slug,
  name,
  nameEn,
  kind,
  team,
});
const TEAM = true;

const COAST: readonly CityId[] = ['dalian', 'yingkou', 'jinzhou', 'dandong', 'panjin', 'huludao'];

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  // ── 物联网 IoT ──
  {
    slug: 'iot-installation',
    name: '物联网安装调试职业技能竞赛',
    nameEn: 'IoT Installation and Commissioning Contest',
    category: 'iot',
    sector: 'it',
    trades: [
      t('iot-installer', '物联网安装调试员', 'IoT Installer and Commissioner', 'ict'),
      t('iot-engineering-technician', '物联网工程技术员', 'IoT Engineering Technician', 'ict'),
    ],
  },
  {
    slug: 'smart-home',
    name: '智能家居系统集成技能竞赛',
    nameEn: 'Smart Home System Integration Contest',
    category: 'iot',
    sector: 'it',
    trades: [t('smart-home-installer', '智能家居安装维护员', 'Smart Home Installer and Maintainer', 'ict')],
  },
  {
    slug: 'industrial-iot',
    name: '工业物联网应用技能竞赛',
    nameEn: 'Industrial IoT Applications Contest',
    category: 'iot',
    sector: 'machinery',
    trades: [
      t('industrial-iot-technician', '工业物联网应用技术员', 'Industrial IoT Application Technician', 'ict'),
      t('sensor-network-developer', '传感网应用开发员', 'Sensor Network Application Developer', 'ict'),
    ],
  },
  {
    slug: 'agri-iot',
    name: '智慧农业物联网技能竞赛',
    nameEn: 'Smart Agriculture IoT Contest',
    category: 'iot',
    sector: 'agriculture',
    trades: [t('agri-iot-technician', '农业物联网技术员', 'Agricultural IoT Technician', 'ict')],
  },
  {
    slug: 'smart-sensors',
    name: '智能仪表与传感器技能竞赛',
    nameEn: 'Smart Instruments and Sensors Contest',
    category: 'iot',
    sector: 'machinery',
    trades: [
      t('instrument-repairer', '仪器仪表维修工', 'Instrument Repairer', 'inspection'),
      t('smart-sensor-assembler', '智能传感器装调工', 'Smart Sensor Assembly Technician', 'ict'),
    ],
  },
  {
    slug: 'iot-operations',
    name: '智慧城市物联网运维技能竞赛',
    nameEn: 'Smart City IoT Operations Contest',
    category: 'iot',
    sector: 'it',
    trades: [t('iot-operator', '物联网运维员', 'IoT Operations Technician', 'ict')],
  },
  // ── 云计算 cloud computing ──
  {
    slug: 'cloud-platform',
    name: '云计算平台运维技能竞赛',
    nameEn: 'Cloud Platform Operations Contest',
    category: 'cloud-computing',
    sector: 'it',
    trades: [
      t('cloud-engineer', '云计算工程技术人员', 'Cloud Computing Engineer', 'ict'),
      t('cloud-platform-operator', '云平台运维员', 'Cloud Platform Operator', 'ict'),
    ],
  },
  {
    slug: 'cloud-native',
    name: '云原生应用开发技能竞赛',
    nameEn: 'Cloud-Native Application Development Contest',
    category: 'cloud-computing',
    sector: 'it',
    trades: [t('cloud-native-developer', '云原生应用开发员', 'Cloud-Native Application Developer', 'ict')],
  },
  {
    slug: 'xinchuang-cloud',
    name: '信创云平台技能竞赛',
    nameEn: 'Domestic IT Innovation Cloud Contest',
    category: 'cloud-computing',
    sector: 'it',
    trades: [t('info-systems-administrator', '信息系统运行管理员', 'Information Systems Operations Administrator', 'ict')],
  },
  {
    slug: 'data-centre',
    name: '数据中心运维技能竞赛',
    nameEn: 'Data Centre Operations Contest',
    category: 'cloud-computing',
    sector: 'it',
    trades: [
      t('network-administrator', '计算机网络管理员', 'Computer Network Administrator', 'ict'),
      t('data-centre-operator', '数据中心机房运维员', 'Data Centre Facilities Operator', 'ict'),
    ],
  },
  {
    slug: 'cloud-edge',
    name: '云边协同技术应用竞赛',
    nameEn: 'Cloud-Edge Collaboration Contest',
    category: 'cloud-computing',
    sector: 'it',
    trades: [t('edge-computing-technician', '边缘计算工程技术员', 'Edge Computing Technician', 'ict')],
  },
  // ── 大数据 big data ──
  {
    slug: 'big-data-analytics',
    name: '大数据分析与应用技能竞赛',
    nameEn: 'Big Data Analytics and Applications Contest',
    category: 'big-data',
    sector: 'it',
    trades: [
      t('big-data-engineer', '大数据工程技术人员', 'Big Data Engineer', 'data'),
      t('data-analyst', '数据分析处理员', 'Data Analyst', 'data'),
    ],
  },
  {
    slug: 'ai-training',
    name: '人工智能训练与数据标注技能竞赛',
    nameEn: 'AI Training and Data Annotation Contest',
    category: 'big-data',
    sector: 'it',
    trades: [t('ai-trainer', '人工智能训练师', 'AI Trainer', 'data'), t('data-annotator', '数据标注员', 'Data Annotator', 'data')],
  },
  {
    slug: 'industrial-big-data',
    name: '工业大数据应用技能竞赛',
    nameEn: 'Industrial Big Data Contest',
    category: 'big-data',
    sector: 'machinery',
    trades: [t('industrial-data-analyst', '工业大数据分析员', 'Industrial Big Data Analyst', 'data')],
  },
  {
    slug: 'digital-management',
    name: '数字化管理技能竞赛',
    nameEn: 'Digital Management Contest',
    category: 'big-data',
    sector: 'it',
    trades: [t('digital-management-specialist', '数字化管理师', 'Digital Management Specialist', 'data')],
  },
  {
    slug: 'business-data',
    name: '商务数据分析技能竞赛',
    nameEn: 'Business Data Analysis Contest',
    category: 'big-data',
    sector: 'service',
    trades: [t('business-data-analyst', '商务数据分析师', 'Business Data Analyst', 'data')],
  },
  // ── 5G+智能创新 5G + smart innovation ──
  {
    slug: '5g-network',
    name: '5G网络建设与维护技能竞赛',
    nameEn: '5G Network Construction and Maintenance Contest',
    category: '5g-smart-innovation',
    sector: 'it',
    trades: [
      t('telecom-equipment-operator', '信息通信网络机务员', 'Telecom Network Equipment Operator', 'ict'),
      t('telecom-line-worker', '信息通信网络线务员', 'Telecom Line Worker', 'ict'),
    ],
  },
  {
    slug: '5g-industrial-internet',
    name: '5G+工业互联网技能竞赛',
    nameEn: '5G + Industrial Internet Contest',
    category: '5g-smart-innovation',
    sector: 'it',
    trades: [
      t('industrial-internet-engineer', '工业互联网工程技术人员', 'Industrial Internet Engineer', 'ict', TEAM),
      t('industrial-internet-operator', '工业互联网运维员', 'Industrial Internet Operator', 'ict'),
    ],
  },
  {
    slug: '5g-smart-manufacturing',
    name: '5G+智能制造技能竞赛',
    nameEn: '5G + Smart Manufacturing Contest',
    category: '5g-smart-innovation',
    sector: 'machinery',
    trades: [t('smart-manufacturing-engineer', '智能制造工程技术人员', 'Smart Manufacturing Engineer', 'maintenance', TEAM)],
  },
  {
    slug: '5g-applications',
    name: '5G行业应用创新竞赛',
    nameEn: '5G Industry Applications Innovation Contest',
    category: '5g-smart-innovation',
    sector: 'it',
    trades: [t('5g-app-developer', '5G行业应用开发员', '5G Industry Application Developer', 'ict', TEAM)],
  },
  {
    slug: 'connected-vehicles',
    name: '智能网联汽车技能竞赛',
    nameEn: 'Intelligent Connected Vehicles Contest',
    category: '5g-smart-innovation',
    sector: 'machinery',
    trades: [t('connected-vehicle-tester', '智能网联汽车测试员', 'Intelligent Connected Vehicle Tester', 'maintenance')],
  },
  {
    slug: 'industrial-robots',
    name: '工业机器人系统运维技能竞赛',
    nameEn: 'Industrial Robot Systems Contest',
    category: '5g-smart-innovation',
    sector: 'machinery',
    trades: [
      t('robot-systems-maintainer', '工业机器人系统运维员', 'Industrial Robot Systems Maintainer', 'maintenance'),
      t('robot-systems-operator', '工业机器人系统操作员', 'Industrial Robot Systems Operator', 'electrical'),
    ],
  },
  // ── 无人机 drones ──
  {
    slug: 'uav-piloting',
    name: '无人机驾驶技能竞赛',
    nameEn: 'UAV Piloting Contest',
    category: 'drones',
    sector: 'it',
    trades: [t('uav-pilot', '无人机驾驶员', 'UAV Pilot', 'drone')],
  },
  {
    slug: 'uav-maintenance',
    name: '无人机装调检修技能竞赛',
    nameEn: 'UAV Assembly and Maintenance Contest',
    category: 'drones',
    sector: 'machinery',
    trades: [t('uav-technician', '无人机装调检修工', 'UAV Assembly and Maintenance Technician', 'drone')],
  },
  {
    slug: 'uav-surveying',
    name: '无人机测绘技能竞赛',
    nameEn: 'UAV Surveying Contest',
    category: 'drones',
    sector: 'construction',
    trades: [
      t('uav-surveyor', '无人机测绘操控员', 'UAV Surveying Operator', 'drone'),
      t('geo-surveyor', '地理信息测绘员', 'Geospatial Surveyor', 'drone'),
    ],
  },
  {
    slug: 'crop-protection-uav',
    name: '植保无人机技能竞赛',
    nameEn: 'Crop-Protection UAV Contest',
    category: 'drones',
    sector: 'agriculture',
    trades: [t('crop-uav-pilot', '植保无人机驾驶员', 'Crop-Protection UAV Pilot', 'drone')],
  },
  {
    slug: 'power-line-uav',
    name: '电力无人机巡检技能竞赛',
    nameEn: 'Power-Line UAV Inspection Contest',
    category: 'drones',
    sector: 'power',
    trades: [t('power-uav-inspector', '电力无人机巡检员', 'Power-Line UAV Inspector', 'drone', TEAM)],
  },
  // ── 网络信息安全 network security ──
  {
    slug: 'network-security',
    name: '网络安全管理技能竞赛',
    nameEn: 'Network Security Administration Contest',
    category: 'network-security',
    sector: 'it',
    trades: [
      t('network-security-admin', '网络安全管理员', 'Network Security Administrator', 'security'),
      t('security-tester', '信息安全测试员', 'Information Security Tester', 'security'),
    ],
  },
  {
    slug: 'ics-security',
    name: '工业控制系统安全技能竞赛',
    nameEn: 'Industrial Control Systems Security Contest',
    category: 'network-security',
    sector: 'machinery',
    trades: [t('ics-security-technician', '工控安全工程技术员', 'ICS Security Technician', 'security')],
  },
  {
    slug: 'data-security',
    name: '数据安全技能竞赛',
    nameEn: 'Data Security Contest',
    category: 'network-security',
    sector: 'it',
    trades: [t('data-security-admin', '数据安全管理员', 'Data Security Administrator', 'security')],
  },
  {
    slug: 'cyber-range',
    name: '关键信息基础设施网络攻防竞赛',
    nameEn: 'Critical Infrastructure Cyber Attack and Defence Contest',
    category: 'network-security',
    sector: 'it',
    trades: [t('cyber-defence', '网络安全攻防技术员', 'Cyber Attack and Defence Technician', 'security', TEAM)],
  },
  {
    slug: 'cryptography',
    name: '商用密码应用技能竞赛',
    nameEn: 'Commercial Cryptography Applications Contest',
    category: 'network-security',
    sector: 'it',
    trades: [t('crypto-technician', '密码技术应用员', 'Cryptography Application Technician', 'security')],
  },
  // ── 职工创新成果 workers' innovation ──
  {
    slug: 'workers-tech-innovation',
    name: '职工技术创新成果大赛',
    nameEn: "Workers' Technical Innovation Awards",
    category: 'workers-innovation',
    sector: 'innovation',
    trades: [
      t('innovation-mechanical', '职工技术创新成果（机械制造类）', "Workers' Innovations – Mechanical Manufacturing", 'innovation', TEAM),
      t('innovation-electronic', '职工技术创新成果（电子信息类）', "Workers' Innovations – Electronics and IT", 'innovation', TEAM),
    ],
  },
  {
    slug: 'qc-circles',
    name: '职工质量管理小组成果竞赛',
    nameEn: "Workers' QC Circle Contest",
    category: 'workers-innovation',
    sector: 'innovation',
    trades: [t('qc-circle', '职工质量管理小组成果', "Workers' QC Circle Achievements", 'innovation', TEAM)],
  },
  {
    slug: 'operating-methods',
    name: '职工先进操作法竞赛',
    nameEn: "Workers' Advanced Operating Methods Contest",
    category: 'workers-innovation',
    sector: 'innovation',
    trades: [t('operating-methods', '先进操作法', 'Advanced Operating Methods', 'innovation')],
  },
  {
    slug: 'digital-green-innovation',
    name: '职工数字化与绿色创新竞赛',
    nameEn: "Workers' Digital and Green Innovation Contest",
    category: 'workers-innovation',
    sector: 'innovation',
    trades: [
      t('innovation-digital', '职工数字化创新成果', "Workers' Digital Innovations", 'innovation', TEAM),
      t('innovation-green', '职工绿色低碳创新成果', "Workers' Green and Low-Carbon Innovations", 'innovation', TEAM),
    ],
  },
  // ── 高校创新成果转化 university innovation transfer ──
  {
    slug: 'transfer-equipment',
    name: '高校创新成果转化大赛（装备制造）',
    nameEn: 'University Innovation Transfer Contest – Equipment Manufacturing',
    category: 'university-transfer',
    sector: 'education',
    trades: [
      t(
        'transfer-equipment',
        '高校创新成果转化（装备制造类）',
        'University Innovation Transfer – Equipment Manufacturing',
        'innovation',
        TEAM,
      ),
    ],
  },
  {
    slug: 'transfer-materials-energy',
    name: '高校创新成果转化大赛（新材料与新能源）',
    nameEn: 'University Innovation Transfer Contest – New Materials and Energy',
    category: 'university-transfer',
    sector: 'education',
    trades: [
      t(
        'transfer-materials-energy',
        '高校创新成果转化（新材料与新能源类）',
        'University Innovation Transfer – New Materials and Energy',
        'innovation',
        TEAM,
      ),
    ],
  },
  {
    slug: 'transfer-it-bio',
    name: '高校创新成果转化大赛（信息技术与生物医药）',
    nameEn: 'University Innovation Transfer Contest – IT and Biomedicine',
    category: 'university-transfer',
    sector: 'education',
    trades: [
      t('transfer-it', '高校创新成果转化（信息技术类）', 'University Innovation Transfer – Information Technology', 'innovation', TEAM),
      t('transfer-biomedicine', '高校创新成果转化（生物医药类）', 'University Innovation Transfer – Biomedicine', 'innovation', TEAM),
    ],
  },
  // ── 传统工种 classic trades ──
  {
    slug: 'electrician',
    name: '电工职业技能竞赛',
    nameEn: 'Electrician Contest',
    category: 'classic-trades',
    sector: 'power',
    trades: [
      t('electrician', '电工', 'Electrician', 'electrical'),
      t('substation-operator', '变配电运行值班员', 'Substation Operator', 'electrical'),
    ],
  },
  {
    slug: 'welding',
    name: '焊工职业技能竞赛',
    nameEn: 'Welding Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('welder', '焊工', 'Welder', 'welding')],
  },
  {
    slug: 'cnc-turning',
    name: '数控车工职业技能竞赛',
    nameEn: 'CNC Turning Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('cnc-lathe-operator', '数控车工', 'CNC Lathe Operator', 'machining')],
  },
  {
    slug: 'cnc-milling',
    name: '数控铣工与加工中心职业技能竞赛',
    nameEn: 'CNC Milling and Machining Centre Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [
      t('cnc-milling-operator', '数控铣工', 'CNC Milling Operator', 'machining'),
      t('machining-centre-operator', '加工中心操作工', 'Machining Centre Operator', 'machining'),
    ],
  },
  {
    slug: 'fitting',
    name: '钳工职业技能竞赛',
    nameEn: 'Fitting Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [
      t('assembly-fitter', '装配钳工', 'Assembly Fitter', 'machining'),
      t('tool-fitter', '工具钳工', 'Tool Fitter', 'machining'),
      t('maintenance-fitter', '机修钳工', 'Maintenance Fitter', 'maintenance'),
    ],
  },
  {
    slug: 'turning-milling',
    name: '车工铣工职业技能竞赛',
    nameEn: 'Turning and Milling Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [
      t('lathe-operator', '车工', 'Lathe Operator', 'machining'),
      t('milling-operator', '铣工', 'Milling Machine Operator', 'machining'),
    ],
  },
  {
    slug: 'grinding',
    name: '磨工职业技能竞赛',
    nameEn: 'Grinding Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('grinder', '磨工', 'Grinder', 'machining')],
  },
  {
    slug: 'mould-making',
    name: '模具工职业技能竞赛',
    nameEn: 'Mould Making Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('mould-maker', '模具工', 'Mould Maker', 'machining')],
  },
  {
    slug: 'lifts',
    name: '电梯安装维修职业技能竞赛',
    nameEn: 'Lift Installation and Maintenance Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [t('lift-mechanic', '电梯安装维修工', 'Lift Installer and Repairer', 'electrical')],
  },
  {
    slug: 'power-lines',
    name: '电力线路职业技能竞赛',
    nameEn: 'Power Lines Contest',
    category: 'classic-trades',
    sector: 'power',
    trades: [
      t('line-worker', '送配电线路工', 'Transmission and Distribution Line Worker', 'electrical'),
      t('power-cable-installer', '电力电缆安装运维工', 'Power Cable Installer', 'electrical'),
    ],
  },
  {
    slug: 'substation-maintenance',
    name: '变电检修职业技能竞赛',
    nameEn: 'Substation Maintenance Contest',
    category: 'classic-trades',
    sector: 'power',
    trades: [
      t('substation-maintainer', '变电设备检修工', 'Substation Equipment Maintainer', 'electrical'),
      t('relay-protection', '继电保护员', 'Relay Protection Technician', 'electrical'),
    ],
  },
  {
    slug: 'automotive',
    name: '汽车维修职业技能竞赛',
    nameEn: 'Automotive Repair Contest',
    category: 'classic-trades',
    sector: 'transport',
    trades: [
      t('vehicle-mechanic', '汽车维修工', 'Motor Vehicle Mechanic', 'maintenance'),
      t('vehicle-body-painter', '汽车车身涂装修复工', 'Vehicle Body Refinisher', 'maintenance'),
    ],
  },
  {
    slug: 'nev',
    name: '新能源汽车装调检修职业技能竞赛',
    nameEn: 'New Energy Vehicle Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('nev-technician', '新能源汽车装调检修工', 'New Energy Vehicle Technician', 'maintenance')],
  },
  {
    slug: 'mechatronics',
    name: '机电一体化职业技能竞赛',
    nameEn: 'Mechatronics Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [
      t('plc-designer', '可编程控制系统设计师', 'PLC Systems Designer', 'electrical'),
      t('electrical-installer', '电气设备安装工', 'Electrical Equipment Installer', 'electrical'),
    ],
  },
  {
    slug: 'chemicals',
    name: '化工职业技能竞赛',
    nameEn: 'Chemical Industry Contest',
    category: 'classic-trades',
    sector: 'energy',
    cities: ['liaoyang', 'fushun', 'dalian', 'panjin', 'huludao'],
    trades: [
      t('chemical-process-controller', '化工总控工', 'Chemical Process Controller', 'process'),
      t('chemical-analyst', '化学检验员', 'Chemical Analyst', 'inspection'),
    ],
  },
  {
    slug: 'petroleum',
    name: '石油石化职业技能竞赛',
    nameEn: 'Petroleum and Petrochemicals Contest',
    category: 'classic-trades',
    sector: 'energy',
    cities: ['panjin', 'fushun', 'liaoyang', 'dalian'],
    trades: [
      t('oil-production-worker', '采油工', 'Oil Production Worker', 'process'),
      t('pipeline-operator', '油气输送工', 'Oil and Gas Pipeline Operator', 'process'),
    ],
  },
  {
    slug: 'metallurgy',
    name: '冶金职业技能竞赛',
    nameEn: 'Metallurgy Contest',
    category: 'classic-trades',
    sector: 'metallurgy',
    cities: ['anshan', 'benxi', 'yingkou'],
    trades: [t('steelmaker', '炼钢工', 'Steelmaker', 'process'), t('rolling-mill-operator', '轧钢工', 'Rolling Mill Operator', 'process')],
  },
  {
    slug: 'lifting',
    name: '起重装卸机械操作职业技能竞赛',
    nameEn: 'Lifting Machinery Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('crane-operator', '起重装卸机械操作工', 'Lifting Machinery Operator', 'operation')],
  },
  {
    slug: 'building',
    name: '建筑职业技能竞赛',
    nameEn: 'Building Trades Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [t('bricklayer', '砌筑工', 'Bricklayer', 'construction'), t('steel-fixer', '钢筋工', 'Steel Fixer', 'construction')],
  },
  {
    slug: 'decoration',
    name: '建筑装饰职业技能竞赛',
    nameEn: 'Interior Finishing Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [t('interior-finisher', '装饰装修工', 'Interior Finishing Worker', 'construction')],
  },
  {
    slug: 'surveying',
    name: '工程测量职业技能竞赛',
    nameEn: 'Engineering Surveying Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [t('engineering-surveyor', '工程测量员', 'Engineering Surveyor', 'construction', TEAM)],
  },
  {
    slug: 'bim',
    name: '建筑信息模型技能竞赛',
    nameEn: 'Building Information Modelling Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [t('bim-technician', '建筑信息模型技术员', 'BIM Technician', 'construction')],
  },
  {
    slug: 'pipefitting',
    name: '管道与制冷空调职业技能竞赛',
    nameEn: 'Pipefitting and Refrigeration Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [
      t('pipefitter', '管工', 'Pipefitter', 'construction'),
      t('refrigeration-mechanic', '制冷空调系统安装维修工', 'Refrigeration and Air-Conditioning Mechanic', 'maintenance'),
    ],
  },
  {
    slug: 'water-supply',
    name: '供水职业技能竞赛',
    nameEn: 'Water Supply Contest',
    category: 'classic-trades',
    sector: 'construction',
    trades: [t('water-treatment-operator', '水生产处理工', 'Water Treatment Operator', 'process')],
  },
  {
    slug: 'gas-supply',
    name: '燃气职业技能竞赛',
    nameEn: 'Gas Supply Contest',
    category: 'classic-trades',
    sector: 'energy',
    trades: [t('gas-supply-worker', '燃气输应用工', 'Gas Supply Worker', 'process')],
  },
  {
    slug: 'boilers',
    name: '锅炉运行职业技能竞赛',
    nameEn: 'Boiler Operation Contest',
    category: 'classic-trades',
    sector: 'energy',
    trades: [t('boiler-operator', '锅炉运行值班员', 'Boiler Operator', 'process')],
  },
  {
    slug: 'chinese-cuisine',
    name: '中式烹调职业技能竞赛',
    nameEn: 'Chinese Cuisine Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [
      t('chinese-cook', '中式烹调师', 'Chinese Cook', 'culinary'),
      t('chinese-pastry-cook', '中式面点师', 'Chinese Pastry Cook', 'culinary'),
    ],
  },
  {
    slug: 'western-cuisine',
    name: '西式烹调职业技能竞赛',
    nameEn: 'Western Cuisine Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [
      t('western-cook', '西式烹调师', 'Western Cook', 'culinary'),
      t('western-pastry-cook', '西式面点师', 'Western Pastry Cook', 'culinary'),
    ],
  },
  {
    slug: 'tea-art',
    name: '茶艺职业技能竞赛',
    nameEn: 'Tea Art Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [t('tea-master', '茶艺师', 'Tea Master', 'culinary')],
  },
  {
    slug: 'elderly-care',
    name: '养老护理职业技能竞赛',
    nameEn: 'Elderly Care Contest',
    category: 'classic-trades',
    sector: 'health',
    trades: [t('elderly-care-worker', '养老护理员', 'Elderly Care Worker', 'care')],
  },
  {
    slug: 'infant-care',
    name: '育婴职业技能竞赛',
    nameEn: 'Infant Care Contest',
    category: 'classic-trades',
    sector: 'health',
    trades: [t('infant-care-worker', '育婴员', 'Infant Care Worker', 'care')],
  },
  {
    slug: 'hair-beauty',
    name: '美发美容职业技能竞赛',
    nameEn: 'Hairdressing and Beauty Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [t('hairdresser', '美发师', 'Hairdresser', 'care'), t('beautician', '美容师', 'Beautician', 'care')],
  },
  {
    slug: 'massage',
    name: '保健按摩职业技能竞赛',
    nameEn: 'Health Massage Contest',
    category: 'classic-trades',
    sector: 'health',
    trades: [t('massage-therapist', '保健按摩师', 'Health Massage Therapist', 'care')],
  },
  {
    slug: 'logistics',
    name: '物流职业技能竞赛',
    nameEn: 'Logistics Contest',
    category: 'classic-trades',
    sector: 'transport',
    trades: [
      t('logistics-specialist', '物流服务师', 'Logistics Service Specialist', 'business'),
      t('courier', '快递员', 'Courier', 'business'),
    ],
  },
  {
    slug: 'railway',
    name: '铁路职业技能竞赛',
    nameEn: 'Railway Contest',
    category: 'classic-trades',
    sector: 'railway',
    cities: ['shenyang', 'dalian', 'jinzhou', 'dandong'],
    trades: [
      t('track-worker', '铁路线路工', 'Railway Track Worker', 'operation'),
      t('locomotive-driver', '电力机车司机', 'Electric Locomotive Driver', 'operation'),
    ],
  },
  {
    slug: 'metro',
    name: '城市轨道交通职业技能竞赛',
    nameEn: 'Urban Rail Transit Contest',
    category: 'classic-trades',
    sector: 'transport',
    cities: ['shenyang', 'dalian'],
    trades: [
      t('metro-driver', '城市轨道交通列车司机', 'Metro Train Driver', 'operation'),
      t('metro-attendant', '城市轨道交通服务员', 'Metro Station Attendant', 'business'),
    ],
  },
  {
    slug: 'port-machinery',
    name: '港口机械职业技能竞赛',
    nameEn: 'Port Machinery Contest',
    category: 'classic-trades',
    sector: 'transport',
    cities: COAST,
    trades: [t('port-crane-operator', '港口门机司机', 'Port Gantry Crane Operator', 'operation')],
  },
  {
    slug: 'shipbuilding',
    name: '船舶制造职业技能竞赛',
    nameEn: 'Shipbuilding Contest',
    category: 'classic-trades',
    sector: 'machinery',
    cities: ['dalian', 'huludao'],
    trades: [
      t('hull-fitter', '船体装配工', 'Hull Fitter', 'welding'),
      t('marine-pipefitter', '船舶管系工', 'Marine Pipefitter', 'construction'),
    ],
  },
  {
    slug: 'aviation',
    name: '航空制造职业技能竞赛',
    nameEn: 'Aviation Manufacturing Contest',
    category: 'classic-trades',
    sector: 'machinery',
    cities: ['shenyang'],
    trades: [
      t('aero-engine-assembler', '航空发动机装配工', 'Aero-Engine Assembler', 'maintenance'),
      t('aircraft-riveter', '飞机铆装钳工', 'Aircraft Riveting Fitter', 'machining'),
    ],
  },
  {
    slug: 'agriculture',
    name: '现代农业职业技能竞赛',
    nameEn: 'Modern Agriculture Contest',
    category: 'classic-trades',
    sector: 'agriculture',
    cities: ['tieling', 'chaoyang', 'fuxin', 'panjin', 'jinzhou'],
    trades: [
      t('agri-technician', '农业技术员', 'Agricultural Technician', 'agriculture'),
      t('farm-machinery-repairer', '农机修理工', 'Farm Machinery Repairer', 'maintenance'),
    ],
  },
  {
    slug: 'landscaping',
    name: '园林绿化职业技能竞赛',
    nameEn: 'Landscaping Contest',
    category: 'classic-trades',
    sector: 'agriculture',
    trades: [t('landscape-gardener', '园林绿化工', 'Landscape Gardener', 'agriculture')],
  },
  {
    slug: 'food-inspection',
    name: '食品检验职业技能竞赛',
    nameEn: 'Food Inspection Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [t('food-inspector', '农产品食品检验员', 'Food Inspector', 'inspection')],
  },
  {
    slug: 'quality-inspection',
    name: '质量检验职业技能竞赛',
    nameEn: 'Quality Inspection Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [
      t('ndt-technician', '无损检测员', 'NDT Technician', 'inspection'),
      t('quality-inspector', '质检员', 'Quality Inspector', 'inspection'),
    ],
  },
  {
    slug: 'garments',
    name: '服装制作职业技能竞赛',
    nameEn: 'Garment Making Contest',
    category: 'classic-trades',
    sector: 'service',
    cities: ['dandong', 'huludao', 'dalian'],
    trades: [
      t('pattern-maker', '服装制版师', 'Garment Pattern Maker', 'textile'),
      t('sewing-machinist', '缝纫工', 'Sewing Machinist', 'textile'),
    ],
  },
  {
    slug: 'graphic-design',
    name: '广告设计职业技能竞赛',
    nameEn: 'Graphic Design Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [t('graphic-designer', '广告设计师', 'Graphic Designer', 'business')],
  },
  {
    slug: 'e-commerce',
    name: '电子商务职业技能竞赛',
    nameEn: 'E-commerce Contest',
    category: 'classic-trades',
    sector: 'service',
    trades: [
      t('e-commerce-specialist', '电子商务师', 'E-commerce Specialist', 'business'),
      t('internet-marketer', '互联网营销师', 'Internet Marketing Specialist', 'business'),
    ],
  },
  {
    slug: 'power-supply-service',
    name: '供电服务职业技能竞赛',
    nameEn: 'Power Supply Service Contest',
    category: 'classic-trades',
    sector: 'power',
    trades: [
      t('rural-grid-worker', '农网配电营业工', 'Rural Grid Distribution Worker', 'electrical'),
      t('load-control-operator', '电力负荷控制员', 'Power Load Control Operator', 'electrical'),
    ],
  },
  {
    slug: 'coal-mining',
    name: '煤矿职业技能竞赛',
    nameEn: 'Coal Mining Contest',
    category: 'classic-trades',
    sector: 'energy',
    cities: ['fuxin', 'fushun', 'tieling', 'chaoyang'],
    trades: [
      t('shearer-operator', '采煤机司机', 'Coal Shearer Operator', 'operation'),
      t('mine-rescue', '矿山救护工', 'Mine Rescue Worker', 'safety', TEAM),
    ],
  },
  {
    slug: 'fire-safety',
    name: '消防设施操作职业技能竞赛',
    nameEn: 'Fire Safety Equipment Contest',
    category: 'classic-trades',
    sector: 'safety',
    trades: [t('fire-equipment-operator', '消防设施操作员', 'Fire Safety Equipment Operator', 'safety')],
  },
  {
    slug: 'emergency-rescue',
    name: '应急救援职业技能竞赛',
    nameEn: 'Emergency Rescue Contest',
    category: 'classic-trades',
    sector: 'safety',
    trades: [t('emergency-rescuer', '应急救援员', 'Emergency Rescuer', 'safety', TEAM)],
  },
  {
    slug: 'additive-manufacturing',
    name: '增材制造职业技能竞赛',
    nameEn: 'Additive Manufacturing Contest',
    category: 'classic-trades',
    sector: 'machinery',
    trades: [t('additive-manufacturing-operator', '增材制造设备操作员', 'Additive Manufacturing Operator', 'machining')],
  },
];
