/**
 * The REFI-QDA codebook (.qdc): the codes alone, nested, for sharing a coding frame with a
 * colleague who uses NVivo, ATLAS.ti, MAXQDA or QualCoder. Valid against Codebook.xsd
 * (test/fixtures/refi-qda): CodeBook > Codes > Code (Description?, Code*).
 */
import { AppError } from '../../../../shared/errors';
import { colour, guid } from './checks';
import { codeTree, type CodeNode } from './code-tree';
import type { RefiCode } from './types';
import { element, xmlDocument, type XmlElement } from './xml';

export const codebookNamespace = 'urn:QDA-XML:codebook:1.0';

export function codebookXml(codes: RefiCode[], meta: { origin: string }): string {
  // The schema wants at least one Code in Codes: an empty codebook is not a file anyone can open.
  if (codes.length === 0) throw new AppError('validation', 'There are no codes yet, so there is no codebook to export.');
  const root = element(
    'CodeBook',
    [
      ['xmlns', codebookNamespace],
      ['origin', meta.origin],
    ],
    [element('Codes', [], codeTree(codes).map((node) => codeElement(node)))],
  );
  return xmlDocument(root);
}

/**
 * A code and its sub-codes as both files write them: Description, then what `notes` adds (the
 * project file's NoteRef to the code's memo; nothing in a codebook, whose schema has no notes),
 * then the nested codes.
 */
export function codeElement(node: CodeNode, notes: (code: RefiCode) => XmlElement[] = () => []): XmlElement {
  const { code } = node;
  const content: XmlElement[] = [];
  if (code.description !== null) content.push(element('Description', [], code.description));
  content.push(...notes(code));
  content.push(...node.children.map((child) => codeElement(child, notes)));
  return element(
    'Code',
    [
      ['guid', guid(code.guid, `code “${code.name}”`)],
      ['name', code.name],
      ['isCodable', 'true'],
      ['color', colour(code.colour)],
    ],
    content,
  );
}
