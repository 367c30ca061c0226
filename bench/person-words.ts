import { maxSource, personBlocks } from "../src/render/index.js";

/**
 * The time to read a person's words in the shapes that make Markdown parsers slow, each written
 * to 64 KB (GitHub's longest comment) and read up to `maxSource`: the slowest shape bounds what
 * one hostile comment costs a page. The median of `runs` warm runs, after one cold.
 */
export function benchPersonWords(runs = 3): void {
  const shapes: Array<[string, string]> = [
    ["plain words", "a retro answer "],
    ["nested quotes", ">"],
    ["nested lists", "1. "],
    ["quotes and lists", "> - "],
    ["strong runs", "**"],
    ["mixed emphasis", "*_"],
    ["open brackets", "["],
    ["links", "[a](b) "],
    ["raw HTML", "<a "],
    ["table rows", "|a\n"],
    ["www autolinks", "www.a "],
  ];
  console.log(`\npeople's words: 64 KB written, the first ${maxSource} characters read`);
  let worst = 0;
  for (const [name, unit] of shapes) {
    const text = unit.repeat(Math.ceil(65536 / unit.length));
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const t0 = performance.now();
      personBlocks(text);
      if (run > 0) times.push(performance.now() - t0);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
    worst = Math.max(worst, median);
    console.log(`  ${name.padEnd(18)} ${median.toFixed(1).padStart(7)} ms`);
  }
  console.log(`  slowest            ${worst.toFixed(1).padStart(7)} ms`);
}
