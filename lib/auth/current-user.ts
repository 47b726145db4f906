// The signed-in user in a server component or page (reads the request's cookies through next/headers).
import { cookies } from "next/headers";
import { userForSessionToken } from "../../db/queries/users";
import { SESSION_COOKIE } from "./request";
import type { UserView } from "./roles";

export async function currentUser(): Promise<UserView | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? userForSessionToken(token) : null;
}
