export function OutletLabel({ name }: { name: string }) {
  return (
    <span className="text-xs font-semibold uppercase tracking-wider text-accent">{name}</span>
  );
}
