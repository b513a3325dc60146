// Loaded with `node --import bench/max-rss.mjs …`: prints the process's peak memory at exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `extids-bench max-rss ${process.resourceUsage().maxRSS}\n`);
});
