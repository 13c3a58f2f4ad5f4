import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../../src/ingest/format';
import { checkDocumentFile } from '../../src/ingest/validate';

// A source's text must come from the document's own folder and be UTF-8;
// otherwise the document is refused with file, pointer and problem.

const SEED_DIR = join(__dirname, '../../seed');
const SOURCE_FILE = 'sources/000_5585b8dd8960c38c.txt';

let root: string;
let dir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lg-sources-'));
  dir = join(root, 'doc');
  mkdirSync(join(dir, 'sources'), { recursive: true });
  copyFileSync(join(SEED_DIR, SOURCE_FILE), join(dir, SOURCE_FILE));
  // A file next to the document's folder, and links pointing out of it.
  writeFileSync(join(root, 'outside.txt'), readFileSync(join(SEED_DIR, SOURCE_FILE)));
  symlinkSync(join(root, 'outside.txt'), join(dir, 'sources', 'link-out.txt'));
  symlinkSync(root, join(dir, 'sources', 'dir-out'));
  symlinkSync(join(dir, SOURCE_FILE), join(dir, 'sources', 'link-in.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
function seedWith(edit: (doc: any) => void, raw?: (json: string) => Buffer): string {
  const doc = JSON.parse(readFileSync(join(SEED_DIR, 'rust-litigation.json'), 'utf8'));
  edit(doc);
  counter += 1;
  const file = join(dir, `variant-${counter}.json`);
  const json = JSON.stringify(doc, null, 2);
  writeFileSync(file, raw ? raw(json) : json);
  return file;
}

function refusal(file: string): IngestError {
  try {
    checkDocumentFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error(`${file} was accepted`);
}

describe('source files', () => {
  it('accepts a source inside the folder, also through a link that stays inside', () => {
    expect(checkDocumentFile(seedWith(() => undefined)).sourceTexts.size).toBe(1);
    const linked = seedWith((d) => {
      d.sources[0].file = 'sources/link-in.txt';
    });
    expect(checkDocumentFile(linked).sourceTexts.size).toBe(1);
  });

  it.each([
    ['a path climbing out of the folder', '../outside.txt'],
    ['a path far outside', '../../../../../../../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a symbolic link to a file outside', 'sources/link-out.txt'],
    ['a path through a linked folder outside', 'sources/dir-out/outside.txt'],
  ])('refuses %s, naming the source, and reads nothing', (_what, path) => {
    const file = seedWith((d) => {
      d.sources[0].file = path;
    });
    const error = refusal(file);
    expect(error.issues).toContainEqual({
      path: '/sources/0/file',
      message: expect.stringMatching(/outside the document's folder|no such file/),
    });
    expect(error.message).toContain(`${file}#/sources/0/file: cannot read source text`);
  });

  it('says "outside the document\'s folder" for a file that exists elsewhere', () => {
    const error = refusal(seedWith((d) => (d.sources[0].file = '../outside.txt')));
    expect(error.issues[0]?.message).toContain("outside the document's folder");
  });

  it('refuses a source text that is not UTF-8, with the offset of the bad bytes', () => {
    const text = readFileSync(join(SEED_DIR, SOURCE_FILE));
    // Latin-1 "é" (0xE9) in the middle of the text.
    writeFileSync(
      join(dir, 'sources', 'latin1.txt'),
      Buffer.concat([text.subarray(0, 100), Buffer.from([0xe9]), text.subarray(100)]),
    );
    const file = seedWith((d) => (d.sources[0].file = 'sources/latin1.txt'));
    const error = refusal(file);
    expect(error.issues).toContainEqual({
      path: '/sources/0/file',
      message:
        'cannot read source text: not valid UTF-8 (invalid byte sequence at offset 100); save it as UTF-8',
    });
  });

  it('refuses a document that is not UTF-8', () => {
    const file = seedWith(
      () => undefined,
      (json) =>
        Buffer.concat([
          Buffer.from(json.slice(0, 50)),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(json.slice(50)),
        ]),
    );
    const error = refusal(file);
    expect(error.issues).toEqual([
      {
        path: '',
        message: 'cannot read file: not valid UTF-8 (invalid byte sequence at offset 50); save it as UTF-8',
      },
    ]);
  });
});
