import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docketKey } from '../domain/docket-number';
import type { CaseInput, EvidenceInput, LitigationDocument, PartyInput } from '../ingest/format';
import { courtById } from './courts';
import type { Evidenced } from './evidence';
import { sha8, slug, spelling, variantKey, variantReason, type Identity } from './identity';
import type { NormalisedDocket } from './model';

// What the steps of docketDocument (to-document.ts) share: the docket's source and
// ids, the parties and courts added so far (a second mention adds evidence), and the
// identity report (every listing, the node it became and why; the proposals).

const COURT_TABLE_FILE = join(__dirname, 'federal-courts.json');
export const COURT_TABLE_SOURCE = 'source:courts-db-federal-courts';

let courtTable: { text: string; index: Map<string, number> } | null = null;
function courtTableText(): { text: string; index: Map<string, number> } {
  if (!courtTable) {
    const text = readFileSync(COURT_TABLE_FILE, 'utf8');
    const parsed = JSON.parse(text) as { courts: { id: string }[] };
    courtTable = { text, index: new Map(parsed.courts.map((c, i) => [c.id, i])) };
  }
  return courtTable;
}

type CourtInput = NonNullable<LitigationDocument['courts']>[number];

/** One place a docket names a party, lawyer or firm. */
export interface Listing {
  as: 'PARTY' | 'LAWYER' | 'FIRM';
  /** The name as the docket writes it (spaces collapsed). */
  name: string;
  /** JSON pointer of the name in the docket. */
  locator: string;
  /** A party's type as listed ("Counter Claimant"). */
  type?: string;
}

/** A party, lawyer or firm node of the document, with every listing that became it and why. */
export interface IdentityNode {
  id: string;
  name: string;
  kind: PartyInput['kind'];
  /** Why these listings are this node (and what meets it in other dockets). */
  basis: string;
  listed: Listing[];
}

/** Two nodes of the document that may be one: never merged, the reason said. */
export interface Proposal {
  ids: [string, string];
  names: [string, string];
  reason: string;
}

export interface IdentityReport {
  nodes: IdentityNode[];
  proposals: Proposal[];
}

export interface DocketDocument {
  doc: LitigationDocument;
  /** Source id → its full text, for the checks (the docket's JSON as read, the court table). */
  texts: Map<string, string>;
  caseId: string;
  /** Who is who in this docket, and why. */
  identity: IdentityReport;
}

const evidenceKey = (e: EvidenceInput) => `${e.locator}|${e.quote}`;

export class DocketBuilder {
  readonly hash: string;
  readonly courtId: string;
  /** `nyed-14-cv-7524`: the court and the docket number's key, the readable part of the case's ids. */
  readonly caseSlug: string;
  readonly caseId: string;
  readonly sourceId: string;
  private readonly parties = new Map<string, PartyInput>();
  private readonly courts = new Map<string, CourtInput>();
  private readonly identities = new Map<string, IdentityNode>();
  private readonly extraProposals: Proposal[] = [];

  constructor(
    readonly docket: NormalisedDocket,
    readonly rawText: string,
  ) {
    this.hash = sha8(rawText);
    this.courtId = docket.case.court.id.value;
    const number = docket.case.docketNumber.value;
    this.caseSlug = `${this.courtId}-${slug(docketKey(number) ?? number)}`;
    this.caseId = `case:${this.caseSlug}`;
    this.sourceId = `source:docket-${this.caseSlug}-${this.hash}`;
  }

  /** Evidence in the docket: the value's quote and its JSON pointer. */
  at = (e: Evidenced<unknown>): EvidenceInput => ({
    source: this.sourceId,
    quote: e.quote,
    locator: e.pointer,
  });

  /** Adds a party, or adds evidence (and contacts, offices) to one the document has already. */
  party(p: PartyInput): string {
    const known = this.parties.get(p.id);
    if (!known) {
      this.parties.set(p.id, p);
      return p.id;
    }
    const have = new Set(known.evidence.map(evidenceKey));
    known.evidence.push(...p.evidence.filter((e) => !have.has(evidenceKey(e))));
    for (const c of p.contacts ?? []) {
      if (!(known.contacts ?? []).some((k) => k.kind === c.kind && k.value === c.value)) {
        known.contacts = [...(known.contacts ?? []), c];
      }
    }
    for (const o of p.offices ?? []) {
      if (!(known.offices ?? []).some((k) => k.title === o.title))
        known.offices = [...(known.offices ?? []), o];
    }
    return known.id;
  }

  /**
   * A party, lawyer or firm as the docket lists it: the node `identity` names (evidence:
   * the listed name), and the listing recorded against it. `id` overrides the identity's.
   */
  listed(
    identity: Identity,
    kind: PartyInput['kind'],
    name: Evidenced<string>,
    listing: Omit<Listing, 'name' | 'locator'>,
    more: Partial<PartyInput> = {},
    id = identity.id,
  ): string {
    this.party({ id, kind, name: identity.name, evidence: [this.at(name)], ...more });
    const node = this.identities.get(id) ?? {
      id,
      name: identity.name,
      kind,
      basis: identity.basis,
      listed: [],
    };
    node.listed.push({ ...listing, name: spelling(name.value), locator: name.pointer });
    this.identities.set(id, node);
    return id;
  }

