import type { CombinedError } from 'urql';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** An API error with its message and its `extensions.code`; never a blank page. */
export function ErrorState({ error }: { error: CombinedError }) {
  const gqlError = error.graphQLErrors[0];
  const code = gqlError?.extensions?.code;
  const message = gqlError?.message ?? error.networkError?.message ?? error.message;
  return (
    <div className="state error" role="alert">
      <h2>Something went wrong</h2>
      <p>
        {message}
        {typeof code === 'string' && (
          <>
            {' '}
            <code className="code">{code}</code>
          </>
        )}
      </p>
    </div>
  );
}

export function NotFound({ id }: { id: string }) {
  return (
    <div className="state not-found" role="status">
      <h1>Not found</h1>
      <p>
        Nothing in the graph has the id <code>{id}</code>. Search for it by name above.
      </p>
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="state empty">{children}</p>;
}
