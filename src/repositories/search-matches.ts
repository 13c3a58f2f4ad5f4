import type { EvidenceModel, SearchMatchModel } from '../domain/models';
import { tokens } from '../cypher/fulltext';

// Which texts of a search hit hold the searched words, as the index matches them:
// each word as a whole word or a word's beginning, case-insensitive.

export interface MatchText {
  field: SearchMatchModel['field'];
  text: string;
  evidence?: EvidenceModel;
  via?: string | null;
}

/**
 * The texts holding at least one searched word: those with every word first, then
 * by how many words they hold; the same text met twice (an evidence quote shared by
 * a fact and its link) is kept once.
 */
export function matchTexts(searched: readonly string[], texts: readonly MatchText[]): SearchMatchModel[] {
  if (searched.length === 0) return [];
  const seen = new Set<string>();
  const scored: { match: SearchMatchModel; found: number; order: number }[] = [];
  texts.forEach((t, order) => {
    const key = `${t.field}\u0000${t.text}\u0000${t.evidence?.sourceId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const held = tokens(t.text);
    const found = searched.filter((w) => held.some((token) => token.startsWith(w))).length;
    if (found === 0) return;
    scored.push({
      match: {
        field: t.field,
        text: t.text,
        evidence: t.evidence ?? null,
        via: t.via ?? null,
        allWords: found === searched.length,
      },
      found,
      order,
    });
  });
  return scored.sort((a, b) => b.found - a.found || a.order - b.order).map((s) => s.match);
}
