package vn.baocao.solrlauncher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a real SolrCloud cluster for baocao's scale-out tests and benchmark: {@code nodes} Solr nodes
 * (Jetty) and an embedded ZooKeeper on free ports in a temporary folder, the configset uploaded, one
 * collection created and active. Prints {@code SOLR_URLS <url>,<url>} on standard output when ready.
 * Exits — shutting the cluster down and deleting its folder — when its standard input ends, that is when
 * the parent process exits or is killed (no orphan cluster).
 *
 * <p>Usage: {@code SolrCloudLauncher CONFIGSET_DIR COLLECTION [NODES] [SHARDS] [REPLICAS]}
 */
public final class SolrCloudLauncher {

    public static void main(String[] args) throws Exception {
        Path configset = Path.of(args[0]);
        String collection = args[1];
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int shards = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int replicas = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        Path base = Files.createTempDirectory("baocao-solrcloud");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base)
                .addConfig("baocao", configset)
                .configure();
        Runnable stop = () -> {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                // exiting anyway
            }
            deleteTree(base);
        };
        try {
            CollectionAdminRequest.createCollection(collection, "baocao", shards, replicas)
                    .process(cluster.getSolrClient());
            cluster.waitForActiveCollection(collection, shards, shards * replicas);
        } catch (Exception e) {
            stop.run();
            throw e;
        }
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            urls.add(j.getBaseUrl().toString());
        }
        System.out.println("SOLR_URLS " + String.join(",", urls));
        System.out.flush();
        // the parent holds our standard input: end of input means it has gone
        while (System.in.read() >= 0) {
            // ignore anything written
        }
        stop.run();
        System.exit(0);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }
}
