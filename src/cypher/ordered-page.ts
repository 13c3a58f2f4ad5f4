import Cypher from '@neo4j/cypher-builder';

// One page of a nested list whose order Cypher computes (a case's parties, its
// timeline), cut in the same statement: the list's items are read lean (references
// in order, no projection), the `after` item is found among them, and only the
// page's items are projected, with their evidence when asked. A case with ten
// thousand docket entries ships twenty.

const ZERO = new Cypher.Literal(0);
const ONE = new Cypher.Literal(1);

/** The parameters a page reads: where it starts (an item's id, or null) and its length. */
export interface PageParams {
  after: Cypher.Expr;
  first: Cypher.Expr;
}

/**
 * The rows of one page: `ordered` is the list's items in their order (a COLLECT
 * subquery: Neo4j 5 refuses an aggregating function inside a map projection's
 * subqueries, so none is used here); `idOf` reads an item's id;
 * `project` turns the page's item `all[j]` into its row. Rows keep the list's order;
 * at most `first` + 1 of them (the extra one says a next page exists). An `after`
 * that names no item gives no rows (the caller's `afterKnown` says why).
 */
export function orderedPageRows(
  ordered: Cypher.Expr,
  idOf: (item: Cypher.Property) => Cypher.Expr,
  project: (item: Cypher.Property, j: Cypher.Variable) => Cypher.Clause,
  page: PageParams,
): Cypher.Expr {
  const all = new Cypher.Variable();
  const j = new Cypher.Variable();
  const start = new Cypher.Variable();
  const at = new Cypher.Variable();
  const found = new Cypher.ListComprehension(at)
    .in(Cypher.range(ZERO, Cypher.minus(Cypher.size(all), ONE)))
    .where(Cypher.eq(idOf(all.property(at)), page.after));
  const startAt = new Cypher.Case()
    .when(Cypher.isNull(page.after))
    .then(ZERO)
    .else(Cypher.plus(Cypher.listIndex(found, 0), ONE));
  const from = Cypher.coalesce(start, Cypher.size(all));
  return new Cypher.Collect(
    Cypher.utils.concat(
      new Cypher.With([ordered, all]),
      new Cypher.With(all, [startAt, start]),
      new Cypher.Unwind([Cypher.range(from, Cypher.plus(from, page.first)), j]),
      new Cypher.With(all, j).where(Cypher.lt(j, Cypher.size(all))),
      project(all.property(j), j),
    ),
  );
}
