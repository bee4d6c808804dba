/**
 * Crafted files for the import's limits: a minimal .xlsx written part by part (so a test can
 * make its parts lie), and edits to a zip's central directory. All content is fictional.
 */
import JSZip from 'jszip';

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookXml = (extra: string) => `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Chronology" sheetId="1" r:id="rId1"/></sheets>${extra}</workbook>`;
const workbookRels = (extra: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extra}</Relationships>`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A row of inline-string cells (column A, B, …), as Excel would number it. */
export function rowXml(rowNumber: number, cells: readonly string[]): string {
  const columns = cells.map((text, index) => `<c r="${String.fromCharCode(65 + index)}${rowNumber}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`);
  return `<row r="${rowNumber}">${columns.join('')}</row>`;
}

export function sheetXml(rows: string, dimension?: string): string {
  const used = dimension ? `<dimension ref="${dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${used}<sheetData>${rows}</sheetData></worksheet>`;
}

export interface CraftedParts {
  sheet: string;
  /** Extra parts by name, and what to add to workbook.xml and its relationships. */
  parts?: Record<string, string>;
  workbookExtra?: string;
  relsExtra?: string;
}

export async function craftXlsx({ sheet, parts = {}, workbookExtra = '', relsExtra = '' }: CraftedParts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  zip.file('_rels/.rels', rootRels);
  zip.file('xl/workbook.xml', workbookXml(workbookExtra));
  zip.file('xl/_rels/workbook.xml.rels', workbookRels(relsExtra));
  zip.file('xl/worksheets/sheet1.xml', sheet);
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Rewrites the unpacked size the central directory declares for one part: the lie a zip bomb tells. */
export function declareUnpackedSize(zip: Buffer, partName: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const end = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = copy.readUInt32LE(end + 16);
  for (let index = 0; index < copy.readUInt16LE(end + 10); index++) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('latin1', at + 46, at + 46 + nameLength) === partName) {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
    at += 46 + nameLength + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  throw new Error(`no part ${partName}`);
}
