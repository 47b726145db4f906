// Runs once when the Next.js server starts: import jobs that a crash or restart interrupted continue in the background.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDb }, { resumeUnfinishedJobs }] = await Promise.all([import("./db/client"), import("./lib/import/jobs")]);
  try {
    const resumed = resumeUnfinishedJobs(getDb());
    if (resumed.length) console.log(`Resuming import job${resumed.length === 1 ? "" : "s"} ${resumed.join(", ")}.`);
  } catch (error) {
    // Never keep the server from starting; GET /api/imports/{id} resumes a job too.
    console.error("Could not resume unfinished import jobs:", error);
  }
}
