import { useQuery } from 'urql';
import { TimelinePageQuery } from '../operations';
import { EntityHeader } from '../components/EntityHeader';
import { Empty, ErrorState, Loading, NotFound } from '../components/States';
import { Timeline, timelineItems } from '../components/Timeline';
import { kindOfId } from '../format';

/** Everything that happened around a party, a case or an incident, across all the cases involved. */
export function TimelinePage({ id }: { id: string }) {
  const kind = kindOfId(id);
  const variables =
    kind === 'case' ? { id, caseId: id } : kind === 'incident' ? { id, incidentId: id } : { id, partyId: id };
  const supported = ['case', 'incident', 'person', 'organization', 'group'].includes(kind);
  const [{ data, fetching, error }] = useQuery({ query: TimelinePageQuery, variables, pause: !supported });
  if (!supported) return <NotFound id={id} />;
  if (error) return <ErrorState error={error} />;
  if (fetching || !data) return <Loading what="the timeline" />;
  const n = data.node;
  if (!n || !data.timeline) return <NotFound id={id} />;
  const title =
    n.__typename === 'Case'
      ? n.caption
      : n.__typename === 'Incident'
        ? n.name
        : 'displayName' in n
          ? n.displayName
          : id;
  return (
    <article className="entity">
      <EntityHeader id={id} kind="Timeline" title={title} timeline />
      <p className="hint">
        Each step is drawn over the time its date can denote: a month or a year is a span, an exact day a
        tick. Hatched bars are dates derived from relative wording.
      </p>
      {data.timeline.edges.length === 0 ? (
        <Empty>No steps.</Empty>
      ) : (
        <Timeline entries={timelineItems(data.timeline.edges)} />
      )}
    </article>
  );
}
