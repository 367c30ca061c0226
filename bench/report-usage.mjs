// Loaded with `node --import` into a measured process: when it exits, writes the whole process's
// CPU time and peak RSS (process.resourceUsage, from its start) to the file BENCH_USAGE_FILE
// names. A process measures itself, so no system tool (GNU time) is needed; the cost of this one
// small module is paid alike by each side of a comparison.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_USAGE_FILE;
if (file)
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        peakRssMiB: usage.maxRSS / 1024,
      }),
    );
  });