  /** Two nodes kept apart that may be one, for a reason the variant rules do not see. */
  propose(a: string, b: string, reason: string): void {
    const name = (id: string) => this.identities.get(id)?.name ?? this.parties.get(id)?.name ?? id;
    this.extraProposals.push({ ids: [a, b], names: [name(a), name(b)], reason });
  }

  /** A court by id: named from the shipped table when it knows the id, else by its id. */
  court(id: string, fromDocket: Evidenced<string> | null): string | undefined {
    const nodeId = `court:${id}`;
    if (this.courts.has(nodeId)) return nodeId;
    const known = courtById(id);
    const at = courtTableText().index.get(id);
    if (known && at !== undefined) {
      this.courts.set(nodeId, {
        id: nodeId,
        name: known.name,
        jurisdiction: known.jurisdiction,
        evidence: [
          { source: COURT_TABLE_SOURCE, quote: known.name, locator: `/courts/${at}/name` },
          ...(fromDocket ? [this.at(fromDocket)] : []),
        ],
      });
    } else if (fromDocket) {
      // A court the table does not know keeps its id as its name: the docket states nothing more.
      this.courts.set(nodeId, { id: nodeId, name: id, evidence: [this.at(fromDocket)] });
    } else {
      return undefined;
    }
    return nodeId;
  }

  /**
   * Nodes of the same kind whose listed names are spelling variants of each other (or
   * the same name on two nodes): each pair proposed, with what tells the names apart.
   */
  proposals(): Proposal[] {
    const byKey = new Map<string, { node: IdentityNode; name: string }[]>();
    for (const node of this.identities.values()) {
      for (const name of new Set(node.listed.map((l) => l.name))) {
        const key = `${node.kind}|${variantKey(name)}`;
        byKey.set(key, [...(byKey.get(key) ?? []), { node, name }]);
      }
    }
    // Proposals made for a reason of their own come first and say it.
    const out: Proposal[] = [...this.extraProposals];
    const seen = new Set(out.map((p) => [...p.ids].sort().join(' ')));
    for (const group of byKey.values()) {
      group.forEach((a, i) =>
        group.slice(i + 1).forEach((b) => {
          const pair = [a.node.id, b.node.id].sort().join(' ');
          if (a.node.id === b.node.id || seen.has(pair)) return;
          seen.add(pair);
          const roles = (n: IdentityNode) => [...new Set(n.listed.map((l) => l.as))];
          const asWhat =
            roles(a.node).join() !== roles(b.node).join()
              ? `; listed as ${roles(a.node).join('/').toLowerCase()} and as ${roles(b.node).join('/').toLowerCase()}`
              : '';
          out.push({
            ids: [a.node.id, b.node.id],
            names: [a.name, b.name],
            reason: `${variantReason(a.name, b.name)!}${asWhat}`,
          });
        }),
      );
    }
    return out;
  }

  /** The document: its sources (the docket, and the court table when a court is named from it). */
  build(cases: CaseInput[]): DocketDocument {
    const n = this.docket;
    const table = courtTableText();
    const sources: LitigationDocument['sources'] = [
      {
        id: this.sourceId,
        kind: 'DOCKET',
        title: `${n.case.caption.value}, ${n.case.docketNumber.value} (${n.case.court.name ?? this.courtId})`,
        identifier: `${this.courtId} ${n.case.docketNumber.value} (${n.file}, sha256 ${this.hash}…)`,
        file: n.file,
      },
    ];
    const texts = new Map([[this.sourceId, this.rawText]]);
    const courts = [...this.courts.values()];
    if (courts.some((x) => x.evidence.some((e) => e.source === COURT_TABLE_SOURCE))) {
      sources.push({
        id: COURT_TABLE_SOURCE,
        kind: 'OTHER',
        title: 'Federal courts, from courts-db (Free Law Project)',
        identifier: 'courts-db courts.json, federal courts (src/dockets/federal-courts.json)',
        file: 'federal-courts.json',
      });
      texts.set(COURT_TABLE_SOURCE, table.text);
    }
    return {
      caseId: this.caseId,
      texts,
      identity: { nodes: [...this.identities.values()], proposals: this.proposals() },
      doc: {
        format: 'litigation-graph',
        formatVersion: 1,
        document: {
          id: `docket-${this.caseSlug}-${this.hash}`,
          title: `Docket ${n.case.docketNumber.value} (${this.courtId}), ${n.report === 'APPELLATE' ? 'appellate' : 'district'} report`,
        },
        sources,
        parties: [...this.parties.values()],
        courts,
        cases,
      },
    };
  }
}
