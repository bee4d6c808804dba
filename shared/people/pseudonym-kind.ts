/**
 * Whether a pseudonym describes the person ("Mother", "Child M", "Sibling 1", "Maternal
 * grandmother", "Practitioner 3 (Health Visitor)", "Mother's partner") or stands in for a name
 * ("Alex"). The difference matters when it replaces a name in a sentence: "the mother, Kerry,
 * said" would become "the mother, Mother, said" — the text already says what the descriptor
 * says, so the name is dropped instead. A name-like pseudonym never repeats the text around it.
 *
 * It is decided from the pseudonym alone, so every register works without new fields.
 */
export type PseudonymKind = 'descriptor' | 'name';

/**
 * The words reports and agency records use for a person's role or relationship. A pseudonym
 * holding one of them ("Child M", "Adult 2", "Maternal grandmother") describes the person.
 * Multi-word roles are recognised by their last word ("family member", "young person",
 * "health visitor", "social worker").
 */
const roleWords = new Set(
  (
    'mother father parent carer guardian child baby infant toddler sibling brother sister son daughter ' +
    'grandmother grandfather grandparent aunt uncle cousin niece nephew partner husband wife spouse ' +
    'stepfather stepmother stepparent stepbrother stepsister stepson stepdaughter ' +
    'adult member person subject boy girl man woman male female victim perpetrator witness ' +
    'neighbour friend lodger relative ' +
    'practitioner professional worker visitor nurse midwife doctor gp paediatrician clinician ' +
    'teacher dsl officer constable sergeant detective manager consultant therapist psychologist ' +
    'psychiatrist advocate keyworker chair reviewer author'
  ).split(' '),
);

/**
 * Everyday words agencies write for the same roles: "mum Kerry" repeats "Mother" as much as
 * "mother Kerry" does, and "Kerry (mum)" says no more than "Mother".
 */
const synonyms: ReadonlyMap<string, string> = new Map([
  ...['mum', 'mummy', 'mom', 'mam'].map((word) => [word, 'mother'] as const),
  ...['dad', 'daddy'].map((word) => [word, 'father'] as const),
  ...['nan', 'nana', 'nanna', 'nanny', 'gran', 'granny', 'grandma', 'grandmum'].map((word) => [word, 'grandmother'] as const),
  ...['grandad', 'granddad', 'grandpa'].map((word) => [word, 'grandfather'] as const),
  ['stepdad', 'stepfather'],
  ['stepmum', 'stepmother'],
  ...['boyfriend', 'girlfriend'].map((word) => [word, 'partner'] as const),
]);

/** The words a role word is also written as, for building patterns: "mother" → ["mum", …]. */
export function variantsOf(word: string): string[] {
  const variants = [word];
  for (const [variant, canonical] of synonyms) if (canonical === word) variants.push(variant);
  return variants;
}

/** One word as the rules compare it: lower case, straight apostrophes, synonyms read as their role. */
export function roleForm(word: string): string {
  const lower = word.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/^'+/, '');
  const possessive = /'s?$/.exec(lower);
  const stem = possessive ? lower.slice(0, possessive.index) : lower;
  const canonical = synonyms.get(stem) ?? stem;
  return possessive ? `${canonical}'s` : canonical;
}

/** A role word that names the person itself, not a possessive ("mother's" in "Mother's partner" does not). */
export function isRoleWord(word: string): boolean {
  return roleWords.has(roleForm(word));
}

/** The words of a text, apostrophes kept inside them ("Mother's", "O'Neill"). */
export function wordsIn(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02bc`][\p{L}\p{N}\p{M}]*)*/gu) ?? [];
}

export function pseudonymKind(pseudonym: string): PseudonymKind {
  return wordsIn(pseudonym).some((word) => isRoleWord(word) || isRoleWord(roleForm(word).replace(/'s?$/, '')))
    ? 'descriptor'
    : 'name';
}
