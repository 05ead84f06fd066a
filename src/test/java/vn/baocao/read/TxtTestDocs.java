package vn.baocao.read;

/** Builds block models from Word-export text for tests of later stages. */
public final class TxtTestDocs {

    private TxtTestDocs() {}

    public static ReportDocument parse(String txt) {
        return TxtReader.parse("test.txt", txt);
    }
}
