import { readdirSync, readFileSync } from "node:fs";

// USER_HZ: Linux reports process times in 1/100 s on every architecture Node runs on.
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, in seconds) used so far by every live process in process group `pgid`, from
 * /proc/<pid>/stat. Linux only; 0 elsewhere. Children that already exited are not counted.
 */
export function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state): pgrp is field 5, utime 14, stime 15.
    if (Number(fields[2]) === pgid) {
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  }
  return ticks / TICKS_PER_SECOND;
}
