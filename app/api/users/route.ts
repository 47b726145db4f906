import { z } from "zod";
import { createUser, listUsers } from "@/db/queries/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requireRole } from "@/lib/auth/request";
import { ROLES } from "@/lib/auth/roles";
import { handle, readJson } from "@/lib/http";

/** GET /api/users: every account, by email (admins). */
export async function GET(request: Request) {
  return handle(() => {
    requireRole(request, "admin");
    return { users: listUsers() };
  });
}

const newUserSchema = z.object({
  email: z.email({ error: "Enter a valid email address." }).trim().max(320, "An email address is at most 320 characters."),
  name: z.string().trim().max(120, "A name is at most 120 characters.").nullish(),
  role: z.enum(ROLES, { error: "The role must be admin, fact_checker or reader." }),
  password: z
    .string({ error: "Enter a password." })
    .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
    .max(1000, "A password is at most 1000 characters."),
});

/** POST /api/users {email, name?, role, password}: creates an account (admins). 409 when the email is taken. */
export async function POST(request: Request) {
  return handle(async () => {
    const admin = requireRole(request, "admin");
    const input = await readJson(request, newUserSchema);
    return Response.json({ user: await createUser(input, admin.id) }, { status: 201 });
  });
}
