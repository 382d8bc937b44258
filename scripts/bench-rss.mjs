// Preloaded by `npm run bench` (node --import): writes the process's peak RSS in bytes
// to the file named by FACTX_BENCH_RSS when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.FACTX_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
