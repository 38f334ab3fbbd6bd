package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.OraclePlatform;
import org.eclipse.persistence.queries.ObjectBuildingQuery;
import org.eclipse.persistence.queries.ReadQuery;

/**
 * Oracle SQL, with pages read by the row-limiting clause of Oracle 12c ({@code OFFSET ? ROWS FETCH NEXT ? ROWS
 * ONLY}) instead of EclipseLink's ROWNUM wrapper ({@code SELECT * FROM (SELECT a.*, ROWNUM rnum FROM (...) a WHERE
 * ROWNUM <= ?) WHERE rnum > ?}). Both give the same rows on Oracle; H2 in Oracle mode does not see through the
 * wrapper and sorts the whole result before keeping a page: 3.3 s instead of 14 ms for the claims list's first
 * page at 2 million claims. Everything else is EclipseLink's {@link OraclePlatform}.
 *
 * <p>A paged query with a pessimistic lock is refused: Oracle does not allow {@code FOR UPDATE} with a row limit
 * (ORA-02014); read the page's ids, then lock them.
 */
public class PagedOraclePlatform extends OraclePlatform {

    private static final long serialVersionUID = 1L;

    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        ReadQuery query = statement.getQuery();
        int maxRows = query == null ? 0 : query.getMaxRows();
        int firstResult = query == null ? 0 : query.getFirstResult();
        if (!shouldUseRownumFiltering() || (maxRows <= 0 && firstResult <= 0)) {
            super.printSQLSelectStatement(call, printer, statement);
            return;
        }
        if (query instanceof ObjectBuildingQuery building && building.isLockQuery()) {
            throw new UnsupportedOperationException("A paged query cannot take a pessimistic lock: " + query);
        }
        call.setFields(statement.printSQL(printer));
        printer.printString(" OFFSET ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        printer.printString(" ROWS");
        if (maxRows > 0) {
            printer.printString(" FETCH NEXT ");
            printer.printParameter(DatabaseCall.MAXROW_FIELD);
            printer.printString(" ROWS ONLY");
        }
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }

    /** EclipseLink's max rows counts from the first row of the result; FETCH NEXT counts from the offset. */
    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        return maxResults - Math.max(firstResultIndex, 0);
    }
}
