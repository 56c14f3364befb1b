package dev.shale.bench;

import dev.shale.psl.ParsedSchema;
import dev.shale.psl.Psl;
import dev.shale.psl.SourceFile;
import dev.shale.psl.validate.ValidationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse, and parse + validate (the work of {@code shale validate}), of large generated schemas, in process. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PslBenchmark {
    @Param({"500", "5000", "20000"})
    public int models;

    private List<SourceFile> sources;

    @Setup
    public void setUp() {
        sources = List.of(new SourceFile("schema.prisma", SchemaGenerator.generate(models)));
    }

    @Benchmark
    public ParsedSchema parse() {
        return Psl.parse(sources);
    }

    @Benchmark
    public ValidationResult parseAndValidate() {
        ValidationResult result = Psl.validate(sources);
        if (result.datamodel().isEmpty()) {
            throw new IllegalStateException("the generated schema must be valid: " + result.diagnostics());
        }
        return result;
    }
}
