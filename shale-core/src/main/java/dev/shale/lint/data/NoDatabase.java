package dev.shale.lint.data;

import java.util.List;

/** The data access used without {@code --url}: every data question answers "could not check without a database". */
enum NoDatabase implements DataAccess {
    INSTANCE;

    @Override
    public DataAnswer<Long> rowCount(String table) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public DataAnswer<Long> nullCount(String table, String column) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public DataAnswer<Long> duplicateGroups(String table, List<String> columns) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public DataAnswer<Long> longestValue(String table, String column) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public DataAnswer<Long> rowsWithValue(String table, String column, String value) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public DataAnswer<List<String>> distinctValues(String table, String column, int limit) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public DataAnswer<List<String[]>> columnsOfEnum(String enumType) {
        return DataAnswer.unavailable(DataAnswer.NO_DATABASE);
    }

    @Override
    public boolean connected() {
        return false;
    }
}
