package id.go.bpjsketenagakerjaan.pmi.shared.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind the container's connection pool. It reads {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD} from MicroProfile Config (environment, system properties) when a connection is opened, so one
 * build runs on the embedded H2 default or on Oracle. A {@code @DataSourceDefinition} cannot take its driver class
 * from configuration, hence this small indirection; pooling, transactions and statement caching stay with Payara.
 */
public class ConfiguredDataSource implements DataSource {

    /** Embedded default: an H2 file database in Oracle mode under ./data, kept between runs. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/pmi;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";

    private volatile Driver driver;
    private volatile String url;
    private int loginTimeout;
    private PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        return getConnection(config.getOptionalValue("DB_USER", String.class).orElse("pmi"),
                config.getOptionalValue("DB_PASSWORD", String.class).orElse("pmi"));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("DB_URL is not understood by driver " + driver.getClass().getName() + ": " + url);
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        if (driver == null) {
            Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
            String configuredUrl = config.getOptionalValue("DB_URL", String.class).orElse(DEFAULT_URL);
            String driverClass = config.getOptionalValue("DB_DRIVER", String.class).orElse(driverClassFor(configuredUrl));
            try {
                driver = (Driver) Class.forName(driverClass, true, ConfiguredDataSource.class.getClassLoader())
                        .getDeclaredConstructor().newInstance();
                url = durable(configuredUrl);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new SQLException("JDBC driver " + driverClass + " for DB_URL " + configuredUrl + " is not available", e);
            }
        }
        return driver;
    }

    /**
     * An H2 file database acknowledges a commit before writing it: by default its store writes committed changes in
     * the background up to a second later, so a killed process loses transactions it already reported as done (the
     * crash harness caught a 201 Created claim that was gone after {@code kill -9}). {@code WRITE_DELAY=0} makes
     * every commit write the store before it returns. Added to H2 file URLs unless the URL sets WRITE_DELAY itself;
     * in-memory and Oracle URLs are left alone (Oracle's commit is durable).
     */
    static String durable(String jdbcUrl) {
        boolean h2File = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:");
        if (!h2File || jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    static String driverClassFor(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:oracle:")) {
            return "oracle.jdbc.OracleDriver";
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        throw new IllegalArgumentException("DB_URL must start with jdbc:oracle: or jdbc:h2: (or set DB_DRIVER): " + jdbcUrl);
    }

    // Bean properties the pool may set; the configuration above wins.
    public void setUrl(String ignored) { }
    public void setUser(String ignored) { }
    public void setPassword(String ignored) { }

    @Override public PrintWriter getLogWriter() { return logWriter; }
    @Override public void setLogWriter(PrintWriter out) { this.logWriter = out; }
    @Override public void setLoginTimeout(int seconds) { this.loginTimeout = seconds; }
    @Override public int getLoginTimeout() { return loginTimeout; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) { return type.isInstance(this); }
}
