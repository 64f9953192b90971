package org.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerScalingTest {
    @Test
    void thePredictionIsTheSmallerOfTheWorkersAndTheServicesCapacity() {
        // 0.1 CPU-s per file on the worker, 0.05 on the services: a 2-core worker machine reads 20 files/s,
        // 2 service cores take 40 files/s.
        WorkerScaling.PerFile cost = new WorkerScaling.PerFile(0.1, 0.03, 0.02);

        assertThat(WorkerScaling.predicted(cost, 1, 2, 2)).isCloseTo(20, within(1e-9));
        assertThat(WorkerScaling.predicted(cost, 2, 2, 2)).isCloseTo(40, within(1e-9));
        assertThat(WorkerScaling.predicted(cost, 8, 2, 2)).isCloseTo(40, within(1e-9));
    }

    @Test
    void theCostPerFileComesFromTheRunsCpu() {
        CpuMeter.Cpu cpu = new CpuMeter.Cpu(10, 19, 12, 3, 2);
        WorkerRuns.Row row = new WorkerRuns.Row("server", 2, 1, 10, 100, 100, 300, 0, 300, 100, 0, cpu);

        WorkerScaling.PerFile cost = WorkerScaling.PerFile.of(row);
        assertThat(cost.worker()).isCloseTo(0.12, within(1e-9));
        assertThat(cost.services()).isCloseTo(0.05, within(1e-9));
        assertThat(cpu.others()).isCloseTo(2, within(1e-9));
        assertThat(cpu.describe(2)).startsWith("1.9 of 2 cores busy");
        assertThat(WorkerScaling.analysis(List.of(row), 2)).contains("Prediction for more machines");
    }

    @Test
    void whenTheServicesCostMorePerFileThanTheWorkerMoreWorkersAreNotTheAnswer() {
        CpuMeter.Cpu cpu = new CpuMeter.Cpu(10, 20, 8, 6, 11);
        WorkerRuns.Row row = new WorkerRuns.Row("server", 4, 1, 10, 100, 100, 100, 0, 100, 100, 0, cpu);

        assertThat(WorkerScaling.analysis(List.of(row), 2))
                .contains("one worker machine already sends more than the services can take");
    }

    @Test
    void countsAreTheSameOnlyWhenEveryPageIsInTheIndex() {
        CpuMeter.Cpu cpu = new CpuMeter.Cpu(1, 1, 1, 0, 0);
        WorkerRuns.Row a = new WorkerRuns.Row("embedded", 1, 0, 5, 10, 12, 30, 0, 30, 0, 0, cpu);
        WorkerRuns.Row b = new WorkerRuns.Row("server", 4, 1, 4, 10, 12, 30, 0, 30, 10, 0, cpu);
        WorkerRuns.Row c = new WorkerRuns.Row("server", 2, 1, 4, 10, 12, 30, 0, 29, 10, 0, cpu);

        assertThat(b.sameCountsAs(a)).isTrue();
        assertThat(c.sameCountsAs(a)).isFalse();
    }

    @Test
    void aProcessCpuTimeAddsItsOwnAndItsEndedChildrensTicks(@TempDir Path dir) throws Exception {
        // proc(5): pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17) ...
        Path stat = Files.writeString(
                dir.resolve("stat"), "42 (a (b) c) S 1 42 42 0 -1 4194560 1 0 0 0 150 50 30 20 20 0 1 0 5 0 0\n");
        assertThat(CpuMeter.processTree(stat)).isCloseTo(2.5, within(1e-9));
        assertThat(CpuMeter.processTree(dir.resolve("missing"))).isZero();
    }
}
