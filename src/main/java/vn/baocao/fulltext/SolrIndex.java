package vn.baocao.fulltext;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import vn.baocao.extract.Extraction;
import vn.baocao.normalize.VietnameseText;

/**
 * The search index on a SolrCloud collection (configset {@code scale-out/solr/configset}), through SolrJ's
 * HTTP client: the same documents and queries as the embedded Lucene index. baocao analyses the text itself
 * (NFC, one tone placement, lower case, diacritic folding: {@link ReportIndex#ANALYZER}) and sends the terms
 * separated by spaces; Solr only splits them, so terms, positions and field lengths — and, with exact
 * collection-wide statistics ({@code ExactStatsCache}) and BM25, scores — are those of the Lucene index.
 * Document ids are {@code <report id>-<ordinal>}; the report document (ordinal 0) is sent after its sections.
 *
 * <p>Addressed as {@code solr://host:port[,host:port…]/collection} ({@code solr+https://} for TLS): requests go
 * to the first node that answers (any node of the cluster routes updates to the shard leaders and fans
 * queries out to the shards).
 */
public final class SolrIndex implements SearchIndex, IndexSnapshot {

    /** Documents buffered before they are sent. */
    private static final int BATCH_DOCS = 1000;

    /** Clients per node and credentials, shared by every index opened in this process (the web app opens many). */
    private static final Map<String, HttpJdkSolrClient> CLIENTS = new ConcurrentHashMap<>();

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "baocao-solr");
        t.setDaemon(true);
        return t;
    });

    private final List<String> nodes;
    private final String collection;
    private final String user;
    private final String password;
    private final String display;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private final Set<Long> pendingReports = new LinkedHashSet<>();
    private int preferred;
    private boolean dirty;

    /** The symbols of the rules documents are indexed with; null for a collection opened only to be read. */
    private final DocumentSymbols symbols;

    private SolrIndex(
            List<String> nodes,
            String collection,
            String user,
            String password,
            String display,
            DocumentSymbols symbols) {
        this.nodes = nodes;
        this.collection = collection;
        this.user = user;
        this.password = password;
        this.display = display;
        this.symbols = symbols;
    }

    /**
     * Opens the collection named by {@code url} and checks that it answers.
     *
     * @throws IndexException (Vietnamese) when no node can be reached or the collection is missing
     */
    public static SolrIndex open(String url, String user, String password) {
        return open(url, user, password, null);
    }

    /** {@link #open(String, String, String)} to add reports to, indexing the document symbols of the given rules. */
    public static SolrIndex openForWriting(String url, String user, String password, DocumentSymbols symbols) {
        return open(url, user, password, java.util.Objects.requireNonNull(symbols));
    }

    private static SolrIndex open(String url, String user, String password, DocumentSymbols symbols) {
        String scheme = url.startsWith("solr+https://") ? "https" : "http";
        String rest = url.substring(url.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IndexException("Địa chỉ chỉ mục «" + url + "» sai: cần solr://máy:cổng/tên_collection.", null);
        }
        String collection = rest.substring(slash + 1).replaceAll("/+$", "");
        List<String> nodes = new ArrayList<>();
        for (String hostPort : rest.substring(0, slash).split(",")) {
            String base = scheme + "://" + hostPort.strip();
            nodes.add(base.endsWith("/solr") ? base : base + "/solr");
        }
        SolrIndex index = new SolrIndex(List.copyOf(nodes), collection, user, password, url, symbols);
        index.ping();
        return index;
    }

    private void ping() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        query(p);
    }

    private HttpJdkSolrClient client(String node) {
        return CLIENTS.computeIfAbsent(node + "|" + user, k -> {
            HttpJdkSolrClient.Builder b = new HttpJdkSolrClient.Builder(node)
                    .useHttp1_1(true)
                    .withExecutor(EXECUTOR)
                    .withConnectionTimeout(10, TimeUnit.SECONDS)
                    .withRequestTimeout(300, TimeUnit.SECONDS);
            if (user != null) {
                b.withBasicAuthCredentials(user, password == null ? "" : password);
            }
            return b.build();
        });
    }

    private interface Call<T> {
        T on(HttpJdkSolrClient client) throws SolrServerException, IOException;
    }

    /** Runs a request on the first node that answers, starting with the one that answered last. */
    private <T> T call(Call<T> call) {
        Exception last = null;
        for (int i = 0; i < nodes.size(); i++) {
            int n = (preferred + i) % nodes.size();
            try {
                T out = call.on(client(nodes.get(n)));
                preferred = n;
                return out;
            } catch (SolrServerException | IOException e) {
                if (!unreachable(e)) {
                    throw new IndexException("Solr tại " + display + " trả lỗi: " + e.getMessage(), e);
                }
                last = e;
            } catch (org.apache.solr.common.SolrException e) {
                throw new IndexException("Solr tại " + display + " trả lỗi: " + e.getMessage(), e);
            }
        }
        throw new IndexException(
                "Không kết nối được Solr tại " + String.join(", ", nodes) + " (collection " + collection + "): "
                        + (last == null ? "" : last.getMessage()),
                last);
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private QueryResponse query(ModifiableSolrParams p) {
        QueryRequest r = new QueryRequest(p, SolrRequest.METHOD.POST);
        return call(c -> r.process(c, collection));
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void add(long reportId, Extraction x) throws IOException {
        if (symbols == null) {
            throw new IllegalStateException("opened for reading: " + display);
        }
        List<IndexDocument> docs = IndexDocument.of(reportId, x, symbols);
        // sections first, the report document last: a report whose report document is indexed is whole
        for (int i = docs.size() - 1; i >= 0; i--) {
            pending.add(solr(docs.get(i)));
        }
        pendingReports.add(reportId);
        dirty = true;
        if (pending.size() >= BATCH_DOCS) {
            flush();
        }
    }

    private static SolrInputDocument solr(IndexDocument x) throws IOException {
        SolrInputDocument d = new SolrInputDocument();
        d.addField("id", x.reportId() + "-" + x.ordinal());
        d.addField(ReportIndex.REPORT_ID, x.reportId());
        d.addField("ordinal", x.ordinal());
        d.addField(ReportIndex.KIND, x.kind());
        d.addField(ReportIndex.SECTION_PATH, x.sectionPath());
        if (x.issuer() != null) {
            d.addField(ReportIndex.UNIT, VietnameseText.fold(x.issuer()));
            d.addField("unit_display", x.issuer());
        }
        if (x.level() != null) {
            d.addField(ReportIndex.LEVEL, x.level());
        }
        if (x.period() != null) {
            d.addField(ReportIndex.PERIOD, x.period());
            if (x.year() != null) {
                d.addField(ReportIndex.YEAR, x.year());
            }
        }
        d.addField(ReportIndex.TITLE, terms(ReportIndex.TITLE, x.title()));
        d.addField(ReportIndex.TITLE_FOLDED, terms(ReportIndex.TITLE_FOLDED, x.title()));
        d.addField("title_display", x.title());
        for (String s : x.symbols()) {
            d.addField(ReportIndex.SYMBOL, s);
        }
        for (String k : x.keys()) {
            d.addField(ReportIndex.SYMBOL_KEY, k);
        }
        for (String k : x.subjects()) {
            d.addField(ReportIndex.SUBJECT_KEY, k);
        }
        for (String k : x.frequent()) {
            d.addField(ReportIndex.FREQUENT_KEY, k);
        }
        d.addField(ReportIndex.TEXT, terms(ReportIndex.TEXT, x.text()));
        d.addField(ReportIndex.TEXT_FOLDED, terms(ReportIndex.TEXT_FOLDED, x.text()));
        d.addField(ReportIndex.TEXT_PAIRS, terms(ReportIndex.TEXT_PAIRS, x.text()));
        d.addField(ReportIndex.TEXT_FOLDED_PAIRS, terms(ReportIndex.TEXT_FOLDED_PAIRS, x.text()));
        d.addField("text_display", x.text());
        return d;
    }

    private static String terms(String field, String text) throws IOException {
        return String.join(" ", ReportIndex.terms(field, text));
    }

    /** Sends the buffered documents, dropping documents of those reports that the new ones do not replace. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> sent = new HashSet<>();
        for (SolrInputDocument d : pending) {
            sent.add((String) d.getFieldValue("id"));
        }
        List<String> stale = new ArrayList<>();
        for (SolrDocument d : allDocuments(termsFilter(ReportIndex.REPORT_ID, pendingReports), "id")) {
            String id = (String) d.getFieldValue("id");
            if (!sent.contains(id)) {
                stale.add(id);
            }
        }
        UpdateRequest u = new UpdateRequest();
        u.add(pending);
        if (!stale.isEmpty()) {
            u.deleteById(stale);
        }
        call(c -> u.process(c, collection));
        pending.clear();
        pendingReports.clear();
    }

    private static String termsFilter(String field, Collection<Long> values) {
        StringBuilder b = new StringBuilder("{!terms f=").append(field).append('}');
        boolean first = true;
        for (Long v : values) {
            b.append(first ? "" : ",").append(v);
            first = false;
        }
        return b.toString();
    }

    @Override
    public void delete(long reportId) throws IOException {
        flush();
        UpdateRequest u = new UpdateRequest();
        u.deleteByQuery(ReportIndex.REPORT_ID + ":" + reportId);
        call(c -> u.process(c, collection));
        dirty = true;
    }

    @Override
    public void commit() throws IOException {
        flush();
        call(c -> c.commit(collection, true, true));
        dirty = false;
    }

    // ------------------------------------------------------------------ reading

    @Override
    public List<IndexHit> search(Query query, Query filter, Query rescore, int window, int n) throws IOException {
        if (rescore == null) {
            return hits(select(query, filter, Math.max(1, n), "*,score"));
        }
        // as Lucene's QueryRescorer over the whole collection: the best max(n, window) by the query alone,
        // each given the rescoring query's score on top when it matches, re-sorted (ties keep the first order)
        List<SolrDocument> first = select(query, filter, Math.max(n, window), "id,score");
        if (first.isEmpty()) {
            return List.of();
        }
        Map<String, Float> combined = new LinkedHashMap<>();
        for (SolrDocument d : first) {
            combined.put((String) d.getFieldValue("id"), (Float) d.getFieldValue("score"));
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrQueries.of(rescore));
        p.set("fq", "{!terms f=id}" + String.join(",", combined.keySet()));
        p.set("rows", combined.size());
        p.set("fl", "id,score");
        for (SolrDocument d : query(p).getResults()) {
            combined.merge((String) d.getFieldValue("id"), (Float) d.getFieldValue("score"), Float::sum);
        }
        List<Map.Entry<String, Float>> order = new ArrayList<>(combined.entrySet());
        order.sort(Map.Entry.<String, Float>comparingByValue().reversed()); // stable: ties in first-pass order
        List<String> top = order.stream().limit(n).map(Map.Entry::getKey).toList();
        ModifiableSolrParams f = new ModifiableSolrParams();
        f.set("q", "*:*");
        f.set("fq", "{!terms f=id}" + String.join(",", top));
        f.set("rows", top.size());
        Map<String, SolrDocument> byId = new HashMap<>();
        for (SolrDocument d : query(f).getResults()) {
            byId.put((String) d.getFieldValue("id"), d);
        }
        List<IndexHit> out = new ArrayList<>();
        for (String id : top) {
            SolrDocument d = byId.get(id);
            if (d != null) {
                out.add(hit(d, combined.get(id)));
            }
        }
        return out;
    }

    private List<SolrDocument> select(Query query, Query filter, int rows, String fields) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrQueries.of(query));
        if (filter != null) {
            p.set("fq", SolrQueries.of(filter));
        }
        p.set("rows", rows);
        p.set("fl", fields);
        p.set("sort", "score desc,report_id asc,ordinal asc");
        return query(p).getResults();
    }

    @Override
    public List<IndexHit> all(Query query) throws IOException {
        return hits(allDocuments(SolrQueries.of(query), "*"));
    }

    /** Every document matching a query in Solr syntax, page by page (cursor). */
    private List<SolrDocument> allDocuments(String q, String fields) {
        List<SolrDocument> out = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", q);
            p.set("fl", fields);
            p.set("rows", 2000);
            p.set("sort", "id asc");
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(p);
            out.addAll(r.getResults());
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return out;
            }
            cursor = next;
        }
    }

    private List<IndexHit> hits(List<SolrDocument> docs) {
        List<IndexHit> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            Object score = d.getFieldValue("score");
            out.add(hit(d, score == null ? 1f : (Float) score));
        }
        return out;
    }

    private static IndexHit hit(SolrDocument d, float score) {
        Collection<Object> symbols = d.getFieldValues(ReportIndex.SYMBOL);
        List<String> s = new ArrayList<>();
        if (symbols != null) {
            symbols.forEach(o -> s.add((String) o));
        }
        return new IndexHit(
                ((Number) d.getFieldValue(ReportIndex.REPORT_ID)).longValue(),
                (String) d.getFieldValue(ReportIndex.KIND),
                (String) d.getFieldValue(ReportIndex.SECTION_PATH),
                (String) d.getFieldValue("unit_display"),
                (String) d.getFieldValue("title_display"),
                (String) d.getFieldValue("text_display"),
                s,
                score);
    }

    /** The collection's schema ({@code scale-out/solr/configset}) has the pair fields, and every document holds them. */
    @Override
    public boolean pairs() {
        return true;
    }

    @Override
    public Set<Long> reportIds() throws IOException {
        Set<Long> ids = new HashSet<>();
        for (SolrDocument d : allDocuments(ReportIndex.KIND + ":report", ReportIndex.REPORT_ID)) {
            ids.add(((Number) d.getFieldValue(ReportIndex.REPORT_ID)).longValue());
        }
        return ids;
    }

    /** The number of documents in the collection (committed). */
    public long documentCount() {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("rows", 0);
        return query(p).getResults().getNumFound();
    }

    /**
     * The bytes of this collection's index on every node (all replicas), from each node's core status; a node
     * that cannot be reached counts 0.
     */
    public long indexBytes() {
        long sum = 0;
        for (String node : nodes) {
            try {
                org.apache.solr.client.solrj.request.CoreAdminRequest r =
                        new org.apache.solr.client.solrj.request.CoreAdminRequest();
                r.setAction(org.apache.solr.common.params.CoreAdminParams.CoreAdminAction.STATUS);
                org.apache.solr.common.util.NamedList<?> cores =
                        r.process(client(node)).getCoreStatus();
                for (int i = 0; i < cores.size(); i++) {
                    if (cores.getName(i).startsWith(collection + "_")) {
                        Object size = ((org.apache.solr.common.util.NamedList<?>) cores.getVal(i))
                                .findRecursive("index", "sizeInBytes");
                        sum += size instanceof Number n ? n.longValue() : 0;
                    }
                }
            } catch (SolrServerException | IOException | RuntimeException e) {
                // not counted
            }
        }
        return sum;
    }

    /** Deletes every document (for tests and benchmarks reusing one collection). */
    public void clear() {
        pending.clear();
        pendingReports.clear();
        UpdateRequest u = new UpdateRequest();
        u.deleteByQuery("*:*");
        call(c -> u.process(c, collection));
        call(c -> c.commit(collection, true, true));
    }

    /** The collection's address as configured. */
    public String address() {
        return display;
    }

    /** Commits the changes made through it (as closing a Lucene writer does); the shared HTTP clients stay open. */
    @Override
    public void close() throws IOException {
        if (dirty) {
            commit();
        }
    }
}
