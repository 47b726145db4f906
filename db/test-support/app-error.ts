import { AppError } from "../../lib/errors";

/** The AppError `run` throws; fails the test when it throws something else or nothing. */
export function appErrorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}
