import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { listQueue, queueFilterOptions } from "@/db/queries/queue";
import { currentUser } from "@/lib/auth/current-user";
import { canAnnotate } from "@/lib/auth/roles";
import { QUEUE_PAGE_SIZE, queueParamsFrom, queueQuery, type QueueResponse } from "@/lib/fact-check-client";
import { dehydrateData } from "@/lib/query-client";
import { QueueWorkspace } from "@/components/fact-check/queue-workspace";

// Reads the live database and the visitor's session on every request.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Fact-checking queue" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function QueuePage({ searchParams }: Props) {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=/queue");
  if (!canAnnotate(user)) {
    return (
      <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6" role="alert">
        <h1 className="text-xl font-semibold">The fact-checking queue is for fact-checkers</h1>
        <p className="text-sm">
          You are signed in as {user.name ?? user.email}, a reader. Only fact-checkers and admins can work on the queue: ask an admin to give
          your account the fact-checker role.
        </p>
        <p className="text-sm">
          <Link href="/" className="text-accent underline underline-offset-2">
            Back to the events
          </Link>
        </p>
      </div>
    );
  }
  const raw = await searchParams;
  const initial = queueParamsFrom((name) => {
    const value = raw[name];
    return Array.isArray(value) ? value[0] : value;
  });
  const params = { event: initial.event, outlet: initial.outlet, status: initial.status, assignee: initial.assignee, limit: QUEUE_PAGE_SIZE, offset: initial.offset ?? 0 };
  const page = listQueue({
    eventId: params.event,
    outletId: params.outlet,
    status: params.status,
    assignee: params.assignee === "me" ? user.id : params.assignee,
    limit: params.limit,
    offset: params.offset,
  });
  const data: QueueResponse = { ...page, limit: params.limit, offset: params.offset, options: queueFilterOptions() };
  return (
    <HydrationBoundary state={dehydrateData([{ queryKey: queueQuery(params).queryKey, data }])}>
      <QueueWorkspace initial={initial} />
    </HydrationBoundary>
  );
}
