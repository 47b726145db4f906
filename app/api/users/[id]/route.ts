import { z } from "zod";
import { updateUser } from "@/db/queries/users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requireRole } from "@/lib/auth/request";
import { ROLES } from "@/lib/auth/roles";
import { handle, readJson, requireId } from "@/lib/http";

type Params = { params: Promise<{ id: string }> };

const changesSchema = z
  .object({
    role: z.enum(ROLES, { error: "The role must be admin, fact_checker or reader." }).optional(),
    name: z.string().trim().max(120, "A name is at most 120 characters.").nullable().optional(),
    disabled: z.boolean().optional(),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
      .max(1000, "A password is at most 1000 characters.")
      .optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), "Say what to change: role, name, disabled or password.");

/** PATCH /api/users/{id} {role?, name?, disabled?, password?}: changes an account (admins). */
export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params;
  return handle(async () => {
    const admin = requireRole(request, "admin");
    const userId = requireId(id, "User");
    const changes = await readJson(request, changesSchema);
    return { user: await updateUser(userId, changes, admin.id) };
  });
}
