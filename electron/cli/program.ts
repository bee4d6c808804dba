/**
 * `prw`: the command line over the same services the app uses, never through Electron.
 * Commands live one per file in commands/; this file wires them up and maps outcomes to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/errors';
import { cliName, productName } from '../../shared/product';
import { toErrorInfo } from '../services';
import { environmentLogLevel, setLogThreshold } from '../services/log';
import { exitCodes, type CliIo } from './io';
import { terminalProgress, wantsProgress } from './progress';
import { registerAction } from './commands/action';
import { registerAgency } from './commands/agency';
import { registerAudit } from './commands/audit';
import { registerBackup } from './commands/backup';
import { registerBriefing } from './commands/briefing';
import { registerChronology } from './commands/chronology';
import { registerDeadlines } from './commands/deadlines';
import { registerDocument } from './commands/document';
import { registerFinding } from './commands/finding';
import { registerInfo } from './commands/info';
import { registerInterview } from './commands/interview';
import { registerPeople } from './commands/people';
import { registerRecommendation } from './commands/recommendation';
import { registerReview } from './commands/review';
import { registerTerms } from './commands/terms';
import { registerTheme } from './commands/theme';
import { registerWorkspace } from './commands/workspace';

export function createProgram(io: CliIo): Command {
  const program = new Command(cliName)
    .description(`${productName}: the command line.`)
    .version(__APP_VERSION__, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // Options before a subcommand are the program's, after it the subcommand's: so
    // `prw tor export-pdf … --version 2` names a version instead of printing the app's.
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    // Every command that runs a job gets the progress line, unless stderr is piped or --json is given.
    .hook('preAction', (_program, command) => {
      const json = command.opts<{ json?: boolean }>().json === true;
      terminalProgress.attach(wantsProgress(io.errTerminal, json) ? io.err : null, io.errTerminal?.columns ?? 0);
      // --verbose shows the core's log lines (from info, or what PRW_LOG_LEVEL asks for).
      if (command.optsWithGlobals<{ verbose?: boolean }>().verbose === true) setLogThreshold(environmentLogLevel() ?? 'info');
    });
  registerInfo(program, io);
  registerWorkspace(program, io);
  registerBackup(program, io);
  registerAudit(program, io);
  registerReview(program, io);
  registerAgency(program, io);
  registerPeople(program, io);
  registerChronology(program, io);
  registerDocument(program, io);
  registerTerms(program, io);
  registerDeadlines(program, io);
  registerInterview(program, io);
  registerTheme(program, io);
  registerFinding(program, io);
  registerRecommendation(program, io);
  registerBriefing(program, io);
  registerAction(program, io);
  addVerbose(program);
  return program;
}

/** On every command, so it may come before or after the subcommand's name, as users type it. */
function addVerbose(command: Command): void {
  command.option('--verbose', 'also print log lines on stderr (codes and counts, never workspace content)');
  for (const sub of command.commands) addVerbose(sub);
}

/** Runs one command line and resolves to the process exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  // Without --verbose, stderr carries only the one-line message below: a log line before it
  // would read as part of the answer.
  const previousThreshold = setLogThreshold('silent');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCodes.ok;
  } catch (error) {
    // A line still showing would run into the message.
    terminalProgress.detach();
    if (error instanceof CommanderError) {
      // --help and --version end through here too, successfully.
      if (error.exitCode === 0) return exitCodes.ok;
      return exitCodes.usage;
    }
    const info = error instanceof AppError ? error.toInfo() : toErrorInfo(error, 'cli');
    io.err(`${cliName}: ${info.message}\n`);
    return exitCodes.failure;
  } finally {
    terminalProgress.detach();
    setLogThreshold(previousThreshold);
  }
}
