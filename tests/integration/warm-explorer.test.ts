import { warmExplorerPages } from '../../src/server/warm-explorer';
import { startHarness, type Harness } from '../support/harness';

// `npm start` asks each explorer page's operation once, so Neo4j has planned them before
// the first visit (a case or party page took 3.6–4.5 s on a fresh start, 0.04–0.1 s after).
// Here: every page's operation, with the ids read from the graph, answers without an error.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('asks every explorer page of the seeded graph once, each answered', async () => {
  const warmed = await warmExplorerPages(h.server.url, h.executor);
  expect(warmed.failed).toEqual([]);
  const [{ courts }] = (await h.executor.read(
    '// testCourts\nMATCH (:Case)-[:IN_COURT]->(c:Court) RETURN count(c) AS courts',
    {},
  )) as [{ courts: number }];
  // Home, statistics, two searches, two case lists, five rankings, six of a case, two of a
  // party, two of an incident, a source; with a court (the seed names none), its page and a
  // path from a party to it.
  expect(warmed.asked).toBe(22 + (courts > 0 ? 2 : 0));
}, 120_000);
