import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.validate.ValidationResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@code Psl.validate} (parse, validate, lower into the Datamodel) in one JVM: the first,
 * cold run (what a CLI run pays, without JVM start) and the median of the warm runs, in wall time
 * and in this thread's CPU time (which a busy shared machine inflates less).
 *
 * <pre>java -cp shale-cli/target/shale.jar bench/ValidateInProcess.java SCHEMA [RUNS]</pre>
 */
public final class ValidateInProcess {
    public static void main(String[] args) throws Exception {
        List<SourceFile> files = List.of(new SourceFile(args[0], Files.readString(Path.of(args[0]))));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[runs];
        long[] cpuMillis = new long[runs];
        int diagnostics = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            ValidationResult result = Psl.validate(files);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            diagnostics = result.diagnostics().size();
            if (result.hasErrors()) {
                throw new IllegalStateException("the schema has errors: " + result.diagnostics().get(0).message());
            }
        }
        System.out.printf("%d %d %d %d %d%n", millis[0], warmMedian(millis), cpuMillis[0], warmMedian(cpuMillis), diagnostics);
    }

    private static long warmMedian(long[] values) {
        long[] warm = Arrays.copyOfRange(values, Math.min(5, values.length - 1), values.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
