/**
 * Reading the editors' files without ever crashing: every way a file can be unreadable (broken
 * YAML, an alias bomb, a missing or unclosed front matter block, an empty file, a byte-order
 * mark) becomes a problem naming the file and the line, and every schema problem can be traced
 * back to the line of the field it is about.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';

/** A file that cannot be read as a record, with the line where the trouble is. */
export class UnreadableFile extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

export interface ParsedFile {
  data: unknown;
  /** The MDX body ('' for YAML files). */
  body: string;
  /** The line (1-based) of the body's first line in the file. */
  bodyLine: number;
  /** The line of the value at a field path, or of its nearest existing parent; undefined when unknown. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** YAML aliases expand in place; a few dozen are plenty for any record, thousands are an attack. */
const MAX_ALIASES = 50;

function parseYamlAt(text: string, firstLine: number): Pick<ParsedFile, 'data' | 'lineOf'> {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const [error] = doc.errors;
  if (error) {
    const what = error.code === 'DUPLICATE_KEY' ? 'a field is written twice' : 'the YAML cannot be read';
    throw new UnreadableFile(`${what}: ${error.message.split('\n')[0]} (check the indentation and the quotes around values containing ": " or "#")`, lineAt(error.pos[0]));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new UnreadableFile(`the YAML cannot be read: ${(e as Error).message} (do not use YAML aliases to repeat large blocks)`);
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { data: data ?? undefined, lineOf };
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function parseYamlFile(text: string): ParsedFile {
  return { ...parseYamlAt(stripBom(text), 1), body: '', bodyLine: 1 };
}

/**
 * An MDX record: front matter between two `---` lines, then the body. The closing `---` must
 * stand on a line of its own (a URL may contain "---"). A byte-order mark is dropped, as the
 * build's loader does.
 */
export function parseMdxFile(text: string): ParsedFile {
  const source = stripBom(text);
  if (!source.trim()) throw new UnreadableFile('the file is empty: an MDX record starts with its front matter between two --- lines', 1);
  if (!/^---[ \t]*\r?\n/.test(source)) throw new UnreadableFile('an MDX record must start with front matter between two --- lines (the first line must be ---)', 1);
  const m = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) throw new UnreadableFile('the front matter is not closed: add a line with only --- after the last field', 1);
  const yaml = m[1] ?? '';
  const { data, lineOf } = parseYamlAt(yaml, 2);
  const bodyLine = 2 + (m[1] === undefined ? 0 : yaml.split('\n').length) + 1;
  return { data: data ?? {}, body: m[2] ?? '', bodyLine, lineOf };
}
