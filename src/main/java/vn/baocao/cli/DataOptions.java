package vn.baocao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.baocao.store.DataFolder;

/** The {@code --data DIR} option of the commands that use the data folder, and where its store and index live. */
final class DataOptions {

    @Option(
            names = "--data",
            paramLabel = "THƯ_MỤC",
            description =
                    "Thư mục dữ liệu (kho SQLite và chỉ mục). Mặc định: biến môi trường BAOCAO_DATA, nếu không có thì ./index.")
    Path data;

    @Option(
            names = "--store",
            paramLabel = "KHO",
            description = "Kho dữ liệu: sqlite (mặc định, trong thư mục dữ liệu) hoặc jdbc:postgresql://máy:cổng/csdl "
                    + "(người dùng, mật khẩu: biến môi trường BAOCAO_STORE_USER, BAOCAO_STORE_PASSWORD). "
                    + "Mặc định: theo baocao.properties trong thư mục dữ liệu.")
    String store;

    @Option(
            names = "--index",
            paramLabel = "CHỈ_MỤC",
            description =
                    "Chỉ mục tìm kiếm: lucene (mặc định, trong thư mục dữ liệu) hoặc solr://máy:cổng[,máy:cổng]/collection "
                            + "(BAOCAO_INDEX_USER, BAOCAO_INDEX_PASSWORD). Mặc định: theo baocao.properties.")
    String index;

    DataFolder folder() {
        return DataFolder.resolve(data, store, index);
    }
}
