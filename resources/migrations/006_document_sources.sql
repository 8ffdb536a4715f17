-- Schema 6: every document key names the export it came from ("xero", "odoo", or
-- "mapped:<header signature>"), so that INV-1 from Xero and INV-1 from Odoo are two documents.
-- Keys stored before said "mapped|<number>|<kind>" or "hash|<digest>#<n>" whatever the file;
-- each is rewritten from the format its import recorded. See docs/import.md.
UPDATE invoice
SET doc_key = (SELECT CASE import.format
                          WHEN 'Xero invoices' THEN 'xero'
                          WHEN 'Odoo invoices' THEN 'odoo'
                          ELSE 'mapped:' || import.header_signature
                      END
               FROM import WHERE import.id = invoice.import_id)
              || CASE WHEN doc_key LIKE 'mapped|%' THEN substr(doc_key, 7)
                      ELSE '|' || doc_key END
WHERE doc_key LIKE 'mapped|%' OR doc_key LIKE 'hash|%';
