package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform against H2 in Oracle mode, through EclipseLink itself: the SQL it prints and the rows that come back. */
class PagedOraclePlatformTest {

    private static final String URL = "jdbc:h2:mem:paged-platform;MODE=Oracle;DB_CLOSE_DELAY=-1";
    private static Connection keepAlive;
    private static DatabaseSession session;

    /** A row of the test table, mapped field by field. */
    public static class Row {
        long id;
        String name;
    }

    @BeforeAll
    static void fiftyRows() throws Exception {
        keepAlive = DriverManager.getConnection(URL, "sa", "");
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE paged_row (id NUMBER(19) PRIMARY KEY, name VARCHAR2(20))");
            // ids inserted out of order so that a page is right only if the database sorted before cutting
            for (int i = 1; i <= 50; i++) {
                int id = (i * 37) % 50 + 1;
                sql.execute("INSERT INTO paged_row VALUES (" + id + ", 'row " + id + "')");
            }
        }
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(Row.class);
        descriptor.setTableName("PAGED_ROW");
        descriptor.setPrimaryKeyFieldName("ID");
        descriptor.addDirectMapping("id", "ID");
        descriptor.addDirectMapping("name", "NAME");
        DatabaseLogin login = new DatabaseLogin(new PagedOraclePlatform());
        login.setDriverClassName("org.h2.Driver");
        login.setConnectionString(URL);
        login.setUserName("sa");
        login.setPassword("");
        Project project = new Project(login);
        project.addDescriptor(descriptor);
        session = project.createDatabaseSession();
        session.setLogLevel(SessionLog.OFF);
        session.login();
    }

    @AfterAll
    static void close() throws Exception {
        session.logout();
        keepAlive.close();
    }

    @Test
    void aPageIsReadWithTheRowLimitingClauseAndHoldsTheRightRows() {
        ReadAllQuery query = page(20, 10);
        List<Long> ids = ids(query);
        assertEquals(List.of(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L), ids);
        String sql = query.getSQLString();
        assertTrue(sql.endsWith("OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), sql);
        assertFalse(sql.contains("ROWNUM"), sql);
    }

    @Test
    void theFirstPageAndTheLastShortPage() {
        assertEquals(List.of(1L, 2L, 3L), ids(page(0, 3)));
        assertEquals(List.of(48L, 49L, 50L), ids(page(47, 10)));
        assertEquals(List.of(), ids(page(60, 10)));
    }

    @Test
    void anOffsetWithoutALimitSkipsOnly() {
        ReadAllQuery query = ordered();
        query.setFirstResult(45);
        assertEquals(List.of(46L, 47L, 48L, 49L, 50L), ids(query));
        assertTrue(query.getSQLString().endsWith("OFFSET ? ROWS"), query.getSQLString());
    }

    @Test
    void anUnpagedQueryIsLeftAlone() {
        ReadAllQuery query = ordered();
        assertEquals(50, ids(query).size());
        assertFalse(query.getSQLString().contains("OFFSET"), query.getSQLString());
    }

    @Test
    void aPagedQueryTakingALockIsRefused() {
        ReadAllQuery query = new ReadAllQuery(Row.class);
        query.addAscendingOrdering("id");
        query.setMaxRows(5);
        query.acquireLocks();
        Throwable refused = assertThrows(RuntimeException.class, () -> session.executeQuery(query));
        while (!(refused instanceof UnsupportedOperationException) && refused.getCause() != null) {
            refused = refused.getCause();
        }
        assertTrue(refused.getMessage().contains("cannot take a pessimistic lock"), refused.toString());
    }

    private static ReadAllQuery ordered() {
        ReadAllQuery query = new ReadAllQuery(Row.class);
        query.addAscendingOrdering("id");
        query.dontMaintainCache();
        return query;
    }

    /** JPA's setFirstResult/setMaxResults as EclipseLink holds them: max rows counts from the first row of all. */
    private static ReadAllQuery page(int first, int size) {
        ReadAllQuery query = ordered();
        query.setFirstResult(first);
        query.setMaxRows(first + size);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(ReadAllQuery query) {
        return ((List<Row>) session.executeQuery(query)).stream().map(row -> row.id).toList();
    }
}
