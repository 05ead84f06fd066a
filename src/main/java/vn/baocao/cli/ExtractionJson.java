package vn.baocao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Period;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.structure.Section;

/** The JSON shape of {@code baocao extract --json} (the gold annotation schema). */
public final class ExtractionJson {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {}

    public static ObjectNode toJson(Extraction x) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("doc", x.document().source());
        root.put("format", x.document().format());
        root.set("metadata", metadata(x.metadata()));
        ArrayNode sections = root.putArray("sections");
        for (Section s : x.tree().sections()) {
            ObjectNode n = sections.addObject();
            n.put("line", s.line());
            n.put("number", s.number());
            n.put("title", s.title());
            n.put("level", s.level());
            n.put("path", s.path());
        }
        ArrayNode refs = root.putArray("references");
        for (Reference r : x.references()) {
            ObjectNode n = refs.addObject();
            n.put("line", r.line());
            n.put("text", r.text());
            n.put("type", r.type());
            n.put("type_name", r.typeName());
            n.put("number", r.number());
            if (r.year() == null) {
                n.putNull("year");
            } else {
                n.put("year", r.year());
            }
            n.put("symbol", r.symbol());
            n.put("canonical", r.canonical());
            n.put("date", r.date());
            n.put("issuer", r.issuer());
            n.put("subject", r.subject());
            n.put("section", r.section());
            n.put("start", r.start());
            n.put("end", r.end());
        }
        ArrayNode figs = root.putArray("figures");
        for (Figure f : x.figures()) {
            ObjectNode n = figs.addObject();
            n.put("line", f.line());
            n.put("text", f.text());
            n.put("kind", f.kind().json());
            putNumber(n, "value", f.value());
            if (f.total() == null) {
                n.putNull("total");
            } else {
                putNumber(n, "total", f.total());
            }
            n.put("unit", f.unit());
            n.put("subject", f.subject());
            if (f.indicator() != null) {
                n.put("indicator", f.indicator());
            }
            if (f.note() != null) {
                n.put("note", f.note());
            }
            n.put("section", f.section());
        }
        return root;
    }

    /** Whole numbers print without a decimal point (28, not 28.0). */
    private static void putNumber(ObjectNode n, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            n.put(field, (long) v);
        } else {
            n.put(field, v);
        }
    }

    static ObjectNode metadata(ReportMetadata m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc_type", m.docType());
        n.put("symbol", m.symbol());
        n.put("issuer", m.issuer());
        n.put("issuer_level", m.issuerLevel());
        n.put("issuer_parent", m.issuerParent());
        n.put("place", m.place());
        n.put("date", m.date());
        n.set("period", period(m.period()));
        n.put("title", m.title());
        n.put("is_draft", m.draft());
        n.put("signer", m.signer());
        n.put("signer_title", m.signerTitle());
        n.put("signer_mark", m.signerMark());
        ArrayNode r = n.putArray("recipients");
        m.recipients().forEach(r::add);
        return n;
    }

    static ObjectNode period(Period p) {
        if (p == null) {
            return null;
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", p.kind().json());
        if (p.number() == null || p.kind() != Period.Kind.QUARTER && p.kind() != Period.Kind.MONTH) {
            n.putNull("number");
        } else {
            n.put("number", p.number());
        }
        if (p.year() == null) {
            n.putNull("year");
        } else {
            n.put("year", p.year());
        }
        if (p.asOf() != null) {
            n.put("as_of", p.asOf());
        }
        return n;
    }
}
