package kgtest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A throw-away Neo4j server for the Python test suite.
 *
 * <p>Starts an in-process Community server with only the Bolt connector on
 * 127.0.0.1, authentication on and the {@code neo4j} user's password set, so
 * that both the happy path and a refused login can be tested. Prints
 * {@code READY bolt://host:port} once it accepts connections and stops when
 * its standard input closes (the parent is done or went away) or on SIGTERM.
 *
 * <p>Usage: {@code TestServer DIR PORT PASSWORD [SEED]} (PORT 0 picks a free port).
 * SEED is a Neo4j home whose {@code data} folder (as {@code neo4j-admin database import}
 * writes it) the server starts with.
 */
public final class TestServer {
    private TestServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: TestServer DIR PORT PASSWORD [SEED]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = args[2];

        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(dir);
        if (args.length == 4) {
            builder = builder.copyFrom(Path.of(args[3]));
        }
        Neo4j neo4j = builder
                .withDisabledServer()
                .withConfig(HttpConnector.enabled, false)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        neo4j.databaseManagementService()
                .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", password));

        System.out.println("READY " + neo4j.boltURI());
        System.out.flush();

        // Standard input closing means the parent is done or gone. The data is
        // thrown away, so halt at once rather than wait for a clean shutdown.
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) >= 0) {
                // ignore input; only end-of-file matters
            }
        } catch (IOException ignored) {
            // a broken pipe is the same as end-of-file
        }
        Runtime.getRuntime().halt(0);
    }
}
