// Roles and what each may do. Pure: shared by route handlers, pages and client components. An anonymous visitor
// is a reader.
export const ROLES = ["admin", "fact_checker", "reader"] as const;
export type Role = (typeof ROLES)[number];

export interface UserView {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
}

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", fact_checker: "Fact-checker", reader: "Reader" };

const RANK: Record<Role, number> = { reader: 0, fact_checker: 1, admin: 2 };

/** True when `user` has at least role `min` (admin ⊇ fact-checker ⊇ reader). */
export function hasRole(user: Pick<UserView, "role"> | null | undefined, min: Role): boolean {
  return RANK[user?.role ?? "reader"] >= RANK[min];
}

/** Who may annotate: fact-checks, claims by hand, merges and splits. */
export const canAnnotate = (user: Pick<UserView, "role"> | null | undefined) => hasRole(user, "fact_checker");
export const isAdmin = (user: Pick<UserView, "role"> | null | undefined) => hasRole(user, "admin");
