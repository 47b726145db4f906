/** A form's outcome, announced: the error (as an alert) or what was done. */
export function FormStatus({ error, done }: { error: string | null; done: string | null }) {
  return (
    <div aria-live="polite" className="text-sm">
      {error ? (
        <p role="alert" className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : (
        done && <p className="text-green-800 dark:text-green-300">{done}</p>
      )}
    </div>
  );
}
