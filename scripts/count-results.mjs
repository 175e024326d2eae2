// Totals every test run of scripts/test.sh (xunit .trx files and node TAP files) into one closing line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir, { recursive: true }).map(String)) {
  const text = readFileSync(join(dir, file), 'utf8');
  if (file.endsWith('.trx')) {
    const counters = text.match(/<Counters [^>]*>/)?.[0] ?? '';
    const read = (name) => Number(counters.match(new RegExp(`${name}="(\\d+)"`))?.[1] ?? 0);
    passed += read('passed');
    failed += read('failed') + read('error') + read('timeout') + read('aborted');
    skipped += read('notExecuted');
  } else if (file.endsWith('.tap')) {
    const read = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
    passed += read('pass');
    failed += read('fail') + read('cancelled');
    skipped += read('skipped') + read('todo');
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
