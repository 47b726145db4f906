export function QueryError({ error }: { error: Error }) {
  return (
    <p role="alert" className="rounded-md border border-line bg-surface p-4">
      Could not load this page: {error.message}
    </p>
  );
}
