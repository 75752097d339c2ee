// Readings of another process (a server under test) from Linux's /proc.
import { readFileSync } from 'node:fs';

/** The process's peak resident memory so far in MB (Linux keeps the high-water mark); NaN if unreadable. */
export function peakRssMb(pid: number | undefined): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds a process has used (user + system); clock ticks are 1/100 s on Linux. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
