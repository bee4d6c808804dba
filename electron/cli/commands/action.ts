/**
 * `prw action add|update|list|export`: the partnership's action plan (issue #18), through the
 * same handlers, input schemas and services as the app. The `--json` shapes are contracts: add
 * {"id"}, update {"id","status","rag","statusOn"}, list [{"id","review","recommendation",
 * "finding","agency","due","status","rag","daysOverdue"}] in the register's order.
 */
import { Option, type Command } from 'commander';
import { shortDay } from '../../../shared/chronology/date-words';
import { actionStatuses, actionStatusWords, rags, type ActionStatus, type Rag } from '../../../shared/findings/model';
import type { RegisterFilter } from '../../../shared/findings/schemas';
import { firstFindingIds, registerProduct } from '../../services/findings';
import { addExportOptions, exportTo, wroteLine, type ExportCliOptions } from '../export';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput } from './review';

type JsonOption = { json?: boolean };

interface AddOptions extends SecretOptions, JsonOption {
  text: string;
  agency: string;
  leadRole: string;
  due: string;
  measure?: string;
}

interface UpdateOptions extends SecretOptions, JsonOption {
  status: ActionStatus;
  rag?: Rag;
  note?: string;
  reason?: string;
  date?: string;
}

interface ListOptions extends SecretOptions, JsonOption {
  review?: string;
  agency?: string;
  overdue?: boolean;
  asOf?: string;
}

export function registerAction(program: Command, io: CliIo): void {
  const action = program.command('action').description('the action plan: actions on recommendations, their progress, the register and its exports');

  addSecretOptions(action.command('add <dir> <recommendation>'))
    .description('add an action to carry out a recommendation')
    .requiredOption('--text <text>', 'what will be done')
    .requiredOption('--agency <name>', 'the agency that leads it')
    .requiredOption('--lead-role <text>', 'the lead officer’s role, for example "Head of Safeguarding"')
    .requiredOption('--due <date>', 'the target date, YYYY-MM-DD')
    .option('--measure <text>', 'how success will be measured')
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, recommendationId: string, options: AddOptions) => {
      const input = checkInput(
        'actions:add',
        { recommendationId, text: options.text, agency: options.agency, leadRole: options.leadRole, due: options.due, ...(options.measure !== undefined ? { measure: options.measure } : {}) },
        { recommendationId: 'RECOMMENDATION', text: '--text', agency: '--agency', leadRole: '--lead-role', due: '--due', measure: '--measure' },
      );
      const added = await withWorkspace(dir, options, (core) => callChannel(core, 'actions:add', input));
      if (options.json) return io.out(JSON.stringify({ id: added.id }) + '\n');
      io.out(`Added the action for ${added.agency}, due ${shortDay(added.due)}: ${added.id}\n`);
    });

  addSecretOptions(action.command('update <dir> <action>'))
    .description('record progress on an action')
    .addOption(new Option('--status <status>', 'where the action stands').choices([...actionStatuses]).makeOptionMandatory())
    .addOption(new Option('--rag <rag>', 'its RAG rating').choices([...rags]))
    .option('--note <text>', 'what has happened')
    .option('--reason <text>', 'why it will not be implemented (needed for not-implemented)')
    .option('--date <date>', 'the day the progress was reported, YYYY-MM-DD (today when not given)')
    .option('--json', 'print {"id","status","rag","statusOn"} as JSON')
    .action(async (dir: string, id: string, options: UpdateOptions) => {
      const input = checkInput(
        'actions:progress',
        {
          id,
          status: options.status,
          ...(options.rag !== undefined ? { rag: options.rag } : {}),
          ...(options.note !== undefined ? { note: options.note } : {}),
          ...(options.reason !== undefined ? { reason: options.reason } : {}),
          ...(options.date !== undefined ? { on: options.date } : {}),
        },
        { id: 'ACTION', note: '--note', reason: '--reason', on: '--date' },
      );
      const updated = await withWorkspace(dir, options, (core) => callChannel(core, 'actions:progress', input));
      if (options.json) return io.out(JSON.stringify({ id: updated.id, status: updated.status, rag: updated.rag, statusOn: updated.statusOn }) + '\n');
      io.out(`The action is now ${actionStatusWords[updated.status].toLowerCase()}${updated.statusOn ? ` (as of ${shortDay(updated.statusOn)})` : ''}.\n`);
    });

  addSecretOptions(action.command('list <dir>'))
    .description('the register: every action in the workspace, overdue first')
    .option('--review <id>', 'only the actions from this review')
    .option('--agency <name>', 'only this agency’s actions')
    .option('--overdue', 'only overdue actions')
    .option('--as-of <date>', 'count overdue days to this day, YYYY-MM-DD (today when not given)')
    .option('--json', 'print an array of {"id","review","recommendation","finding","agency","due","status","rag","daysOverdue"}')
    .action(async (dir: string, options: ListOptions) => {
      const filter = checkInput('actions:register', listFilter(options), { agency: '--agency', asOf: '--as-of', 'source.reviewId': '--review' });
      const { register, findings } = await withWorkspace(dir, options, async (core) => ({ register: await callChannel(core, 'actions:register', filter), findings: firstFindingIds(core.kernel) }));
      if (options.json) {
        const rows = register.rows.map((row) => ({
          id: row.id,
          review: row.source.kind === 'review' ? row.source.reviewId : null,
          recommendation: row.recommendationId,
          finding: findings.get(row.recommendationId) ?? null,
          agency: row.agency,
          due: row.due,
          status: row.status,
          rag: row.rag,
          daysOverdue: row.daysOverdue,
        }));
        return io.out(JSON.stringify(rows) + '\n');
      }
      if (register.rows.length === 0) return io.out('No actions match.\n');
      for (const row of register.rows) {
        const overdue = row.daysOverdue > 0 ? `, ${row.daysOverdue} ${row.daysOverdue === 1 ? 'day' : 'days'} overdue` : '';
        io.out(`${row.id}  ${row.agency}: ${row.text} (due ${shortDay(row.due)}; ${actionStatusWords[row.status]}${overdue}) — ${row.sourceLabel}\n`);
      }
    });

  addExportOptions(addSecretOptions(action.command('export <dir>')))
    .description('export the register as a spreadsheet (xlsx) or the Quality and Impact Group’s report (pdf); anonymised unless --named')
    .addOption(new Option('--format <format>', 'xlsx or pdf').choices(['xlsx', 'pdf']).makeOptionMandatory())
    .option('--as-of <date>', 'count overdue days to this day, YYYY-MM-DD (today when not given)')
    .option('--named', 'keep real names (not for sharing)')
    .action(async (dir: string, options: SecretOptions & ExportCliOptions & { format: 'xlsx' | 'pdf'; asOf?: string; named?: boolean }) => {
      const input = checkInput(
        'actions:export',
        { format: options.format, filter: options.asOf !== undefined ? { asOf: options.asOf } : {}, named: options.named === true },
        { 'filter.asOf': '--as-of' },
      );
      const result = await withWorkspace(dir, options, (core) =>
        exportTo(core, registerProduct(core.kernel, { format: input.format, filter: input.filter ?? {}, anonymised: input.named !== true }), options, io),
      );
      io.out(wroteLine(options.out, result));
    });
}

function listFilter(options: ListOptions): RegisterFilter {
  return {
    ...(options.review !== undefined ? { source: { kind: 'review' as const, reviewId: options.review } } : {}),
    ...(options.agency !== undefined ? { agency: options.agency } : {}),
    ...(options.overdue ? { overdue: true } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  };
}
