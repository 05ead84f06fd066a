package vn.baocao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files of the synthetic archives and the benchmark, packed with the classes ({@code vn/baocao/bench/*.tsv}):
 * lines of a kind and a value separated by a TAB, blank lines and {@code #} comments ignored.
 */
final class BenchData {

    private BenchData() {}

    /** The values of each kind of a data file, kinds and values in file order. */
    static Map<String, List<String>> read(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = BenchData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\t", 2);
                if (kv.length < 2 || kv[1].isBlank()) {
                    throw new IllegalStateException(name + ": no value in line «" + line + "»");
                }
                out.computeIfAbsent(kv[0].strip(), k -> new ArrayList<>()).add(kv[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /** The values of one kind, which must be there. */
    static List<String> values(Map<String, List<String>> data, String kind) {
        List<String> v = data.get(kind);
        if (v == null) {
            throw new IllegalStateException("no " + kind + " in the bench data");
        }
        return v;
    }
}
