import { cpus, totalmem, type as osType, release } from 'node:os';

/** One line that says where and when numbers were measured. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${cpus().length} × ${cpu}, ${memory}, ${osType()} ${release()}, Node ${process.version}, ${new Date().toISOString()}`;
}
