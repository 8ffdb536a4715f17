-- Schema 7: sales in other currencies count towards a customer's tenure and invoice count and
-- are reported beside the money metrics (docs/metrics.md): customer_summary keeps them, one
-- "<code> <net spend in minor units> <invoices>" per line, and every summary is worked out again
-- as the migration ends. A chart cell gets a note, which pick-top uses to say what its money
-- leaves out.
ALTER TABLE customer_summary ADD COLUMN other_currencies TEXT NOT NULL DEFAULT '';
ALTER TABLE chart_cell ADD COLUMN note TEXT NOT NULL DEFAULT '';
