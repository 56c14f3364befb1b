import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import java.nio.file.*;
import java.util.*;
public class Eval {
  public static void main(String[] a) throws Exception {
    int ok=0, fail=0;
    for (String f : a) {
      String text = Files.readString(Path.of(f));
      // naive split on ";\n" to evaluate per statement
      for (String s : text.split(";\\s*\\n")) {
        String st = s.strip(); if (st.isEmpty()) continue;
        try { Statement p = CCJSqlParserUtil.parse(st); ok++; System.out.println("OK   " + p.getClass().getSimpleName() + " | " + p.toString().replace('\n',' ').substring(0, Math.min(110, p.toString().length()))); }
        catch (Throwable e) { fail++; System.out.println("FAIL " + st.replace('\n',' ').substring(0, Math.min(90, st.replace('\n',' ').length()))); }
      }
    }
    System.out.println("ok=" + ok + " fail=" + fail);
  }
}
