package vn.baocao.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.Commitment;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.Figure;
import vn.baocao.extract.Reference;
import vn.baocao.extract.ReportMetadata;
import vn.baocao.read.Block;
import vn.baocao.read.Footnote;
import vn.baocao.read.Paragraph;
import vn.baocao.read.ReportDocument;
import vn.baocao.read.Table;
import vn.baocao.structure.SectionParser;

/**
 * The stored model of a report (table {@code report_models}): its block model and its extraction as one JSON
 * document, so that drafting never reads and extracts the source file again. The section tree is not stored:
 * it is parsed again from the blocks ({@link SectionParser}, milliseconds), so it always agrees with them.
 */
public final class ReportModels {

    /** The version of the JSON shape; a model of another version is ignored (the source copy is read instead). */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    /** One block of the body: a paragraph or a table. */
    record BlockJson(Paragraph p, Table t) {}

    record DocumentJson(
            String source, String format, List<BlockJson> body, List<Footnote> footnotes, List<String> furniture) {}

    record ModelJson(
            DocumentJson document,
            ReportMetadata metadata,
            List<Reference> references,
            List<Figure> figures,
            List<Commitment> commitments) {}

    private ReportModels() {}

    /** The JSON of an extraction (blocks, metadata, references, figures, commitments). */
    public static String encode(Extraction x) {
        ReportDocument d = x.document();
        List<BlockJson> body = new ArrayList<>(d.body().size());
        for (Block b : d.body()) {
            body.add(b instanceof Paragraph p ? new BlockJson(p, null) : new BlockJson(null, (Table) b));
        }
        ModelJson m = new ModelJson(
                new DocumentJson(d.source(), d.format(), body, d.footnotes(), d.furniture()),
                x.metadata(),
                x.references(),
                x.figures(),
                x.commitments());
        try {
            return MAPPER.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extraction a model holds, its section tree parsed again from its blocks by {@code sections}. */
    public static Extraction decode(String json, SectionParser sections) {
        ModelJson m;
        try {
            m = MAPPER.readValue(json, ModelJson.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> body = new ArrayList<>(m.document().body().size());
        for (BlockJson b : m.document().body()) {
            body.add(b.p() != null ? b.p() : b.t());
        }
        DocumentJson d = m.document();
        ReportDocument doc =
                new ReportDocument(d.source(), d.format(), body, nonNull(d.footnotes()), nonNull(d.furniture()));
        return new Extraction(
                doc,
                sections.parse(doc),
                m.metadata(),
                nonNull(m.references()),
                nonNull(m.figures()),
                nonNull(m.commitments()));
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }
}
