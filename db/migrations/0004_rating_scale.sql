-- The default rating scale (admins can edit it). value: higher is truer; Unverifiable sits below the scale.
INSERT OR IGNORE INTO `ratings` (`label`, `color`, `value`) VALUES
  ('True', '#1a7f37', 5),
  ('Mostly true', '#57a64a', 4),
  ('Half true', '#c69026', 3),
  ('Misleading', '#d4661d', 2),
  ('False', '#cf222e', 1),
  ('Unverifiable', '#6e7781', 0);
