import type { FilterNamesFieldsFragment as FilterNames } from '../gql/graphql';
import { words } from '../format';

/** The variables of `FilterNamesFields`: the ids a list's URL holds, and which of them to name. */
export function filterNameVariables(search: URLSearchParams) {
  const ids = {
    party: search.get('party') ?? '',
    lawyer: search.get('lawyer') ?? '',
    firm: search.get('firm') ?? '',
    judge: search.get('judge') ?? '',
    court: search.get('court') ?? '',
  };
  return {
    ...ids,
    withParty: !!ids.party,
    withLawyer: !!ids.lawyer,
    withFirm: !!ids.firm,
    withJudge: !!ids.judge,
    withCourt: !!ids.court,
  };
}

/** A case filter in words, one item per condition: “court: Southern District of New York”. */
export function filterWords(search: URLSearchParams, names: FilterNames | undefined): string[] {
  const out: string[] = [];
  const get = (k: string) => search.get(k);
  const court = names?.filterCourt?.__typename === 'Court' ? names.filterCourt.name : get('court');
  if (get('q')) out.push(`words “${get('q')}”`);
  if (get('kind')) out.push(`kind: ${get('kind')!.split(',').map(words).join(' or ')}`);
  if (get('status')) out.push(`status: ${get('status')!.split(',').map(words).join(' or ')}`);
  if (court) out.push(`court: ${court}`);
  if (get('nos')) out.push(`nature of suit: ${get('nos')}`);
  if (get('filedFrom') || get('filedTo'))
    out.push(`filed ${get('filedFrom') ?? '…'} to ${get('filedTo') ?? '…'}`);
  if (get('closedFrom') || get('closedTo'))
    out.push(`closed ${get('closedFrom') ?? '…'} to ${get('closedTo') ?? '…'}`);
  if (get('pendingOn')) out.push(`pending on ${get('pendingOn')}`);
  if (get('party'))
    out.push(
      `${names?.filterParty?.displayName ?? get('party')} as ${get('role') ? words(get('role')!) : 'a party'}`,
    );
  if (get('lawyer')) out.push(`${names?.filterLawyer?.displayName ?? get('lawyer')} as lawyer`);
  if (get('firm')) out.push(`${names?.filterFirm?.displayName ?? get('firm')} as firm`);
  if (get('judge')) out.push(`${names?.filterJudge?.displayName ?? get('judge')} as judge`);
  return out;
}
