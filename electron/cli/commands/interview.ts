/**
 * `prw interview add|notes|consent|export-qdpx`: conversations with practitioners (issue #17),
 * through the same handlers, input schemas and services as the app. The `--json` shape of `add`
 * is a contract: {"id"}.
 */
import { Option, type Command } from 'commander';
import { formatLocalDate, parseLocalDate } from '../../../shared/deadlines/local-date';
import { docJsonSchema, type DocJson } from '../../../shared/documents/model';
import { AppError } from '../../../shared/errors';
import type { ConversationDetail } from '../../../shared/interviews/channels';
import { consentCovers, consentStatuses, conversationFormats, conversationKinds, type ConsentCover, type ConsentStatus, type ConversationFormat, type ConversationKind } from '../../../shared/interviews/model';
import { docFromText } from '../../../shared/interviews/note-text';
import { loadDocument, saveDocument } from '../../services/documents';
import { conversationLabel, listExcerpts, projectExport } from '../../services/interviews';
import { addExportOptions, exportTo, wroteLine, type ExportCliOptions } from '../export';
import { readInputFile, readJsonFile } from '../files';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput, collect } from './review';

type JsonOption = { json?: boolean };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "notes,quotes" → ['notes', 'quotes'], or a refusal naming the option. */
export function parseCovers(value: string, option: string): ConsentCover[] {
  const covers = value
    .split(',')
    .map((cover) => cover.trim().toLowerCase())
    .filter(Boolean);
  const unknown = covers.filter((cover) => !(consentCovers as readonly string[]).includes(cover));
  if (unknown.length > 0 || covers.length === 0) {
    throw new AppError('validation', `${option}: use one or more of ${consentCovers.join(', ')}, separated by commas (for example ${option} notes,quotes).`);
  }
  return covers as ConsentCover[];
}

/** "the social worker, Children’s Services": a participant as a sentence names them, never by name. */
function who(describedAs: string): string {
  return `the ${describedAs.charAt(0).toLowerCase()}${describedAs.slice(1)}`;
}

function label(conversation: Pick<ConversationDetail, 'kind' | 'date'>): string {
  return conversationLabel(conversation.kind, conversation.date);
}

interface AddOptions extends SecretOptions, JsonOption {
  kind: ConversationKind;
  date: string;
  participant: string[];
  consent?: string;
  questionSet: string;
  format?: ConversationFormat;
  place?: string;
  interviewer: string[];
}

interface NotesOptions extends SecretOptions {
  fromJson?: string;
  fromText?: string;
}

interface ConsentOptions extends SecretOptions {
  participant: string;
  status: ConsentStatus;
  covers?: string;
  date?: string;
}

async function readNotes(options: NotesOptions): Promise<DocJson> {
  if ((options.fromJson === undefined) === (options.fromText === undefined)) {
    throw new AppError('validation', 'Give the notes with either --from-json FILE (ProseMirror JSON) or --from-text FILE (plain text), not both.');
  }
  if (options.fromText !== undefined) return docFromText(await readInputFile(options.fromText)) as DocJson;
  const parsed = docJsonSchema.safeParse(await readJsonFile(options.fromJson!, 'a ProseMirror document such as {"type":"doc","content":[…]}'));
  if (!parsed.success) throw new AppError('validation', `--from-json: ${parsed.error.issues[0]?.message ?? 'not a ProseMirror document'}`.replace(/([^.!?])$/, '$1.'));
  return parsed.data;
}

