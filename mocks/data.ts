// Deterministic fixtures: the MSW handlers serve them to the app's tests, and
// the server tests write the same data out as a content folder and import it,
// so both sides of the contract test answer from identical articles.

import type { Lang } from '../src/shared/languages.ts';

export type FixtureTaxonomy = {
  slug: string;
  name: string;
  description: string;
  zh: { name: string; description: string };
};

export type FixtureArticle = {
  slug: string;
  /** Left out for English, as editors do. */
  lang?: Lang;
  /** The slug of the article, in another language, that this one translates. */
  translationOf?: string;
  title: string;
  summary: string;
  published: string;
  /** Left out when the article was never updated. */
  updated?: string;
  /** The editors' note on what an earlier version got wrong. */
  correction?: string;
  forum: string;
  topics: string[];
  author: string;
  body: string;
};

export const fixtureForums: FixtureTaxonomy[] = [
  {
    slug: 'opening-ceremony',
    name: 'Opening Ceremony',
    description: 'Keynotes and initiatives that open each convention.',
    zh: { name: '开幕式', description: '每届大会开幕时的主旨致辞与倡议。' },
  },
  {
    slug: 'ambassador-forum',
    name: 'Ambassador Forum',
    description: 'Diplomatic envoys on cooperation through connected things.',
    zh: { name: '大使论坛', description: '各国外交使节共话物联网合作。' },
  },
  {
    slug: 'energy-session',
    name: 'Energy Session',
    description: 'Smart grids, renewable power and the energy transition.',
    zh: { name: '能源分论坛', description: '智能电网、可再生能源与能源转型。' },
  },
  {
    slug: 'logistics-session',
    name: 'Smart Logistics Session',
    description: 'Tracking, warehousing and supply chains.',
    zh: { name: '智慧物流分论坛', description: '追踪、仓储与供应链。' },
  },
  {
    slug: 'healthcare-session',
    name: 'Healthcare Session',
    description: 'Connected care and remote monitoring.',
    zh: { name: '医疗健康分论坛', description: '互联医疗与远程监测。' },
  },
];

const topic = (slug: string, name: string, description: string, zhName: string, zhDescription: string) => ({
  slug,
  name,
  description,
  zh: { name: zhName, description: zhDescription },
});

export const fixtureTopics: FixtureTaxonomy[] = [
  topic(
    'digital-economy',
    'Digital Economy',
    'Growth, trade and jobs from connected things.',
    '数字经济',
    '万物互联带来的增长、贸易与就业。',
  ),
  topic(
    'sustainable-development',
    'Sustainable Development Goals',
    'IoT for the SDGs.',
    '可持续发展目标',
    '物联网助力可持续发展目标。',
  ),
  topic(
    'connectivity',
    '5G, 6G and Connectivity',
    'Networks that carry the internet of things.',
    '5G、6G与网络连接',
    '承载物联网的网络。',
  ),
  topic('smart-cities', 'Smart Cities', 'Connected city infrastructure.', '智慧城市', '城市中的互联基础设施。'),
  topic('supply-chain', 'Supply Chain', 'Visibility from factory to doorstep.', '供应链', '从工厂到家门口的全程可视。'),
  topic(
    'digital-health',
    'Digital Health',
    'Connected medical devices and telemedicine.',
    '数字健康',
    '互联医疗设备与远程医疗。',
  ),
  topic('standards', 'Standards', 'Shared technical rules.', '标准', '共同的技术规则。'),
];

const paragraph = (...sentences: string[]) => sentences.join(' ');
// Chinese sentences follow each other without a space.
const zhParagraph = (...sentences: string[]) => sentences.join('');

// The tenth convention's opening is filed like the eighth's.
const conventionOpening = {
  forum: 'opening-ceremony',
  topics: ['digital-economy', 'sustainable-development', 'connectivity'],
  author: 'WIOTC News Center',
};

