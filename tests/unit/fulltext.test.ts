import { fulltextQuery, words } from '../../src/cypher/fulltext';

// Characters with a meaning in Lucene's classic query syntax.
const LUCENE_SYNTAX = [
  '+',
  '-',
  '&',
  '|',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
];

/** Removes the parts fulltextQuery itself adds, leaving only what came from the user. */
function userParts(query: string): string[] {
  return query
    .split(' AND ')
    .map((clause) => {
      const m = /^\((.+) OR (.+)\*\)$/.exec(clause);
      if (!m) throw new Error(`unexpected clause ${clause}`);
      expect(m[2]).toBe(m[1]);
      return m[1] as string;
    })
    .filter((t) => t.length > 0);
}

describe('words', () => {
  it('lower-cases and splits on spaces, punctuation and symbols, keeping apostrophes inside words', () => {
    expect(words('Alec Baldwin’s  lawsuit, against: prosecutors!')).toEqual([
      'alec',
      'baldwin’s',
      'lawsuit',
      'against',
      'prosecutors',
    ]);
  });

  it.each(LUCENE_SYNTAX)('splits on the Lucene syntax character %j', (ch) => {
    expect(words(`left${ch}right`)).toEqual(['left', 'right']);
    expect(words(`${ch}${ch}solo${ch}`)).toEqual(['solo']);
  });

  it('keeps digits and letters outside ASCII', () => {
    expect(words('Gutiérrez-Reed 30 Rock')).toEqual(['gutiérrez', 'reed', '30', 'rock']);
    expect(words('Łódź Straße ÆSIR')).toEqual(['łódź', 'straße', 'æsir']);
  });

  it('normalises decomposed and compatibility forms (NFKC)', () => {
    expect(words('Gutie\u0301rrez')).toEqual(['gutiérrez']);
    expect(words('ＲＵＳＴ')).toEqual(['rust']);
  });

  it('returns nothing for blank or punctuation-only text', () => {
    expect(words('')).toEqual([]);
    expect(words('   \t\n ')).toEqual([]);
    expect(words('!?*-- () "" //')).toEqual([]);
  });

  it('keeps at most 16 words, the first ones', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(words(many.join(' '))).toEqual(many.slice(0, 16));
  });
});

describe('fulltextQuery', () => {
  it('asks for every word as a word or a prefix', () => {
    expect(fulltextQuery('Alec Baldwin')).toBe('(alec OR alec*) AND (baldwin OR baldwin*)');
    expect(fulltextQuery('rust')).toBe('(rust OR rust*)');
  });

  it('turns AND/OR/NOT into lower-case words, not operators', () => {
    expect(fulltextQuery('Baldwin AND NOT Morrissey OR x')).toBe(
      '(baldwin OR baldwin*) AND (and OR and*) AND (not OR not*) AND (morrissey OR morrissey*) AND (or OR or*) AND (x OR x*)',
    );
    expect(fulltextQuery('OR')).toBe('(or OR or*)');
  });

  it('never passes Lucene syntax from the user through', () => {
    const hostile =
      'title:(rust OR "baldwin") +must -not name:/re.*gex/ fuzzy~2 boost^4 [a TO z] {x} a&&b a||b !c \\ ?';
    const query = fulltextQuery(hostile);
    expect(query).not.toBeNull();
    const parts = userParts(query as string);
    for (const part of parts) {
      for (const ch of LUCENE_SYNTAX) {
        // A syntax character may only appear escaped.
        const unescaped = part.replace(/\\./g, '');
        expect(unescaped).not.toContain(ch);
      }
      expect(part).toMatch(/^[\p{L}\p{N}\\+\-&|!(){}[\]^"~*?:/]+$/u);
    }
    expect(parts).toEqual([
      'title',
      'rust',
      'or',
      'baldwin',
      'must',
      'not',
      'name',
      're',
      'gex',
      'fuzzy',
      '2',
      'boost',
      '4',
      'a',
      'to',
      'z',
    ]);
  });

  it('returns null when there is no searchable word', () => {
    expect(fulltextQuery('')).toBeNull();
    expect(fulltextQuery('   ')).toBeNull();
    expect(fulltextQuery('*')).toBeNull();
    expect(fulltextQuery('"(+-)"')).toBeNull();
    expect(fulltextQuery('... ??? !!!')).toBeNull();
  });

  it('uses at most 16 words', () => {
    const query = fulltextQuery(Array.from({ length: 40 }, (_, i) => `term${i}`).join(' ')) as string;
    expect(query.split(' AND ')).toHaveLength(16);
    expect(query.endsWith('(term15 OR term15*)')).toBe(true);
    expect(query).not.toContain('term16');
  });

  it('keeps accented names intact', () => {
    expect(fulltextQuery('Hannah Gutiérrez-Reed')).toBe(
      '(hannah OR hannah*) AND (gutiérrez OR gutiérrez*) AND (reed OR reed*)',
    );
    expect(fulltextQuery('GUTIE\u0301RREZ')).toBe('(gutiérrez OR gutiérrez*)');
  });
});
