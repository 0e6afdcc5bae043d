import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { seededRandom } from '../server/content/seeded-random.ts';

// Writes deterministic synthetic articles for load tests and end-to-end tests:
//   npm run content:generate -- --count 100000 --out /tmp/wiotc-100k
// The output is a complete content folder (forums and topics are copied from
// content/ unless the folder already has them). The same count and seed always
// give the same files.

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '2016' },
    // Put every article in this forum and give it this topic, for deep pages of one filter.
    forum: { type: 'string' },
    topic: { type: 'string' },
    // The share of articles written in Chinese, 0 to 1 (the benchmark uses half).
    'zh-share': { type: 'string', default: '0' },
  },
});
if (!values.out) {
  console.error('Usage: npm run content:generate -- --count 100000 --out <dir> [--seed 2016]');
  process.exit(2);
}
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('--count must be a whole number of 1 or more');
  process.exit(2);
}
const zhShare = Number(values['zh-share']);
if (!(zhShare >= 0 && zhShare <= 1)) {
  console.error('--zh-share must be a number from 0 to 1');
  process.exit(2);
}
const outDir = path.resolve(values.out);
const sourceDir = path.resolve(import.meta.dirname, '..', 'content');

const random = seededRandom(Number(values.seed) >>> 0);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

mkdirSync(path.join(outDir, 'articles', 'generated'), { recursive: true });
for (const file of ['forums.yaml', 'topics.yaml']) {
  if (!existsSync(path.join(outDir, file))) copyFileSync(path.join(sourceDir, file), path.join(outDir, file));
}
const forums = Object.keys(parse(readFileSync(path.join(outDir, 'forums.yaml'), 'utf8')));
const topics = Object.keys(parse(readFileSync(path.join(outDir, 'topics.yaml'), 'utf8')));

const SUBJECTS = [
  'Sensor networks',
  'Connected factories',
  'Smart grids',
  'Edge platforms',
  'Digital twins',
  'Ports',
  'Hospitals',
  'Farm cooperatives',
  'City operators',
  'Logistics hubs',
  'Standards bodies',
  'Payment networks',
];
const VERBS = ['cut', 'improve', 'speed up', 'secure', 'simplify', 'connect', 'measure', 'expand'];
const OBJECTS = [
  'energy use',
  'supply chains',
  'patient monitoring',
  'water management',
  'traffic flows',
  'maintenance',
  'cross-border trade',
  'crop yields',
  'data sharing',
  'device security',
];
const WORDS = [
  'internet',
  'things',
  'devices',
  'network',
  'data',
  'platform',
  'sensors',
  'pilot',
  'operators',
  'standards',
  'connectivity',
  'economy',
  'partners',
  'deployment',
  'regional',
  'results',
  'cooperation',
  'industry',
  'services',
  'members',
];
// Words that appear in few articles, so searches for them are selective.
const RARE = ['quasar', 'zeolite', 'fjord', 'marimba', 'obsidian', 'tundra', 'halcyon', 'lyrebird'];

// Chinese is written without spaces, so a sentence is its words run together.
const ZH_WORDS =
  '物联网 数据 平台 传感器 网络 设备 北京 能源 工业互联网 合作 标准 数字经济 试点 运营商 智慧城市 服务 企业 发展 应用 开幕'.split(
    ' ',
  );
const ZH_RARE = ['量子通信', '沙漠光伏', '冰川监测', '古籍数字化', '候鸟迁徙', '珊瑚礁'];
const ZH_SUBJECTS = ['传感器网络', '智能工厂', '智能电网', '边缘平台', '数字孪生', '港口', '医院', '农业合作社'];
const ZH_OBJECTS = ['能源利用', '供应链', '患者监护', '水资源管理', '交通流量', '设备维护', '跨境贸易', '数据共享'];

function sentence(lang: 'en' | 'zh' = 'en'): string {
  const vocabulary = lang === 'zh' ? ZH_WORDS : WORDS;
  const words = Array.from({ length: 10 + Math.floor(random() * 10) }, () => pick(vocabulary));
  if (random() < 0.002) words.splice(3, 0, pick(lang === 'zh' ? ZH_RARE : RARE));
  if (lang === 'zh') return `${words.join('')}。`;
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const started = performance.now();
for (let index = 0; index < count; index += 1) {
  const year = 2016 + Math.floor(random() * 10);
  const day = 18 + Math.floor(random() * 7);
  const hour = 8 + Math.floor(random() * 11);
  const minute = Math.floor(random() * 60);
  const published = `${year}-11-${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
  const lang = random() < zhShare ? 'zh' : 'en';
  const title =
    lang === 'zh'
      ? `${pick(ZH_SUBJECTS)}助力${pick(ZH_OBJECTS)}（${index + 1}）`
      : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} (${index + 1})`;
  const articleTopics = [
    ...new Set([
      ...(values.topic ? [values.topic] : []),
      ...Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(topics)),
    ]),
  ];
  const paragraphs = Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
    Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(lang)).join(lang === 'zh' ? '' : ' '),
  );
  const slug = `generated-${lang === 'zh' ? 'zh-' : ''}${String(index + 1).padStart(6, '0')}`;
  const folder = path.join(outDir, 'articles', 'generated', String(Math.floor(index / 1000)).padStart(3, '0'));
  if (index % 1000 === 0) mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, `${slug}.md`),
    [
      '---',
      `title: "${title}"`,
      `slug: ${slug}`,
      ...(lang === 'zh' ? ['lang: zh'] : []),
      `published: ${published}`,
      `forum: ${values.forum ?? pick(forums)}`,
      `topics: [${articleTopics.join(', ')}]`,
      `summary: "${sentence(lang)}"`,
      `author: ${lang === 'zh' ? '合成测试数据' : 'Synthetic load data'}`,
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n'),
  );
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${count} synthetic articles to ${path.join(outDir, 'articles', 'generated')} in ${seconds} s`);
