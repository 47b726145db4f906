import { IngestError } from "./errors";

/** The IngestError a call throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}
