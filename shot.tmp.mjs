import { chromium } from 'playwright-core';
const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const spec of paths) {
  const [path, w, h, scheme, name] = spec.split('|');
  const context = await browser.newContext({
    viewport: { width: +w, height: +h },
    colorScheme: scheme,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log(name, m.type(), m.text());
  });
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png` });
  await context.close();
}
await browser.close();