export const fixtureArticles: FixtureArticle[] = [
  {
    slug: 'convention-2023-opens-in-beijing',
    title: 'The World Internet of Things Convention 2023 Kicked off in Beijing',
    summary: 'The eighth annual convention opened with a written address from the UN Secretary-General.',
    published: '2023-11-20T09:00:00+08:00',
    ...conventionOpening,
    body: paragraph(
      'The United Nations Secretary-General António Guterres delivered a written address to the convention.',
      'The initiative to build the intelligently interconnected global market of digital economy was launched.',
    ),
  },
  {
    slug: 'grid-operators-share-outage-data',
    title: 'Grid Operators Agree to Share Outage Data',
    summary: 'Energy utilities from six countries will pool anonymised outage records to train forecasting models.',
    published: '2023-11-21T14:00:00+08:00',
    forum: 'energy-session',
    topics: ['sustainable-development', 'standards'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Utilities described how smart meters report faults within seconds.',
      'A shared data format will let forecasting models learn from every participating grid.',
    ),
  },
  {
    slug: 'ambassadors-discuss-digital-trade',
    title: 'Ambassadors Discuss Digital Trade Corridors',
    summary: 'Envoys explored how connected customs and shipping data can speed trade between their countries.',
    published: '2023-11-20T15:30:00+08:00',
    forum: 'ambassador-forum',
    topics: ['digital-economy', 'supply-chain'],
    author: 'WIOTC Secretariat',
    body: paragraph(
      'Delegates compared pilot corridors where containers report their position and condition.',
      'Customs paperwork that once took days is cleared before ships arrive in Zürich-bound rail hubs.',
    ),
  },
  {
    slug: 'ports-track-containers-in-real-time',
    title: 'Ports Track Containers in Real Time',
    summary: 'Port operators showed sensor networks that follow each container from quay to warehouse.',
    published: '2022-11-18T10:00:00+08:00',
    forum: 'logistics-session',
    topics: ['supply-chain', 'connectivity'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Private 5G networks cover the quays, and every crane and truck reports its position.',
      'Operators said waiting times for trucks fell noticeably after the first year.',
    ),
  },
  {
    slug: 'remote-monitoring-reaches-rural-clinics',
    title: 'Remote Monitoring Reaches Rural Clinics',
    summary: 'Connected blood-pressure cuffs and glucose meters let doctors follow patients far from hospitals.',
    published: '2022-11-19T11:00:00+08:00',
    forum: 'healthcare-session',
    topics: ['digital-health', 'sustainable-development'],
    author: 'Staff reporter',
    body: paragraph(
      'Clinics in mountain villages send readings to regional hospitals every morning.',
      'Nurses are trained to act on alerts, and patients travel only when a doctor needs to see them.',
    ),
  },
  {
    slug: 'smart-streetlights-cut-city-energy-use',
    title: 'Smart Streetlights Cut City Energy Use',
    summary: 'Cities reported that dimming streetlights on empty roads saves energy without making streets less safe.',
    published: '2021-11-22T09:30:00+08:00',
    forum: 'energy-session',
    topics: ['smart-cities', 'sustainable-development'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Motion sensors raise the light when a pedestrian or cyclist approaches.',
      'The same poles carry air-quality sensors and public Wi-Fi.',
    ),
  },
  {
    slug: 'opening-2021-calls-for-common-standards',
    title: 'Convention Opens with a Call for Common Standards',
    summary:
      'The sixth convention opened with a call for shared technical standards so devices work together everywhere.',
    published: '2021-11-20T09:00:00+08:00',
    forum: 'opening-ceremony',
    topics: ['standards', 'digital-economy'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Speakers from standards bodies explained why interoperability lowers costs for everyone.',
      'A working group will publish a first report before the next convention.',
    ),
  },
  {
    slug: 'hospitals-plan-connected-wards',
    title: 'Hospitals Plan Connected Wards',
    summary: 'Hospital managers compared connected beds, pumps and monitors that report to one nursing dashboard.',
    published: '2020-11-21T13:00:00+08:00',
    updated: '2020-11-23T10:30:00+08:00',
    correction:
      'An earlier version of this article said that each ward’s monitors report to a dashboard of their own; they report to one nursing dashboard.',
    forum: 'healthcare-session',
    topics: ['digital-health', 'standards'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Alarms from many devices are merged so nurses are not overwhelmed.',
      'Participants asked for standards that let equipment from different makers share one network.',
    ),
  },
  {
    slug: 'cold-chain-sensors-protect-vaccines',
    title: 'Cold-Chain Sensors Protect Vaccines on the Road',
    summary: 'Temperature loggers in delivery vans alert drivers before vaccines leave their safe range.',
    published: '2020-11-22T16:00:00+08:00',
    forum: 'logistics-session',
    topics: ['supply-chain', 'digital-health'],
    author: 'WIOTC Industrial Commission on Logistics',
    body: paragraph(
      'Each box reports its temperature over mobile networks every few minutes.',
      'Dispatchers reroute vans when a cooling unit fails.',
    ),
  },
  {
    slug: 'envoys-welcome-5g-cooperation',
    title: 'Envoys Welcome 5G Cooperation Projects',
    summary: 'Ambassadors heard how joint 5G projects connect factories and farms in partner countries.',
    published: '2019-11-20T14:00:00+08:00',
    forum: 'ambassador-forum',
    topics: ['connectivity', 'digital-economy'],
    author: 'WIOTC Secretariat',
    body: paragraph(
      'Partner countries presented networks that reach industrial parks and rural cooperatives.',
      'Several delegations proposed exchange programmes for engineers.',
    ),
  },
  {
    slug: 'first-convention-sets-agenda',
    title: 'First Convention Sets an Agenda for Connected Growth',
    summary: 'The first World Internet of Things Convention gathered governments and companies around a shared agenda.',
    published: '2016-11-18T09:00:00+08:00',
    forum: 'opening-ceremony',
    topics: ['digital-economy', 'smart-cities'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Participants agreed to meet every year to review progress.',
      'Smart cities and connected industry were named as the first priorities.',
    ),
  },
  {
    slug: 'warehouses-adopt-robots-and-tags',
    title: 'Warehouses Adopt Robots and Radio Tags',
    summary: 'Logistics firms described warehouses where radio tags and robots keep stock counts exact.',
    published: '2018-11-21T10:30:00+08:00',
    forum: 'logistics-session',
    topics: ['supply-chain'],
    author: 'Staff reporter',
    body: paragraph(
      'Every pallet carries a tag that gates read as it passes.',
      'Robots bring shelves to pickers, who no longer walk the aisles.',
    ),
  },
  {
    slug: 'malmo-and-sao-paulo-compare-city-platforms',
    title: 'Malmö and São Paulo Compare City Data Platforms',
    summary: 'Two cities on different continents compared how they open sensor data to residents and developers.',
    published: '2024-11-22T11:00:00+08:00',
    forum: 'ambassador-forum',
    topics: ['smart-cities', 'standards'],
    author: 'WIOTC News Center',
    body: paragraph(
      'Both cities publish traffic, air-quality and noise readings as open data.',
      'Developers build services on them without signing separate agreements.',
    ),
  },
  {
    slug: 'tenth-convention-looks-ahead',
    title: 'Tenth Convention Looks Ahead to the Next Decade',
    summary: 'The tenth convention reviewed ten years of progress and named priorities for the decade ahead.',
    published: '2025-11-20T09:00:00+08:00',
    ...conventionOpening,
    body: paragraph(
      'Speakers recalled the first convention in 2016 and the growth of connections since.',
      'Priorities for the next decade include 6G, satellite links and energy-efficient devices.',
    ),
  },
  // Chinese: three translations that keep their original's slug, and one article only in Chinese.
  {
    slug: 'convention-2023-opens-in-beijing',
    lang: 'zh',
    translationOf: 'convention-2023-opens-in-beijing',
    title: '2023世界物联网大会在北京开幕',
    summary: '第八届世界物联网大会开幕，联合国秘书长发表书面致辞。',
    published: '2023-11-20T09:00:00+08:00',
    ...conventionOpening,
    author: '世界物联网大会新闻中心',
    body: zhParagraph('联合国秘书长古特雷斯向大会发表书面致辞。', '大会发布构建智能互联全球数字经济大市场倡议。'),
  },
  {
    slug: 'grid-operators-share-outage-data',
    lang: 'zh',
    translationOf: 'grid-operators-share-outage-data',
    title: '电网运营商同意共享停电数据',
    summary: '六个国家的电力企业将汇集匿名停电记录，用于训练预测模型。',
    published: '2023-11-21T14:00:00+08:00',
    forum: 'energy-session',
    topics: ['sustainable-development', 'standards'],
    author: '世界物联网大会新闻中心',
    body: zhParagraph(
      '电力企业介绍了智能电表如何在数秒内报告故障。',
      '统一的数据格式将让预测模型从每个参与电网中学习。',
    ),
  },
  {
    slug: 'hospitals-plan-connected-wards',
    lang: 'zh',
    translationOf: 'hospitals-plan-connected-wards',
    title: '医院规划联网病房',
    summary: '医院管理者比较了向同一护理看板报告的联网病床、输液泵和监护仪。',
    published: '2020-11-21T13:00:00+08:00',
    forum: 'healthcare-session',
    topics: ['digital-health', 'standards'],
    author: '世界物联网大会新闻中心',
    body: zhParagraph(
      '来自多台设备的警报被合并，护士不再应接不暇。',
      '与会者呼吁制定标准，让不同厂商的设备共用一个网络。',
    ),
  },
  {
    slug: 'beijing-youth-iot-camp',
    lang: 'zh',
    title: '北京青少年物联网创新营开营',
    summary: '中学生用传感器和开源硬件搭建校园小应用。',
    published: '2024-11-21T16:00:00+08:00',
    forum: 'opening-ceremony',
    topics: ['smart-cities', 'digital-economy'],
    author: '世界物联网大会新闻中心',
    body: zhParagraph('创新营与大会同期在北京举办。', '学生们分组设计了教室空气监测和校园节能等 5G 应用。'),
  },
];
