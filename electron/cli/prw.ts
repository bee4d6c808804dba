import { processIo } from './io';
import { run } from './program';

// A library's use of a deprecated Node API (exceljs's streaming writer calls Buffer()) would
// otherwise print Node's own warning on stderr, where a user reads only our one-line messages.
process.noDeprecation = true;

void run(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
