-- An import's status lists its rejected rows while the file is still being written (clients poll it): read them
-- through their own index instead of every report row of the file.
CREATE INDEX ix_import_row_outcome ON import_row (import_id, outcome, row_no);
