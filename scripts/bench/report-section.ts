import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BENCHMARKS_FILE = path.resolve(import.meta.dirname, '..', '..', 'docs', 'benchmarks.md');

/** Prints a benchmark's report and stores it as its own section of docs/benchmarks.md. */
export function publishReport(name: string, lines: string[]) {
  const report = [...lines, ''].join('\n');
  console.log(`\n${report}`);
  writeReportSection(BENCHMARKS_FILE, name, report);
}

/** Replaces one generated section of docs/benchmarks.md, keeping the others. */
function writeReportSection(file: string, name: string, content: string) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const existing = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nWritten by the benchmark scripts; do not edit by hand.\n';
  const block = `${start}\n${content}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, pattern.test(existing) ? existing.replace(pattern, () => block) : `${existing}\n${block}\n`);
}
