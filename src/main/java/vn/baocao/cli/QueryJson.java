package vn.baocao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.baocao.query.Archive;
import vn.baocao.store.Store;

/**
 * The JSON shapes of the query commands (documented in README, "JSON output"): records are written
 * with snake_case names; reports with {@link #report}.
 */
final class QueryJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private QueryJson() {}

    static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    /** A stored report as the {@code reports} list and {@code show} print it. */
    static ObjectNode report(Store.ReportRow r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("unit", r.issuer());
        n.put("level", r.issuerLevel());
        n.put("place", r.place());
        n.set("period", ExtractionJson.period(r.period()));
        n.put("period_label", r.period() == null ? null : r.period().label());
        n.put("date", r.date());
        n.put("doc_type", r.docType());
        n.put("symbol", r.symbol());
        n.put("title", r.title());
        n.put("is_draft", r.draft());
        n.put("signer", r.signer());
        n.put("signer_title", r.signerTitle());
        n.put("source", r.sourcePath());
        n.put("source_copy", r.sourceCopy() == null ? null : r.sourceCopy().toString());
        n.put("format", r.format());
        n.put("content_hash", r.contentHash());
        n.put("imported_at", r.importedAt());
        return n;
    }

    static ArrayNode reports(List<Store.ReportRow> rows) {
        ArrayNode a = MAPPER.createArrayNode();
        rows.forEach(r -> a.add(report(r)));
        return a;
    }

    /** {@code show --json}: the report object plus sections, references, figures and commitments. */
    static ObjectNode detail(Archive.ReportDetail d) {
        ObjectNode n = report(d.report());
        n.set("recipients", MAPPER.valueToTree(d.report().recipients()));
        n.set("sections", MAPPER.valueToTree(d.sections()));
        n.set("references", MAPPER.valueToTree(d.references()));
        n.set("figures", MAPPER.valueToTree(d.figures()));
        n.set("commitments", MAPPER.valueToTree(d.commitments()));
        return n;
    }
}
