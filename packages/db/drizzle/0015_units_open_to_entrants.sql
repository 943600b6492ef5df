-- Registration offers only units open to entrants (apps/api units/entrant-units.ts). Units made so far
-- stay open; an organizer closes the organizers' own unit on the units API (PATCH openToEntrants).
ALTER TABLE `units` ADD `open_to_entrants` integer DEFAULT true NOT NULL;