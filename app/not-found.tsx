import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wider text-muted">404</p>
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <p className="text-muted">The event or article may have been removed, or the link may be mistyped.</p>
      <p>
        <Link href="/" className="text-accent underline underline-offset-2">
          See all events
        </Link>
      </p>
    </div>
  );
}
