/**
 * The REFI-QDA files for coded practitioner conversations: what NVivo, ATLAS.ti, MAXQDA or
 * QualCoder would see on opening them. Both files are checked against the standard's own schemas
 * (test/fixtures/refi-qda) with libxml2; the passages must land on the same words; codebooks from
 * elsewhere are read back or refused with where the problem is. Every name here is invented.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { AppError } from '../../../../shared/errors';
import { codebookXml, projectBytes, projectXml, readCodebook, type RefiCode, type RefiProject } from '../../../../electron/services/interviews/refi';
import { refiQdaSchemas } from '../../../fixtures/paths';
import { child, children, descendants, parseXml, type Node } from './xml-tree';

async function validate(xml: string, schema: 'Project.xsd' | 'Codebook.xsd') {
  const contents = await readFile(path.join(refiQdaSchemas, schema), 'utf8');
  return validateXML({ xml: [{ fileName: 'exported.xml', contents: xml }], schema: [{ fileName: schema, contents }] });
}

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected a refusal, but it went through');
}

const ids = {
  user: randomUUID(),
  sharing: randomUUID(),
  timeliness: randomUUID(),
  delayed: randomUUID(),
  supervision: randomUUID(),
  conversationA: randomUUID(),
  conversationB: randomUUID(),
  late: randomUUID(),
  helped: randomUUID(),
  smile: randomUUID(),
};

const codes: RefiCode[] = [
  {
    guid: ids.sharing,
    name: 'Information sharing',
    colour: '#1F77B4',
    description: 'Whether agencies told each other what they knew & when — <not> "who"',
    memo: 'Compare with the chronology of Practitioner A’s team.',
    parentGuid: null,
  },
  { guid: ids.timeliness, name: 'Timeliness', colour: '#ff7f0e', description: null, memo: null, parentGuid: ids.sharing },
  { guid: ids.delayed, name: 'Delayed referrals', colour: '#D62728', description: 'Referral made later than the procedure asks', memo: null, parentGuid: ids.timeliness },
  // A bell character pasted from a Word file: XML 1.0 cannot hold it at all.
  { guid: ids.supervision, name: 'Supervision & "reflection"', colour: '#2CA02C', description: 'Time to think\u0007 it through 🙂', memo: null, parentGuid: null },
];

// An emoji and a mathematical script letter are two UTF-16 units each but one character each.
const textA = 'Practitioner A: 😀 We shared the referral late.\n𝒜 Supervision helped me think it through.';
const textB = 'Practitioner B: Information sharing was good, ça va.\r\nNothing more.';

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the text`);
  return { start, end: start + phrase.length };
}

const project: RefiProject = {
  name: 'Learning review: Practitioner conversations',
  user: { guid: ids.user, name: 'Reviewer A' },
  createdAt: '2026-11-30T09:15:00.000Z',
  codes,
  sources: [
    { guid: ids.conversationA, name: 'Conversation with Practitioner A', text: textA, createdAt: '2026-11-30T10:00:00.000Z' },
    { guid: ids.conversationB, name: 'Conversation with Practitioner B', text: textB, createdAt: '2026-12-01T14:30:00.000Z' },
  ],
  codings: [
    { guid: ids.helped, sourceGuid: ids.conversationA, ...at(textA, 'Supervision helped'), codeGuids: [ids.supervision], memo: null, createdAt: '2026-12-02T11:00:00.000Z' },
    {
      guid: ids.late,
      sourceGuid: ids.conversationA,
      ...at(textA, 'shared the referral late'),
      codeGuids: [ids.sharing, ids.delayed],
      memo: 'Practitioner A thought the delay mattered.',
      createdAt: '2026-12-02T10:00:00.000Z',
    },
    { guid: ids.smile, sourceGuid: ids.conversationA, ...at(textA, '😀 We'), codeGuids: [ids.timeliness], memo: null, createdAt: '2026-12-02T10:05:00.000Z' },
  ],
  description: 'Conversations with the practitioners, coded for the learning review.',
};

async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function projectFile(): Promise<{ zip: JSZip; xml: string; root: Node }> {
  const zip = await unzip(await projectBytes(project));
  const entry = zip.file('project.qde');
  if (!entry) throw new Error('No project.qde in the .qdpx');
  const xml = await entry.async('string');
  return { zip, xml, root: parseXml(xml) };
}

function selection(root: Node, guid: string): Node {
  const found = descendants(root, 'PlainTextSelection').find((node) => node.attributes['guid'] === guid);
  if (!found) throw new Error(`No selection ${guid}`);
  return found;
}

describe('the REFI-QDA codebook (.qdc)', () => {
  it('is valid against the standard’s Codebook.xsd, names with & < and quotes included', async () => {
    const xml = codebookXml(codes, { origin: 'Practice Review Workspace' });
    const result = await validate(xml, 'Codebook.xsd');
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('nests each code inside its parent, in the codebook namespace', () => {
    const root = parseXml(codebookXml(codes, { origin: 'Practice Review Workspace' }));
    expect(root.name).toBe('CodeBook');
    expect(root.namespace).toBe('urn:QDA-XML:codebook:1.0');
    const top = children(child(root, 'Codes'), 'Code');
    expect(top.map((code) => code.attributes['name'])).toEqual(['Information sharing', 'Supervision & "reflection"']);
    const timeliness = children(top[0]!, 'Code');
    expect(timeliness.map((code) => code.attributes['name'])).toEqual(['Timeliness']);
    expect(children(timeliness[0]!, 'Code').map((code) => code.attributes['name'])).toEqual(['Delayed referrals']);
    expect(children(top[1]!, 'Code')).toEqual([]);
  });

  it('drops characters XML cannot hold instead of writing a file no program opens', () => {
    const xml = codebookXml(codes, { origin: 'Practice Review Workspace' });
    expect(xml).not.toContain('\u0007');
    expect(readCodebook(xml)[1]!.description).toBe('Time to think it through 🙂');
  });

  it('refuses a code under a code that is not in the list, and an empty codebook', () => {
    const orphan = refusal(() => codebookXml([{ ...codes[1]!, parentGuid: randomUUID() }], { origin: 'Test' }));
    expect(orphan.code).toBe('validation');
    expect(orphan.message).toContain('“Timeliness” sits under a code that is not in the codebook');
    expect(refusal(() => codebookXml([], { origin: 'Test' })).message).toBe('There are no codes yet, so there is no codebook to export.');
  });
});

describe('the REFI-QDA project (.qdpx)', () => {
  it('holds a project.qde valid against REFI-QDA Project 1.0 (Project.xsd)', async () => {
    const { xml } = await projectFile();
    const result = await validate(xml, 'Project.xsd');
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is reported invalid when it breaks the schema, so the check above can fail', async () => {
    const { xml } = await projectFile();
    const noStart = xml.replace(/ startPosition="\d+"/, '');
    const noStartResult = await validate(noStart, 'Project.xsd');
    expect(noStartResult.valid).toBe(false);
    expect(noStartResult.errors.map((error) => error.message).join('\n')).toContain("The attribute 'startPosition' is required");
    const badColour = xml.replace('color="#1F77B4"', 'color="blue"');
    expect((await validate(badColour, 'Project.xsd')).valid).toBe(false);
  });

  it('puts a coded passage after an emoji and a non-BMP letter on the same words, counting characters', async () => {
    const { root } = await projectFile();
    const characters = [...textA];
    const wordsAt = (node: Node): string => characters.slice(Number(node.attributes['startPosition']), Number(node.attributes['endPosition'])).join('');

    const helped = selection(root, ids.helped);
    expect(wordsAt(helped)).toBe('Supervision helped');
    // Two characters before it are two UTF-16 units each: the offsets differ by two.
    expect(Number(helped.attributes['startPosition'])).toBe(textA.indexOf('Supervision helped') - 2);
    expect(wordsAt(selection(root, ids.late))).toBe('shared the referral late');
    expect(wordsAt(selection(root, ids.smile))).toBe('😀 We');
    expect(selection(root, ids.smile).attributes).toMatchObject({ startPosition: '16', endPosition: '20' });
  });

  it('keeps the codes nested in its codebook and codes each passage with each of its codes', async () => {
    const { root } = await projectFile();
    expect(root.namespace).toBe('urn:QDA-XML:project:1.0');
    const sharing = child(root, 'CodeBook', 'Codes', 'Code');
    expect(sharing.attributes).toMatchObject({ name: 'Information sharing', isCodable: 'true', color: '#1F77B4' });
    expect(child(sharing, 'Description').text).toBe(codes[0]!.description);
    expect(child(sharing, 'Code', 'Code').attributes['name']).toBe('Delayed referrals');

    const late = selection(root, ids.late);
    const coded = children(late, 'Coding').map((coding) => child(coding, 'CodeRef').attributes['targetGUID']);
    expect(coded).toEqual([ids.sharing, ids.delayed]);
    for (const coding of children(late, 'Coding')) expect(coding.attributes).toMatchObject({ creatingUser: ids.user, creationDateTime: '2026-12-02T10:00:00.000Z' });
  });

  it('writes the memos as Notes, referred to from the code and from the coded passage', async () => {
    const { root } = await projectFile();
    const notes = new Map(children(child(root, 'Notes'), 'Note').map((note) => [note.attributes['guid'], child(note, 'PlainTextContent').text]));
    const noteOf = (node: Node): string | undefined => notes.get(child(node, 'NoteRef').attributes['targetGUID']);

    expect(noteOf(child(root, 'CodeBook', 'Codes', 'Code'))).toBe('Compare with the chronology of Practitioner A’s team.');
    expect(noteOf(selection(root, ids.late))).toBe('Practitioner A thought the delay mattered.');
    expect(children(selection(root, ids.helped), 'NoteRef')).toEqual([]);
    expect(notes.size).toBe(2);
    expect(child(root, 'Description').text).toBe('Conversations with the practitioners, coded for the learning review.');
  });

  it('names the user who made it, and each conversation as a text source', async () => {
    const { root } = await projectFile();
    expect(child(root, 'Users', 'User').attributes).toEqual({ guid: ids.user, name: 'Reviewer A' });
    expect(root.attributes).toMatchObject({ creatingUserGUID: ids.user, creationDateTime: '2026-11-30T09:15:00.000Z' });
    const sources = children(child(root, 'Sources'), 'TextSource');
    expect(sources.map((source) => source.attributes['name'])).toEqual(['Conversation with Practitioner A', 'Conversation with Practitioner B']);
    expect(sources[1]!.attributes).toMatchObject({ creatingUser: ids.user, creationDateTime: '2026-12-01T14:30:00.000Z' });
  });

  it('holds each conversation’s text, byte for byte in UTF-8, where its plainTextPath points', async () => {
    const { zip, root } = await projectFile();
    const texts = new Map(project.sources.map((source) => [source.guid, source.text]));
    for (const source of children(child(root, 'Sources'), 'TextSource')) {
      const guid = source.attributes['guid']!;
      expect(source.attributes['plainTextPath']).toBe(`internal://${guid}.txt`);
      const entry = zip.file(`sources/${guid}.txt`);
      expect(entry).not.toBeNull();
      expect(Buffer.from(await entry!.async('uint8array'))).toEqual(Buffer.from(texts.get(guid)!, 'utf8'));
    }
    expect(Object.keys(zip.files).sort()).toEqual(['project.qde', `sources/${ids.conversationA}.txt`, `sources/${ids.conversationB}.txt`].sort());
  });

  it('is compressed (DEFLATE) and the same bytes each time for the same conversations', async () => {
    const bytes = await projectBytes(project);
    // The first local file header's compression method (offset 8): 8 is DEFLATE, 0 stored.
    expect(Buffer.from(bytes).readUInt16LE(8)).toBe(8);
    expect(Buffer.from(await projectBytes(project)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a coded passage that lies outside its conversation, or uses a code not in the codebook', () => {
    const beyond = refusal(() => projectXml({ ...project, codings: [{ ...project.codings[0]!, end: textA.length + 1 }] }));
    expect(beyond.code).toBe('validation');
    expect(beyond.message).toBe('A coded passage in “Conversation with Practitioner A” lies outside its text, so it cannot be exported.');
    const unknown = refusal(() => projectXml({ ...project, codings: [{ ...project.codings[0]!, codeGuids: [randomUUID()] }] }));
    expect(unknown.message).toBe('A coded passage in “Conversation with Practitioner A” uses a code that is not in the codebook.');
  });
});

describe('reading a REFI-QDA codebook', () => {
  it('reads back what codebookXml wrote: names, colours, descriptions and nesting', () => {
    const read = readCodebook(codebookXml(codes, { origin: 'Practice Review Workspace' }));
    expect(read).toEqual([
      {
        name: 'Information sharing',
        colour: '#1F77B4',
        description: 'Whether agencies told each other what they knew & when — <not> "who"',
        children: [
          {
            name: 'Timeliness',
            colour: '#ff7f0e',
            description: null,
            children: [{ name: 'Delayed referrals', colour: '#D62728', description: 'Referral made later than the procedure asks', children: [] }],
          },
        ],
      },
      { name: 'Supervision & "reflection"', colour: '#2CA02C', description: 'Time to think it through 🙂', children: [] },
    ]);
  });

  it('reads one another program wrote: a namespace prefix, short colours, CDATA and sets', () => {
    const xml = [
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>',
      '<qdc:CodeBook xmlns:qdc="urn:QDA-XML:codebook:1.0" origin="Another program">',
      '  <qdc:Codes>',
      '    <qdc:Code guid="{8A1B2C3D-0000-4000-8000-000000000001}" name="Risk assessment" isCodable="true" color="#0af">',
      '      <qdc:Description><![CDATA[Notes on <risk> & need]]></qdc:Description>',
      '      <qdc:Code guid="8A1B2C3D-0000-4000-8000-000000000002" name="Escalation" isCodable="false"/>',
      '    </qdc:Code>',
      '  </qdc:Codes>',
      '  <qdc:Sets><qdc:Set guid="8A1B2C3D-0000-4000-8000-000000000003" name="Themes"><qdc:MemberCode guid="8A1B2C3D-0000-4000-8000-000000000002"/></qdc:Set></qdc:Sets>',
      '</qdc:CodeBook>',
    ].join('\n');
    expect(readCodebook(xml)).toEqual([
      { name: 'Risk assessment', colour: '#00aaff', description: 'Notes on <risk> & need', children: [{ name: 'Escalation', colour: null, description: null, children: [] }] },
    ]);
  });

  it('refuses malformed XML, saying where: line and column', () => {
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">',
      '  <Codes>',
      '    <Code guid="8a1b2c3d-0000-4000-8000-000000000001" name="Supervision" isCodable="true">',
      '  </Codes>',
      '</CodeBook>',
    ].join('\n');
    const error = refusal(() => readCodebook(xml));
    expect(error.code).toBe('validation');
    expect(error.message).toBe(
      'This file is not a REFI-QDA codebook: the XML is not well formed at line 5, column 10 (unexpected close tag). Export the codebook again from the program that made it.',
    );
    // An HTML entity, as a hand-edited file might have: XML knows only five by name.
    const entity = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code name="Caf&eacute; conversations"/>\n  </Codes>\n</CodeBook>';
    expect(refusal(() => readCodebook(entity)).message).toBe(
      'This file is not a REFI-QDA codebook: the XML is not well formed at line 3, column 27 (undefined entity). Export the codebook again from the program that made it.',
    );
  });

  it('refuses a well-formed file that is not a codebook, naming what it starts with', () => {
    const error = refusal(() => readCodebook(projectXml(project)));
    expect(error.code).toBe('validation');
    expect(error.message).toBe('This file is not a REFI-QDA codebook: it starts with <Project> at line 2, column 1, where a codebook starts with <CodeBook>.');
  });

  it('refuses a CodeBook outside the REFI-QDA namespace, and a code with no name, with where', () => {
    expect(refusal(() => readCodebook('<CodeBook><Codes><Code name="Supervision"/></Codes></CodeBook>')).message).toBe(
      'This file is not a REFI-QDA codebook: its <CodeBook> at line 1, column 1 is not in the REFI-QDA codebook namespace (urn:QDA-XML:codebook:1.0), so it was made for something else. Export the codebook again from the program that made it.',
    );
    const xml = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code name="Supervision"/>    <Code isCodable="true"/>\n  </Codes>\n</CodeBook>';
    expect(refusal(() => readCodebook(xml)).message).toBe(
      'This file is not a REFI-QDA codebook: the <Code> at line 3, column 35 has no name. Export the codebook again from the program that made it.',
    );
  });

  it('refuses an empty file', () => {
    for (const empty of ['', '  \n', '\uFEFF']) {
      const error = refusal(() => readCodebook(empty));
      expect(error.code).toBe('validation');
      expect(error.message).toBe('This file is not a REFI-QDA codebook: the file is empty.');
    }
  });
});
