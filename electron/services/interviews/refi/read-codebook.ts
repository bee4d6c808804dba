/**
 * Reading a REFI-QDA codebook (.qdc) made by another program, so a coding frame agreed with a
 * colleague can be brought in. Only what Codebook.xsd allows is accepted: anything else is refused
 * with what is wrong and where (line and column), so the user can tell a wrong file from a
 * damaged one. The parser (saxes) reads no DTD and fetches nothing: a file cannot reach out.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../../../../shared/errors';
import { codebookNamespace } from './codebook';
import type { ImportedCode } from './types';

const notACodebook = 'This file is not a REFI-QDA codebook: ';
const exportAgain = ' Export the codebook again from the program that made it.';

interface Place {
  line: number;
  column: number;
}

type Frame =
  | { kind: 'codebook'; seenCodes: boolean; at: Place }
  | { kind: 'codes'; codes: ImportedCode[]; at: Place }
  | { kind: 'code'; code: ImportedCode; at: Place }
  | { kind: 'description'; text: string; owner: ImportedCode }
  // Sets (groups of codes) are allowed by the schema but not brought in: their content is skipped.
  | { kind: 'skipped' };

export function readCodebook(xml: string): ImportedCode[] {
  const text = xml.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw refuse('the file is empty.');

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const codes: ImportedCode[] = [];
  let rootSeen = false;
  let tagStart: Place = { line: 1, column: 1 };

  // Saxes reports an element once its start tag is read; the place we name is where its '<' is.
  parser.on('opentagstart', () => {
    tagStart = tagPlace(text, text.lastIndexOf('<', parser.position - 1), parser);
  });

  parser.on('opentag', (tag) => {
    const at = tagStart;
    const top = stack.at(-1);
    if (!top) {
      if (rootSeen) return; // Saxes itself refuses a second root element.
      rootSeen = true;
      if (tag.local !== 'CodeBook') throw refuse(`it starts with <${tag.name}> at ${where(at)}, where a codebook starts with <CodeBook>.`);
      if (tag.uri !== codebookNamespace) {
        throw refuse(`its <CodeBook> at ${where(at)} is not in the REFI-QDA codebook namespace (${codebookNamespace}), so it was made for something else.${exportAgain}`);
      }
      stack.push({ kind: 'codebook', seenCodes: false, at });
      return;
    }
    if (top.kind === 'skipped') {
      stack.push(top);
      return;
    }
    const unexpected = (expected: string): AppError => refuse(`it has <${tag.name}> at ${where(at)}, where ${expected}.${exportAgain}`);
    if (tag.uri !== codebookNamespace) throw unexpected(`only the codebook's own elements belong`);
    switch (top.kind) {
      case 'codebook':
        if (!top.seenCodes && tag.local === 'Codes') {
          top.seenCodes = true;
          stack.push({ kind: 'codes', codes, at });
        } else if (top.seenCodes && tag.local === 'Sets') stack.push({ kind: 'skipped' });
        else throw unexpected(top.seenCodes ? 'a codebook ends (or has its <Sets>)' : 'a codebook has its <Codes>');
        return;
      case 'codes':
        if (tag.local !== 'Code') throw unexpected('a codebook has a <Code>');
        top.codes.push(newCode(tag, at));
        stack.push({ kind: 'code', code: top.codes.at(-1)!, at });
        return;
      case 'code':
        if (tag.local === 'Description' && top.code.description === null && top.code.children.length === 0) {
          stack.push({ kind: 'description', text: '', owner: top.code });
        } else if (tag.local === 'Code') {
          const child = newCode(tag, at);
          top.code.children.push(child);
          stack.push({ kind: 'code', code: child, at });
        } else throw unexpected('a code has at most one <Description>, then the codes under it');
        return;
      case 'description':
        throw unexpected(`a code's description has only text`);
    }
  });

  const onText = (value: string): void => {
    const top = stack.at(-1);
    if (top?.kind === 'description') top.text += value;
    else if (top && top.kind !== 'skipped' && value.trim() !== '') {
      throw refuse(`it has text (“${value.trim().slice(0, 40)}”) at ${where({ line: parser.line, column: parser.column })}, where only elements belong.${exportAgain}`);
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', () => {
    const frame = stack.pop();
    if (frame?.kind === 'description') frame.owner.description = frame.text;
    if (frame?.kind === 'codes' && frame.codes.length === 0) throw refuse(`its <Codes> at ${where(frame.at)} holds no codes.${exportAgain}`);
    if (frame?.kind === 'codebook' && !frame.seenCodes) throw refuse(`its <CodeBook> at ${where(frame.at)} has no <Codes>.${exportAgain}`);
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Saxes puts "line:column: " before its reason; the reason alone goes in brackets.
    const reason = error instanceof Error ? error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '') : 'unreadable';
    throw refuse(`the XML is not well formed at ${where({ line: parser.line, column: parser.column })} (${reason}).${exportAgain}`);
  }
  return codes;
}

function newCode(tag: SaxesTagNS, at: Place): ImportedCode {
  const name = tag.attributes['name']?.value.trim() ?? '';
  if (name === '') throw refuse(`the <Code> at ${where(at)} has no name.${exportAgain}`);
  const color = tag.attributes['color']?.value.trim();
  if (color !== undefined && !/^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(color)) {
    throw refuse(`the code “${name}” at ${where(at)} has the colour “${color}”, where a codebook has #RRGGBB.${exportAgain}`);
  }
  // #ABC is shorthand for #AABBCC; we keep colours in the long form.
  const colour = color === undefined ? null : color.length === 4 ? `#${[...color.slice(1)].map((digit) => digit + digit).join('')}` : color;
  return { name, colour, description: null, children: [] };
}

function refuse(what: string): AppError {
  return new AppError('validation', notACodebook + what);
}

function where(place: Place): string {
  return `line ${place.line}, column ${place.column}`;
}

/**
 * Line and column (both from 1, the column in characters) of the '<' at a UTF-16 index, worked
 * back from the parser's own line and column, which are just past the tag's name.
 */
function tagPlace(text: string, index: number, parser: SaxesParser): Place {
  const since = text.slice(index, parser.position);
  const breaksSince = since.match(/\r\n|\r|\n/g)?.length ?? 0;
  if (breaksSince === 0) return { line: parser.line, column: parser.column - [...since].length + 1 };
  // The name ended at a line break: count along the '<' line itself.
  const lineStart = Math.max(text.lastIndexOf('\n', index - 1), text.lastIndexOf('\r', index - 1)) + 1;
  return { line: parser.line - breaksSince, column: [...text.slice(lineStart, index)].length + 1 };
}
