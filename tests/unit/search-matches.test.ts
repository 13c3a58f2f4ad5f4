import { matchTexts } from '../../src/repositories/search-matches';

describe('matchTexts', () => {
  const evidence = { sourceId: 'source:a', quote: 'Baldwin denied pulling the trigger' };
  const texts = [
    { field: 'NAME' as const, text: 'Alec Baldwin' },
    { field: 'DESCRIPTOR' as const, text: 'the actor' },
    { field: 'EVIDENCE' as const, text: evidence.quote, evidence, via: null },
    { field: 'EVIDENCE' as const, text: evidence.quote, evidence, via: 'PARTY_TO' },
  ];

  it('keeps texts holding a word, those with every word first', () => {
    expect(matchTexts(['baldwin', 'trig'], texts)).toEqual([
      { field: 'EVIDENCE', text: evidence.quote, evidence, via: null, allWords: true },
      { field: 'NAME', text: 'Alec Baldwin', evidence: null, via: null, allWords: false },
    ]);
  });

  it('matches word beginnings only, case- and accent-form-insensitively', () => {
    expect(matchTexts(['aldwin'], texts)).toEqual([]);
    expect(matchTexts(['ALEC'.toLowerCase()], texts).map((m) => m.field)).toEqual(['NAME']);
    expect(matchTexts(['ﬁtch'.normalize('NFKC')], [{ field: 'NAME', text: 'Casey Fitch' }])).toHaveLength(1);
  });

  it('reads long texts whole (a quote of more than 16 words)', () => {
    const long = `${'word '.repeat(30)}scapegoat`;
    expect(matchTexts(['scapegoat'], [{ field: 'CONTENT', text: long }])).toHaveLength(1);
  });

  it('gives nothing for no words', () => {
    expect(matchTexts([], texts)).toEqual([]);
  });
});
