import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.NumericRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.postingshighlight.PostingsHighlighter;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * The benchmark's reference: Apache Lucene 4.10 doing the service's work on the same corpus and queries, in process.
 * Indexing: the enriched corpus (the service's own extract output, so no enrichment here), EnglishAnalyzer, BM25, the
 * body and title stored with offsets in the postings, outlet/country/person/year as SortedSetDocValues facets and
 * keyword fields for filters (outlet, country, person; the publication day as an int), two threads, then
 * forceMerge(1). Searching: each query (default AND, filters as required clauses, dates as a numeric range) for the
 * top 20, facet counts of outlet, country, person and year over all matches (top 10), the stored title and id of each
 * hit and three body passages from the PostingsHighlighter (which marks each matching term, not whole phrases).
 *
 *   java -cp lucene jars:. LuceneReference index ENRICHED.ndjson INDEX_DIR
 *   java -cp ... LuceneReference search INDEX_DIR QUERIES.tsv SECONDS_PER_LEVEL
 *
 * Both print one JSON object on standard output.
 */
public final class LuceneReference {
    private static final String[] FACETS = {"outlet", "country", "person", "year"};

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("index")) {
            index(Paths.get(args[1]), new File(args[2]));
        } else if (args.length >= 4 && args[0].equals("search")) {
            search(new File(args[1]), Paths.get(args[2]), Double.parseDouble(args[3]));
        } else {
            System.err.println("usage: index ENRICHED.ndjson INDEX_DIR | search INDEX_DIR QUERIES.tsv SECONDS_PER_LEVEL");
            System.exit(2);
        }
    }

    private static Analyzer analyzer() {
        return new EnglishAnalyzer(Version.LUCENE_4_10_4);
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("country", true);
        config.setMultiValued("person", true);
        return config;
    }

    private static void index(Path corpus, File indexDir) throws Exception {
        long start = System.nanoTime();
        IndexWriterConfig iwc = new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer());
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        iwc.setSimilarity(new BM25Similarity());
        iwc.setRAMBufferSizeMB(256);
        FieldType withOffsets = new FieldType();
        withOffsets.setIndexed(true);
        withOffsets.setTokenized(true);
        withOffsets.setStored(true);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        FacetsConfig config = facetsConfig();
        AtomicLong count = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, iwc)) {
            // At most a few batches wait: reading runs far ahead of indexing, and a million articles' text does not fit
            // the heap. A full queue makes the reader index a batch itself.
            ExecutorService pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4), new ThreadPoolExecutor.CallerRunsPolicy());
            List<Future<?>> pending = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
                List<String> batch = new ArrayList<>();
                String line;
                while ((line = reader.readLine()) != null) {
                    batch.add(line);
                    if (batch.size() == 200) {
                        pending.add(submit(pool, writer, config, withOffsets, batch, count, bytes));
                        pending.removeIf(Future::isDone);
                        batch = new ArrayList<>();
                    }
                }
                pending.add(submit(pool, writer, config, withOffsets, batch, count, bytes));
            } finally {
                pool.shutdown();
            }
            pool.awaitTermination(1, TimeUnit.DAYS);
            for (Future<?> f : pending) {
                f.get(); // a failed batch fails the run
            }
            writer.forceMerge(1);
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
            "{\"articles\":%d,\"textMb\":%.1f,\"seconds\":%.2f,\"articlesPerSecond\":%.0f,\"indexMb\":%.0f}%n",
            count.get(), bytes.get() / 1e6, seconds, count.get() / seconds, size(indexDir) / 1e6);
    }

    private static Future<?> submit(ExecutorService pool, IndexWriter writer, FacetsConfig config, FieldType withOffsets, List<String> lines,
                               AtomicLong count, AtomicLong bytes) {
        return pool.submit(() -> {
            try {
                for (String line : lines) {
                    Map<String, Object> a = Json.object(line);
                    String text = (String) a.getOrDefault("text", "");
                    Document doc = new Document();
                    doc.add(new StringField("id", String.valueOf(a.get("id")), Field.Store.YES));
                    doc.add(new Field("title", String.valueOf(a.getOrDefault("title", "")), withOffsets));
                    doc.add(new Field("body", text, withOffsets));
                    Object outlet = a.get("outlet");
                    if (outlet instanceof String) {
                        doc.add(new StringField("outlet_f", (String) outlet, Field.Store.NO));
                        doc.add(new SortedSetDocValuesFacetField("outlet", (String) outlet));
                    }
                    for (Object c : list(a.get("countries"))) {
                        String code = String.valueOf(((Map<?, ?>) c).get("code"));
                        doc.add(new StringField("country_f", code, Field.Store.NO));
                        doc.add(new SortedSetDocValuesFacetField("country", code));
                    }
                    for (Object p : list(a.get("people"))) {
                        String name = String.valueOf(((Map<?, ?>) p).get("name"));
                        doc.add(new StringField("person_f", name, Field.Store.NO));
                        doc.add(new SortedSetDocValuesFacetField("person", name));
                    }
                    Object published = a.get("published");
                    if (published instanceof String && ((String) published).length() >= 4) {
                        doc.add(new SortedSetDocValuesFacetField("year", ((String) published).substring(0, 4)));
                    }
                    if (published instanceof String && ((String) published).length() >= 10) {
                        doc.add(new IntField("day", (int) java.time.LocalDate.parse(((String) published).substring(0, 10)).toEpochDay(), Field.Store.NO));
                    }
                    writer.addDocument(config.build(doc));
                    count.incrementAndGet();
                    bytes.addAndGet(text.getBytes(StandardCharsets.UTF_8).length);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    private static List<?> list(Object o) {
        return o instanceof List ? (List<?>) o : List.of();
    }

    private static long size(File dir) {
        long total = 0;
        File[] files = dir.listFiles();
        if (files != null) {
            for (File f : files) {
                total += f.length();
            }
        }
        return total;
    }

    /** One query of the benchmark's set: kind, query text, outlets, countries, people, from, to (tab-separated; lists '|'-separated). */
    private record BenchQuery(String kind, String q, String[] outlets, String[] countries, String[] people, String from, String to) {}

    private static void search(File indexDir, Path queriesFile, double secondsPerLevel) throws Exception {
        List<BenchQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(queriesFile, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", -1);
            queries.add(new BenchQuery(cols[0], cols[1], split(cols[2]), split(cols[3]), split(cols[4]), cols[5], cols[6]));
        }
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader);
            PostingsHighlighter highlighter = new PostingsHighlighter();
            Query[] parsed = new Query[queries.size()];
            for (int i = 0; i < parsed.length; i++) {
                parsed[i] = build(queries.get(i));
            }
            // Warm up, then one client: 10 rounds of the set, each search timed.
            for (int r = 0; r < 3; r++) {
                for (Query q : parsed) {
                    run(searcher, state, highlighter, q);
                }
            }
            List<Double> latencies = new ArrayList<>();
            Map<String, List<Double>> byKind = new HashMap<>();
            for (int r = 0; r < 10; r++) {
                for (int i = 0; i < parsed.length; i++) {
                    long t = System.nanoTime();
                    run(searcher, state, highlighter, parsed[i]);
                    double ms = (System.nanoTime() - t) / 1e6;
                    latencies.add(ms);
                    byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(ms);
                    // The groups the service's benchmark also reports (BenchQuery.Groups).
                    if (queries.get(i).q().contains("\"")) {
                        byKind.computeIfAbsent("all with quoted phrases", k -> new ArrayList<>()).add(ms);
                    }
                    if (queries.get(i).q().contains("*") || queries.get(i).q().contains("?")) {
                        byKind.computeIfAbsent("all with prefixes or wildcards", k -> new ArrayList<>()).add(ms);
                    }
                }
            }
            double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            StringBuilder kinds = new StringBuilder();
            for (Map.Entry<String, List<Double>> e : byKind.entrySet()) {
                double[] k = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                kinds.append(kinds.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "\"%s\":{\"searches\":%d,\"p50\":%.3f,\"p95\":%.3f}",
                    e.getKey(), k.length, percentile(k, 50), percentile(k, 95)));
            }
            StringBuilder throughput = new StringBuilder();
            for (int clients : new int[] {1, 2, 4, 8}) {
                double perSecond = throughput(searcher, state, highlighter, parsed, clients, secondsPerLevel);
                throughput.append(throughput.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "\"%d\":%.1f", clients, perSecond));
            }
            System.out.printf(java.util.Locale.ROOT,
                "{\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f,\"throughputPerSecond\":{%s},\"byKind\":{%s}}%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), throughput, kinds);
        }
    }

    private static double throughput(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, PostingsHighlighter highlighter,
                                     Query[] parsed, int clients, double seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            final int offset = c;
            threads[c] = new Thread(() -> {
                int i = offset;
                try {
                    while (System.nanoTime() < end) {
                        run(searcher, state, highlighter, parsed[i++ % parsed.length]);
                        done.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split("\\|");
    }

    private static Query build(BenchQuery q) throws Exception {
        Query text;
        if (q.q().isBlank()) {
            text = new MatchAllDocsQuery();
        } else {
            QueryParser parser = new QueryParser(Version.LUCENE_4_10_4, "body", analyzer());
            parser.setDefaultOperator(QueryParser.AND_OPERATOR);
            text = parser.parse(q.q());
        }
        BooleanQuery all = new BooleanQuery();
        all.add(text, BooleanClause.Occur.MUST);
        addFilter(all, "outlet_f", q.outlets());
        addFilter(all, "country_f", q.countries());
        addFilter(all, "person_f", q.people());
        if (!q.from().isEmpty()) {
            Query days = NumericRangeQuery.newIntRange("day", (int) java.time.LocalDate.parse(q.from()).toEpochDay(),
                (int) java.time.LocalDate.parse(q.to()).toEpochDay(), true, true);
            days.setBoost(0);
            all.add(days, BooleanClause.Occur.MUST);
        }
        return all;
    }

    private static void addFilter(BooleanQuery all, String field, String[] values) {
        if (values.length == 0) {
            return;
        }
        BooleanQuery any = new BooleanQuery();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        }
        any.setBoost(0);
        all.add(any, BooleanClause.Occur.MUST);
    }

    /** One search as the service does it: top 20, four facets over all matches, stored fields and passages of the hits. */
    private static int run(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, PostingsHighlighter highlighter, Query query)
        throws IOException {
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = FacetsCollector.search(searcher, query, 20, fc);
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        int work = 0;
        for (String dim : FACETS) {
            try {
                FacetResult result = facets.getTopChildren(10, dim);
                work += result == null ? 0 : result.childCount;
            } catch (IllegalArgumentException noSuchDimension) {
                // A dimension no document has (e.g. no person in a tiny corpus).
            }
        }
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = searcher.doc(sd.doc, java.util.Set.of("id", "title"));
            work += d.get("id").length();
        }
        if (top.scoreDocs.length > 0 && !(query instanceof BooleanQuery && ((BooleanQuery) query).clauses().get(0).getQuery() instanceof MatchAllDocsQuery)) {
            String[] passages = highlighter.highlight("body", query, searcher, top, 3);
            work += Arrays.stream(passages).mapToInt(p -> p == null ? 0 : p.length()).sum();
        }
        return work;
    }

    /** Nearest-rank percentile of a sorted array. */
    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A minimal JSON reader for the extract's lines: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String line) {
            return (Map<String, Object>) new Json(line).value();
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new HashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    i++; // ':'
                    map.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String token = s.substring(start, i);
            return switch (token) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> Double.parseDouble(token);
            };
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