export function registerInterview(program: Command, io: CliIo): void {
  const interview = program.command('interview').description('conversations with practitioners: who took part, their consent, and the notes');

  addSecretOptions(interview.command('add <dir> <review>'))
    .description('plan a conversation; its notes are made from the question set’s guide, with the review’s key practice episodes as prompts')
    .addOption(new Option('--kind <kind>', 'the kind of conversation').choices(conversationKinds).makeOptionMandatory())
    .requiredOption('--date <date>', 'the day it takes place (YYYY-MM-DD)')
    .requiredOption('--participant <person>', 'a participant: their id in the people register (repeatable)', collect)
    .option('--consent <covers>', `consent given by every participant, and what it covers: ${consentCovers.join(', ')} (comma-separated); without it, consent is not recorded yet`)
    .option('--question-set <id>', 'the question set the notes follow', 'appreciative-inquiry-4d')
    .addOption(new Option('--format <format>', 'how it is held').choices(conversationFormats))
    .option('--place <text>', 'where it is held')
    .option('--interviewer <text>', 'who leads it: a role or name (repeatable)', collect, [])
    .option('--json', 'print {"id"} as JSON')
    .action(async (dir: string, reviewId: string, options: AddOptions) => {
      const consent = options.consent === undefined ? undefined : { status: 'given' as const, covers: parseCovers(options.consent, '--consent') };
      const input = checkInput(
        'interviews:add',
        {
          reviewId,
          kind: options.kind,
          date: options.date,
          questionSetId: options.questionSet,
          ...(options.format !== undefined ? { format: options.format } : {}),
          ...(options.place !== undefined ? { place: options.place } : {}),
          ...(options.interviewer.length > 0 ? { interviewers: options.interviewer } : {}),
          participants: options.participant.map((personId) => ({ personId, ...(consent ? { consent } : {}) })),
        },
        {
          reviewId: 'REVIEW',
          place: '--place',
          questionSetId: '--question-set',
          participants: '--participant',
          ...Object.fromEntries(options.participant.map((_, index) => [`participants.${index}.personId`, '--participant'])),
          ...Object.fromEntries(options.interviewer.map((_, index) => [`interviewers.${index}`, '--interviewer'])),
        },
      );
      const planned = await withWorkspace(dir, options, (core) => callChannel(core, 'interviews:add', input));
      if (options.json) return io.out(JSON.stringify({ id: planned.id }) + '\n');
      const consented = consent ? `consent given for ${consent.covers.join(' and ')}` : 'consent not recorded yet';
      io.out(`Planned: ${label(planned)}, with ${plural(planned.participants.length, 'participant')} (${consented}).\n${planned.id}\n`);
    });

  addSecretOptions(interview.command('notes <dir> <interview>'))
    .description('replace the notes of a conversation; coded excerpts are found again in the new text')
    .option('--from-json <file>', 'the notes as a ProseMirror JSON document')
    .option('--from-text <file>', 'the notes as plain text: paragraphs separated by blank lines')
    .action(async (dir: string, id: string, options: NotesOptions) => {
      const input = checkInput('interviews:get', { id }, { id: 'INTERVIEW' });
      const content = await readNotes(options);
      const { conversation, saved, orphaned } = await withWorkspace(dir, options, async (core) => {
        const conversation = await callChannel(core, 'interviews:get', input);
        const wasOrphaned = new Set(listExcerpts(core.kernel, conversation.id).filter((excerpt) => excerpt.orphaned).map((excerpt) => excerpt.id));
        const current = loadDocument(core.kernel, conversation.notesDocumentId);
        const saved = saveDocument(core.kernel, { id: current.id, content, revision: current.revision });
        const orphaned = listExcerpts(core.kernel, conversation.id).filter((excerpt) => excerpt.orphaned && !wasOrphaned.has(excerpt.id)).length;
        return { conversation, saved, orphaned };
      });
      const lost = orphaned > 0 ? ` ${plural(orphaned, 'coded excerpt is', 'coded excerpts are')} now orphaned: ${orphaned === 1 ? 'its' : 'their'} text is no longer in the notes.` : '';
      io.out(`Saved the notes of ${label(conversation)} (${plural(saved.wordCount, 'word')}).${lost}\n`);
    });

  addSecretOptions(interview.command('consent <dir> <interview>'))
    .description('record a participant’s consent: given (and what it covers), declined or withdrawn')
    .requiredOption('--participant <person>', 'the participant: their id in the people register')
    .addOption(new Option('--status <status>', 'given, declined or withdrawn').choices(consentStatuses).makeOptionMandatory())
    .option('--covers <list>', `what a given consent covers: ${consentCovers.join(', ')} (comma-separated)`)
    .option('--date <date>', 'the day it was given, declined or withdrawn (YYYY-MM-DD; today when not given)')
    .action(async (dir: string, id: string, options: ConsentOptions) => {
      const input = checkInput(
        'interviews:consent',
        {
          id,
          personId: options.participant,
          status: options.status,
          ...(options.covers !== undefined ? { covers: parseCovers(options.covers, '--covers') } : {}),
          ...(options.date !== undefined ? { on: options.date } : {}),
        },
        { id: 'INTERVIEW', personId: '--participant' },
      );
      const { participant, flagged } = await withWorkspace(dir, options, async (core) => {
        const after = await callChannel(core, 'interviews:consent', input);
        const flagged = listExcerpts(core.kernel, after.id).filter((excerpt) => excerpt.consentWithdrawn && excerpt.participantIds.includes(input.personId)).length;
        return { participant: after.participants.find((found) => found.personId === input.personId)!, flagged };
      });
      const consent = participant.consent!;
      const on = consent.on ? ` on ${formatLocalDate(parseLocalDate(consent.on))}` : '';
      const covers = consent.status === 'given' ? ` for ${consent.covers.join(' and ')}` : '';
      const flags = consent.status === 'withdrawn' && flagged > 0 ? ` ${plural(flagged, 'excerpt')} from them ${flagged === 1 ? 'is' : 'are'} flagged.` : '';
      io.out(`Recorded consent ${consent.status}${covers} by ${who(participant.describedAs)}${on}.${flags}\n`);
    });

  addExportOptions(addSecretOptions(interview.command('export-qdpx <dir> <review>')))
    .description('export the coded conversations as a REFI-QDA project (.qdpx) for QualCoder, NVivo, ATLAS.ti or MAXQDA; anonymised unless --named')
    .option('--named', 'keep real names (not for sharing)')
    .action(async (dir: string, reviewId: string, options: SecretOptions & ExportCliOptions & { named?: boolean }) => {
      const input = checkInput('interviews:export-qdpx', { reviewId, named: options.named === true }, { reviewId: 'REVIEW' });
      const result = await withWorkspace(dir, options, (core) => exportTo(core, projectExport(core.kernel, input.reviewId, { anonymised: input.named !== true }), options, io));
      io.out(wroteLine(options.out, result));
    });
}
