package vn.baocao.fulltext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;

/**
 * Lucene queries written in Solr's standard query syntax, so that Solr builds the same query over the same
 * terms (its fields hold the terms baocao analysed: see {@code scale-out/solr/configset/schema.xml}): terms
 * escaped, phrases quoted, boosts as {@code ^b}, required/prohibited clauses as {@code +}/{@code -},
 * filter clauses as {@code +filter(…)} (they match without scoring, as Lucene's FILTER), term sets as
 * {@code {!terms}}, constant scores as {@code ^=} (a boosted constant score as {@code ^=boost}).
 */
final class SolrQueries {

    private SolrQueries() {}

    /** The query in Solr's standard syntax. */
    public static String of(Query q) {
        if (q instanceof TermQuery t) {
            return t.getTerm().field() + ":"
                    + QueryParserBase.escape(t.getTerm().text());
        }
        if (q instanceof PhraseQuery p) {
            if (p.getSlop() != 0) {
                throw new IllegalArgumentException("sloppy phrases are not used: " + p);
            }
            StringBuilder b = new StringBuilder(p.getField()).append(":\"");
            for (int i = 0; i < p.getTerms().length; i++) {
                b.append(i == 0 ? "" : " ").append(QueryParserBase.escape(p.getTerms()[i].text()));
            }
            return b.append('"').toString();
        }
        if (q instanceof BoostQuery bq && bq.getQuery() instanceof ConstantScoreQuery c) {
            return "(" + of(c.getQuery()) + ")^=" + bq.getBoost();
        }
        if (q instanceof BoostQuery bq) {
            return "(" + of(bq.getQuery()) + ")^" + bq.getBoost();
        }
        if (q instanceof ConstantScoreQuery c) {
            return "(" + of(c.getQuery()) + ")^=1";
        }
        if (q instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (q instanceof RegexpQuery r) {
            return r.getRegexp().field() + ":/" + r.getRegexp().text().replace("/", "\\/") + "/";
        }
        if (q instanceof TermInSetQuery s) {
            List<String> values = new ArrayList<>();
            try {
                BytesRefIterator it = s.getBytesRefIterator();
                for (BytesRef v = it.next(); v != null; v = it.next()) {
                    values.add(v.utf8ToString());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (values.isEmpty()) {
                return "(-*:*)";
            }
            // term values are report ids or symbols: no commas or quotes
            return "_query_:\"{!terms f=" + s.getField() + "}" + String.join(",", values) + "\"";
        }
        if (q instanceof BooleanQuery bool) {
            if (bool.getMinimumNumberShouldMatch() > 0) {
                throw new IllegalArgumentException("minimum-should-match is not used: " + bool);
            }
            if (bool.clauses().isEmpty()) {
                return "(-*:*)";
            }
            StringBuilder b = new StringBuilder("(");
            for (BooleanClause c : bool.clauses()) {
                if (b.length() > 1) {
                    b.append(' ');
                }
                String inner = of(c.query());
                switch (c.occur()) {
                    case MUST -> b.append('+').append(inner);
                    case SHOULD -> b.append(inner);
                    case MUST_NOT -> b.append('-').append(inner);
                    case FILTER -> b.append("+filter(").append(inner).append(')');
                }
            }
            return b.append(')').toString();
        }
        throw new IllegalArgumentException(
                "query type not translated for Solr: " + q.getClass().getSimpleName());
    }
}
