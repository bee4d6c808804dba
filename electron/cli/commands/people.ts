/**
 * `prw people add|list`: a review's people register. Names are given as arguments because the
 * issue asks for it; they are never echoed back except by `people list`, which is for reading the
 * register. What `add` prints is the pseudonym.
 */
import { Option, type Command } from 'commander';
import { personRoleLabels, personRoles, type PersonRole } from '../../../shared/reviews/catalogue';
import type { CliIo } from '../io';
import { withWorkspace } from '../open';
import { addSecretOptions, type SecretOptions } from '../secrets';
import { callChannel, checkInput, collect } from './review';

type JsonOption = { json?: boolean };

interface AddOptions {
  name: string;
  role: PersonRole;
  pseudonym?: string;
  alias: string[];
  dob?: string;
  relationship?: string;
  practitionerRole?: string;
  agency?: string;
}

export function registerPeople(program: Command, io: CliIo): void {
  const people = program.command('people').description("a review's people register: real names, roles and pseudonyms");

  addSecretOptions(people.command('add <dir> <review>'))
    .description('add a person to a review (REVIEW is its id); a pseudonym is suggested unless given')
    .requiredOption('--name <name>', 'their real name (kept encrypted; never logged)')
    .addOption(new Option('--role <role>', 'their role in the case').choices(personRoles).makeOptionMandatory())
    .option('--pseudonym <pseudonym>', 'the pseudonym to use instead of the suggested one')
    .option('--alias <alias>', 'another name or spelling they are known by (repeatable)', collect, [])
    .option('--dob <date>', 'date of birth (YYYY-MM-DD)')
    .option('--relationship <relationship>', 'e.g. mother, maternal grandmother, foster carer')
    .option('--practitioner-role <role>', 'a practitioner’s role, e.g. "Health Visitor"')
    .option('--agency <agency>', 'a practitioner’s agency')
    .option('--json', 'print {"id", "pseudonym"} as JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption & AddOptions) => {
      const input = checkInput(
        'people:add',
        {
          reviewId,
          name: options.name,
          role: options.role,
          ...optional('pseudonym', options.pseudonym),
          ...(options.alias.length > 0 ? { aliases: options.alias } : {}),
          ...optional('dateOfBirth', options.dob),
          ...optional('relationship', options.relationship),
          ...optional('practitionerRole', options.practitionerRole),
          ...optional('agency', options.agency),
        },
        {
          reviewId: 'REVIEW',
          name: '--name',
          pseudonym: '--pseudonym',
          relationship: '--relationship',
          practitionerRole: '--practitioner-role',
          agency: '--agency',
          ...Object.fromEntries(options.alias.map((_, index) => [`aliases.${index}`, '--alias'])),
        },
      );
      const person = await withWorkspace(dir, options, (core) => callChannel(core, 'people:add', input));
      if (options.json) return io.out(JSON.stringify({ id: person.id, pseudonym: person.pseudonym }) + '\n');
      io.out(`Added ${personRoleLabels[person.role].toLowerCase()} "${person.pseudonym}": ${person.id}\n`);
    });

  addSecretOptions(people.command('list <dir> <review>'))
    .description('list the people in a review, with their real names')
    .option('--json', 'print JSON')
    .action(async (dir: string, reviewId: string, options: SecretOptions & JsonOption) => {
      const input = checkInput('people:list', { reviewId }, { reviewId: 'REVIEW' });
      const list = await withWorkspace(dir, options, (core) => callChannel(core, 'people:list', input));
      if (options.json) return io.out(JSON.stringify(list) + '\n');
      if (list.length === 0) return io.out('No people in this review yet. Add one with "prw people add DIR REVIEW --name NAME --role ROLE".\n');
      for (const person of list) {
        const aliases = person.aliases.length > 0 ? ` (also ${person.aliases.join(', ')})` : '';
        io.out(`${person.pseudonym}  ${personRoleLabels[person.role]}  ${person.name}${aliases}  ${person.id}\n`);
      }
    });

  addSecretOptions(people.command('not-person <dir> <names...>'))
    .description('remember, for this workspace, that words the names check found before an anonymised export are not people (a town, a team)')
    .option('--undo', 'forget them again: the names check will show them')
    .action(async (dir: string, names: string[], options: SecretOptions & { undo?: boolean }) => {
      const marked = await withWorkspace(dir, options, async (core) => {
        let list = await callChannel(core, 'export:not-people', {});
        for (const name of names) {
          const key = list.find((entry) => entry.name.toLowerCase() === name.trim().toLowerCase())?.key;
          if (options.undo) {
            if (key) list = await callChannel(core, 'export:unmark-not-person', { key });
          } else list = await callChannel(core, 'export:mark-not-person', checkInput('export:mark-not-person', { name }, { name: 'NAME' }));
        }
        return list;
      });
      io.out(marked.length === 0 ? 'No words are marked "not a person".\n' : `Not a person: ${marked.map((entry) => entry.name).join(', ')}\n`);
    });
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
