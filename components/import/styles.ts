// The import page's shared class names (the admin pages' house style).
export const field = "w-full rounded-md border border-line bg-page px-2 py-1.5 text-sm disabled:opacity-60";
export const button = "whitespace-nowrap rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-page disabled:cursor-not-allowed disabled:opacity-60";
export const primary = "whitespace-nowrap rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink disabled:cursor-not-allowed disabled:opacity-60";
export const card = "rounded-lg border border-line bg-surface p-4";
export const link = "text-accent underline underline-offset-2";
