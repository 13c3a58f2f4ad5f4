import type { PartyModel, StatementModel } from './models';

// How a statement reads where a list shows it in one line (timelines): always as
// something its speaker said, with its kind, never as a bare fact.

export function partyName(p: PartyModel): string {
  return p.name ?? p.descriptors[0]?.text ?? p.id;
}

const KIND_WORDS: Record<StatementModel['kind'], string> = {
  DENIAL: 'Denial',
  ALLEGATION: 'Allegation',
  ADMISSION: 'Admission',
  ANNOUNCEMENT: 'Announcement',
  POSITION: 'Position',
  QUOTE: 'Statement',
};

/** `Allegation by Alec Baldwin: “…”`, `Statement by Luke Nikas for Alec Baldwin: “…”`. */
export function describeStatement(s: StatementModel): string {
  const speaker = s.speaker ? ` by ${partyName(s.speaker)}` : '';
  const client = s.onBehalfOf ? ` for ${partyName(s.onBehalfOf)}` : '';
  return `${KIND_WORDS[s.kind]}${speaker}${client}: “${s.content}”`;
}
