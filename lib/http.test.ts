import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { readJson } from "./http";

const schema = z.object({ explanation: z.string() });
const post = (body: BodyInit) => new Request("http://parallax.test/api/x", { method: "POST", body });

async function refusal(body: BodyInit): Promise<string> {
  try {
    await readJson(post(body), schema);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected a refusal");
}

describe("readJson", () => {
  it("reads a valid UTF-8 JSON body", async () => {
    expect(await readJson(post(JSON.stringify({ explanation: "café" })), schema)).toEqual({ explanation: "café" });
  });

  it("refuses empty, binary, Latin-1, oversized and invalid bodies with a clear message", async () => {
    expect(await refusal("")).toBe("The request body must be JSON.");
    expect(await refusal(new Uint8Array([0x7b, 0xff, 0xfe, 0x00]))).toBe("The request body must be UTF-8 text.");
    expect(await refusal(new Uint8Array([...Buffer.from('{"explanation":"caf'), 0xe9, ...Buffer.from('"}')]))).toBe("The request body must be UTF-8 text.");
    expect(await refusal(JSON.stringify({ explanation: "x".repeat(100_001) }))).toMatch(/too large/);
    expect(await refusal(JSON.stringify({ explanation: 3 }))).toMatch(/^explanation: /);
  });
});
